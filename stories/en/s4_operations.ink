# title: A headache of an operating situation
# role: O
# order: 4
# summary: Meridian's orders beat target, yet Sun Mei's numbers tell another story: thin margin, negative cash and debts nine months overdue. Wu Di must learn to run the account as a business.

VAR health = 0
VAR cust = 0
VAR numbers_read = false
VAR cheap_deal = false
VAR four_calcs = false
VAR renegotiate = false
VAR stalled = false
VAR bribe = false
VAR reported = false
VAR hidden = false
VAR system = 0

-> opening

=== opening ===
Last week of September. The account office smells of cake. # scene: tianyu_office # music: office
Meridian orders stand at 118% of target, with a quarter to go.
A message from Zhao Lin: a row of thumbs-up. # sfx: notify
Zhang Hao is cutting slices. Lin Xiao is taking photos.
Sun Mei waits by the door, laptop under her arm. No cake.
Before the party, ten minutes. Please. # speaker: sunmei # mood: concerned
-> d1_numbers

=== d1_numbers ===
She turns the screen towards you. # scene: finance_room # music: tension
Orders are up. Almost everything else is down. # speaker: sunmei # mood: concerned
Gross margin, 13%. The plan said 22%. # speaker: sunmei # mood: concerned
Operating cash flow, year to date: minus fourteen million. # speaker: sunmei # mood: concerned
South Africa owes us eleven million. Egypt owes eight. # speaker: sunmei # mood: neutral
Both are nine months overdue. # speaker: sunmei # mood: annoyed
Six million of radios sit in a Johannesburg warehouse. # speaker: sunmei # mood: neutral
And headcount is up 30%. Revenue per head is down. # speaker: sunmei # mood: thinking
Through the glass, the team is raising paper cups. # facilitator: The turn from contributing revenue to owning profit and loss. Ask: which of these numbers are on your own scorecard, and who in your team owns each one? Watch for: orders treated as the result and cash as finance's problem, and the reading handed to someone else.
+ [Celebrate tonight, and book a full review once the quarter closes # score: O-2 T-1 # feedback: Orders are not results. Putting the numbers off until the orders are in treats cash as finance's business; a KAM owns margin, cash and receivables, and each week of waiting is another week of lending Meridian money. Your controller also learns not to bother. # cap: business_acumen]
    ~ health -= 1
    Great work, Sun Mei. Let's take it apart properly in October. # speaker: wudi # mood: pleased
    Once the quarter is in the bag. # speaker: wudi # mood: neutral
    Nine months overdue, Wu Di. October makes it ten. # speaker: sunmei # mood: annoyed
    She closes the laptop and goes to get some cake.
+ [Sit down with her: P&L and cash flow, opco by opco # score: O+3 T+1 # feedback: Reading the P&L and the cash-flow statement, not orders alone. Margin by opco, DSO, inventory and revenue per head show where results are made and lost, and reading them with your controller makes finance part of the team. # cap: business_acumen]
    ~ numbers_read = true
    ~ health += 1
    Show me by opco. Where does the margin go? # speaker: wudi # mood: thinking
    Three places. Indonesia, sold close to cost. # speaker: sunmei # mood: thinking
    South Africa's penalty provision. # speaker: sunmei # mood: thinking
    And freight and storage for stock we can't install. # speaker: sunmei # mood: thinking
    DSO is 210 days. The plan was 120. # speaker: sunmei # mood: neutral
    So we are lending Meridian money, and paying the interest. # speaker: wudi # mood: concerned
    You're the first KAM who's asked me for the cash-flow statement. # speaker: sunmei # mood: pleased
+ [Ask for a one-page dashboard by Monday, red flags on top # score: O+1 # feedback: A dashboard helps, but delegating the reading keeps you one step from the causes. A KAM must understand margin, DSO and inventory himself, not only watch the colours. # cap: business_acumen]
    One page by Monday? Put anything urgent in red, on top. # speaker: wudi # mood: neutral
    It will all be red. But yes. # speaker: sunmei # mood: neutral
    On Monday the page is red from top to bottom. It says what, not why.
- -> d2_quarter_end

=== d2_quarter_end ===
Monday. Zhang Hao walks in fast, phone in hand. # scene: tianyu_office # music: tension
Indonesia will sign thirty million. If we sign by Friday. # speaker: zhanghao # mood: pleased
Margin about 6%. Payment 180 days after final acceptance. # speaker: zhanghao # mood: neutral
Plus a free three-year warranty, and delivery in eight weeks. # speaker: zhanghao # mood: neutral
That takes us to 130% for the year. Zhao Lin will love it. # speaker: zhanghao # mood: pleased
{ numbers_read:
    Sun Mei's words come back to you: Indonesia, sold close to cost.
}
Friday is the last day of the quarter. # facilitator: The four calculations: estimate at bid, budget at contract, accounting in delivery, final settlement at close. Ask: what does this deal do to margin, cash and stock, and who should see it before Friday? Watch for: the quarter-end deal at any margin, and the flat no that leaves the customer with nothing.
+ [Sign by Friday, and fix the terms in phase two # score: O-2 S-1 # feedback: A quarter-end deal at any margin buys a number and sells the future. Terms signed in a hurry are the terms you deliver: 6% margin, 180 days of credit and a free warranty widen exactly the gaps Sun Mei showed you. # cap: business_acumen]
    ~ cheap_deal = true
    ~ health -= 1
    Sign it. We'll fix the terms in phase two. # speaker: wudi # mood: pleased
    The contract is signed at eleven on Friday night.
    On Monday, Sun Mei books a warranty provision without a word.
+ [Decline: it is below the margin floor # score: O+1 BE-1 # feedback: Protecting margin is right, but a flat no leaves the customer without an answer and value on the table. Use the numbers to reshape the deal, not only to refuse it. # cap: business_acumen]
    ~ cust -= 1
    It's under the floor. Tell them no. # speaker: wudi # mood: neutral
    Just no? They'll call Castellan before lunch. # speaker: zhanghao # mood: surprised
    They do. Meridian Indonesia's CTO stops taking Zhang Hao's calls.
+ [Get Sun Mei's estimate first, then make a counter-offer # score: O+3 R+1 BE+1 # feedback: The estimate is the first of the four calculations. Bringing finance and supply in before you commit turns a quarter-end rush into a decision, and countering on scope, terms and dates protects margin and cash while still serving the customer. # cap: business_value]
    ~ four_calcs = true
    ~ health += 1
    Sun Mei builds the estimate in an afternoon. Supply joins at four.
    With the warranty and 180 days of credit, we lose two million. # speaker: sunmei # mood: concerned
    And supply can ship in twelve weeks, not eight. # speaker: sunmei # mood: concerned
    Then we change the deal, not just the price. # speaker: wudi # mood: thinking
    Phase one: eighteen million, in twelve weeks. # speaker: wudi # mood: neutral
    30% in advance, the rest per milestone. The warranty is priced. # speaker: wudi # mood: neutral
    They'll sign that. In October, not this quarter. # speaker: zhanghao # mood: thinking
    The budget for phase one goes in at 19% margin.
- -> d3_penalty

=== d3_penalty ===
Tuesday, a video call with Johannesburg. # scene: video_call # music: tension
Kwame Mensah looks as if he has not slept.
1,800 sites in ten months. Signed before your time. # speaker: kwame # mood: concerned
Uncapped delay penalties, half a percent a week. # speaker: kwame # mood: concerned
Acceptance only when a whole phase is done. No payment before. # speaker: kwame # mood: annoyed
Phase one was finished in January. They're still holding its money. # speaker: kwame # mood: annoyed
Six hundred sites are waiting for Meridian's own permits. # speaker: kwame # mood: annoyed
Now they've notified four million in penalties. # speaker: kwame # mood: concerned
My people work weekends. They can't install where they can't enter. # speaker: kwame # mood: concerned # facilitator: Over-commitment coming due: harsh terms, signed without delivery at the table. Ask: does this problem sit in the field or in the contract, and what would make reopening the terms a fair ask? Watch for: buying the dates back with cost, and swallowing the penalties to keep the peace.
+ [Build a site-by-site record with Kwame, then reopen the terms # score: O+3 BE+1 # feedback: Renegotiating harsh terms on facts. A site-by-site record of the customer's own permit delays makes new dates, a penalty cap and milestone acceptance a fair ask, not a plea. # cap: strategic_risk]
    ~ renegotiate = true
    ~ health += 1
    Kwame, I need every site: permit asked, permit granted, crew ready. # speaker: wudi # mood: thinking
    That's a week's work. # speaker: kwame # mood: thinking
    A week that can save four million. And your weekends. # speaker: wudi # mood: neutral
    For the first time in the call, Kwame sits up straight.
+ [Hit the dates anyway: borrow Marco's crews, add night shifts # score: O-1 R-1 T-1 # feedback: Paying to hit dates the contract should never have promised adds cost to a loss. Over-commitment is fixed in the terms, not only in the field; borrowed crews idling at sites without permits burn a peer's goodwill and your team's weekends. # cap: strategic_risk]
    ~ health -= 1
    We hit the dates. I'll ask Marco for three more crews. # speaker: wudi # mood: concerned
    For sites without permits? # speaker: kwame # mood: annoyed
    Marco lends two crews, and bills the account for both.
+ [Accept the penalties to protect the partnership, and finish # score: O-2 BE+1 # feedback: Silence looks like partnership but locks in the over-commitment: the penalties, the withheld cash and the one-sided acceptance terms all stay. A real partnership can carry a fair renegotiation. # cap: customer_partnering]
    ~ health -= 1
    Let's not fight them. We take the penalties and finish. # speaker: wudi # mood: neutral
    Then my team pays for their permits. Fine. # speaker: kwame # mood: annoyed
    Sun Mei adds four million to the provision.
- -> d4_agent

=== d4_agent ===
Thursday evening. Zhang Hao finds you in the café downstairs. # scene: cafe # music: night
He puts his phone on the table. A message from Cairo. # sfx: notify
It's our agent in Egypt. The one who opened Meridian Egypt for us. # speaker: zhanghao # mood: concerned
He says our payment is stuck in their finance director's office. # speaker: zhanghao # mood: neutral
For a "facilitation fee" of 2%, it's released before month end. # speaker: zhanghao # mood: neutral
He'd bill it as a market study. His contract allows that. # speaker: zhanghao # mood: thinking
A hundred and sixty thousand, to free eight million. # speaker: zhanghao # mood: thinking
He says everyone does it there. What do I tell him? # speaker: zhanghao # mood: concerned # facilitator: Business-conduct compliance and internal control. Ask: what is a facilitation fee paid through an agent, who carries the risk, and what must you do with a request like this? Watch for: "it's small", "it's local practice", "it's legal on paper", and the quiet no that nobody records.
+ [Have Zhang Hao turn it down by phone, and keep it between you # score: O-1 T-1 # feedback: The no is right; a no that nobody records is not internal control. A bribe request through your own agent must be reported. Unreported, the agent stays on your books, free to pay it anyway, and Zhang Hao carries the secret alone. # cap: strategic_risk]
    Tell him no. Politely. He opened Egypt for us. # speaker: wudi # mood: neutral
    No need to turn it into a case. # speaker: wudi # mood: neutral
    Zhang Hao nods, and makes the call from the street outside.
    -> d4b_invoice
+ [Refuse in writing, report it to compliance, collect properly # score: O+3 BE+1 # feedback: Strict business-conduct compliance and internal control: refuse, record, report, then collect through legitimate channels. A clean refusal protects the company, the customer and Zhang Hao. # cap: strategic_risk]
    ~ reported = true
    ~ health += 1
    No fee. Write him that, copy me. I'll call compliance tonight. # speaker: wudi # mood: neutral
    Then we take the contract and the delivery records to their CFO. # speaker: wudi # mood: neutral
    And the eight million? # speaker: zhanghao # mood: concerned
    We collect it the slow way. There is no other way. # speaker: wudi # mood: neutral
    I was hoping you'd say that. # speaker: zhanghao # mood: pleased
+ [Ask Zhang Hao to keep the agent warm until the quarter closes # score: O-1 T-1 BE-1 # feedback: Stalling is not refusing. Leaving a bribe offer open tells the agent the door is ajar and leaves your account manager exposed. Compliance needs a clear no and a report. # cap: strategic_risk]
    ~ stalled = true
    Keep him warm. We'll look at it after the quarter. # speaker: wudi # mood: thinking
    Zhang Hao nods slowly. He does not look relieved.
    -> d4b_invoice
+ [Let the agent bill his market study. His methods are his business # score: O-2 BE-2 S-1 # feedback: A fee you have been told is for the customer's finance director is a bribe, whatever the invoice says, and a company answers for what its agents pay on its behalf. It exposes Tianyu and Meridian to prosecution and makes every future payment negotiable. # cap: strategic_risk]
    ~ bribe = true
    His contract covers market studies. Let him bill one. # speaker: wudi # mood: neutral
    What he does with his fee is his business, not ours. # speaker: wudi # mood: neutral
    Zhang Hao looks at you for a long second. Then he types.
- -> d5_boss

=== d4b_invoice ===
Ten days later, Zhang Hao stops you in the corridor. # scene: corridor # music: tension
{ stalled:
    The agent's invoice came in. Market study, Egypt. 160,000. # speaker: zhanghao # mood: concerned
    He says the payment is already moving. He calls me twice a day. # speaker: zhanghao # mood: concerned
- else:
    I told him no. He sent his invoice anyway. # speaker: zhanghao # mood: concerned
    Market study, Egypt. 160,000. And Egypt has started paying. # speaker: zhanghao # mood: concerned
}
~ stalled = false
Finance needs your signature by tonight. # speaker: zhanghao # mood: neutral # facilitator: Half-measures catch up with you. Ask: what does the invoice tell you the agent may already have done, what does saying no cost now, and what does signing cost? Watch for: "the money has already moved", and stopping the payment while keeping the rest quiet.
+ [Sign it. The money is moving; stopping it now makes it worse # score: O-2 BE-2 T-1 # feedback: The sunk-cost trap. Paying a bribe because the favour seems done is still paying a bribe, and now it carries your signature. Business-conduct compliance has no "too late to stop". # cap: strategic_risk]
    ~ bribe = true
    You sign. Zhang Hao takes the folder without a word.
+ [Stop the invoice and report everything, your own part included # score: O+2 T+1 # feedback: Late, but right. Stopping the payment and reporting the whole exchange, your own part included, restores internal control. Backing the account manager shows him the rule protects him. # cap: strategic_risk]
    ~ reported = true
    I won't sign. Compliance hears all of it, my part too. # speaker: wudi # mood: concerned
    You did nothing wrong. I left you holding this. # speaker: wudi # mood: concerned
    Zhang Hao's shoulders drop an inch.
- -> d5_boss

=== d5_boss ===
Early October. Zhao Lin calls from Shenzhen, late. # scene: video_call # music: office
{ cheap_deal:
    130% on orders, with Indonesia. Well done. # speaker: zhaolin # mood: pleased
- else:
    118% on orders. Meridian is the region's best this year. # speaker: zhaolin # mood: pleased
}
{ bribe:
    And Egypt paid, finance tells me. Eight million. How? # speaker: zhaolin # mood: surprised
}
{ reported:
    Compliance briefed me on Egypt. The agent is suspended. # speaker: zhaolin # mood: neutral
    Annoying. And right. # speaker: zhaolin # mood: neutral
}
I present the region to HQ on Monday. # speaker: zhaolin # mood: neutral
Anything I should know about Meridian? # speaker: zhaolin # mood: thinking # facilitator: Owning the P&L includes reporting it straight. Ask: what does Zhao Lin need to hear before Monday, and what happens if HQ finance tells him first? Watch for: "bring solutions, not problems" used as a reason to wait, and the raw report passed up with no view on it.
+ [Give him the whole picture, bad news first # score: O+3 S+1 # feedback: Owning the account's P&L includes reporting it straight. Bringing bad numbers early, with causes and a plan, earns the backing and the provisions you will need. # cap: business_acumen]
    ~ health += 1
    Orders are strong. The business isn't. Here's why. # speaker: wudi # mood: concerned
    { numbers_read:
        You take him through margin, DSO and stock, opco by opco.
        You know your numbers. HQ will ask, and I'll have answers. # speaker: zhaolin # mood: thinking
    - else:
        You give him the headlines. The causes are still in Sun Mei's files.
        Get me the causes by Wednesday. HQ will ask. # speaker: zhaolin # mood: concerned
    }
    { bribe:
        You do not mention the market study.
    }
    Better from you now than from HQ finance in December. # speaker: zhaolin # mood: neutral
+ [Send him Sun Mei's full report, unfiltered # score: O+0 T-1 # feedback: Transparent but not owned. Passing finance's report upward without causes or a plan leaves your boss with a puzzle and your controller exposed. The KAM answers for the results. # cap: business_acumen]
    Sun Mei has the detail. I'll send you her report tonight. # speaker: wudi # mood: neutral
    Forty pages, at this hour? # speaker: zhaolin # mood: annoyed
    He reads it on Monday. He asks Sun Mei, not you, what it means.
+ [Report the quarter; bring the cash issue once you have a fix # score: O-2 S-1 # feedback: "Bring solutions, not problems" does not cover the numbers. Keeping them from your boss turns a business problem into a trust problem: he needs the real picture to support, decide and provision, and bad news only gets worse with age. # cap: business_acumen]
    ~ hidden = true
    A strong quarter. A few collection issues. We're on them. # speaker: wudi # mood: pleased
    Good. That's what I'll tell HQ. # speaker: zhaolin # mood: pleased
    Sun Mei, copied on nothing, watches the call end from her desk.
- -> d6_segments

=== d6_segments ===
Mid-October. Lin Xiao has covered a wall with twenty opco names. # scene: tianyu_office # music: office
Forty-one people. Twenty opcos. Each wants its own triangle. # speaker: linxiao # mood: concerned
And each one thinks it is our most important customer. # speaker: linxiao # mood: thinking
{ numbers_read:
    Beside the names hang Sun Mei's margin and DSO, opco by opco.
    Five opcos make most of the profit. Four lose money.
}
Revenue per head fell 12% this year. # speaker: sunmei # mood: neutral
So where do we put the people we have? # speaker: linxiao # mood: thinking # facilitator: Customer segmentation: general, core, strategic. Ask: on what data do you decide where your own people go, and what does a general customer still get? Watch for: equal coverage for all, and "segmenting" by orders alone.
+ [Segment by this year's orders: the top five get full triangles # score: O+0 S-1 # feedback: Segmenting by orders alone repeats the problem: big orders are not always profitable or strategic. Segment by value, margin, cash and strategic fit, not by size. # cap: business_acumen]
    The top five by orders get full triangles. # speaker: wudi # mood: neutral
    Indonesia is in the top five. So is South Africa. # speaker: sunmei # mood: concerned
    So we reinforce the two that cost us most. # speaker: linxiao # mood: thinking
+ [Keep equal coverage: every opco will notice who gets less # score: O-1 BE+1 # feedback: Fair-minded, but equal coverage spreads the team thin and hides which opcos make or lose money. Segmentation is not neglect: general opcos still get a service model. # cap: org_development]
    Everyone keeps a team. Meridian will notice if we pick favourites. # speaker: wudi # mood: neutral
    Then everyone gets a little less of us. # speaker: linxiao # mood: concerned
+ [Sort them into strategic, core and general, on value, not size # score: O+3 T+1 S+1 # feedback: Customer segmentation places scarce people where value and strategy are. Strategic, core and general opcos need different coverage, and per-capita efficiency follows. # cap: org_development]
    ~ system += 1
    ~ health += 1
    Three groups, by strategic value, margin and cash. Not by noise. # speaker: wudi # mood: thinking
    Strategic: full iron triangles. Core: teams shared across a region. # speaker: wudi # mood: neutral
    General: framework call-offs and a service desk. # speaker: wudi # mood: neutral
    { numbers_read:
        Sun Mei's margin map does half the sorting for you.
    }
    The UK, Germany and India are strategic. Egypt and Brazil are core. # speaker: linxiao # mood: pleased
    Nobody is dropped. Everyone knows what to expect. # speaker: linxiao # mood: pleased
- ~ numbers_read = false
-> d7_rights

=== d7_rights ===
Late October. Meridian India's office in Mumbai. # scene: opco_office # music: office
Sun Mei joins on the speakerphone.
India's renewal bid is due in ten days. Who approves the price? # speaker: priya # mood: thinking
Last time it took three weeks. You, Zhao Lin, HQ, then you again. # speaker: priya # mood: annoyed
And South Africa went out with one signature, at midnight. # speaker: sunmei # mood: concerned
Nobody asked delivery if the dates were possible. # speaker: sunmei # mood: concerned
{ four_calcs:
    Indonesia showed the way. Estimate first, then decide. # speaker: sunmei # mood: pleased
}
So who decides what? # speaker: priya # mood: thinking # facilitator: Separate recommendation rights from decision rights, with finance and delivery in before anyone signs. Ask: in your organisation, who recommends a price, who checks it, who decides, and who confirms the dates? Watch for: the bottleneck boss, and delegation without control.
+ [Let the opco triangles price and sign, so they win faster # score: O-1 T+1 # feedback: Delegation motivates, but delegation with no limits and no finance check is how over-commitments get signed. Delegate with control: levels, bands and a second pair of eyes. # cap: org_development]
    ~ health -= 1
    You know India best. Price it and sign it. # speaker: wudi # mood: pleased
    Priya is delighted. On the speakerphone, Sun Mei goes quiet.
+ [Separate who recommends from who decides, level by level # score: O+3 T+1 R+1 # feedback: Separating recommendation rights from decision rights, with finance and delivery checking before anyone signs, gives speed within limits and a check on every commitment. It is the control that would have stopped the South Africa terms. # cap: org_development]
    ~ system += 1
    ~ health += 1
    Your triangle recommends: price, terms and the estimate. # speaker: wudi # mood: thinking
    Delivery confirms the dates. Sun Mei checks the numbers. # speaker: wudi # mood: neutral
    Checking is not deciding. Decisions go by level. # speaker: wudi # mood: neutral
    Inside the margin band, India decides. Outside it, I do. # speaker: wudi # mood: neutral
    Beyond me, Zhao Lin. Penalties and payment terms the same way. # speaker: wudi # mood: neutral
    Then ten days is enough. # speaker: priya # mood: pleased
+ [Keep every price and term on your own desk until things settle # score: O+0 T-2 # feedback: Centralising control feels safe, but it makes you the bottleneck and the single point of failure. Control comes from clear authorisation levels, not from one signature. # cap: org_development]
    Send everything to me for now. Every price, every term. # speaker: wudi # mood: neutral
    Priya writes it down and says nothing. Three weeks, again.
- ~ four_calcs = false
-> d8_daniel

=== d8_daniel ===
November. London, Daniel Fischer's office. # scene: meridian_boardroom # music: boardroom
{ renegotiate:
    You asked for this meeting. Kwame's site record is in your bag.
- else:
    Daniel asked for this meeting. South Africa has escalated to group.
}
{ reported:
    ~ cust += 1
    First: your compliance letter reached our ethics office. # speaker: daniel # mood: neutral
    Egypt's finance director is suspended. Your invoices are being paid. # speaker: daniel # mood: neutral
    Not every supplier would have told us. # speaker: daniel # mood: thinking
}
South Africa says you are late. You say they are late. # speaker: daniel # mood: annoyed
And I have a contract nobody here wants to defend. # speaker: daniel # mood: thinking
What do you want from me? # speaker: daniel # mood: neutral # facilitator: Renegotiating harsh terms as a fair trade. Ask: what does Daniel need in order to say yes, and what can Tianyu give in return? Watch for: buying the penalties off with a discount, and threatening to slow delivery.
+ [Offer 8% off the next order if he waives the penalties # score: O-2 BE+1 # feedback: Buying your way out of one over-commitment with margin on the next deal repeats the error. The harsh terms stay, and the price anchor drops. # cap: business_acumen]
    ~ cust += 1
    ~ health -= 1
    Waive the penalties, and we take 8% off the next order. # speaker: wudi # mood: neutral
    Done. He writes 8% on the next tender's file before you leave.
    The contract terms stay exactly as they were.
+ {renegotiate} [Table Kwame's record, and propose a trade on dates and terms # score: O+3 BE+2 # feedback: Renegotiating harsh terms as a fair trade, on facts and with more transparency in return, turns a dispute into a better contract for both sides. # cap: customer_partnering]
    ~ cust += 2
    ~ health += 1
    Six hundred sites waited eleven weeks, on average, for permits. # speaker: wudi # mood: neutral
    We propose new dates, penalties capped at 5%, payment per milestone. # speaker: wudi # mood: neutral
    In return, a weekly joint tracker. You see everything we see. # speaker: wudi # mood: neutral
    He reads the record twice.
    You came with facts, not complaints. # speaker: daniel # mood: pleased
    Cap at 5%, milestones from January. The four million goes. # speaker: daniel # mood: neutral
    And I'll have South Africa release phase one's money. # speaker: daniel # mood: neutral
+ {not renegotiate} [Admit the contract over-committed both sides; ask for a review # score: O+2 BE+1 # feedback: Naming the over-commitment honestly opens the door to renegotiating harsh terms. Without a fact base, though, the review is slow and the penalties stay in dispute. # cap: customer_partnering]
    ~ cust += 1
    That contract promised too much, on both sides. # speaker: wudi # mood: concerned
    Can we review the dates and terms together? # speaker: wudi # mood: thinking
    Bring me facts and I'll bring South Africa. January, then. # speaker: daniel # mood: neutral
    Until then, the penalties stay on the books.
+ [Warn him that delivery slows down until South Africa pays # score: O+0 BE-2 # feedback: Leverage can move cash, but threatening to slow work damages trust and may itself breach the contract. Renegotiate on facts before you reach for force. # cap: customer_partnering]
    ~ cust -= 1
    Until South Africa pays, we slow down. We can't finance them. # speaker: wudi # mood: annoyed
    Read your own contract, Wu Di. Then read the penalty clause again. # speaker: daniel # mood: annoyed
-
{ cust >= 1:
    ~ cust = 1
- else:
    ~ cust = 0
}
-> d9_cash

=== d9_cash ===
Late November. Sun Mei has the year-end forecast. # scene: finance_room # music: office
{ hidden:
    Regional finance called Zhao Lin about our cash last week. # speaker: sunmei # mood: concerned
    He asked why he heard it from them and not from you. # speaker: sunmei # mood: concerned
}
{ cheap_deal:
    Indonesia wants its warranty spares now. Two more million out. # speaker: sunmei # mood: annoyed
}
{ reported:
    Egypt has paid five of the eight million. The rest is scheduled. # speaker: sunmei # mood: pleased
    Without the agent, Zhang Hao flies to Cairo twice a month now.
}
{ bribe:
    Egypt paid in full. Internal audit is asking about a market study. # speaker: sunmei # mood: concerned
}
Six weeks to year end, and cash flow is still negative. # speaker: sunmei # mood: thinking
How do we close the gap, and keep it closed? # speaker: sunmei # mood: thinking # facilitator: Cash is a team result, from lead to cash. Ask: who in your account owns DSO, acceptance milestones and stock on the ground, and when do sales, delivery, supply and finance look at them together? Watch for: leaving collection to finance, and buying cash with discounts.
+ [Offer every opco 3% off for paying before the year closes # score: O+1 BE+1 # feedback: An early-payment discount can pull cash forward, but it costs margin and treats the symptom. The overdue debt came from acceptance terms and missing milestones. # cap: business_acumen]
    Three opcos take the discount. The year-end cash looks better.
    And the margin is 3% thinner on all of it. # speaker: sunmei # mood: neutral
+ [Make cash every triangle's job, with a short weekly review # score: O+3 T+1 R+1 # feedback: Cash is a team result. A weekly review of DSO, acceptance milestones and stock, owned by each iron triangle with delivery, supply and finance in the same call, makes collection part of delivery, not an afterthought. # cap: business_acumen]
    ~ health += 1
    Every triangle owns its cash. Weekly, fifteen minutes. # speaker: wudi # mood: neutral
    DSO, acceptance certificates due, stock on the ground. # speaker: wudi # mood: neutral
    Kwame, on the line, already has forty sites ready for acceptance. # sfx: notify
    The warehouse stock goes to sites with permits first. # speaker: kwame # mood: pleased
    And I invoice the day a certificate is signed. # speaker: sunmei # mood: pleased
+ [Leave collection to Sun Mei's team; the triangles keep selling # score: O-2 T-1 # feedback: Collection that starts when the invoice is overdue starts too late. Acceptance, invoicing and payment are built into delivery by the whole iron triangle; finance cannot collect what delivery has not closed. # cap: business_acumen]
    ~ health -= 1
    Your team knows collection. Let the triangles sell. # speaker: wudi # mood: neutral
    My team can send reminders. It can't sign acceptance certificates. # speaker: sunmei # mood: annoyed
- -> d10_plan

=== d10_plan ===
December. The account office, late. # scene: tianyu_office # music: night
Zhao Lin wants next year's KPIs for Meridian by Friday. # speaker: linxiao # mood: thinking
HQ's template has one line on it. Orders. # speaker: zhanghao # mood: neutral
What do we measure the account on? # speaker: linxiao # mood: thinking # facilitator: What gets measured gets managed: KPIs that mirror the P&L and the cash flow. Ask: which KPIs would have shown this year's problems in March? Watch for: the one-line template, and the swing to margin alone.
+ [Orders and revenue, as the template asks. Everybody gets them # score: O-2 S-1 # feedback: Measuring orders alone is how this year happened. Without margin and cash in the KPIs, next September will look exactly like this one. # cap: business_acumen]
    ~ health -= 1
    Keep it simple. Orders and revenue. # speaker: wudi # mood: neutral
    Sun Mei, passing by, stops and reads the template. Then walks on.
+ [Orders beside margin, cash, DSO and revenue per head # score: O+3 S+1 # feedback: An account's results are profit, cash and efficiency as much as orders. KPIs that mirror the P&L and cash flow steer the whole team toward healthy growth. # cap: business_acumen]
    ~ health += 1
    Orders stay. Next to them: margin, cash, DSO, overdue debt, per head. # speaker: wudi # mood: thinking
    Six lines instead of one. Zhao Lin will ask why. # speaker: linxiao # mood: thinking
    Because one line is how we got this year. # speaker: wudi # mood: neutral
+ [Margin first: no orders below the floor until we recover # score: O+1 S-1 # feedback: Margin discipline is welcome, but an account that stops growing loses its strategic position. Balance growth, profit and cash rather than swinging from one to the other. # cap: business_acumen]
    Margin first. We stop chasing orders until the account is healthy. # speaker: wudi # mood: neutral
    Nordvik will like that. # speaker: zhanghao # mood: concerned
+ {system >= 2} [KPIs by segment, and four-calculation checkpoints on every deal # score: O+3 S+2 T+1 # feedback: Running the account as a system: targets by segment, decisions by level, and the four calculations from estimate to final settlement keep every deal honest from bid to close. # cap: business_value]
    ~ health += 2
    Different targets for strategic, core and general opcos. # speaker: wudi # mood: thinking
    Every deal carries its numbers. Estimate at bid, budget at contract. # speaker: wudi # mood: neutral
    Accounting during delivery, final settlement at close. # speaker: wudi # mood: neutral
    So we'll know in March, not in September. # speaker: linxiao # mood: pleased
- -> finale

=== finale ===
{
- bribe:
    -> ending_compliance
- health >= 7 and cust >= 1 and not hidden and not cheap_deal:
    -> ending_strong
- health <= -2 or (health <= 0 and (hidden or cheap_deal)):
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
January. Meridian's supplier review in London. # scene: meridian_boardroom # music: boardroom
Orders closed the year above target. Margin climbed back to 18%.
Operating cash flow turned positive in December. DSO is down to 150.
{ renegotiate:
    South Africa runs on the new terms. The first milestone payment is in.
- else:
    South Africa's contract review runs into the new year, but it moves.
}
{ reported:
    Egypt's debt is cleared, and Meridian's ethics office knows why.
}
You're the supplier whose numbers I believe. That's rarer than price. # speaker: daniel # mood: pleased
Priya's triangle wins India's renewal at a margin Sun Mei signs off.
{ renegotiate:
    Kwame's crews work to dates they can keep. He has his weekends back.
}
Sun Mei now sits in the account leadership meeting, not outside it.
HQ asked me which account to copy. I said Meridian. # speaker: zhaolin # mood: pleased
The region's pricing committee gets a new member in March: you.
Orders were the headline. The business was the story. # ending: strong
-> END

=== ending_mixed ===
January. The account office. # scene: tianyu_office # music: office
{ cheap_deal:
    Orders closed at 130% of target. Margin closed at 14%.
- else:
    Orders closed at 118% of target. Margin closed at 16%.
}
Cash flow ended the year just below zero.
{ cheap_deal:
    Indonesia's warranty claims start this month. Three years of them.
}
{ hidden:
    Zhao Lin now asks Sun Mei for the numbers directly.
}
{ reported:
    Egypt paid in the end, slowly and cleanly.
}
{ renegotiate:
    South Africa's new terms hold. The rest of the account runs as before.
- else:
    South Africa still runs on last year's terms, penalties and all.
}
A good supplier. A hard one to read. # speaker: daniel # mood: neutral
The team is tired. Sun Mei's forecasts get read now, too late.
Good orders. Next year, bring me the profit with them. # speaker: zhaolin # mood: thinking
You run a big account. You do not yet run it as a business. # ending: mixed
-> END

=== ending_poor ===
January. A departure lounge, late at night. # scene: airport # music: night
The account closed the year at a loss, on record orders.
HQ finance has put Meridian on its watch list.
{ hidden:
    Zhao Lin heard the real numbers from HQ finance, in front of his boss.
}
{ renegotiate:
    South Africa's terms were fixed. Everything around them was not.
- else:
    South Africa still runs on the old terms. Permits are still late.
}
{ reported:
    Egypt paid, cleanly. It is the one number nobody questions.
}
Daniel has asked Castellan to quote South Africa's next phase.
Sun Mei has asked to move to another account.
Kwame's best engineer has resigned.
Shenzhen, Monday. Bring the P&L, not the order book. # speaker: zhaolin # mood: annoyed # sfx: notify
On the plane you open Sun Mei's September file. Cash flow first. # ending: poor
-> END

=== ending_compliance ===
February. The corridor outside Tianyu's compliance office. # scene: corridor # music: tension
A routine audit of agent payments found the Egypt market study.
There was no study. There was a transfer, two days before Egypt paid.
Tianyu reports itself to the authorities and terminates the agent.
Meridian Egypt dismisses its finance director the same week.
Meridian suspends Tianyu from all new tenders, pending review. # sfx: alarm
We can't buy from a supplier who pays our own people. # speaker: daniel # mood: annoyed
Nordvik is invited to quote for the UK renewal. Tianyu is not.
Zhang Hao is suspended while the investigation runs. So are you.
You're off the account until legal is done. # speaker: zhaolin # mood: concerned
I can't protect you from this. # speaker: zhaolin # mood: concerned
Eight million came in weeks early. It may cost Tianyu the account. # ending: poor
-> END
