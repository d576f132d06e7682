# title: A sense of misalignment
# role: BE
# order: 5
# stage: maturity
# summary: Meridian's new CEO wants three strategic partners, not forty suppliers. His survey calls Tianyu a good, cheap vendor. Wu Di must turn a vendor into a partner.
# goal: Build the relationship from a point to a line to the whole organisation: top-to-top dialogue and executive sponsors.
# goal: Manage expectations and perception, and close the gap the survey shows in a loop instead of arguing with it.
# goal: Match what the customer wants from a strategic supplier with what Tianyu needs from a value customer, and choose the partnership routes that serve both.
# goal: Treat brand, satisfaction and partnership as the three elements of commercial success.
# carry: eleanor_trust = Eleanor Hughes trusts Wu Di
# carry: rhythm = The account plan is reviewed on Meridian's calendar, with Eleanor's office
# carry: priya_stayed = Priya Nair stayed with the team
# carry: priya_signed = Priya's own package was signed: an Asia seat at the group table, pricing authority, pay at market
# carry: bench = A visible succession bench, with local names
# carry: expert_pool = A standing expert roster shared across accounts (1 proposed, 2 sponsored by Chen Yu and Marco)
# carry: peers_on_board = Chen Yu and Marco came out of Germany on Wu Di's side
# carry: bribe = The Egypt agent's facilitation fee was paid
# carry: owned = Wu Di reported the Egypt payment himself
# carry: terms_renegotiated = South Africa's contract was renegotiated: penalty cap, milestone payments
# carry: account_pnl = Meridian's P&L at year end (0 loss, 1 thin, 2 healthy)

VAR fit = 0
VAR hq = 0
VAR survey = 0
VAR network = false
VAR team = false
VAR gifts = false
VAR criteria = false
VAR match = false
VAR overpromise = false
VAR lab_joint = false
VAR yes12 = false
VAR trapped = false
// From earlier in the account's year (# carry:); the defaults are the scenario played alone.
VAR eleanor_trust = 0
VAR rhythm = false
VAR priya_stayed = true
VAR priya_signed = false
VAR bench = false
VAR expert_pool = 0
VAR peers_on_board = false
VAR bribe = false
VAR owned = false
VAR terms_renegotiated = false
VAR account_pnl = 1

-> opening

=== opening ===
London, Meridian's annual supplier day. A new face at the lectern. # scene: meridian_boardroom # music: boardroom
Rafael Moreno, six weeks into the job as Group CEO.
I ran Meridian Brazil for six years. This month I met forty suppliers. # speaker: rafael # mood: neutral
I don't want forty suppliers. I want three partners. # speaker: rafael # mood: neutral
Three companies that bet on our future as hard as we do. # speaker: rafael # mood: thinking
In the front row, Lars Nordin nods as if he wrote the line.
Rafael leaves by the side door. Lars leaves with him.
Row nine. That's about where we stand with him. # speaker: zhanghao # mood: concerned
{ bribe:
    Egypt's file closed in the spring. Zhang Hao was cleared; you kept your job on a final warning and are back on Meridian on probation, a compliance officer copied on every meeting. Rafael's office has read the file.
}
-> d1_survey

=== d1_survey ===
That afternoon, Meridian's supplier survey lands in your inbox. # scene: tianyu_office # music: office # sfx: notify
Product quality, 8.4. Price, 8.9. Best on the whole panel. # speaker: zhanghao # mood: pleased
Understands our business, 4.1. Senior engagement, 3.6. # speaker: zhanghao # mood: concerned
And one comment from the CFO's office: a good, cheap box vendor. # speaker: zhanghao # mood: concerned
Cheap? We have two hundred engineers inside their networks. # speaker: linxiao # mood: annoyed
We call ourselves their partner. They call us a vendor. # speaker: linxiao # mood: annoyed
{ priya_stayed:
    Priya has the comments open already, sorted by opco. # speaker: priya # mood: thinking
- else:
    I've sorted the comments by opco. Priya used to do this before anyone asked. # speaker: kwame # mood: thinking
}
The room waits for you. # facilitator: Perception management, and who owns it. Two good moves compete here: going out to hear the respondents (slow, invisible to Rafael for weeks) and putting the team to work on the complaints (fast, but working from written comments). Ask: who in the room argues for the team, and what does each route cost? Watch for the rebuttal and the score target: both treat Meridian's view as a number to fix.
+ [Give every opco a target: two points up on next year's survey, with a named owner # score: T-1 BE-1 # feedback: A target on the score manages the number, not what Meridian lived through. Teams learn to chase ratings, and respondents notice being lobbied. # cap: org_development]
    ~ fit -= 1
    Two points up, every opco, by next year. # speaker: wudi # mood: neutral
    A week later, a Meridian planner forwards {priya_stayed:Priya|Kwame} an email from Tianyu.
    It asks him, very politely, for a fairer score next year.
    { priya_stayed:
        They said we're good at what we do. What exactly are we fixing? # speaker: priya # mood: concerned
    - else:
        They said we're good at what we do. What exactly are we fixing? # speaker: kwame # mood: concerned
    }
+ [Ask twelve respondents, face to face, what they expected and what they got # score: S+1 BE+2 # feedback: Accepting Meridian's view and asking what lies behind it is where closing the gap starts. It costs two weeks of the team's time, with nothing Rafael can see while Nordvik moves. # cap: customer_partnering]
    ~ survey = 1
    ~ fit += 2
    Twelve interviews in two weeks: planners, buyers, finance, strategy.
    The same story comes back in different accents.
    'You answer every question we ask. You never bring the next one.' # speaker: linxiao # mood: thinking
    'Your executives only fly in when there's a contract to sign.' # speaker: zhanghao # mood: concerned
    They don't think we're bad. They think we're small. # speaker: linxiao # mood: surprised
+ [Go through every comment with the team, and give each opco's triangle one complaint to fix # score: T+2 # feedback: The team owns the problem across six time zones and starts fixing what it can this week. But it works from written comments, so it fixes what people wrote rather than what they meant, and Meridian hears nothing. # cap: org_development]
    ~ team = true
    ~ fit += 1
    {priya_stayed:Priya|{bench:Vikram|Lin Xiao}} takes India's: enterprise quotes that take three weeks.
    Zhang Hao takes the UK's: nobody senior at the quarterly reviews.
    A month later, three complaints are fixed. Nobody at Meridian knows why.
+ [Send the survey team our record on uptime and rollouts, to correct the picture # score: S-1 BE-2 # feedback: A rebuttal contests the customer's perception, which is the very fact you have to manage. And it reached the CFO's office. # cap: customer_partnering]
    ~ survey = -1
    ~ fit -= 2
    Lin Xiao builds the file: uptime, rollouts, engineers on site.
    The survey lead replies politely. The scores stand.
    The CFO's office was copied on your email.
- -> d2_map

=== d2_map ===
Lin Xiao has drawn Meridian on the whiteboard, name by name. # scene: tianyu_office # music: office
A hundred and forty names. Engineers, planners, buyers. # speaker: linxiao # mood: neutral
All green. We know them, they know us. # speaker: linxiao # mood: pleased
{ rhythm:
    The executive committee: {eleanor_trust < 0:Eleanor amber. Her office still reviews our plan twice a year; since Germany she sends a deputy.|Eleanor green. Her office has reviewed our plan twice a year since your first month.} # speaker: linxiao # mood: thinking
    Daniel amber. # speaker: linxiao # mood: thinking
- else:
    The executive committee: Eleanor amber, Daniel amber. # speaker: linxiao # mood: thinking
}
{ eleanor_trust < 0:
    Since Germany, Eleanor answers your emails and nothing more. She will not be introducing anyone.
}
Rafael, the CFO, the strategy director: blank. # speaker: linxiao # mood: concerned
Nordvik has a name beside every one of them. # speaker: zhanghao # mood: concerned
Marketing still has hospitality budget this year, if it helps. # speaker: sunmei # mood: neutral # facilitator: Relationships grow from one point to a line to the whole organisation. The live debate: match Meridian's executives with Tianyu's (the right rank, but it needs Zhao Lin's yes and takes weeks) or hand the blank boxes to the team (fast, grows the team's account managers, but the rank is wrong). Ask: who on our side should own each box, and who decides that? Watch for the hospitality budget: it buys personal goodwill, not a relationship between companies.
+ [Give each blank box to one of the team: {priya_stayed:Priya|Kwame}, Zhang Hao, Lin Xiao # score: T+2 # feedback: Your people grow by owning senior contacts, and the work starts this week. But a CFO given an account manager as his counterpart reads the rank: it is still a vendor calling. # cap: org_development]
    ~ team = true
    ~ fit += 1
    {priya_stayed:Priya|Kwame} takes the strategy director. Zhang Hao, the CFO's office.
    The CFO's assistant offers Zhang Hao fifteen minutes, in a month.
+ [Spend the hospitality budget on the top floor: dinners, and a welcome present for Rafael # score: O-1 BE-2 # feedback: Dinners and presents buy personal goodwill, not a relationship between two companies, and a new CEO may read them as a compliance risk. The budget is gone before anyone knows what Rafael wants. # cap: customer_partnering]
    ~ gifts = true
    ~ fit -= 2
    Within a week: four dinners booked and a case of wine for Rafael.
    Sun Mei signs the budget. Her pen hesitates over the last line.
+ [Draft a Tianyu counterpart for every blank, from our CFO to the chairman's office, and take it to Zhao Lin first # score: R+1 BE+2 # feedback: Matching executives role to role turns your contacts into a relationship between companies, and asking Zhao Lin first respects that those executives are his to commit. The cost is time: weeks before anyone meets Rafael. # cap: collaborative_influence]
    ~ network = true
    ~ fit += 2
    Lin Xiao writes a second column beside the blanks.
    Their CFO, our CFO. Eleanor, Chen Yu's product-line president. # speaker: wudi # mood: thinking
    Rafael: our chairman's office, if Zhao Lin agrees. # speaker: wudi # mood: thinking
    You send the chart to Zhao Lin. Nobody is asked until he says yes.
+ {eleanor_trust >= 2} [Ask Eleanor to bring you to Rafael's next strategy review, as her guest # score: BE+2 # feedback: A year of her trust gets you into the CEO's room as her guest, not as a salesman, and she does the introducing. It is still one thread: without counterparts behind you, Rafael meets Wu Di, not Tianyu. # cap: customer_partnering]
    ~ fit += 1
    Eleanor takes you into Rafael's Monday review and gives you ten minutes of her own slot.
    Eleanor says you read us before you sold to us. That's rare. # speaker: rafael # mood: pleased
    Who else at Tianyu should I know? # speaker: rafael # mood: thinking
    You give him two names. He asks his assistant to call both.
+ {eleanor_trust == 0 or eleanor_trust == 1} [Ask Eleanor to introduce you to Rafael as soon as she can # score: BE+1 # feedback: A warm introduction is quick, but it is still one point of contact. Without counterparts behind you, the CEO meets a salesman, not a company. # cap: customer_partnering]
    Eleanor walks you to Rafael after a steering meeting. Five minutes in the corridor.
    Good to meet you. Who else at Tianyu should I know? # speaker: rafael # mood: neutral
    You hand him your own card. He is called away before you think of a second name.
- -> d3_eleanor

=== d3_eleanor ===
{eleanor_trust < 0:Eleanor agrees to coffee at the café across the road. She keeps her coat on.|Eleanor picks the café across the road, away from her floor.} # scene: cafe # music: office
{ survey > 0:
    ~ fit += 1
    My planners liked your interviews. Nobody had asked them before. # speaker: eleanor # mood: pleased
}
{ survey < 0:
    Your email about the survey reached the CFO. It did not travel well. # speaker: eleanor # mood: concerned
}
Rafael asked me which suppliers understand our business. # speaker: eleanor # mood: thinking
I said your engineers do. I didn't know what to say about the rest. # speaker: eleanor # mood: neutral
He has three seats, Wu Di. Nordvik thinks one is already theirs. # speaker: eleanor # mood: concerned # facilitator: Expectation management: you cannot manage an expectation you have not heard. The live debate: ask what Rafael will judge (learning, but nothing to show) or put Tianyu's architects on her hardest problem (showing, but unpaid and still blind to the CEO's test). Ask: what would you ask a friendly executive over coffee, and what would you offer her? Watch for spending her goodwill on a favour.
+ [Ask what Rafael looks for in a partner, and where we fall short # score: S+1 BE+2 # feedback: Hearing what the customer expects, in their own words, comes before any case, and asking where you fall short turns a sponsor into a coach. It costs some pride, and it gives her nothing yet. # cap: customer_partnering]
    ~ criteria = true
    ~ fit += 2
    She counts on her fingers.
    Money: capex down, and shared risk when we try something new. # speaker: eleanor # mood: thinking
    Growth: enterprise revenue. Nobody has cracked it for us yet. # speaker: eleanor # mood: thinking
    Ease: one partner who solves problems across twenty opcos. # speaker: eleanor # mood: neutral
    And people who talk to him, not at him. # speaker: eleanor # mood: pleased
    And where do we fall short? # speaker: wudi # mood: thinking
    On all four, except the engineering. For now. # speaker: eleanor # mood: neutral
+ [Offer her Lin Xiao's architects for a month, on the problem her team cannot crack # score: R+2 O-1 BE+1 # feedback: Working on her own problem changes a perception faster than any slide, and Eleanor will remember it. It costs a month of unbilled architects, and you still don't know what Rafael will judge. # cap: collaborative_influence]
    ~ fit += 1
    Enterprise networks in the ports. Three operators, and the radio won't behave. # speaker: eleanor # mood: thinking
    Lin Xiao's architects start on Monday. Eleanor sends her best engineer to sit with them.
+ [Ask her to put Tianyu's name forward to Rafael for one of the three seats # score: S-1 BE-1 # feedback: Asking a sponsor to spend her credibility before you know what the seat requires turns a relationship into a favour. She has nothing yet to recommend. # cap: customer_partnering]
    ~ fit -= 1
    Would you put Tianyu's name forward to Rafael? # speaker: wudi # mood: thinking
    I can tell him your engineers are good. He knows. It's in the survey. # speaker: eleanor # mood: annoyed
    She pays for both coffees before you can.
- -> d4_nordvik

=== d4_nordvik ===
Heathrow, the lounge. Lars Nordin drops into the seat beside yours. # scene: airport # music: tension
Stockholm tonight. Rafael visits our innovation centre next month. # speaker: lars # mood: pleased
Nordvik and Meridian, over twenty years. He likes a long story. # speaker: lars # mood: pleased
No hard feelings, Wu Di. You're a very good vendor. # speaker: lars # mood: neutral
He boards first. Your phone buzzes: Zhang Hao. # sfx: notify
Daniel's team let it slip. Nordvik has offered Rafael two things. # speaker: zhanghao # mood: concerned
A co-branded innovation centre, and a five-year price cap. # speaker: zhanghao # mood: concerned
How do we answer that? # speaker: zhanghao # mood: concerned # facilitator: Differentiate on what the customer expects of a strategic supplier. The live debate: analyse where Nordvik is thin (a sound case, but a week of paper while Lars has Rafael) or run a live proof in Rafael's old opco (a fact no rival can buy, but unbilled and unasked). Ask: which would Rafael notice, and what does each cost the account? Watch for the price answer, which confirms the survey.
+ [Ask Chen Yu for six percent more off, to take the sting out of Nordvik's five-year price cap # score: S-1 O-1 BE-2 # feedback: A price answer confirms what the CFO's office wrote: a good, cheap vendor. Partners are chosen for what they bring and the bets they share, and margin pays for neither. # cap: business_value]
    ~ fit -= 2
    You message Chen Yu before boarding.
    Another six percent? For the third year running? # speaker: chenyu # mood: annoyed
    He agrees. Daniel's team files it under price.
+ [Set what Meridian wants beside what Nordvik offers, and find exactly where Nordvik is thin # score: S+2 BE+1 # feedback: Differentiating on what the customer values, not on price or access, makes a case no dinner can. The cost is a week of analysis while Lars has Rafael's ear, and without Eleanor's list it is guesswork. # cap: strategic_thinking]
    ~ match = true
    { criteria:
        ~ fit += 2
        You send Zhang Hao Eleanor's list: money, growth, ease, people.
        Enterprise growth. Nordvik is thin there. We aren't. # speaker: zhanghao # mood: pleased
    - else:
        ~ fit += 1
        Without Eleanor's list, the team guesses: cost, surely. Innovation?
        We're guessing what they want. Again. # speaker: zhanghao # mood: thinking
    }
+ [Borrow Marco's crew for a thirty-day enterprise proof in Brazil, Rafael's old opco # score: R+2 O-1 BE+1 # feedback: A live proof in the CEO's home market is a fact Nordvik cannot buy, and Marco's crew wins over Brazil's engineers. It costs unbilled delivery capacity, and it answers a question nobody at group has asked yet. # cap: collaborative_influence]
    ~ fit += 1
    { peers_on_board:
        Marco lends you four engineers from the Chile rollout before you finish asking. Germany, he says.
    - else:
        Marco grumbles, then lends you four engineers from the Chile rollout.
    }
    Meridian Brazil's CTO sends a photo of the first site. He copies Rafael.
- -> d5_sponsor

=== d5_sponsor ===
// Standing has a floor: a bad start costs the strong ending, not every later chance.
{ fit < -2:
    ~ fit = -2
}
A late video call. Zhao Lin is still at HQ in Shenzhen. # scene: video_call # music: night
Three partners, Meridian says. Fine. # speaker: zhaolin # mood: thinking
HQ has fifteen accounts that all want to be strategic. # speaker: zhaolin # mood: concerned
Each wants a lab, a sponsor, the chairman's time. # speaker: zhaolin # mood: concerned
{ network:
    Your pairing chart is on his screen. He has ticked most of the second column.
}
{ gifts:
    And Sun Mei says the hospitality budget is gone. # speaker: zhaolin # mood: annoyed
}
Sun Mei joins from the account office, spreadsheet open.
Meridian is our third-largest account. # speaker: sunmei # mood: neutral
{
- account_pnl >= 2:
    Margin back above our average since January. Cash positive all year. # speaker: sunmei # mood: pleased
- account_pnl <= 0:
    The account lost money last year; HQ finance has it on its watch list. I asked to leave. Zhao Lin asked me to stay and fix it. # speaker: sunmei # mood: concerned
- else:
    Margin below our average. Payments slow in two opcos. # speaker: sunmei # mood: concerned
}
{ terms_renegotiated:
    South Africa pays by milestone now. HQ finance holds that contract up as a model. # speaker: sunmei # mood: neutral
}
So why Meridian? And what exactly do you want from me? # speaker: zhaolin # mood: thinking # facilitator: The pivotal ask: without a commitment from HQ there is no seat to win. The live debate: ask for a funded lab in phases (what Rafael wants to see, but it spends budget another account wanted) or tie the money to Meridian paying on time (what a value customer owes, but Rafael meets conditions while Nordvik brings a centre). Ask: what would you ask your own boss for, and what would you offer him in return? Watch for shielding HQ, and for a sponsor who only shakes hands.
+ [Keep it at account level: you'll handle Rafael and spare HQ the noise # score: R-1 BE-1 # feedback: Sparing HQ keeps the relationship at one point: you. A CEO choosing three partners wants to see the whole company at the table. # cap: collaborative_influence]
    ~ hq = 0
    ~ fit -= 1
    Leave Rafael to me. HQ has enough on its plate. # speaker: wudi # mood: neutral
    Good. One less account asking for the chairman. # speaker: zhaolin # mood: pleased
+ [Ask him to meet Rafael with you; the budget question can wait # score: R+1 BE+1 # feedback: A sponsor at the top table helps, but one with nothing behind him can only shake hands. Rafael will ask what Tianyu is putting in. # cap: collaborative_influence]
    ~ hq = 1
    Come with me to see Rafael. The rest can wait. # speaker: wudi # mood: neutral
    A handshake I can give you. Money needs a case. # speaker: zhaolin # mood: neutral
+ {match or criteria} [Show him what Meridian wants and what we'd get back; ask for a phased lab # score: R+2 O+1 BE+2 # feedback: Matching what Meridian wants from a partner with what Tianyu needs from a value customer makes the investment fundable, and phases protect the P&L. It costs Zhao Lin a budget another account wanted, and his name is on it now. # cap: business_value]
    They want cost down, enterprise growth, one partner across twenty opcos. # speaker: wudi # mood: neutral
    We need margin that funds it, cash on time, and a reference market. # speaker: wudi # mood: neutral
    Phase one is the lab. Phase two only if payments improve. # speaker: wudi # mood: thinking
    { account_pnl > 0:
        ~ fit += 2
        ~ hq = 2
        That's a trade, not a wish. I'll sponsor it, budget and all. # speaker: zhaolin # mood: pleased
    - else:
        ~ fit += 1
        ~ hq = 1
        A good trade, on an account that lost money last year. # speaker: zhaolin # mood: concerned
        I'll sponsor you. The budget waits until the numbers turn. # speaker: zhaolin # mood: concerned
    }
+ {not (match or criteria)} [Show him what Meridian wants and what we'd get back; ask for a phased lab # score: R+1 BE+1 # feedback: The right ask without the homework: you cannot say what Meridian wants from a lab, so it sounds like Tianyu's wish list, not a trade. Zhao Lin sponsors you and keeps the money. # cap: business_value]
    ~ fit += 1
    ~ hq = 1
    A lab would show them we mean it. Phase one now, phase two later. # speaker: wudi # mood: neutral
    What do they want from the lab, exactly? # speaker: zhaolin # mood: thinking
    You don't know yet. I'll sponsor you. The money waits. # speaker: zhaolin # mood: neutral
+ [Ask him to sponsor the account, with any lab money tied to Meridian paying on time # score: S+1 O+2 BE+1 # feedback: Tying investment to cash on time protects the P&L and tells Meridian what a value customer owes its partner. The cost is speed: Rafael meets a partner with conditions while Nordvik arrives with a centre. # cap: business_acumen]
    ~ hq = 1
    ~ fit += 1
    Sponsor us. Lab money moves when their late payments do. # speaker: wudi # mood: neutral
    That I can defend at HQ. Sun Mei, send me the two opcos' aging. # speaker: zhaolin # mood: pleased
- -> d6_rafael

=== d6_rafael ===
// Spent flags: criteria and match have shaped the sponsor's answer.
~ criteria = false
~ match = false
{ hq > 0:
    Zhao Lin flies in. Rafael's office gives you both forty minutes. # scene: meridian_boardroom # music: boardroom
- else:
    Eleanor finds you twenty minutes at the end of Rafael's day. # scene: meridian_boardroom # music: boardroom
}
{ gifts:
    ~ fit -= 1
    On a side table: your case of wine, unopened, with a compliance note.
    New rule from my first week. No gifts. Please take it back. # speaker: rafael # mood: annoyed
}
I read the supplier survey. Your product score is the best we have. # speaker: rafael # mood: neutral
And your lowest is on understanding our business. # speaker: rafael # mood: thinking
So tell me. Why make a good, cheap vendor one of three partners? # speaker: rafael # mood: thinking # facilitator: The misalignment in one sentence: the dialogue starts from the customer's perception, not yours. Ask: what can you honestly put on the table today, and what would you never promise without your boss? Where the lab is funded, who in the room would still lead with the survey, and why? Watch for defending the record, and for a lab nobody at Tianyu has paid for.
+ [Agree with the survey; tell him what it taught you and what you have changed since # score: S+1 BE+2 # feedback: Accepting the customer's view, then showing what you changed, begins to close the gap, and specifics make it credible. Without money on the table, though, it stays a good conversation. # cap: customer_partnering]
    Your survey is right. We sold boxes and called it partnership. # speaker: wudi # mood: thinking
    { survey > 0:
        ~ fit += 2
        We interviewed twelve of your people. Here's what we're changing. # speaker: wudi # mood: neutral
        You asked my people. Nordvik asked me to dinner. # speaker: rafael # mood: pleased
    - else:
        ~ fit += 1
        Honest. It would land better with a plan behind it. # speaker: rafael # mood: neutral
    }
+ [Answer with the record: uptime, engineers on site, rollouts on time # score: S-1 BE-2 # feedback: Delivery facts answer a question he did not ask, and they contest the very gap he named. He already knows you deliver: that is why you are on the shortlist. # cap: customer_partnering]
    ~ fit -= 2
    Our uptime is the best in your network, and we deliver on time. # speaker: wudi # mood: concerned
    I know. That's why you're on the shortlist. I asked about the three. # speaker: rafael # mood: annoyed
+ {hq >= 2} [Offer the lab Shenzhen has already funded, with Rafael and Zhao Lin setting its course twice a year # score: S+1 BE+3 # feedback: A funded lab plus a standing dialogue at the top is a commitment the customer can see, not an assurance. It ties Zhao Lin's name and budget to the outcome, in front of the CEO. # cap: customer_partnering]
    ~ fit += 2
    A lab for your enterprise growth. Budget approved in Shenzhen. # speaker: wudi # mood: neutral
    And twice a year, you and our leadership set its direction. # speaker: zhaolin # mood: neutral
    Approved already? Most suppliers offer to ask. # speaker: rafael # mood: surprised
+ {hq < 2} [Promise a lab and a dedicated team now, and let the funding follow once he says yes # score: O-2 BE-2 # feedback: A lab your company has not paid for is an over-commitment: goodwill today becomes a broken promise tomorrow. The customer learns what your word is worth. # cap: strategic_risk]
    ~ overpromise = true
    A lab for your enterprise business, with a dedicated team. # speaker: wudi # mood: pleased
    { hq > 0:
        Zhao Lin's pen stops moving.
    }
    That's the first offer today that sounds like a partner. # speaker: rafael # mood: pleased
- { overpromise: -> d7b_funding }
-> d7_lab

=== d7b_funding ===
Two weeks later, Sun Mei closes the door behind her. # scene: finance_room # music: tension
Chen Yu's product line says the lab is not in their plan. # speaker: sunmei # mood: concerned
Two million dollars, and nobody owns it. # speaker: sunmei # mood: concerned
And Meridian already announced it at their town hall. # speaker: sunmei # mood: annoyed
Zhao Lin's voice comes through the speakerphone.
{ hq > 0:
    I told you not to promise what I haven't signed. # speaker: zhaolin # mood: annoyed
- else:
    You promised a CEO a lab, and I hear it from finance? # speaker: zhaolin # mood: annoyed
}
What now? # speaker: zhaolin # mood: thinking # facilitator: The over-commitment has landed. The live debate: tell Meridian now and shrink the lab (honest, but Rafael hears it after his town hall) or get phase one funded first and tell Meridian with something in hand (it saves face, but the customer keeps believing the big version a little longer). Ask: who hears the bad news first, and what does each order cost? Watch for hiding the cost in other deals' margins.
+ [Call Eleanor today: tell her what you promised and what you can really fund # score: O+1 BE+2 # feedback: Resetting an expectation early, in person, limits the damage to trust. It costs face with Rafael, and the lab Meridian announced shrinks in public. # cap: strategic_risk]
    ~ overpromise = false
    You call Eleanor from Sun Mei's desk.
    I promised more than we funded. Here is what we can do now. # speaker: wudi # mood: concerned
    Smaller than Rafael heard. Better than finding out later. # speaker: eleanor # mood: neutral
+ [Get Zhao Lin to fund a costed phase one before Meridian hears anything # score: R+2 O+1 BE-1 # feedback: Coming to your boss with a costed option, not a crisis, is how to escalate. But Meridian keeps believing the bigger lab for another month, and the gap is wider when they learn. # cap: collaborative_influence]
    ~ overpromise = false
    { hq < 1:
        ~ hq = 1
    }
    ~ fit -= 1
    Zhao Lin funds phase one, by cutting another account's pilot.
    Eleanor hears the lab is smaller at a steering meeting. From Chen Yu.
+ [Fund it quietly from the margin on the next two Meridian deals, so HQ never has to reopen the budget # score: O-2 BE-1 # feedback: Hiding an unfunded promise in other deals' margins is a P&L problem and an internal-control problem. The partnership now rests on numbers nobody approved. # cap: business_acumen]
    ~ trapped = true
    ~ fit -= 2
    Sun Mei reworks two quotes. She does not look happy doing it.
    The lab opens, on money that belongs to other deals.
- -> d7_lab

=== d7_lab ===
// Carry forward only what still matters: the survey and gift flags are spent.
~ survey = 0
~ gifts = false
{ fit < 0:
    ~ fit = 0
}
Three months on. An empty floor in Meridian's Manchester tech centre. # scene: joint_lab # music: office
{ hq >= 2:
    Chen Yu's first equipment arrived on Monday, on HQ's budget.
- else:
    Eleanor has lent the floor for a pilot. Show us, she said.
    HQ's money is not settled yet. Some of the kit is borrowed.
}
Eleanor's architects want to know what this floor is for. # speaker: linxiao # mood: thinking
HQ wants a showcase: our newest kit, our logo, customer tours. # speaker: chenyu # mood: neutral
Meridian's enterprise unit just wants help selling, this quarter. # speaker: zhanghao # mood: thinking
And Nordvik's Stockholm centre has its press launch next week. # speaker: zhanghao # mood: concerned # facilitator: Joint innovation, and co-branding in its proper order. The live debate: one Meridian problem worked by a mixed team (real joint work, slow to show revenue) or Tianyu's people on Meridian's enterprise sales calls (revenue and goodwill this quarter, but nothing built together). Ask: what makes innovation joint, and what does each choice do to next year's survey? Watch for a showroom with two logos, and for a brand announced before there is anything to brand.
+ [Build the showcase HQ wants: the newest kit, both logos, customer tours # score: R+1 # feedback: A showroom keeps HQ's product line happy and impresses visitors. But it shows Tianyu's products, not Meridian's problems, and the customer's architects drift away. # cap: collaborative_influence]
    The showcase is beautiful. Forty visitors in the first month.
    Nice kit. Whose problem is it solving? # speaker: eleanor # mood: neutral
+ [Give the floor to one Meridian problem, their architects and ours at one table # score: S+1 BE+3 # feedback: A customer problem, a mixed team, shared targets and shared rights make innovation joint, and brand can follow the substance. It is slow: no revenue this quarter, and Meridian's enterprise unit has to wait. # cap: business_value]
    ~ lab_joint = true
    ~ fit += 2
    Eleanor's architects and Lin Xiao's team take one big table.
    Their enterprise sales lead brings three port operators' problems.
    If it works, Meridian sells it under its brand. Built with Tianyu. # speaker: linxiao # mood: pleased
    { hq < 2:
        It starts small. Two engineers, one port, one borrowed radio.
    }
+ [Put Lin Xiao's team on Meridian's enterprise sales calls for the next three months # score: S+2 O+1 # feedback: Helping Meridian sell answers the growth Eleanor named, and it brings revenue this quarter. But nothing is built together: Tianyu becomes a presales arm, not a partner in what comes next. # cap: business_value]
    ~ fit += 1
    Three months, eleven customer calls, two deals in Meridian's pipeline.
    Their enterprise lead is delighted. The floor in Manchester stays empty.
+ [Announce the lab to the press this week, so Rafael reads our name before Nordvik's launch # score: S-1 BE-2 # feedback: Announcing before there is anything to show spends Meridian's name on your race with Nordvik. The customer owns half of that brand, and nobody asked them. # cap: customer_partnering]
    ~ fit -= 2
    Tianyu's press release goes out on Tuesday, with Meridian's logo.
    Our comms team saw it on the news. Next time, ask us. # speaker: eleanor # mood: annoyed
- -> d8_exchange

=== d8_exchange ===
After the lab review, {priya_stayed:Priya|Zhang Hao} catches you in the corridor. # scene: corridor # music: office
{ priya_stayed:
    Arjun asked me who at Tianyu his CFO should call. # speaker: priya # mood: thinking
    I said: Wu Di. Everything goes through you. # speaker: priya # mood: concerned
    And when you're on a plane, Meridian waits. # speaker: zhanghao # mood: concerned
    Meridian's HR director wants to know if we'd swap young engineers. # speaker: priya # mood: neutral
- else:
    Arjun's CFO asked me who at Tianyu he should call. He used to ask Priya. # speaker: zhanghao # mood: thinking
    I said: Wu Di. Everything goes through you. # speaker: zhanghao # mood: concerned
    And when you're on a plane, Meridian waits. # speaker: zhanghao # mood: concerned
    Meridian's HR director wants to know if we'd swap young engineers. # speaker: zhanghao # mood: neutral
}
{ bench:
    Beside the chart hangs your succession bench: two names for every role on the account. Their HR director asked how you built it.
}
{ network:
    On the pairing chart, half the blank boxes have a name now.
}
{ priya_stayed:
    Rafael wants 'One Meridian' to be a culture, not a slogan. # speaker: priya # mood: thinking # facilitator: From a line to the whole organisation: management, culture and talent exchange, or growing your own people into the top relationships. Ask: would this relationship survive your holiday, or your next job? Which option costs the team more, and which costs Meridian more? Watch for the KAM as the only thread.
- else:
    Rafael wants 'One Meridian' to be a culture, not a slogan. # speaker: zhanghao # mood: thinking # facilitator: From a line to the whole organisation: management, culture and talent exchange, or growing your own people into the top relationships. Ask: would this relationship survive your holiday, or your next job? Which option costs the team more, and which costs Meridian more? Watch for the KAM as the only thread.
}
+ [Send six of ours into their operations, and bring six of theirs to Shenzhen # score: T+1 BE+3 # feedback: Exchanging people turns two organisations into colleagues, so the relationship no longer hangs on one person. It costs six of the team's best engineers for half a year, and HR paperwork on both sides. # cap: cross_cultural]
    ~ network = true
    ~ fit += 2
    Six Meridian engineers to Shenzhen, six of ours into their ops. # speaker: wudi # mood: thinking
    And one leadership course, for both companies' managers. # speaker: wudi # mood: neutral
    { priya_stayed:
        Arjun wants to send two of his planners himself. # speaker: priya # mood: pleased
        { priya_signed:
            Priya runs the exchange from her Asia seat at the group table. Meridian's HR director already knows her name.
        - else:
            Priya asks to lead the exchange. Arjun's two planners are the first names on her list.
        }
    - else:
        {bench:Arjun sends two planners, and asks that Vikram look after them.|Arjun sends two planners, politely. He asks who at Tianyu will look after them now that Priya has gone.}
    }
+ [Ask {priya_stayed:Priya|Kwame} and Zhang Hao to take on two Meridian executives each, with you as their coach # score: T+2 BE+1 # feedback: Delegating senior relationships, with coaching, grows your people and widens the line. But it is still Tianyu people calling Meridian people: the organisations themselves don't meet. # cap: org_development]
    ~ team = true
    ~ fit += 1
    You two take the CFO and the strategy director. I'll coach. # speaker: wudi # mood: neutral
    { priya_stayed:
        Priya smiles, then opens her calendar. Her first senior meetings.
    - else:
        Kwame smiles, then opens his calendar. His first senior meetings.
    }
+ [Keep Rafael and Eleanor yourself, since they know you; the team covers everyone below # score: T-1 BE-1 # feedback: Guarding the top relationships keeps control but makes you the single point of failure, and shows the team where the ceiling is. # cap: org_development]
    ~ network = false
    ~ fit -= 1
    Rafael and Eleanor stay with me. The rest is yours. # speaker: wudi # mood: neutral
    {priya_stayed:Priya|Kwame} nods. Zhang Hao looks at the chart and says nothing.
- -> d9_expect

=== d9_expect ===
Rafael's executive committee sets the partner test. # scene: video_call # music: tension
Enterprise private networks, live in twelve opcos within six months. # speaker: eleanor # mood: neutral
Nordvik said yes in the room. Can you? # speaker: eleanor # mood: thinking
{ lab_joint:
    The ports pilot gives you real numbers: four weeks per opco.
}
Twelve in six months? Four, maybe five, if the sites are ready. # speaker: marco # mood: concerned # facilitator: Expectation management in practice: promise what you will deliver, then make delivery visible. The live debate: commit now to Marco's low estimate with a monthly scorecard (an answer in the room, but unchecked) or check five sites first (a number Marco stands behind, but nine days when Nordvik's yes is the only answer). Ask: what does a yes cost in six months, and in next year's survey? Watch for matching the rival's promise.
+ [Say yes to twelve in six months: Nordvik did, and the committee wants an answer on this call # score: R-1 O-1 BE-2 # feedback: Matching a rival's promise sets an expectation Marco has already told you is out of reach. The gap will show in the rollout, in next year's survey, and in the seat. # cap: strategic_risk]
    ~ yes12 = true
    ~ trapped = true
    ~ fit -= 2
    Twelve in six months. Yes. # speaker: wudi # mood: pleased
    Marco leaves the call without a word.
+ [Send Marco's crews to five sites this week, and give the committee a checked number # score: O+2 BE+1 # feedback: Checking before you commit avoids over-commitment, and Marco will stand behind the number. The cost: for nine days Nordvik's yes is the only answer the committee has, and a number is not yet a way for Meridian to watch you deliver. # cap: strategic_risk]
    ~ fit += 1
    { expert_pool >= 1:
        ~ fit += 1
        { expert_pool >= 2:
            The roster Chen Yu and Marco chair has named people free this week. Marco sends his crews with them; they are on site by Tuesday.
        - else:
            The expert roster has named people free this week. With Marco's crews, they are on site by Tuesday.
        }
        Marco's number comes back on day three: five opcos in six months, site by site.
        Three days, and checked. I'll put it in front of them today. # speaker: eleanor # mood: pleased
    - else:
        Marco's crews are on site by Thursday.
        Nine days? Nordvik answered in the room. # speaker: eleanor # mood: concerned
        Marco's number comes back on day nine: five opcos in six months, site by site.
        Late, but checked. I'll put it in front of them. # speaker: eleanor # mood: thinking
    }
+ [Commit to four opcos in six months and twelve in eighteen, with a monthly scorecard for everyone who answered the survey # score: O+1 BE+3 # feedback: Setting the expectation you can meet, then showing delivery every month to the people you surveyed, closes the loop between expectation and perception. The cost: in the room, it sounds smaller than Nordvik's yes. # cap: customer_partnering]
    ~ fit += 2
    Four in six months. Twelve in eighteen. You'll see it every month. # speaker: wudi # mood: neutral
    Everyone who answered your survey gets the scorecard too. # speaker: wudi # mood: neutral
    Not what Nordvik said. More believable, though. # speaker: eleanor # mood: thinking
- -> d10_plan

=== d10_plan ===
The week before the partner session. Sun Mei has HQ's account plan template open. # scene: finance_room # music: office
Every strategic account gets three measures next year. # speaker: sunmei # mood: neutral
HQ will ask one question: is Meridian worth what we're putting in? # speaker: zhaolin # mood: thinking
{ team:
    {priya_stayed:Priya|Kwame} and Zhang Hao have asked to own something on the plan. # speaker: linxiao # mood: thinking
}
What goes on Meridian's page, and who owns it? # speaker: sunmei # mood: thinking # facilitator: Brand, satisfaction and partnership: the three elements of commercial success, here as a choice of what the account is measured on. The live debate: the three elements with an owner each (the team carries them, but orders leave the headline) or orders, margin and cash as for every account (HQ funds what it can count, but the team will chase orders). Ask: what will the team actually chase next year under each page? Watch for milestones that show activity, not results.
+ [Orders, margin and cash, as for every key account; the partnership work rides on those # score: R+1 O+2 # feedback: HQ funds what it can count, so this page keeps the money coming and the account honest about its P&L. But nothing on it rewards what makes Meridian choose a partner, and the team will chase orders. # cap: business_acumen]
    ~ fit += 1
    HQ approves the page in a day. Sun Mei is relieved.
    Lin Xiao reads it twice. So the lab is a hobby? # speaker: linxiao # mood: concerned
+ [An owner each: a reference Meridian signs, the survey comments, the roadmap # score: S+1 T+1 BE+2 # feedback: A customer reference, closed survey comments and a roadmap kept are brand, satisfaction and partnership, and each gets an owner in the team. The cost: orders leave the headline, and Sun Mei must defend that at HQ. # cap: strategic_thinking]
    ~ team = true
    ~ fit += 2
    Lin Xiao takes the reference: a port, live, under Meridian's name. # speaker: wudi # mood: neutral
    {priya_stayed:Priya|Kwame} takes the survey comments, opco by opco. Zhang Hao, the roadmap. # speaker: wudi # mood: neutral
    Orders are in the footnote. I'll defend it. Once. # speaker: sunmei # mood: concerned
+ [Measure the partnership milestones: the lab, the steering meetings, the exchange # score: O-1 BE+1 # feedback: Milestones show activity, not results. With no orders, margin or customer view on the page, HQ will read Meridian as a cost centre. # cap: business_acumen]
    Three milestones, three dates. All of them things Tianyu does.
    And what does Meridian get out of it, on this page? # speaker: zhaolin # mood: thinking
- -> d11_ask

=== d11_ask ===
{ hq > 0:
    The partner session. Zhao Lin sits beside you. # scene: meridian_boardroom # music: boardroom
- else:
    The partner session. You face the executive committee alone. # scene: meridian_boardroom # music: boardroom
}
Rafael, Eleanor, Daniel, the CFO. Lars went in just before you.
The last question I ask every candidate. # speaker: rafael # mood: neutral
A partnership runs both ways. What does Tianyu need from Meridian? # speaker: rafael # mood: thinking # facilitator: The match, asked by the customer: what does Tianyu need from a value customer? The live debate: access to planning and the right to name Meridian (a partner's asks, but soft on money) or cash on time and a long frame (what makes investing affordable, but it sounds like procurement). Ask: which answer would your CFO sign, and which would Rafael's board? Watch for the modest 'nothing', which is what a vendor says.
+ [A seat when you plan, a roadmap we write with your team, and the right to say Meridian chose us # score: S+1 BE+3 # feedback: Access to planning, a shared roadmap and a reference are what Tianyu needs to invest as a partner, and saying so plainly treats Meridian as an equal. It leaves money unsaid, which Sun Mei will not thank you for. # cap: customer_partnering]
    A seat when you plan. A roadmap we write with your people. # speaker: wudi # mood: thinking
    And the right to say Meridian chose us. # speaker: wudi # mood: thinking
    { hq >= 2:
        ~ fit += 3
        And in return? # speaker: rafael # mood: thinking
        Capex down, enterprise growth, one partner across twenty opcos. # speaker: wudi # mood: neutral
        That's a trade I can take to my board. # speaker: rafael # mood: pleased
    - else:
        ~ fit += 2
        Fair. And what do we get that Nordvik can't give? # speaker: rafael # mood: thinking
        You answer in general terms. He writes one word.
    }
+ [Nothing for now: our job is to serve Meridian well, and to earn the seat before we ask # score: O-1 BE-1 # feedback: Modest, and wrong: a partner who needs nothing is a vendor. Partnership means stating what you need from a value customer too. # cap: customer_partnering]
    ~ fit -= 1
    Nothing. Our job is to serve Meridian. # speaker: wudi # mood: neutral
    That's what a vendor says. I've heard it all day. # speaker: rafael # mood: neutral
+ [Payments on time and a three-year frame agreement, so Tianyu can afford to invest # score: O+2 BE+1 # feedback: Cash and a horizon are what make a value customer worth investing in, and Rafael respects a straight answer. But he hears terms first, and Daniel's team will take it from there. # cap: business_acumen]
    ~ fit += 1
    Payments on time, and three years to plan in. Then we can invest. # speaker: wudi # mood: neutral
    Straight answer. Daniel, note that. # speaker: rafael # mood: neutral
    { terms_renegotiated:
        South Africa already pays them by milestone. It works. # speaker: daniel # mood: neutral
    }
- -> finale

=== finale ===
// fit adds up the quality of play: the best option +2 at each decision, the other good option +1,
// the weak ones 0 or -1, the traps -2. Always-best play reaches 24; 16 is strong.
// Strong also needs HQ behind the account (hq) and no trap that costs the account:
// a twelve-opco yes Marco said was impossible, or a lab paid from other deals' margins.
// Across the year, an agent's fee paid in Egypt (bribe, from s4) also rules strong out.
{
- fit >= 16 and hq >= 1 and not trapped and not bribe:
    -> ending_strong
- fit <= 6:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
Nine months later. The Manchester floor, the morning the first port goes live. # scene: joint_lab # music: boardroom
Meridian has named its three strategic partners. Tianyu is one of them.
Tianyu leads enterprise networks. Nordvik keeps the core.
{ lab_joint:
    The port runs under Meridian's brand: built with Tianyu.
- else:
    The lab started late, but the first port runs under Meridian's brand.
}
In the new survey, 'understands our business' rises from 4.1 to 7.3.
You stopped telling us you were a partner. You acted like one. # speaker: rafael # mood: pleased
{ network:
    Every Meridian executive has a Tianyu counterpart who calls.
- else:
    The relationship still runs through you. One flight, one thread.
}
{ team:
    { priya_stayed:
        Priya runs the survey follow-up across twelve opcos. Her next promotion comes through in spring.
    - else:
        Kwame runs the survey follow-up across twelve opcos. Arjun still asks after Priya.
    }
- else:
    Lin Xiao co-runs the lab with Eleanor's architects. The rest of the team watches from the accounts.
}
Zhao Lin asks you to write up how the account was won, for the other fourteen.
On the lab wall, Meridian's logo sits above yours. Nobody minds. # ending: strong
-> END

=== ending_mixed ===
Nine months later. Eleanor asks for coffee, at the same café across the road. # scene: cafe # music: office
I wanted you to hear it from me before the announcement. # speaker: eleanor # mood: concerned
Three partners. Nordvik, and two others. You're not on it. # speaker: eleanor # mood: neutral
Preferred supplier for radio and enterprise. It isn't nothing. # speaker: eleanor # mood: neutral
{ hq < 1:
    Rafael chose companies whose leaders sat at his table. Yours never came.
}
{ bribe:
    {owned:And Egypt came up. Rafael knows Tianyu reported itself; he still says a partner's agents are the partner.|And Egypt came up. Rafael says a partner's agents are the partner.} # speaker: eleanor # mood: concerned
}
{ yes12:
    Five opcos live, out of twelve promised. He counts. # speaker: eleanor # mood: concerned
}
{ trapped and not yes12:
    And finance asked how the lab was paid for. Twice. # speaker: eleanor # mood: concerned
}
{ lab_joint:
    The ports pilot stays. My architects asked for it by name. # speaker: eleanor # mood: pleased
- else:
    The lab still runs tours. My architects stopped going in spring. # speaker: eleanor # mood: neutral
}
She leaves you the bill this time, and a list: the four places Tianyu fell short.
{ team:
    Back at the office, {priya_stayed:Priya|Kwame} has already split the list among the team.
- else:
    Back at the office, the team waits to hear what you'll do with it.
}
Zhao Lin keeps Meridian on HQ's strategic list for one more year, on condition.
You pin the list above your desk. Next year's survey opens in six weeks. # ending: mixed
-> END

=== ending_poor ===
Nine months later, Johannesburg, the night shift at Meridian's network centre. # scene: network_ops # music: night
On the wall screen, Meridian's town hall replays: Rafael and his three partners.
Lars is on stage. Tianyu is not.
Tianyu stays on the supplier list as a tactical vendor. Price checks only.
{ yes12:
    Twelve opcos promised, four delivered. The screen does not mention it. The survey will.
}
{ trapped and not yes12:
    Internal audit has found the lab's money in two other deals' margins.
}
The network is green. Your engineers kept it that way all year. # speaker: kwame # mood: neutral
Nobody upstairs has asked who they work for. # speaker: kwame # mood: concerned
{ network:
    The pairing chart is still on the office wall. The calls stopped in spring.
- else:
    On the office whiteboard, the blank boxes are still blank.
}
Lin Xiao has asked to move to another account. {priya_stayed:Priya took a call from Lars.|Priya, at Nordvik, has hired two of India's engineers.}
HQ has taken Meridian off its strategic list. Zhao Lin wants your review next week.
You stay for the end of Kwame's shift. The CFO's line from last year still fits. # ending: poor
-> END
