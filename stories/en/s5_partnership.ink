# title: A sense of misalignment
# role: BE
# order: 5
# summary: Meridian's new CEO wants three strategic partners, not forty suppliers. His survey calls Tianyu a good, cheap vendor. Wu Di must turn a vendor into a partner.

VAR trust = 0
VAR hq = 0
VAR survey = 0
VAR network = false
VAR gifts = false
VAR criteria = false
VAR match = false
VAR overpromise = false
VAR lab_joint = false
VAR yes12 = false
VAR trapped = false
VAR fit = 0

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
-> d1_survey

=== d1_survey ===
That afternoon, Meridian's supplier survey lands in your inbox. # scene: tianyu_office # music: office # sfx: notify
Product quality, 8.4. Price, 8.9. Best on the whole panel. # speaker: zhanghao # mood: pleased
Understands our business, 4.1. Senior engagement, 3.6. # speaker: zhanghao # mood: concerned
And one comment from the CFO's office: a good, cheap box vendor. # speaker: zhanghao # mood: concerned
Cheap? We have two hundred engineers inside their networks. # speaker: linxiao # mood: annoyed
We call ourselves their partner. They call us a vendor. # speaker: linxiao # mood: annoyed
The room waits for you. # facilitator: Perception management starts here. The scores are satisfaction; the CFO's line is Tianyu's brand at Meridian. Ask: does this survey measure the product or the relationship, and whose fact is it? Watch for the rebuttal and the score target: both treat the customer's perception as a number to fix.
+ [Give every opco a target: two points up on next year's survey # score: T-1 BE-1 # feedback: A target on the score manages the number, not the perception behind it. Teams learn to chase ratings instead of closing the gap between what Meridian expected and what it got. # cap: org_development]
    ~ trust -= 1
    Two points up, every opco, by next year. # speaker: wudi # mood: neutral
    A week later, a Meridian planner forwards Priya an email from Tianyu.
    It asks him, very politely, for a fairer score next year.
    They said we're good at what we do. What exactly are we fixing? # speaker: priya # mood: concerned
+ [Ask the respondents what they expected, and what they got # score: S+1 BE+3 # feedback: Perception management begins by accepting the customer's view and asking what lies behind it. Learning what respondents expected and what they experienced opens the gap loop. # cap: customer_partnering]
    ~ survey = 1
    ~ trust += 1
    Twelve interviews in two weeks: planners, buyers, finance, strategy.
    The same story comes back in different accents.
    Lin Xiao and Zhang Hao read out the lines they heard most.
    'You answer every question we ask. You never bring the next one.' # speaker: linxiao # mood: thinking
    'Your executives only fly in when there's a contract to sign.' # speaker: zhanghao # mood: concerned
    They don't think we're bad. They think we're small. # speaker: linxiao # mood: surprised
+ [Send the survey team our delivery record, to correct the picture # score: S-1 BE-2 # feedback: Arguing with the survey is arguing with the customer's perception. Perception is the fact you manage, and a rebuttal only widens the gap, in front of the CFO. # cap: customer_partnering]
    ~ survey = -1
    ~ trapped = true
    ~ trust -= 1
    Lin Xiao builds the file: uptime, rollouts, engineers on site.
    The survey lead replies politely. The scores stand.
    The CFO's office was copied on your email.
- -> d2_map

=== d2_map ===
Lin Xiao has drawn Meridian on the whiteboard, name by name. # scene: tianyu_office # music: office
A hundred and forty names. Engineers, planners, buyers. # speaker: linxiao # mood: neutral
All green. We know them, they know us. # speaker: linxiao # mood: pleased
The executive committee: Eleanor amber, Daniel amber. # speaker: linxiao # mood: thinking
Rafael, the CFO, the strategy director: blank. # speaker: linxiao # mood: concerned
Nordvik has a name beside every one of them. # speaker: zhanghao # mood: concerned
Marketing still has hospitality budget this year, if it helps. # speaker: sunmei # mood: neutral # facilitator: Relationships grow from point to line to the whole organisation. Ask: who at Tianyu should own each blank box, and who on our side has never met Meridian? Watch for the hospitality budget: it buys personal goodwill, not an organisational relationship.
+ [Ask Eleanor to introduce you to Rafael as soon as she can # score: BE+1 # feedback: Using a warm contact is sensible, but one introduction is still a single point. Without a line of counterparts behind you, the CEO meets a salesman, not an organisation. # cap: customer_partnering]
    You draft the email to Eleanor that night.
    It sits in your outbox while you wonder what you would tell him.
+ [Spend the budget on the top floor: dinners, a welcome gift for Rafael # score: O-1 BE-2 # feedback: A gift-and-dinner drive builds personal favours, not an organisational relationship, and a new CEO may read it as a compliance risk. Hospitality is not partnership. # cap: customer_partnering]
    ~ gifts = true
    ~ trapped = true
    ~ trust -= 2
    Within a week: four dinners booked and a case of wine for Rafael.
    Sun Mei signs the budget. Her pen hesitates over the last line.
+ [Pair each Meridian executive with a Tianyu counterpart, ours included # score: R+1 BE+3 # feedback: From point to line to the whole organisation. Executive sponsors on both sides, matched role to role, turn your contacts into a relationship between companies, and put Tianyu's leaders to work. # cap: collaborative_influence]
    ~ network = true
    ~ trust += 1
    Lin Xiao writes a second column beside the blanks.
    Their CFO, our CFO. Eleanor, Chen Yu's product-line president. # speaker: wudi # mood: thinking
    Rafael, our chairman's office. And Zhao Lin over the whole account. # speaker: wudi # mood: thinking
    Zhao Lin will have to say yes to that. # speaker: zhanghao # mood: surprised
- -> d3_eleanor

=== d3_eleanor ===
Eleanor picks the café across the road, away from her floor. # scene: cafe # music: office
{ survey > 0:
    ~ trust += 1
    My planners liked your interviews. Nobody had asked them before. # speaker: eleanor # mood: pleased
}
{ survey < 0:
    Your rebuttal reached the CFO. It did not travel well. # speaker: eleanor # mood: concerned
}
Rafael asked me which suppliers understand our business. # speaker: eleanor # mood: thinking
I said your engineers do. I didn't know what to say about the rest. # speaker: eleanor # mood: neutral
He has three seats, Wu Di. Nordvik thinks one is already theirs. # speaker: eleanor # mood: concerned # facilitator: Expectation management: you cannot manage an expectation you have not heard. Ask: what would you ask a friendly executive over coffee, and what would you not ask her for? Watch for spending her goodwill on a favour, or telling her how the relationship should feel.
+ [Ask what he'll expect of a partner, and where we fall short # score: S+1 BE+3 # feedback: Expectation management: learn what the customer expects of a strategic supplier, in their own terms, before you make a case. Asking where you fall short turns a sponsor into a coach. # cap: customer_partnering]
    ~ criteria = true
    ~ trust += 2
    She counts on her fingers.
    Money: capex down, and shared risk when we try something new. # speaker: eleanor # mood: thinking
    Growth: enterprise revenue. Nobody has cracked it for us yet. # speaker: eleanor # mood: thinking
    Ease: one partner who solves problems across twenty opcos. # speaker: eleanor # mood: neutral
    And people who talk to him, not at him. # speaker: eleanor # mood: pleased
    And where do we fall short? # speaker: wudi # mood: thinking
    On all four, except the engineering. For now. # speaker: eleanor # mood: neutral
+ [Reassure her: we see Meridian as a partner, whatever the survey says # score: BE-1 # feedback: Telling the customer how you see the relationship does not change how they experience it. Perception management works on what they see and feel, not on what you say. # cap: customer_partnering]
    ~ trust -= 1
    Whatever the survey says, we see Meridian as a partner. # speaker: wudi # mood: concerned
    I believe you. That's rather the problem. # speaker: eleanor # mood: neutral
    You see it. We don't, yet. # speaker: eleanor # mood: concerned
+ [Ask her to put Tianyu forward for one of the three seats # score: S-1 BE-1 # feedback: Asking a sponsor to spend her credibility before you know what the seat requires turns a relationship into a favour. You have not yet read what Rafael wants, and she has nothing to recommend. # cap: customer_partnering]
    ~ trust -= 1
    Would you put Tianyu's name forward to Rafael? # speaker: wudi # mood: thinking
    I can tell him your engineers are good. He knows. It's in the survey. # speaker: eleanor # mood: annoyed
    She pays for both coffees before you can.
- -> d4_nordvik

=== d4_nordvik ===
Heathrow, the lounge. Lars Nordin drops into the seat beside yours. # scene: airport # music: tension
Stockholm tonight. Rafael opens our innovation centre next month. # speaker: lars # mood: pleased
Nordvik and Meridian, twenty-two years. He likes a long story. # speaker: lars # mood: pleased
No hard feelings, Wu Di. You're a very good vendor. # speaker: lars # mood: neutral
He boards first. Your phone buzzes: Zhang Hao. # sfx: notify
Daniel's team let it slip. Nordvik has offered Rafael two things. # speaker: zhanghao # mood: concerned
A co-branded innovation centre, and a five-year price cap. # speaker: zhanghao # mood: concerned
How do we answer that? # speaker: zhanghao # mood: concerned # facilitator: Differentiate on what the customer expects of a strategic supplier. Ask: what can Tianyu offer that the incumbent cannot, and what does a price cut tell a customer who already calls you cheap? Watch for the discount, which confirms the survey, and for a race to the CEO's diary.
+ [Ask HQ for a deeper discount, to beat Nordvik's price cap # score: S-1 O-1 BE-2 # feedback: A price cut confirms exactly what the survey said: a good, cheap vendor. Strategic partners are chosen for the value and the bets they share, not for price, and the margin pays for neither. # cap: business_value]
    ~ trust -= 2
    You message Chen Yu before boarding.
    Another six percent? For the third year running? # speaker: chenyu # mood: annoyed
    He agrees. Daniel's team files it under price.
+ [Answer on value: what Meridian wants, where Nordvik is thin # score: S+2 BE+2 # feedback: Differentiate on the customer's expectations of a strategic supplier, not on access or price. Matching Meridian's needs with your real strengths makes a case no dinner can. # cap: strategic_thinking]
    ~ match = true
    ~ trust += 1
    { criteria:
        You send Zhang Hao Eleanor's list: money, growth, ease, people.
        Enterprise growth. Nordvik is thin there. We aren't. # speaker: zhanghao # mood: pleased
    - else:
        Without Eleanor's list, the team guesses: cost, surely. Innovation?
        We're guessing what they want. Again. # speaker: zhanghao # mood: thinking
    }
+ [Invite Rafael to Shenzhen for a top-to-top visit, before Stockholm # score: R-1 BE+0 # feedback: Top-to-top dialogue needs an agenda the CEO cares about. Racing the rival for his diary without one is hospitality by another name, and it spends HQ's protocol for nothing. # cap: customer_partnering]
    HQ's protocol office prepares an invitation in two languages.
    Rafael's office replies within a day.
    Mr Moreno's travel is fully committed this quarter.
- -> d5_sponsor

=== d5_sponsor ===
{ trust < -4:
    ~ trust = -4
}
A late video call. Zhao Lin is still at HQ in Shenzhen. # scene: video_call # music: night
Three partners, Meridian says. Fine. # speaker: zhaolin # mood: thinking
HQ has fifteen accounts that all want to be strategic. # speaker: zhaolin # mood: concerned
Each wants a lab, a sponsor, the chairman's time. # speaker: zhaolin # mood: concerned
{ network:
    Your pairing chart is on his screen. His name is at the top.
}
{ gifts:
    And Sun Mei says the hospitality budget is gone. # speaker: zhaolin # mood: annoyed
}
Sun Mei joins from the account office, spreadsheet open.
Meridian is our third-largest account. # speaker: sunmei # mood: neutral
Margin below our average. Payments slow in two opcos. # speaker: sunmei # mood: concerned
So why Meridian? And what exactly do you want from me? # speaker: zhaolin # mood: thinking # facilitator: The pivotal decision: without a funded commitment from HQ, there is no seat to win. Match what the customer wants from a strategic supplier with what Tianyu needs from a value customer. Ask: what would you ask your own boss for, and what would you offer him in return? Watch for shielding HQ, and for a sponsor who only shakes hands.
+ [Keep it at account level: you'll handle Rafael and spare HQ the noise # score: R-1 BE-1 # feedback: Shielding HQ keeps the relationship at one point: you. A CEO choosing three partners wants the whole company at the table, and top-to-top dialogue needs your executives. # cap: collaborative_influence]
    ~ hq = 0
    Leave Rafael to me. HQ has enough on its plate. # speaker: wudi # mood: neutral
    Good. One less account asking for the chairman. # speaker: zhaolin # mood: pleased
+ [Ask him to meet Rafael with you; the budget can wait # score: R+1 BE+1 # feedback: An executive sponsor at the top table helps, but one without resources can only shake hands. A partnership needs the company to commit, not just to attend. # cap: collaborative_influence]
    ~ hq = 1
    Come with me to see Rafael. The rest can wait. # speaker: wudi # mood: neutral
    A handshake I can give you. Money needs a case. # speaker: zhaolin # mood: neutral
+ [Match what each side needs, and ask him to sponsor a phased lab # score: R+2 O+1 BE+3 # feedback: Matching what the customer wants from a strategic supplier with what Tianyu needs from a value customer makes the investment fundable. Phasing it protects the P&L, and a sponsor who commits money is a real commitment. # cap: business_value]
    They want cost, enterprise growth, one partner across twenty opcos. # speaker: wudi # mood: neutral
    We need margin that funds it, cash on time, and a reference market. # speaker: wudi # mood: neutral
    { match or criteria:
        ~ hq = 2
        Phase one is the lab. Phase two only if payments improve. # speaker: wudi # mood: thinking
        That's a trade, not a wish. I'll sponsor it, budget and all. # speaker: zhaolin # mood: pleased
    - else:
        ~ hq = 1
        What do they want from the lab, exactly? # speaker: zhaolin # mood: thinking
        You don't know yet. I'll sponsor you. The money waits. # speaker: zhaolin # mood: neutral
    }
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
    ~ trust -= 1
    On a side table: your case of wine, unopened, with a compliance note.
    New rule from my first week. No gifts. Please take it back. # speaker: rafael # mood: annoyed
}
I read the supplier survey. Your product score is the best we have. # speaker: rafael # mood: neutral
And your lowest is on understanding our business. # speaker: rafael # mood: thinking
So tell me. Why make a good, cheap vendor one of three partners? # speaker: rafael # mood: thinking # facilitator: The misalignment in one sentence: strategic dialogue starts from the customer's perception, not yours. Ask: how do you answer a CEO who quotes the survey back, and what can you put on the table today? Watch for defending the record, and for a lab nobody at Tianyu has funded.
+ [Agree with the survey; say what it taught you and what has changed # score: S+1 BE+2 # feedback: Accepting the customer's perception, then showing what you have changed, is perception management that starts to close the gap. Specifics make it credible. # cap: customer_partnering]
    Your survey is right. We sold boxes and called it partnership. # speaker: wudi # mood: thinking
    { survey > 0:
        ~ trust += 2
        We interviewed twelve of your people. Here's what we're changing. # speaker: wudi # mood: neutral
        You asked my people. Nordvik asked me to dinner. # speaker: rafael # mood: pleased
    - else:
        ~ trust += 1
        Honest. It would land better with a plan behind it. # speaker: rafael # mood: neutral
    }
+ [Answer with the record: uptime, engineers on site, rollouts on time # score: S-1 BE-2 # feedback: Defending against the survey argues with the customer's perception, the very gap he named. Delivery facts answer a question he did not ask. # cap: customer_partnering]
    ~ trapped = true
    ~ trust -= 3
    Our uptime is the best in your network, and we deliver on time. # speaker: wudi # mood: concerned
    I know. That's why you're one of twelve. I asked about the three. # speaker: rafael # mood: annoyed
+ {hq >= 2} [Offer a funded joint lab, and a top-to-top dialogue twice a year # score: S+1 BE+3 # feedback: Strategic dialogue at the top plus joint innovation, funded and sponsored by your own executives, is a partnership the customer can see. Commitment beats assurance. # cap: customer_partnering]
    ~ trust += 2
    A joint lab for your enterprise growth. Budget approved in Shenzhen. # speaker: wudi # mood: neutral
    And twice a year, you and our leadership set its direction. # speaker: zhaolin # mood: neutral
    Approved already? Most suppliers offer to ask. # speaker: rafael # mood: surprised
+ {hq < 2} [Promise a joint lab and a dedicated team; funding will follow a yes # score: O-2 BE-2 # feedback: Promising a partnership your company has not funded is over-commitment. Goodwill today becomes a broken promise tomorrow, and the customer learns what your word is worth. # cap: strategic_risk]
    ~ overpromise = true
    ~ trust += 1
    A joint lab for your enterprise business, with a dedicated team. # speaker: wudi # mood: pleased
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
What now? # speaker: zhaolin # mood: thinking # facilitator: The over-commitment trap has closed. Repair means resetting the expectation with the customer, early and in person. Ask: who hears the bad news first, and what do you offer instead? Watch for hiding the cost in other deals' margins, or handing the boss a fait accompli.
+ [Tell Eleanor now, and rebuild the lab at a scale HQ will fund # score: O+1 BE+1 # feedback: Owning an over-commitment early limits the damage. Resetting the expectation honestly is expectation management, even when it costs face. # cap: strategic_risk]
    ~ overpromise = false
    ~ trust -= 1
    You call Eleanor from Sun Mei's desk.
    I promised more than we funded. Here is what we can do now. # speaker: wudi # mood: concerned
    Smaller than Rafael heard. Better than finding out later. # speaker: eleanor # mood: neutral
+ [Fund it quietly from the margin on the next two Meridian deals # score: O-2 BE-1 # feedback: Hiding an unfunded promise in other deals' margins is a P&L problem and an internal-control problem. The partnership now rests on numbers nobody approved. # cap: business_acumen]
    ~ trust -= 3
    Sun Mei reworks two quotes. She does not look happy doing it.
    The lab opens, on money that belongs to other deals.
+ [Ask Zhao Lin to find the money: the customer has been told # score: R-2 O-1 BE+1 # feedback: The customer gets the lab, but handing your boss a fait accompli spends his trust and another account's budget. Escalate with options before you promise, not after. # cap: collaborative_influence]
    ~ overpromise = false
    ~ hq = 1
    ~ trust -= 1
    Zhao Lin finds half the money by cutting another account's lab.
    I'll do it once. Only once. # speaker: zhaolin # mood: annoyed
- -> d7_lab

=== d7_lab ===
// Carry forward only what still matters: early flags are spent, standing has a floor.
~ survey = 0
~ gifts = false
{ trust < -4:
    ~ trust = -4
}
Three months on. An empty floor in Meridian's Manchester tech centre. # scene: joint_lab # music: office
{ hq >= 2:
    Chen Yu's first equipment arrived on Monday, on HQ's budget.
- else:
    Eleanor has lent the floor for a pilot. Show us, she said.
    HQ's money is not settled yet. Some of the kit is borrowed.
}
Eleanor's architects want to know what this lab is for. # speaker: linxiao # mood: thinking
HQ wants a showcase: our newest kit, our logo, customer tours. # speaker: chenyu # mood: neutral
And Nordvik's Stockholm centre opens next week, with a press launch. # speaker: zhanghao # mood: concerned # facilitator: Joint innovation, and co-branding in its proper order. Ask: what makes innovation joint: whose problem, whose team, whose IP, whose targets? Watch for a showroom with two logos, and for a brand announced before there is anything joint to brand.
+ [Make it a co-branded showcase: newest kit, both logos, customer tours # score: R+1 BE+0 # feedback: A showroom pleases HQ and impresses visitors, but it shows Tianyu's products, not Meridian's problems. Co-branding without joint substance fades fast. # cap: collaborative_influence]
    The showcase is beautiful. Forty visitors in the first month.
    Nice kit. Whose problem is it solving? # speaker: eleanor # mood: neutral
+ [Solve a Meridian problem together: ports, a joint team, shared IP # score: S+1 BE+3 # feedback: Joint innovation means a customer problem, a mixed team, shared targets and shared IP. Co-branding then follows the substance, and Tianyu becomes part of Meridian's growth, not a line in its costs. # cap: business_value]
    ~ lab_joint = true
    ~ trust += 2
    Eleanor's architects and Lin Xiao's team take one big table.
    Their enterprise sales lead brings three port operators' problems.
    If it works, Meridian sells it under its brand. Built with Tianyu. # speaker: linxiao # mood: pleased
    { hq < 2:
        It starts small. Two engineers, one port, one borrowed radio.
    }
+ [Announce the lab to the press this week, ahead of Nordvik's launch # score: S-1 BE-2 # feedback: Co-branding is a partnership route, but announcing before there is anything joint spends Meridian's brand on your race with Nordvik. Brand follows substance, and the customer owns half of it. # cap: customer_partnering]
    ~ trust -= 2
    Tianyu's press release goes out on Tuesday, with Meridian's logo.
    Our comms team saw it on the news. Next time, ask us. # speaker: eleanor # mood: annoyed
- -> d8_exchange

=== d8_exchange ===
After the lab review, Priya catches you in the corridor. # scene: corridor # music: office
Arjun asked me who at Tianyu his CFO should call. # speaker: priya # mood: thinking
I said: Wu Di. Everything goes through you. # speaker: priya # mood: concerned
And when you're on a plane, Meridian waits. # speaker: zhanghao # mood: concerned
Meridian's HR director wants to know if we'd swap young engineers. # speaker: priya # mood: neutral
{ network:
    On the pairing chart, half the blank boxes have a name now.
}
Rafael wants 'One Meridian' to be a culture, not a slogan. # speaker: priya # mood: thinking # facilitator: From line to the whole organisation: management, culture and talent exchange. Ask: would this relationship survive your holiday, or your next job? Watch for the KAM as the only thread, and for delegation that stays one-way.
+ [Open an exchange both ways: rotations and joint training # score: T+1 BE+3 # feedback: Management, culture and talent exchange turns two organisations into colleagues. When counterparts meet at every level, the partnership no longer hangs on one person. # cap: cross_cultural]
    ~ network = true
    ~ trust += 2
    Six Meridian engineers to Shenzhen, six of ours into their ops. # speaker: wudi # mood: thinking
    A joint leadership course for both sides. Each level, a counterpart. # speaker: wudi # mood: neutral
    Arjun wants to send two of his planners himself. # speaker: priya # mood: pleased
+ [Ask Priya and Zhang Hao to own two executives each, coached by you # score: T+2 BE+2 # feedback: Delegating senior relationships grows your people and widens the line. But without exchange between the organisations, it is still Tianyu people calling Meridian people. # cap: org_development]
    ~ trust += 1
    You two take the CFO and the strategy director. I'll coach. # speaker: wudi # mood: neutral
    Priya smiles, then opens her calendar. Her first senior meetings.
+ [Keep Rafael and Eleanor yourself; the team covers everyone below # score: T-1 BE-1 # feedback: Guarding the top relationships keeps control but makes you the single point of failure, and tells the team where the glass ceiling is. A partnership threaded only through the KAM is still a line. # cap: org_development]
    ~ network = false
    ~ trust -= 1
    Rafael and Eleanor stay with me. The rest is yours. # speaker: wudi # mood: neutral
    Priya nods. Zhang Hao looks at the chart and says nothing.
- -> d9_expect

=== d9_expect ===
Rafael's executive committee sets the partner test. # scene: video_call # music: tension
Enterprise private networks, live in twelve opcos within six months. # speaker: eleanor # mood: neutral
Nordvik said yes in the room. Can you? # speaker: eleanor # mood: thinking
{ lab_joint:
    The ports pilot gives you real numbers: four weeks per opco.
}
Twelve in six months? Four, maybe five, if the sites are ready. # speaker: marco # mood: concerned # facilitator: Expectation management in practice: promise what you will deliver, then make delivery visible. Ask: what does a yes cost in six months, and in next year's survey? Watch for matching the rival's promise, and for silence: both hand the expectation to someone else.
+ [Say yes: if Nordvik can promise twelve in six months, so can we # score: R-1 O-1 BE-2 # feedback: Matching a rival's promise sets an expectation you cannot meet, and the gap shows up in next year's survey. Expectation management means promising what you will deliver. # cap: strategic_risk]
    ~ yes12 = true
    ~ trapped = true
    ~ trust -= 3
    Twelve in six months. Yes. # speaker: wudi # mood: pleased
    Marco leaves the call without a word.
+ [Ask for a month to study the sites before committing to anything # score: O+1 BE-1 # feedback: Caution avoids over-commitment, but leaving the expectation unanswered hands it to Nordvik. Silence is a message too: the customer hears vendor, not partner. # cap: strategic_risk]
    ~ trust -= 1
    A month? The committee decides in three weeks. # speaker: eleanor # mood: concerned
+ [Four in six months, twelve in eighteen, on a monthly scorecard # score: O+1 BE+3 # feedback: Set the expectation you can meet, then make delivery visible on a joint scorecard and report back to the survey's respondents. Expectation, perception, gap: that is the loop closing. # cap: customer_partnering]
    ~ trust += 2
    Four in six months. Twelve in eighteen. You'll see it every month. # speaker: wudi # mood: neutral
    Everyone who answered your survey gets the scorecard too. # speaker: wudi # mood: neutral
    Not what Nordvik said. More believable, though. # speaker: eleanor # mood: thinking
- -> d10_ask

=== d10_ask ===
{ hq > 0:
    The partner session. Zhao Lin sits beside you. # scene: meridian_boardroom # music: boardroom
- else:
    The partner session. You face the executive committee alone. # scene: meridian_boardroom # music: boardroom
}
Rafael, Eleanor, Daniel, the CFO. Lars went in just before you.
The last question I ask every candidate. # speaker: rafael # mood: neutral
A partnership runs both ways. What does Tianyu need from Meridian? # speaker: rafael # mood: thinking # facilitator: The match, asked by the customer: what does Tianyu need from a value customer? Ask: what would you ask for, and what would you offer in return? Watch for the modest vendor's 'nothing' and the purchasing wish list. Close the debrief on brand, satisfaction and partnership, the three elements of commercial success.
+ [A seat when you plan, a shared roadmap, and fair terms # score: S+1 O+1 BE+3 # feedback: Matching both sides: access to planning, joint innovation, a brand reference and sustainable terms are what Tianyu needs from a value customer. Stating needs plainly builds a partnership of equals. # cap: business_value]
    A seat when you plan. A roadmap we write together. # speaker: wudi # mood: thinking
    The right to say Meridian chose us. And terms that pay for all this. # speaker: wudi # mood: thinking
    { hq >= 2:
        ~ trust += 2
        And in return? # speaker: rafael # mood: thinking
        Capex down, enterprise growth, one partner across twenty opcos. # speaker: wudi # mood: neutral
        That's a trade I can take to my board. # speaker: rafael # mood: pleased
    - else:
        ~ trust += 1
        Fair. And what do we get that Nordvik can't give? # speaker: rafael # mood: thinking
        You answer in general terms. He writes one word.
    }
+ [Nothing for now: our job is to serve Meridian, not to ask # score: O-1 BE-1 # feedback: Modest, and wrong. A partner who needs nothing is a vendor. Partnership means stating plainly what you need from a value customer too. # cap: customer_partnering]
    ~ trust -= 1
    Nothing. Our job is to serve Meridian. # speaker: wudi # mood: neutral
    That's what a vendor says. I've heard it all day. # speaker: rafael # mood: neutral
+ [A volume commitment across the twenty opcos, and a price floor # score: O+1 BE-1 # feedback: Fair needs, framed as a purchasing deal. Volume and price are a supplier's asks. A partner asks for joint planning and shared bets, and earns the volume from them. # cap: business_acumen]
    ~ trust -= 1
    A volume commitment across the opcos, and a price floor. # speaker: wudi # mood: neutral
    Daniel will negotiate that. I asked about a partnership. # speaker: rafael # mood: neutral
- -> finale

=== finale ===
// Strong needs a funded commitment from HQ, none of the traps, and at most small slips:
// the best answer at every decision gives 18; any wrong answer costs three or more.
~ fit = trust + hq
{
- fit >= 16 and hq >= 2 and not trapped:
    -> ending_strong
- fit <= -1:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
Nine months later. # scene: joint_lab # music: boardroom
Meridian names its three strategic partners. Tianyu is one of them.
Tianyu leads enterprise networks and the lab. Nordvik takes another seat.
The first port goes live under Meridian's brand: built with Tianyu.
In the new survey, 'understands our business' rises from 4.1 to 7.3.
You stopped telling us you were a partner. You acted like one. # speaker: rafael # mood: pleased
Twice a year, Rafael and Tianyu's leadership set the lab's agenda.
{ network:
    Every Meridian executive has a Tianyu counterpart who calls.
- else:
    The relationship still runs through you. One flight, one thread.
}
Lin Xiao co-runs the lab with Eleanor's architects. Priya is promoted.
Zhao Lin asks you to turn the matching grid into a template for HQ.
Brand, satisfaction, partnership. For once, all three point one way. # ending: strong
-> END

=== ending_mixed ===
Nine months later. # scene: corridor # music: office
Meridian names three strategic partners. Tianyu is not among them.
It keeps its place among the twelve, as preferred supplier for radio.
{ hq < 2:
    Rafael chose partners whose companies put money on the table.
}
{ lab_joint:
    The ports pilot continues, on probation, under the supplier plan.
- else:
    The lab runs tours. Eleanor has stopped sending her architects.
}
{ yes12:
    Five opcos live out of twelve promised. The survey notices.
}
{ overpromise:
    The lab still runs on money from other deals. Sun Mei keeps a list.
}
Good people. I still don't know your company. # speaker: rafael # mood: neutral
The survey moves a little. The CFO's office still says cheap.
Lin Xiao and Priya are proud of the work, and tired of the label.
We have the CTO's ear. Not yet the CEO's. Try again next year. # speaker: zhaolin # mood: thinking
Meridian respects the vendor. The partner is still a promise. # ending: mixed
-> END

=== ending_poor ===
Nine months later, the account office at night. # scene: tianyu_office # music: night
Meridian names Nordvik and two others its strategic partners.
Tianyu stays on the list as a tactical supplier. Price checks only.
{ overpromise:
    The lab still runs on money borrowed from other deals. Audit found it.
}
{ yes12:
    Twelve opcos promised, four delivered. The survey notices.
}
The new survey: 'understands our business', 3.8. Down again.
Lin Xiao asks to move to another account. Priya took a call from Lars.
Zhao Lin wants a full account review in Shenzhen next week. # sfx: notify
{ network:
    The pairing chart is still on the wall. The calls stopped in spring.
- else:
    On the whiteboard, the blank boxes are still blank.
}
You open last year's survey. The CFO's line still fits. # ending: poor
-> END
