# title: A headache of an operating situation
# role: O
# order: 4
# stage: maturity
# summary: Meridian's orders beat target, yet Sun Mei's numbers tell another story: thin margin, negative cash and debts nine months overdue. Wu Di must learn to run the account as a business.
# goal: Read the account through its P&L and cash flow (margin, DSO, inventory, per-capita efficiency), not orders alone.
# goal: Segment customers (general, core, strategic) and put effort where it pays back.
# goal: Avoid over-commitment, renegotiate harsh terms, and hold to strict business-conduct compliance.
# goal: Use the four calculations (estimate, budget, accounting, final settlement) and keep recommendation rights apart from decision rights.
# carry: discount_promised = A twelve percent group discount was conceded in the first month
# carry: priya_stayed = Priya Nair stayed with the team
# carry: priya_signed = Priya's own package was signed: an Asia seat at the group table, pricing authority, pay at market
# carry: bench = A visible succession bench, with local names
# carry: peers_on_board = Chen Yu and Marco came out of Germany on Wu Di's side
# carry: pledge = Free resident experts were pledged in the four-market framework
# carry: bribe = The Egypt agent's facilitation fee was paid
# carry: owned = Wu Di reported the Egypt payment himself
# carry: terms_renegotiated = South Africa's contract was renegotiated: penalty cap, milestone payments
# carry: account_pnl = Meridian's P&L at year end (0 loss, 1 thin, 2 healthy)

// fit decides the ending: +2 for the strongest move, +1 for a good alternative, 0 for a weak one, -1 or -2 for harm.
VAR fit = 0
// Indonesia: 0 declined, 1 countered after an estimate, 2 phase one signed on their terms, 3 everything signed on their terms
VAR indo = 0
// South Africa: 0 nothing changed, 1 joint permit task force, 2 site-by-site record to reopen the terms
VAR sa = 0
// Egypt: 0 not reported, 1 reported to compliance, 2 reported and told Meridian directly
VAR reported = 0
VAR bribe = false
VAR owned = false
VAR hidden = false
VAR numbers_read = false
VAR system = 0
// From earlier in the account's year (# carry:); the defaults are the scenario played alone.
VAR discount_promised = false
VAR priya_stayed = true
VAR priya_signed = false
VAR bench = false
VAR peers_on_board = false
VAR pledge = false
// For the year's last scenario: set at the finale and by the endings.
VAR terms_renegotiated = false
VAR account_pnl = 1

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
{ discount_promised:
    Two of those nine points are the group's twelve percent, on framework orders billed so far. Every opco now starts its price from it. # speaker: sunmei # mood: annoyed
}
{ pledge:
    And the free resident experts in the framework: 1.4 million this year, and no customer pays for them. # speaker: sunmei # mood: concerned
}
Operating cash flow, year to date: minus fourteen million. # speaker: sunmei # mood: concerned
South Africa owes us eleven million. Egypt owes eight. # speaker: sunmei # mood: neutral
Both are nine months overdue. # speaker: sunmei # mood: annoyed
Six million of radios sit in a Johannesburg warehouse. # speaker: sunmei # mood: neutral
And headcount is up 30%. Revenue per head is down. # speaker: sunmei # mood: thinking
Through the glass, the team is raising paper cups. They are waiting for you. # facilitator: From contributing revenue to owning profit and loss. Ask: who argues for staying with Sun Mei tonight, and who for taking the numbers to the whole team on Monday? What does each cost, and which numbers here are on your own scorecard? Watch for: cash treated as finance's business.
+ [Skip the cake: sit down with her now and go through margin, cash and DSO, opco by opco # score: O+3 T+1 # feedback: Reading the P&L and cash flow yourself, with your controller, shows where results are made and lost. The cost: the team celebrates without its KAM, and hears the bad news later from you alone. # cap: business_acumen]
    ~ numbers_read = true
    ~ fit += 2
    Show me by opco. Where does the margin go? # speaker: wudi # mood: thinking
    Three places. Indonesia, sold close to cost. # speaker: sunmei # mood: thinking
    South Africa's penalty provision. # speaker: sunmei # mood: thinking
    And freight and storage for stock we can't install. # speaker: sunmei # mood: thinking
    DSO is 210 days. The plan was 120. # speaker: sunmei # mood: neutral
    So we are lending Meridian money, and paying the interest. # speaker: wudi # mood: concerned
    You're the first KAM who's asked me for the cash-flow statement. # speaker: sunmei # mood: pleased
    Outside, the cake is gone by the time you come out.
+ [Ask her to run a one-page dashboard by Monday, red flags on top # score: O+1 # feedback: A dashboard keeps the numbers in view, but it tells you what, not why. Margin, DSO and stock are the KAM's to understand, not only to watch. # cap: business_acumen]
    One page by Monday? Put anything urgent in red, on top. # speaker: wudi # mood: neutral
    It will all be red. But yes. # speaker: sunmei # mood: neutral
    On Monday the page is red from top to bottom. It says what, not why.
+ [Thank the team now, then have Sun Mei take the leads through her numbers on Monday # score: T+2 O+1 # feedback: The whole team learns that margin and cash are its results too, and the win is still celebrated. The cost: the team hears the numbers before its KAM has worked through them, and Sun Mei, not you, answers their questions. # cap: org_development]
    ~ numbers_read = true
    ~ fit += 1
    Monday, nine o'clock, everyone. Sun Mei has the floor. # speaker: wudi # mood: neutral
    You raise a paper cup with the team. Sun Mei raises one too.
    On Monday she takes them through margin, DSO and stock, opco by opco.
    Indonesia, sold close to cost. South Africa's penalties. Stock we can't install. # speaker: sunmei # mood: thinking
    Zhang Hao stops smiling somewhere around DSO.
+ [Celebrate tonight; book a full review with her once the quarter is closed # score: O-2 T-1 # feedback: Putting the numbers off until the orders are in treats cash as finance's problem, and every week of waiting lends Meridian more money. Your controller also learns not to bother you. # cap: business_acumen]
    ~ fit -= 1
    Great work, Sun Mei. Let's take it apart properly in October. # speaker: wudi # mood: pleased
    Nine months overdue, Wu Di. October makes it ten. # speaker: sunmei # mood: annoyed
    She closes the laptop and goes to get some cake.
- -> d2_quarter_end

=== d2_quarter_end ===
Monday afternoon. Zhang Hao walks in fast, phone in hand. # scene: tianyu_office # music: tension
Indonesia will sign thirty million. If we sign by Friday. # speaker: zhanghao # mood: pleased
Their capex budget goes back to group if it isn't committed this quarter. # speaker: zhanghao # mood: neutral
Margin about 6%. Payment 180 days after final acceptance. # speaker: zhanghao # mood: neutral
Plus a free three-year warranty, and delivery in eight weeks. # speaker: zhanghao # mood: neutral
Castellan has quoted too. That takes us to 130% for the year. # speaker: zhanghao # mood: pleased
{ numbers_read:
    Sun Mei's words come back to you: Indonesia, sold close to cost.
}
Friday is the last day of the quarter. # facilitator: The four calculations start with an estimate before you commit. Ask: who in the room would sign a smaller first phase by Friday, and who would rather miss the quarter for better terms? What does each cost in margin, cash and customer goodwill? Watch for: the quarter-end deal at any margin, and the flat no.
+ [Sign everything by Friday, while their budget is still there, and fix the terms in phase two # score: O-2 S-1 # feedback: Terms signed in a hurry are the terms you deliver: 6% margin, 180 days of credit and a free warranty widen exactly the gaps Sun Mei showed you. The number looks good for one quarter. # cap: business_acumen]
    ~ indo = 3
    ~ fit -= 2
    Sign it. We'll fix the terms in phase two. # speaker: wudi # mood: pleased
    The contract is signed at eleven on Friday night.
    On Monday, Sun Mei books a warranty provision without a word.
+ [Have Sun Mei and supply cost the deal today, then counter on scope, payment and delivery dates # score: O+2 R+1 # feedback: An estimate with finance and supply before you commit turns a rush into a decision, and a counter-offer protects margin and cash. The cost: the quarter's number, and a month in which Castellan can talk to Indonesia. # cap: business_value]
    ~ indo = 1
    ~ fit += 2
    Sun Mei builds the estimate in an afternoon. Supply joins at four.
    With the warranty and 180 days of credit, we lose two million. # speaker: sunmei # mood: concerned
    And supply can ship in twelve weeks, not eight. # speaker: sunmei # mood: concerned
    Phase one: eighteen million, in twelve weeks. 30% in advance, then milestones. # speaker: wudi # mood: neutral
    The warranty is priced, not given. # speaker: wudi # mood: neutral
    They'll take it to their board. October, not this quarter. # speaker: zhanghao # mood: thinking
    Group lets Meridian Indonesia carry its budget over, this once, but phase two goes out to tender.
    Castellan is invited to quote.
+ [Say no: it is under the margin floor # score: O+1 BE-1 # feedback: Protecting the floor is right, but a bare no leaves the customer with nothing and hands the budget to Castellan. The numbers can reshape a deal, not only refuse it. # cap: business_acumen]
    It's under the floor. Tell them no. # speaker: wudi # mood: neutral
    Just no? They'll call Castellan before lunch. # speaker: zhanghao # mood: surprised
    They do. Meridian Indonesia's CTO stops taking Zhang Hao's calls.
+ [Sign a ten-million first phase by Friday on their terms, and price the rest properly # score: BE+2 S+1 O-1 # feedback: The customer keeps its budget and Castellan stays out of a growing opco. The cost: ten million at 6% and 180 days of credit is still a loan to Meridian, and their terms are now the anchor for phase two. # cap: customer_partnering]
    ~ indo = 2
    ~ fit += 1
    Ten million by Friday. Their terms, this once. The rest we price properly. # speaker: wudi # mood: thinking
    They'll take that. Their CTO owes us one. # speaker: zhanghao # mood: pleased
    The contract is signed on Friday. Sun Mei books the warranty provision.
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
My people work weekends. They can't install where they can't enter. # speaker: kwame # mood: concerned # facilitator: Over-commitment coming due: harsh terms signed without delivery at the table. Ask: who would reopen the contract, and who would fix the permits with the customer first and leave the terms alone? What does each cost? Watch for: buying the dates back with cost, and swallowing the penalties to keep the peace.
+ [Accept the penalties to keep the peace, and finish the job # score: O-2 BE+1 # feedback: Silence locks the over-commitment in: the penalties, the withheld cash and the one-phase acceptance all stay. Meridian SA is calmer for a month. # cap: customer_partnering]
    ~ fit -= 1
    Let's not fight them. We take the penalties and finish. # speaker: wudi # mood: neutral
    Then my team pays for their permits. Fine. # speaker: kwame # mood: annoyed
    Sun Mei adds four million to the provision.
+ [Set up a weekly permit task force with Meridian SA's operations head # score: BE+2 O+1 # feedback: Working the permits jointly unblocks sites and shows good faith, at no cost to the relationship. The cost: the uncapped penalties and the one-phase acceptance stay in the contract for the next dispute. # cap: customer_partnering]
    ~ sa = 1
    ~ fit += 1
    Their ops head joins the call the next morning. She has a permit list of her own.
    Every Monday, your list and mine. Sites, permits, crews. # speaker: kwame # mood: thinking
    In three weeks, ninety sites open. The penalty notice stays where it is.
+ [Get Kwame's site-by-site record, then reopen the contract # score: O+3 BE+1 # feedback: A site-by-site record of the customer's own permit delays makes new dates, a penalty cap and staged acceptance a fair ask rather than a plea. The cost: a week of Kwame's team's time while the penalties keep running. # cap: strategic_risk]
    ~ sa = 2
    ~ fit += 2
    Kwame, I need every site: permit asked, permit granted, crew ready. # speaker: wudi # mood: thinking
    That's a week's work. And the penalties keep counting. # speaker: kwame # mood: thinking
    A week that can take four million off the table. # speaker: wudi # mood: neutral
    For the first time in the call, Kwame sits up straight.
+ [Hit the dates anyway: borrow crews from Marco, add night shifts # score: O-1 R-1 T-1 # feedback: Extra crews speed up the sites you can enter, but a phase is accepted only when all of it is done, and six hundred sites still wait for permits: more cost, same penalties. It also spends a peer's goodwill and your team's weekends. # cap: strategic_risk]
    ~ fit -= 2
    We hit the dates. I'll ask Marco for three more crews. # speaker: wudi # mood: concerned
    Faster where we can enter. The phase still waits for the six hundred. # speaker: kwame # mood: annoyed
    { peers_on_board:
        Marco lends two crews at cost, and does not haggle. Germany is still fresh.
    - else:
        Marco lends two crews, and bills the account for both.
    }
- -> d4_agent

=== d4_agent ===
Thursday evening. Zhang Hao finds you in the café downstairs. # scene: cafe # music: night
He puts his phone on the table. A message from Cairo. # sfx: notify
It's our agent in Egypt. The one who opened Meridian Egypt for us. # speaker: zhanghao # mood: concerned
He says our payment is stuck in their finance director's office. # speaker: zhanghao # mood: neutral
For a "facilitation fee" of 2%, it's released before month end. # speaker: zhanghao # mood: neutral
He'd bill it as a market study. His contract allows that. # speaker: zhanghao # mood: thinking
A hundred and sixty thousand, to free eight million. # speaker: zhanghao # mood: thinking
He says everyone does it there. What do I tell him? # speaker: zhanghao # mood: concerned # facilitator: Business-conduct compliance and internal control. Ask: once the fee is refused and reported, who should tell Meridian that its own finance director is named, and when? What does each route cost? Watch for: "it's small", "it's local practice", and the quiet no that nobody records.
+ [Refuse in writing, tell compliance tonight, collect via group finance # score: O+3 BE+1 # feedback: Refuse, record, report, then collect through legitimate channels: that protects Tianyu, Meridian and Zhang Hao. The cost: the eight million comes in slowly, and Meridian hears about its finance director only when compliance decides. # cap: strategic_risk]
    ~ reported = 1
    ~ fit += 2
    No fee. Write him that, copy me. I'll call compliance tonight. # speaker: wudi # mood: neutral
    Then we take the contract and the delivery records to Meridian's group finance. # speaker: wudi # mood: neutral
    And the eight million? # speaker: zhanghao # mood: concerned
    We collect it the slow way. # speaker: wudi # mood: neutral
    I was hoping you'd say that. # speaker: zhanghao # mood: pleased
+ [Have Zhang Hao turn him down politely by phone; no need to make a case of it # score: O-1 T-1 # feedback: The no is right, but a no that nobody records is not internal control: the agent stays on your books, free to pay anyway. Zhang Hao carries the secret alone. # cap: strategic_risk]
    ~ fit -= 1
    Tell him no. Politely. He opened Egypt for us. # speaker: wudi # mood: neutral
    Zhang Hao nods, and makes the call from the street outside.
    -> d4b_invoice
+ [Refuse and report it, then call Meridian Egypt's CEO yourself about the claim # score: BE+2 O+1 # feedback: The customer hears from you, at once, that someone may be selling its payments, which is what a partner does. The cost: you repeat an agent's unproven claim about a named executive, and you may warn the people an investigation needs to find. # cap: customer_partnering]
    ~ reported = 2
    ~ fit += 1
    No fee. In writing. Compliance hears it tonight. # speaker: wudi # mood: neutral
    And tomorrow I call their CEO. They should hear it from us. # speaker: wudi # mood: neutral
    The CEO listens, thanks you, and asks for nothing in writing.
    Our compliance team would rather you'd waited. # speaker: zhanghao # mood: concerned
+ [His contract covers market studies, and what he does with his own fee is his business # score: O-2 BE-2 S-1 # feedback: A fee you have been told is for the customer's finance director is a bribe, whatever the invoice says, and the company answers for what its agents pay. It exposes Tianyu and Meridian, and makes every later payment negotiable. # cap: strategic_risk]
    ~ bribe = true
    ~ fit -= 2
    His contract covers market studies. Let him bill one. # speaker: wudi # mood: neutral
    Zhang Hao looks at you for a long second. Then he types.
- -> d5_boss

=== d4b_invoice ===
Ten days later, Zhang Hao stops you in the corridor. # scene: corridor # music: tension
I told him no. He sent his invoice anyway. # speaker: zhanghao # mood: concerned
Market study, Egypt. 160,000. And Egypt has started paying. # speaker: zhanghao # mood: concerned
Finance needs your signature by tonight. # speaker: zhanghao # mood: neutral # facilitator: A half-measure catches up. Ask: what does this invoice suggest the agent has already done, and what do you owe compliance now, including your own part? Watch for: "the money has already moved", and stopping the payment while keeping the rest quiet.
+ [Refuse to sign, and take the whole story to compliance tonight, your own part included # score: O+2 T+1 # feedback: Late, but right: stopping the payment and reporting the whole exchange restores internal control. Owning your part shows Zhang Hao the rule protects him. # cap: strategic_risk]
    ~ reported = 1
    ~ fit += 1
    I won't sign. Compliance hears all of it, my part too. # speaker: wudi # mood: concerned
    You did nothing wrong. I left you carrying this alone. # speaker: wudi # mood: concerned
    Zhang Hao's shoulders drop an inch.
+ [Sign it. The money is already moving # score: O-2 BE-2 T-1 # feedback: Paying because the favour seems done is still paying a bribe, and now it carries your signature. Business-conduct compliance has no "too late to stop". # cap: strategic_risk]
    ~ bribe = true
    ~ fit -= 2
    You sign. Zhang Hao takes the folder without a word.
+ [Block it quietly as a billing error, and let his contract lapse in March # score: O-1 BE-1 # feedback: The money stays home, but nobody investigates what the agent promised in your name, or whether he paid it from his own pocket. An unreported request is a risk left open. # cap: strategic_risk]
    ~ fit -= 1
    Send it back. No purchase order, no payment. # speaker: wudi # mood: neutral
    His contract ends in March. We don't renew. # speaker: wudi # mood: neutral
    Zhang Hao nods. He does not ask what happens if the agent talks.
- -> d5_boss

=== d5_boss ===
Early October. Zhao Lin calls from Shenzhen, late. # scene: video_call # music: office
{ indo == 3:
    130% on orders, with Indonesia. Well done. # speaker: zhaolin # mood: pleased
- else:
    Orders well over target. Meridian is the region's best this year. # speaker: zhaolin # mood: pleased
}
{ bribe:
    And Egypt paid, finance tells me. Eight million. How? # speaker: zhaolin # mood: surprised
}
{ reported:
    Compliance briefed me on Egypt. The agent is suspended. # speaker: zhaolin # mood: neutral
    Annoying. And right. # speaker: zhaolin # mood: neutral
}
I present the region to HQ on Monday. # speaker: zhaolin # mood: neutral
Anything I should know about Meridian? # speaker: zhaolin # mood: thinking # facilitator: Owning the P&L includes reporting it straight. Ask: should Wu Di tell the story himself, or put Sun Mei on the call and add the plan? What does each cost him, and her? Watch for: "bring solutions, not problems" used as a reason to wait.
+ {numbers_read and not bribe} [Give him the bad numbers first, with their causes and what you will do # score: O+3 S+1 # feedback: Bad numbers reported early, with causes and a plan, earn the backing and the provisions you will need. The cost: Sun Mei's work reaches HQ under your name. # cap: business_acumen]
    ~ fit += 2
    Orders are strong. The business isn't. Here's why. # speaker: wudi # mood: concerned
    You take him through margin, DSO and stock, opco by opco, then the plan.
    You know your numbers. HQ will ask, and I'll have answers. # speaker: zhaolin # mood: thinking
    Better from you now than from HQ finance in December. # speaker: zhaolin # mood: neutral
+ {numbers_read and not bribe} [Bring Sun Mei onto the call: she explains the numbers, you explain the plan # score: T+2 O+1 # feedback: Your controller is seen at the level where her numbers matter, and Zhao Lin hears them unfiltered. The cost: he asked you, late at night, and now hears the account's results from two voices. # cap: org_development]
    ~ fit += 1
    You add Sun Mei to the call. She is still at her desk.
    Sun Mei, take him through it. Then I'll tell him what we do about it. # speaker: wudi # mood: neutral
    She takes him through margin, DSO and stock. You add what you will do.
    Good work, both. Next time, Wu Di, the one-minute version first. # speaker: zhaolin # mood: thinking
+ {not numbers_read and not bribe} [Tell him the headlines tonight and the causes by Wednesday # score: O+2 # feedback: The bad news reaches him early, which is what he needs most. The cost: you can give the what but not the why, because you have not read the numbers yourself. # cap: business_acumen]
    ~ fit += 2
    Orders are strong. Margin and cash are not. # speaker: wudi # mood: concerned
    You give him the headlines. The causes are still in Sun Mei's files.
    Get me the causes by Wednesday. HQ will ask. # speaker: zhaolin # mood: concerned
+ {not numbers_read and not bribe} [Ask Sun Mei to join and walk him through her numbers # score: T+1 # feedback: Zhao Lin gets the real numbers from the person who knows them, and finance gets a voice. The cost: he sees his KAM listening to his own account's results for the first time. # cap: org_development]
    ~ fit += 1
    Sun Mei joins. She talks for ten minutes. You take notes.
    Thank you, Sun Mei. Wu Di, call me when you've read this. # speaker: zhaolin # mood: concerned
+ {bribe} [Tell him first what the Egypt market study really paid for, then the numbers # score: O+2 T+1 # feedback: Owning up restores what internal control still can: the company can report itself, stop the agent and protect Zhang Hao. It will cost you, and it should. # cap: strategic_risk]
    ~ owned = true
    ~ fit += 1
    Before the numbers: Egypt paid because the agent billed a market study. # speaker: wudi # mood: concerned
    I let him. Zhang Hao told me what it was for. # speaker: wudi # mood: concerned
    Zhao Lin says nothing for a long time.
    I'm calling compliance now. You'll hear from them tonight. # speaker: zhaolin # mood: annoyed
+ {bribe} [Give him the numbers straight, bad news first, and let Egypt's payment speak for itself # score: O-1 T-1 # feedback: Honest numbers with a bribe left out are not an honest report: your boss now presents a payment he does not understand. Zhang Hao still carries it alone. # cap: strategic_risk]
    ~ hidden = true
    ~ fit -= 1
    Margin and cash are weak. Egypt came through at last. # speaker: wudi # mood: neutral
    Good. I'll tell HQ the collection is working. # speaker: zhaolin # mood: pleased
+ {not bribe} [Send him Sun Mei's full report tonight, as it is # score: O+0 T-1 # feedback: Transparent but not owned: forty pages with no view on them leave your boss a puzzle and your controller exposed. The KAM answers for the results. # cap: business_acumen]
    Sun Mei has the detail. I'll send you her report tonight. # speaker: wudi # mood: neutral
    Forty pages, at this hour? # speaker: zhaolin # mood: annoyed
    He reads it on Monday. He asks Sun Mei, not you, what it means.
+ [Report the quarter; raise the cash problem once you have a fix # score: O-2 S-1 # feedback: Keeping the numbers from your boss turns a business problem into a trust problem; he needs the real picture to support, decide and provision. Bad news only gets worse with age. # cap: business_acumen]
    ~ hidden = true
    ~ fit -= 2
    A strong quarter. A few collection issues. We're on them. # speaker: wudi # mood: pleased
    Good. That's what I'll tell HQ. # speaker: zhaolin # mood: pleased
    Sun Mei, copied on nothing, watches the call end from her desk.
- { bribe:
    ~ fit = 0
}
{ fit < -7:
    ~ fit = -7
}
-> d6_segments

=== d6_segments ===
Mid-October. Lin Xiao has covered a wall with twenty opco names. # scene: tianyu_office # music: office
Forty-one people. Twenty opcos. Each wants its own triangle. # speaker: linxiao # mood: concerned
And each one thinks it is our most important customer. # speaker: linxiao # mood: thinking
{ numbers_read:
    Beside the names hang Sun Mei's margin and DSO, opco by opco.
    Five opcos make most of the profit. Four lose money.
}
Revenue per head fell 12% this year. # speaker: sunmei # mood: neutral
So where do we put the people we have? # speaker: linxiao # mood: thinking # facilitator: Customer segmentation: general, core, strategic. Ask: should the tiers follow what each opco is worth to Tianyu, or what it is worth to Meridian's group strategy? Who argues for each, and what does each cost? Watch for: equal coverage for all, and ranking by orders alone.
+ [Rank them by this year's orders: the top five get full triangles # score: O-1 S-1 # feedback: Big orders are not always profitable or strategic: this ranking reinforces Indonesia and South Africa, the two opcos that cost most. Size is not value. # cap: business_acumen]
    ~ fit -= 1
    The top five by orders get full triangles. # speaker: wudi # mood: neutral
    Indonesia is in the top five. So is South Africa. # speaker: sunmei # mood: concerned
    So we reinforce the two that cost us most. # speaker: linxiao # mood: thinking
+ [Ask Eleanor's office which opcos carry Meridian's group plan, and staff those first # score: S+2 BE+1 # feedback: Tiering by the customer's own strategy keeps Tianyu where Meridian is heading. The cost: it ignores that four opcos lose money, and some of the group's favourites are among them. # cap: strategic_thinking]
    ~ fit += 1
    Eleanor's office sends a list within a day: UK, Germany, India, Indonesia.
    Indonesia. Again. # speaker: sunmei # mood: concerned
    Lin Xiao puts full triangles on all four. Egypt and Brazil share one.
+ [Three tiers, by margin, cash and strategic weight # score: O+3 S+1 # feedback: Placing scarce people where value and strategy meet lifts revenue per head, and each tier knows what service it gets. The cost: some loud opcos learn they are not strategic, and will say so to Meridian group. # cap: business_acumen]
    ~ system += 1
    ~ fit += 2
    Three groups, by strategic weight, margin and cash. Not by noise. # speaker: wudi # mood: thinking
    Strategic: full iron triangles. Core: teams shared across a region. # speaker: wudi # mood: neutral
    General: framework call-offs and a service desk. # speaker: wudi # mood: neutral
    { numbers_read:
        Sun Mei's margin map does half the sorting for you.
    }
    The UK, Germany and India are strategic. Egypt, Brazil and Indonesia are core. # speaker: linxiao # mood: pleased
    Indonesia's CTO calls the same afternoon to ask why his opco is core. # speaker: linxiao # mood: concerned
+ [Keep a team in every opco: they would all notice who gets less # score: O-1 BE+1 # feedback: Fair-minded, but equal coverage spreads the team thin and hides which opcos make or lose money. General customers can still get a service model without a full triangle. # cap: org_development]
    Everyone keeps a team. Meridian will notice if we pick favourites. # speaker: wudi # mood: neutral
    Then everyone gets a little less of us. # speaker: linxiao # mood: concerned
- ~ numbers_read = false
{ fit < -5:
    ~ fit = -5
}
-> d7_rights

=== d7_rights ===
Late October. Meridian India's office in Mumbai. # scene: opco_office # music: office
Sun Mei joins on the speakerphone.
{ priya_stayed:
    India's renewal bid is due in ten days. Who approves the price? # speaker: priya # mood: thinking
    { priya_signed:
        The band Zhao Lin signed for me in spring covers three points. This bid needs five. # speaker: priya # mood: thinking
        Above my band it took three weeks last time. You, Zhao Lin, HQ, then you again. # speaker: priya # mood: annoyed
    - else:
        Last time it took three weeks. You, Zhao Lin, HQ, then you again. # speaker: priya # mood: annoyed
    }
- else:
    { bench:
        Priya's old desk. Vikram, her deputy and the first local name on your bench, runs India now. Zhang Hao has flown in to back him on the bid.
    - else:
        Priya's old desk. Since she left for Nordvik, Zhang Hao has covered India from London.
    }
    India's renewal bid is due in ten days. Who approves the price? # speaker: zhanghao # mood: thinking
    Last time it took three weeks. You, Zhao Lin, HQ, then you again. # speaker: zhanghao # mood: annoyed
}
And South Africa went out with one signature, at midnight. # speaker: sunmei # mood: concerned
Nobody asked delivery if the dates were possible. # speaker: sunmei # mood: concerned
{ indo == 1:
    Indonesia showed the way. Estimate first, then decide. # speaker: sunmei # mood: pleased
}
{ priya_stayed:
    So who decides what? # speaker: priya # mood: thinking # facilitator: Separating recommendation rights from decision rights, with finance and delivery in before anyone signs. Ask: is a twice-weekly deal desk at account level enough, or must decisions move down to the opcos by level? What does each cost in speed and in growing the India lead? Watch for: the bottleneck boss, and delegation without a check.
- else:
    So who decides what? # speaker: zhanghao # mood: thinking # facilitator: Separating recommendation rights from decision rights, with finance and delivery in before anyone signs. Ask: is a twice-weekly deal desk at account level enough, or must decisions move down to the opcos by level? What does each cost in speed and in growing the India lead? Watch for: the bottleneck boss, and delegation without a check.
}
+ [Let the opco triangles price and sign their own deals: they know their customers and win faster # score: O-1 T+1 # feedback: Delegation motivates, but delegation with no limits and no finance check is how South Africa's terms were signed. India is pleased; Sun Mei goes quiet. # cap: org_development]
    ~ fit -= 1
    You know India best. Price it and sign it. # speaker: wudi # mood: pleased
    {priya_stayed:Priya|{bench:Vikram|Zhang Hao}} is delighted. On the speakerphone, Sun Mei goes quiet.
+ [Set up an account deal desk: you, Sun Mei and Kwame review every bid twice a week # score: R+2 O+1 # feedback: Finance and delivery see every bid before it goes out, and nothing waits three weeks. The cost: every decision still climbs to you, and India's lead learns to prepare for the desk instead of deciding. # cap: collaborative_influence]
    ~ fit += 1
    Tuesdays and Fridays. Bring the price, the terms and the dates. # speaker: wudi # mood: neutral
    { priya_stayed:
        And Kwame says yes to the dates before you do? # speaker: priya # mood: thinking
    - else:
        And Kwame says yes to the dates before you do? # speaker: zhanghao # mood: thinking
    }
    Before anyone does. # speaker: wudi # mood: neutral
    India's bid clears the desk in four days.
+ [Triangles propose, finance and delivery check, each level decides within a band # score: O+3 T+1 # feedback: Separating who recommends from who decides, with checks before anyone signs, gives speed within limits; it is the control that would have stopped South Africa's terms. The cost: bands to write and defend with Zhao Lin, and a first bid or two made on trust. # cap: org_development]
    ~ system += 1
    ~ fit += 2
    Your triangle recommends: price, terms and the estimate. # speaker: wudi # mood: thinking
    Delivery confirms the dates. Sun Mei checks the numbers. # speaker: wudi # mood: neutral
    Inside the margin band, India decides. Outside it, I do. Beyond me, Zhao Lin. # speaker: wudi # mood: neutral
    Penalties and payment terms the same way. # speaker: wudi # mood: neutral
    { priya_stayed:
        Then ten days is enough. # speaker: priya # mood: pleased
    - else:
        Then ten days is enough. # speaker: zhanghao # mood: pleased
    }
+ [Keep every price and term on your own desk until things settle # score: O-1 T-2 # feedback: Centralising feels safe but makes you the bottleneck: India's bid will take three weeks again. Control comes from clear levels, not from one signature. # cap: org_development]
    ~ fit -= 2
    Send everything to me for now. Every price, every term. # speaker: wudi # mood: neutral
    {priya_stayed:Priya|{bench:Vikram|Zhang Hao}} writes it down and says nothing. Three weeks, again.
- { system < 2:
    ~ system = 0
}
{ indo != 3:
    ~ indo = 0
}
{ fit < -3:
    ~ fit = -3
}
-> d8_daniel

=== d8_daniel ===
November. London, Daniel Fischer's office. # scene: meridian_boardroom # music: boardroom
{ sa == 2:
    You asked for this meeting. Kwame's site record is in your bag.
- else:
    Daniel asked for this meeting. South Africa has escalated to group.
}
{ reported == 1:
    First: your compliance letter reached our ethics office. # speaker: daniel # mood: neutral
    Egypt's finance director is suspended. Your invoices are being paid. # speaker: daniel # mood: neutral
}
{ reported == 2:
    First: our Egypt CEO told me about your call. # speaker: daniel # mood: neutral
    Our ethics office would have liked the letter first. But thank you. # speaker: daniel # mood: thinking
}
{ owned:
    Egypt first. Your company's letter is with our investigators. We'll talk when they're done. # speaker: daniel # mood: annoyed
}
{ sa == 1:
    The permit task force helps. South Africa says so. # speaker: daniel # mood: neutral
}
South Africa says you are late. You say they are late. # speaker: daniel # mood: annoyed
And I have a contract nobody here wants to defend. # speaker: daniel # mood: thinking
What do you want from me? # speaker: daniel # mood: neutral # facilitator: Renegotiating harsh terms as a fair trade. Ask: does Wu Di push for new terms now, or build a joint steering group and leave the terms to January? What does each give Daniel, and what does each leave on Tianyu's books? Watch for: buying the penalties off with a discount, and threatening to slow delivery.
+ [Tell him work in South Africa slows until they pay: Tianyu can't finance them # score: O-2 BE-2 # feedback: Under uncapped delay penalties, slowing down adds half a percent a week to the bill and may breach the contract. It also tells Meridian's buyer that Tianyu reaches for force first. # cap: customer_partnering]
    ~ fit -= 2
    ~ sa = 0
    Until South Africa pays, we slow down. We can't finance them. # speaker: wudi # mood: annoyed
    Read your own contract, Wu Di. Then read the penalty clause again. # speaker: daniel # mood: annoyed
    By Friday, South Africa has notified another week of penalties.
+ {sa == 2} [Table Kwame's site record: new dates, a penalty cap and milestone pay, for a shared tracker # score: O+3 BE+1 # feedback: A trade built on facts, with more transparency in return, turns a dispute into a better contract for both sides. The cost: the tracker opens your delays to Meridian every week, too. # cap: business_value]
    ~ fit += 2
    Six hundred sites waited eleven weeks, on average, for permits. # speaker: wudi # mood: neutral
    New dates, penalties capped at 5%, payment per milestone. # speaker: wudi # mood: neutral
    In return, a weekly joint tracker. You see everything we see. # speaker: wudi # mood: neutral
    He reads the record twice.
    Cap at 5%, milestones from January. The four million goes. # speaker: daniel # mood: neutral
    And I'll have South Africa release phase one's money. # speaker: daniel # mood: neutral
+ [Propose a two-company steering group with South Africa now; terms wait until January # score: BE+2 O+1 # feedback: Daniel gets a way to calm his opco without defending the contract, and the relationship moves from blame to joint work. The cost: the penalties and the withheld money stay on the books until January. # cap: customer_partnering]
    { sa == 2:
        ~ fit += 1
    - else:
        ~ fit += 2
    }
    ~ sa = 0
    One group, both companies, every two weeks. Terms in January. # speaker: wudi # mood: neutral
    That I can sell to South Africa. # speaker: daniel # mood: pleased
    The penalties stay on the books until then. # speaker: daniel # mood: neutral
+ {sa < 2} [Admit the contract promised too much on both sides; ask him to review it # score: O+2 # feedback: Naming the over-commitment opens the door to new terms. The cost: without a fact base, the review is slow and the penalties stay in dispute. # cap: business_acumen]
    ~ fit += 1
    That contract promised too much, on both sides. Can we review it? # speaker: wudi # mood: concerned
    Bring me facts and I'll bring South Africa. January, then. # speaker: daniel # mood: neutral
+ [Offer 8% off the next order if he drops the penalties # score: O-2 BE+1 # feedback: Buying your way out of one over-commitment with margin on the next deal repeats the error. The harsh terms stay, and the price anchor drops. # cap: business_acumen]
    ~ fit -= 1
    ~ sa = 0
    Drop the penalties, and we take 8% off the next order. # speaker: wudi # mood: neutral
    Done. He writes 8% on the next tender's file before you leave.
    The contract terms stay exactly as they were.
- { sa < 2:
    ~ sa = 0
}
{ reported:
    ~ reported = 1
}
{ fit < -1:
    ~ fit = -1
}
-> d9_cash

=== d9_cash ===
Late November. Sun Mei has the year-end forecast. # scene: finance_room # music: office
{ hidden:
    Regional finance called Zhao Lin about our cash last week. # speaker: sunmei # mood: concerned
    He asked why he heard it from them and not from you. # speaker: sunmei # mood: concerned
}
{ indo == 3:
    Indonesia wants its warranty spares now. Two more million out. # speaker: sunmei # mood: annoyed
}
{ reported:
    Egypt has paid five of the eight million. The rest is scheduled. # speaker: sunmei # mood: pleased
}
{ bribe:
    Egypt paid in full. Internal audit is asking about a market study. # speaker: sunmei # mood: concerned
}
{ sa == 2:
    Phase one's money is in. The first new milestone needs forty finished sites signed off. # speaker: sunmei # mood: neutral
- else:
    South Africa still holds phase one's money. Forty of its sites have no signed acceptance. # speaker: sunmei # mood: annoyed
}
Six weeks to year end, and cash flow is still negative. # speaker: sunmei # mood: thinking
How do we close the gap, and keep it closed? # speaker: sunmei # mood: thinking # facilitator: Cash is a team result, from lead to cash. Ask: who would borrow a team to close the forty acceptances now, and who would build a weekly cash routine into every triangle? What does each cost, and which one is still working next year? Watch for: leaving collection to finance, and buying cash with discounts.
+ [Offer every opco 3% off for paying before the year closes # score: BE+1 O+0 # feedback: Customers like the discount and some cash comes forward, but margin drops 3% on all of it. The overdue debt came from acceptance terms, which a discount does not touch. # cap: business_acumen]
    Three opcos take the discount. The year-end cash looks better.
    And the margin is 3% thinner on all of it. # speaker: sunmei # mood: neutral
+ [Ask Marco for an acceptance team to close the forty South African sites before Christmas # score: R+2 O+1 # feedback: A borrowed team turns forty finished sites into invoices within weeks. The cost: it is a one-off rescue with a favour owed, and nothing changes in how the next forty get closed. # cap: collaborative_influence]
    ~ fit += 1
    Marco sends four engineers for three weeks. All forty sites are signed off before Christmas.
    { peers_on_board:
        Sun Mei invoices the same day. Marco asks for nothing back. After Germany, you are even.
    - else:
        Sun Mei invoices the same day. Marco asks for two of your engineers in February.
    }
+ [Each triangle owns its cash; fifteen minutes a week # score: O+3 T+1 # feedback: When each triangle owns DSO, acceptance dates and stock, with delivery and finance on the same call, collection becomes part of delivery. The cost: the year-end gap closes more slowly than a rescue would close it. # cap: business_acumen]
    ~ fit += 2
    Every triangle owns its cash. Weekly, fifteen minutes. # speaker: wudi # mood: neutral
    DSO, acceptance certificates due, stock on the ground. # speaker: wudi # mood: neutral
    Kwame, on the line, starts with the forty South African sites. # sfx: notify
    The warehouse stock goes to sites with permits first. # speaker: kwame # mood: pleased
    And I invoice the day a certificate is signed. # speaker: sunmei # mood: pleased
+ [Sun Mei's team knows collection; the triangles keep selling # score: O-2 T-1 # feedback: Finance cannot collect what delivery has not closed: acceptance, invoicing and payment are built into delivery by the whole triangle. The forty sites stay unsigned. # cap: business_acumen]
    ~ fit -= 2
    Your team knows collection. Let the triangles sell. # speaker: wudi # mood: neutral
    My team can send reminders. It can't sign acceptance certificates. # speaker: sunmei # mood: annoyed
- { fit < 1:
    ~ fit = 1
}
-> d10_plan

=== d10_plan ===
December. The account office, late. # scene: tianyu_office # music: night
Zhao Lin wants next year's KPIs for Meridian by Friday. # speaker: linxiao # mood: thinking
HQ's template has one line on it. Orders. # speaker: zhanghao # mood: neutral
Nordvik is pitching the UK expansion, and Eleanor is listening. # speaker: zhanghao # mood: concerned
What do we measure the account on? # speaker: linxiao # mood: thinking # facilitator: What gets measured gets managed. Ask: who would put cash and revenue per head on the list, and who would spend one of the few lines on share of wallet against Nordvik? What does each leave unmeasured? Watch for: the one-line template, and the swing to margin alone.
+ [Orders, margin, and our share of Meridian's spend in the UK, Germany and India # score: S+2 O+1 # feedback: Share of spend in the strategic opcos shows whether Nordvik is winning while the margin looks fine. The cost: cash, DSO and revenue per head stay off the list, and they are this year's problem. # cap: strategic_thinking]
    ~ fit += 1
    Orders, margin, and our share of what Meridian spends where it matters. # speaker: wudi # mood: thinking
    So we'll see Nordvik coming. And the cash? # speaker: linxiao # mood: thinking
    Sun Mei will track it. # speaker: wudi # mood: neutral
+ [Orders and revenue, as the template asks # score: O-2 S-1 # feedback: Measuring orders alone is how this year happened. Without margin and cash in the KPIs, next September will look like this one. # cap: business_acumen]
    ~ fit -= 2
    Keep it simple. Orders and revenue. # speaker: wudi # mood: neutral
    Sun Mei, passing by, stops and reads the template. Then walks on.
+ {system >= 2} [A target for each tier, and every deal checked from bid to final settlement # score: O+3 S+2 T+1 # feedback: Targets by tier, decisions by level and the four calculations from estimate to final settlement keep every deal honest from bid to close. The cost: four calculations on every deal is real work for each triangle and for Sun Mei's small team, and cash is watched per deal, not on the KPI sheet. # cap: business_value]
    ~ fit += 3
    Different targets for strategic, core and general opcos. # speaker: wudi # mood: thinking
    Every deal carries its numbers. Estimate at bid, budget at contract. # speaker: wudi # mood: neutral
    Accounting during delivery, final settlement at close. # speaker: wudi # mood: neutral
    So we'll know in March, not in September. # speaker: linxiao # mood: pleased
+ {discount_promised} [Orders and margin, plus how far each opco's price sits below list since the group discount # score: O+2 S+1 # feedback: A discount conceded in the first month has to be managed for years: measuring price realisation opco by opco shows where the anchor spreads and where it can be won back. The cost: cash, DSO and revenue per head stay off the list, and every opco now sees the discount as a number you watch. # cap: business_acumen]
    ~ fit += 1
    Orders, margin, and price realisation: list against what each opco really pays. # speaker: wudi # mood: thinking
    So we see the twelve percent spread before it reaches the renewals. # speaker: linxiao # mood: thinking
+ [Margin first, since volume lost us money: no orders below the floor until we recover # score: O+1 S-1 # feedback: Margin discipline is welcome, but an account that stops growing loses its position to Nordvik. Growth, profit and cash need balancing, not a swing from one to another. # cap: business_acumen]
    Margin first. We stop chasing orders until the account is healthy. # speaker: wudi # mood: neutral
    Nordvik will like that. # speaker: zhanghao # mood: concerned
+ [Keep orders; add margin, cash, DSO, overdue debt and revenue per head # score: O+3 S+1 # feedback: KPIs that follow the P&L and cash flow steer the whole team towards healthy growth. The cost: six lines where HQ expects one, and no line that shows Nordvik gaining ground. # cap: business_acumen]
    ~ fit += 2
    Orders stay. Next to them: margin, cash, DSO, overdue debt, per head. # speaker: wudi # mood: thinking
    Six lines instead of one. Zhao Lin will ask why. # speaker: linxiao # mood: thinking
    Because one line is how we got this year. # speaker: wudi # mood: neutral
- -> finale

=== finale ===
{ sa == 2:
    ~ terms_renegotiated = true
}
{
- bribe and owned:
    -> ending_disclosed
- bribe:
    -> ending_compliance
- fit >= 14:
    -> ending_strong
- fit >= 5:
    -> ending_mixed
- else:
    -> ending_poor
}

=== ending_strong ===
~ account_pnl = 2
January. Meridian's supplier review in London. # scene: meridian_boardroom # music: boardroom
{ indo == 3:
    Orders closed the year above target. Margin climbed back to 16%, with Indonesia's free warranty still on it.
- else:
    Orders closed the year above target. Margin climbed back to 18%.
}
{ discount_promised:
    It could be two points higher. The group's twelve percent from your first month is still in every price.
}
Operating cash flow turned positive in December. DSO is down to 150.
{ sa == 2:
    South Africa runs on the new terms. The first milestone payment is in.
- else:
    South Africa's contract is unchanged so far, but the sites are moving.
}
{ reported:
    Egypt's debt is cleared, and Meridian's ethics office knows why.
}
You're the supplier whose numbers I believe. That's rarer than price. # speaker: daniel # mood: pleased
{ priya_stayed:
    Priya's triangle wins India's renewal at a margin Sun Mei signs off.
- else:
    { bench:
        Vikram's triangle wins India's renewal at a margin Sun Mei signs off. Priya, at Nordvik, lost it to him.
    - else:
        India's renewal is won from London, at a margin Sun Mei signs off. Arjun asks after Priya every time.
    }
}
Sun Mei now sits in the account leadership meeting, not outside it.
{ hidden:
    Zhao Lin still checks your numbers with Sun Mei before he quotes them.
}
HQ asked me which account to copy. I said Meridian. # speaker: zhaolin # mood: pleased
The region's pricing committee gets a new member in March: you.
Orders were the headline. The business was the story. # ending: strong
-> END

=== ending_mixed ===
New Year's Eve, half past eleven. The finance room. # scene: finance_room # music: night
Sun Mei refreshes the bank screen one last time. The year is closing.
{ indo == 3:
    Orders closed at 130% of target. Margin closed at 14%.
- else:
    Orders closed above target. Margin closed at 16%.
}
{ discount_promised:
    Two of the missing points are still the group's twelve percent. Every renewal starts from it. # speaker: sunmei # mood: concerned
}
Cash flow ends the year just below zero. # speaker: sunmei # mood: thinking
{ sa == 2:
    South Africa's new terms hold. It is the one contract you would sign again.
- else:
    South Africa still runs on last year's terms, uncapped penalties and all.
}
{ hidden:
    Zhao Lin now asks Sun Mei for the numbers directly.
}
{ reported:
    Egypt paid in the end, slowly and cleanly.
}
Daniel's year-end note is polite: a good supplier, hard to read.
Zhang Hao and Kwame have each asked for a quieter account next year.
Zhao Lin's message lands at midnight: good orders; next year, the profit with them. # sfx: notify
Sun Mei switches off the screen. You run a big account. Not yet a business. # ending: mixed
-> END

=== ending_poor ===
~ account_pnl = 0
January. Johannesburg, Meridian South Africa's network operations centre. # scene: network_ops # music: tension
The wall of screens shows the sites Tianyu built. Kwame stands beside you.
Meridian South Africa's operations head hands you a letter.
Phase three goes to Castellan. # speaker: kwame # mood: concerned
{ sa == 2:
    Even the new terms could not save it. Everything around them went wrong.
- else:
    The old terms, the permits, the penalties: nothing changed.
}
Back home, the account closed the year at a loss, on record orders.
HQ finance has put Meridian on its watch list. A controller from HQ now co-signs your deals.
{ hidden:
    Zhao Lin heard the real numbers from HQ finance, in front of his own boss.
}
{ reported:
    Egypt paid, cleanly. It is the one number nobody questions.
}
Sun Mei has asked to move to another account.
My best engineer resigned last week. He said he was tired of building for penalties. # speaker: kwame # mood: annoyed
On the screens, a Castellan crew is already booked for Monday. # ending: poor
-> END

=== ending_compliance ===
February. The corridor outside Tianyu's compliance office. # scene: corridor # music: tension
A routine audit of agent payments found the Egypt market study.
There was no study. There was a transfer, two days before Egypt paid.
Tianyu reports itself to the authorities and terminates the agent.
Meridian Egypt dismisses its finance director the same week.
Meridian suspends Tianyu from all new tenders, pending review. # sfx: alarm
We can't buy from a supplier who pays our own people. # speaker: daniel # mood: annoyed
Nordvik is invited to quote for the UK expansion. Tianyu is not.
Zhang Hao is suspended while the investigation runs. So are you.
You're off the account until legal is done. I can't protect you from this. # speaker: zhaolin # mood: concerned
Eight million came in weeks early. It may cost Tianyu the account. # ending: poor
-> END

=== ending_disclosed ===
March. Cairo, a borrowed room in Meridian Egypt's offices. # scene: opco_office # music: tension
Two investigators, one from each company, have your statement in front of them.
Tianyu reported itself in October, ended the agent's contract and handed over every record.
Meridian Egypt's finance director has gone. Meridian keeps Tianyu on its tender list.
You told us before we found it. That is why you are still a supplier. # speaker: daniel # mood: neutral
Zhang Hao was cleared. His statement matched yours, line by line.
The account's numbers improved. They are not what anyone talks about.
Until the investigators close the file, someone else signs for Meridian. You know why. # speaker: zhaolin # mood: concerned
{ bench:
    { priya_stayed:
        Priya, first name on the succession bench you made visible, holds the account meanwhile. Arjun sends her flowers.
    - else:
        Lin Xiao, from the succession bench you made visible, holds the account meanwhile. The account does not lose a week.
    }
}
Nobody here will remember the margin. Some will remember that you told the truth late. # ending: poor
-> END
