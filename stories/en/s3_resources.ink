# title: Reinforcements that won't come
# role: R
# order: 3
# summary: Ten days before Meridian's group tender decision, the flagship trial in Germany starts failing. Wu Di needs experts and engineers who report to someone else.

VAR eleanor_trust = 0
VAR chen_goodwill = 0
VAR marco_goodwill = 0
VAR credibility = 0
VAR resource_map = false
VAR customer_voice = false
VAR overcommit = false
VAR ltc = false
VAR hoarded = false
VAR bench = false
VAR mechanism = 0
VAR peers_on_board = false
VAR fit = 0

// stories:check merges paths whose state is the same, so the state is kept small:
// trust, goodwill and credibility stay within -1..2; a flag is cleared as soon as no later
// line reads it (customer_voice in d4_marco, resource_map in d5_ltc, peers_on_board in
// d10_tender); and d9_mechanism folds goodwill and credibility into fit.
// overcommit is cleared only by owning the missed date in d5b_deadline.

-> opening

=== opening ===
Frankfurt, Monday, 06:40. Meridian Germany's operations centre. # scene: network_ops # music: tension # sfx: alarm
One corner of the video wall is red: forty of the trial's 300 sites.
Meridian's group tender cites this sharing trial. Kwame, on loan from South Africa, runs delivery.
Shared sites reset under peak load. Since last night's upgrade. # speaker: kwame # mood: concerned
Two operators' traffic on one radio. It's in the sharing software. # speaker: linxiao # mood: thinking
Meridian Germany's head of operations stands behind you, arms folded.
He wants a name and a date by noon. # speaker: kwame # mood: concerned
And the group decides the sharing tender a week on Thursday. # speaker: linxiao # mood: concerned
We need HQ's sharing experts and Marco's field engineers. # speaker: kwame # mood: thinking
None of them works for us. # speaker: kwame # mood: thinking
-> d1_first_hour

=== d1_first_hour ===
You step into the glass meeting room. The alarm pulses outside.
The German team's morning call starts in an hour. # facilitator: Integration starts with the map: what resources exist, who owns them, what each owner is measured on. Ask: what must Wu Di know before he asks anyone for help? Watch for the call to the boss and for heroics with his own team: both feel decisive, and both skip the map.
+ [Put Kwame's engineers on it now; call for help tonight if needed # score: R-1 T-1 # feedback: Self-reliance looks decisive, but this fault needs product-line skills your team does not have. You lose the hours when owners could still rearrange their plans, and you wear out your own people. Know what resources exist before you spend your own. # cap: collaborative_influence]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    Kwame's six engineers dig into the logs all morning.
    By noon they have ruled out the hardware. Nothing more.
    The head of operations has told London the vendor is still guessing.
+ [First, map who owns what this fault needs # score: R+3 T+1 # feedback: Knowing which resources exist, who owns them and what their owners are measured on is where integration starts: it tells you what to ask for, and what saying yes costs the owner. Building the map with your team makes it theirs too. # cap: collaborative_influence]
    ~ resource_map = true
    Lin Xiao takes the whiteboard. Kwame takes the logs.
    The sharing scheduler: two experts in Chen Yu's product line. # speaker: linxiao # mood: thinking
    Both leave for a Gulf launch on Wednesday. Another region's deal. # speaker: linxiao # mood: concerned
    Field engineers: Marco's Frankfurt team, twelve people. # speaker: kwame # mood: thinking
    All on a paid rollout for another customer, with penalty dates. # speaker: kwame # mood: concerned
    Chen Yu is measured on launch dates and field quality. # speaker: linxiao # mood: thinking
    Marco on billable hours and on-time acceptance. # speaker: kwame # mood: thinking
    Now we know what to ask for, and what it costs them. # speaker: wudi # mood: thinking
+ [Ask Zhao Lin to get HQ and delivery to send their best people today # score: R-2 T-1 # feedback: Escalating first spends your boss's authority before you know what you need or who owns it. Peers hear an order from above, not a request, and your team learns to wait for the boss. # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    ~ marco_goodwill = MAX(marco_goodwill - 1, -1)
    The trial is down. I need HQ's experts and Marco's team. Today. # speaker: wudi # mood: concerned
    Which experts? How many, for how long? # speaker: zhaolin # mood: thinking
    You don't know yet. There is a short silence on the line.
    I'll write to them. Next time, bring me the facts first. # speaker: zhaolin # mood: annoyed
    By nine, Chen Yu and Marco have an email from the regional president.
- -> d2_customer

=== d2_customer ===
Noon. Meridian Germany's offices, one floor up. # scene: opco_office # music: tension
Eleanor Hughes joins from London on the big screen.
Daniel asks me whether to drop Germany from the tender's references. # speaker: eleanor # mood: concerned
Germany wants a date. So do I. # speaker: eleanor # mood: annoyed
When will it be fixed, Wu Di? # speaker: eleanor # mood: thinking # facilitator: Expectation management: a date is only as good as the resources behind it. Ask: at noon, what does Wu Di actually know, and what does he control? Watch for the confident date: it calms the room, and it rests on people nobody has released yet.
+ [Give her 72 hours: Tianyu's best people will be on it tonight # score: R-2 BE+1 # feedback: It calms the room today, but a date that rests on experts and engineers nobody has released is over-commitment. Confirm the resources first, then promise the customer. # cap: customer_partnering]
    ~ overcommit = true
    Seventy-two hours. Tianyu will put its best people on it. # speaker: wudi # mood: pleased
    Thursday noon, then. I'll tell Daniel. # speaker: eleanor # mood: neutral
    Lin Xiao looks at you. Nobody has said yes to anything yet.
+ {resource_map} [Give her the facts, and ask her to call our product line herself # score: BE+2 R+2 # feedback: The customer's voice is a lever of influence without authority. A Group CTO explaining the stakes reaches a product line in a way no email from the KAM can, and plain facts manage her expectations meanwhile. # cap: collaborative_influence]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    ~ customer_voice = true
    It's one software feature. We know exactly who can fix it. # speaker: wudi # mood: neutral
    But their time is promised to another region. # speaker: wudi # mood: neutral
    Would you tell our product-line director what this trial means? # speaker: wudi # mood: thinking
    A vendor asking me to lobby its own headquarters. # speaker: eleanor # mood: surprised
    Fine. Fifteen minutes. Then you give me a date. # speaker: eleanor # mood: neutral
+ [Facts now, a root cause in 24 hours, a date once the experts are in # score: BE+2 R+1 # feedback: Expectation management with facts: what is known, what is not, and when she will hear next. The date follows confirmed resources, not the other way round. # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Forty sites, one software feature, no hardware fault. # speaker: wudi # mood: neutral
    Root cause within 24 hours. An update every day at five. # speaker: wudi # mood: neutral
    A fix date as soon as the right experts are confirmed. # speaker: wudi # mood: neutral
    Straight answers. Daniel prefers them to optimism. So do I. # speaker: eleanor # mood: thinking
+ [Ask her to hold the tender decision until the fix is proven # score: BE-1 S-1 # feedback: Asking the customer to move its group decision around your problem tells the board the trial was never ready, just as it sets its sharing strategy, and hands Nordvik the argument. Manage expectations inside the customer's timeline. # cap: customer_partnering]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    Could the group hold the decision two weeks, until it's proven? # speaker: wudi # mood: concerned
    The board date is set. Nordvik is ready now, Wu Di. # speaker: eleanor # mood: annoyed
- -> d3_chenyu

=== d3_chenyu ===
Two in the afternoon. Eight in the evening in Shenzhen. # scene: video_call # music: office
Chen Yu answers from his office, a bowl of noodles at his elbow.
{ credibility < 0:
    I've read the regional president's email. So has my boss. # speaker: chenyu # mood: annoyed
}
My two sharing experts leave for the Gulf on Wednesday. # speaker: chenyu # mood: neutral
A national launch next Monday. Our president promised the date. # speaker: chenyu # mood: concerned
I'm measured on launches and quality. Germany is an unpaid trial. # speaker: chenyu # mood: neutral
So what exactly are you asking me for? # speaker: chenyu # mood: thinking # facilitator: Influence without authority starts from the owner's goals, not yours. Ask: what is Chen Yu measured on, and what does he lose by saying yes? Watch for rank and for the bigger-deal argument: it holds on Wu Di's scorecard, not on Chen Yu's.
+ [Tell him the group deal outweighs the Gulf, and Zhao Lin is watching # score: R-2 S+1 # feedback: The strategic point is fair, but it asks him to lose on his own scorecard and leans on rank. Influence without authority starts from what the owner needs. # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    The group tender is worth ten Gulf launches. Zhao Lin is watching. # speaker: wudi # mood: neutral
    Then Zhao Lin can call my president. Till then, they go to the Gulf. # speaker: chenyu # mood: annoyed
    He offers a junior engineer, on video, from Wednesday.
+ {resource_map} [Show him the logs: the fault is in the release the Gulf gets next # score: R+3 S+1 # feedback: Data, aimed at the owner's own goals. Fixing Germany protects his Gulf launch and his quality figures, and a co-signed root-cause report shares the credit. Seeing one release across two regions is the company-level view. # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 2, 2)
    Lin Xiao shares the logs. The fault sits in the new sharing release.
    The Gulf gets this same release next month. # speaker: wudi # mood: neutral
    Fix it here, and it never reaches your launch. # speaker: wudi # mood: neutral
    The root-cause report goes out under your name and mine. # speaker: wudi # mood: thinking
    He scrolls for a long minute.
    Then Germany is my problem too. They fly to you tonight. # speaker: chenyu # mood: surprised
    They must be in the Gulf by Sunday night. Both of them. # speaker: chenyu # mood: neutral
+ {customer_voice} [Bring Eleanor onto the call, as agreed # score: R+2 BE+1 # feedback: The customer's voice carries weight that rank cannot. Hearing the Group CTO's stakes directly lets the product line own the outcome, and it shows Eleanor that her word moved Tianyu. # cap: customer_partnering]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Eleanor joins at a quarter past, as agreed.
    Your sharing feature is why we shortlisted Tianyu, Mr Chen. # speaker: eleanor # mood: neutral
    If it fails in Germany, it fails in four markets. # speaker: eleanor # mood: concerned
    After she drops off, Chen Yu is quiet for a moment.
    No Group CTO has ever called my product line. # speaker: chenyu # mood: surprised
    One expert on site tomorrow. The other supports from Shenzhen. # speaker: chenyu # mood: thinking
+ [Ask what would have to be true for him to lend them for three days # score: R+2 # feedback: Asking about the owner's constraints before asking for his people opens room to move. It is the first step of influence without authority: his goals first, then your request. # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    What would have to be true for you to lend them for three days? # speaker: wudi # mood: thinking
    The Gulf date holds. # speaker: chenyu # mood: thinking
    And my president hears about this fault from me, not from you. # speaker: chenyu # mood: thinking
    Remote first. On site only if they must. # speaker: chenyu # mood: neutral
- -> d4_marco

=== d4_marco ===
~ customer_voice = false
Tuesday. Marco Rossi is in Frankfurt for his own rollout review. # scene: corridor # music: office
You catch him between meetings.
{ credibility < 0:
    A mail from our president. Not the way to ask me, Wu Di. # speaker: marco # mood: annoyed
}
My Frankfurt team is on a paid rollout. Penalties in three weeks. # speaker: marco # mood: neutral
Every hour on your trial is an hour I can't bill. # speaker: marco # mood: concerned
And your trial has no project code. # speaker: marco # mood: thinking
You need four of his engineers for a week. # facilitator: Reciprocity and shared KPIs. Marco is measured on billable hours, margin and on-time acceptance. Ask: what can Wu Di offer him, and how many engineers does he really need? Watch for going around Marco, and for asking for everything just in case.
+ {resource_map} [Co-own the trial with him, and put the rollout on his scorecard # score: R+3 O+1 # feedback: Shared KPIs and shared credit turn a favour into a common goal. Aligning with what the owner is measured on is the most durable influence without authority, and an account code keeps the cost honest. # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 2, 2)
    If we win, Germany is the region's largest rollout next year. # speaker: wudi # mood: thinking
    Co-own the trial with me. The rollout counts on your scorecard. # speaker: wudi # mood: neutral
    And the trial hours go on an account code, not yours. # speaker: wudi # mood: neutral
    So I'm not lending people. I'm investing in my own pipeline. # speaker: marco # mood: thinking
    Four engineers from tomorrow. And I'll come to the review. # speaker: marco # mood: pleased
+ [Ask for his Frankfurt team until the tender: group deals come first # score: R-2 O-1 # feedback: Asking for everything just in case is hoarding, and putting your deal first ignores his penalty dates, which are Tianyu's money too. Peers remember who asked for more than they needed. # cap: collaborative_influence]
    ~ marco_goodwill = MAX(marco_goodwill - 1, -1)
    The group deal comes first. I need the whole team until the tender. # speaker: wudi # mood: neutral
    And my penalties? Does the group deal pay those? # speaker: marco # mood: annoyed
    He gives you two engineers for three days, and copies his own boss.
+ [Ask his Frankfurt team lead: she has helped you before # score: R-2 T-1 # feedback: Going around a peer gets two engineers today and loses the peer for a year. Burning goodwill also teaches your team that the chain of command is optional. # cap: collaborative_influence]
    ~ marco_goodwill = MAX(marco_goodwill - 2, -1)
    His team lead sends two engineers by lunch, as a favour to you.
    By evening Marco knows. He calls you once, briefly.
    Next time you want my people, you ask me. # speaker: marco # mood: annoyed
+ [Trade: Kwame helps his UK acceptance; the account pays his hours # score: R+2 T+1 # feedback: Reciprocity: you give something he values for what you need, and lending Kwame's people stretches your own team. Influence without authority runs on fair exchange. # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    Kwame can lend two engineers to your UK acceptance next week. # speaker: wudi # mood: neutral
    And the account pays for your people's hours here. # speaker: wudi # mood: neutral
    UK acceptance is my biggest headache this month. # speaker: marco # mood: surprised
    Four engineers, one week. Send me the code. # speaker: marco # mood: pleased
- -> d5_ltc

=== d5_ltc ===
~ resource_map = false
The finance corner of the Frankfurt office. # scene: finance_room # music: office
Sun Mei has flown in from London. Her spreadsheet is already open.
This rescue has no budget, no project code and no owner. # speaker: sunmei # mood: concerned
{ marco_goodwill > 0:
    And you've told Marco we'll pay his hours. From where? # speaker: sunmei # mood: annoyed
}
If we win, four markets roll out from July. # speaker: kwame # mood: thinking
Supply says the new radio boards take ten weeks to build. # speaker: kwame # mood: concerned
Nobody in supply or delivery has seen the tender yet. # speaker: kwame # mood: concerned
So. The money, and the plan? # speaker: sunmei # mood: thinking # facilitator: Lead to cash: delivery, supply chain and finance belong in a deal before it is won. Ask: when do your finance and supply people first see a bid? Watch for "after the tender" and for parking the cost where nobody looks: both leave the win without a plan.
+ [Fix first. Money and the rollout plan can wait until after the tender # score: R-1 O-2 # feedback: Sequencing by urgency keeps delivery, supply and finance out until the deal is signed. Lead to cash needs them early, or the win arrives with a plan nobody can keep. # cap: business_acumen]
    Fix first. We plan the rollout once we've won it. # speaker: wudi # mood: neutral
    Sun Mei closes her laptop. Kwame writes ten weeks on a sticky note.
+ [Park the cost on the UK project until a trial code is approved # score: O-2 R-1 # feedback: Parking a cost where it does not belong distorts two P&Ls and breaks internal control, and the account never learns what the trial really cost. Lead to cash needs honest numbers from the first day. # cap: business_acumen]
    The UK project has margin. Park it there until the code comes. # speaker: wudi # mood: neutral
    That's not where the cost is. Audit will ask. # speaker: sunmei # mood: annoyed
    She does it, and writes a note to file.
+ [Open a trial code today; bring supply and delivery into the bid team # score: R+2 O+2 # feedback: Lead to cash from the start: an honest code for the rescue, and supply and delivery shaping the bid before it is signed. The win arrives with boards, people and cash flow planned. # cap: business_acumen]
    ~ ltc = true
    A trial code today, under the account. Real cost, visible. # speaker: wudi # mood: neutral
    And supply and delivery in the bid team from tomorrow. # speaker: wudi # mood: neutral
    Then I'll model the rollout cash flow. Four markets, twelve weeks. # speaker: sunmei # mood: pleased
    Supply can reserve boards against a forecast. I'll ask. # speaker: kwame # mood: thinking
- { overcommit:
    -> d5b_deadline
- else:
    -> d6_fix
}

=== d5b_deadline ===
Thursday noon. Your seventy-two hours are up. # scene: network_ops # music: tension # sfx: alarm
{ chen_goodwill >= 1:
    Chen Yu's people have found it: a timer in the sharing scheduler.
- else:
    The engineer on video has a candidate patch. Nobody has tested it.
}
Two more days before anything is safe to load. # speaker: linxiao # mood: concerned
Your phone lights up. # sfx: notify
You said Thursday, Wu Di. Daniel is asking me. # speaker: eleanor # mood: annoyed # facilitator: The over-commitment falls due. Ask: what does Eleanor need now, the date or the truth? Watch for the untested patch and for making peers pay for Wu Di's promise: both defend the date instead of owning it.
+ [Call Eleanor: own the miss, and give a date Chen Yu confirms # score: BE+1 R+1 # feedback: Owning the over-commitment early, and replacing it with a date backed by confirmed resources, limits the damage and starts to rebuild credibility. Expectation management means correcting before the customer finds out. # cap: customer_partnering]
    ~ overcommit = false
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    I gave you a date before I had the people. That was wrong. # speaker: wudi # mood: concerned
    A tested fix, live by Saturday. Chen Yu has confirmed it. # speaker: wudi # mood: neutral
    Saturday, then. And this time I'll hold you to it. # speaker: eleanor # mood: neutral
+ [Load the patch tonight, and keep your word to Eleanor # score: R-1 BE-2 # feedback: Keeping your word sounds right, but defending an over-commitment at any risk compounds it. An untested patch that fails on a live network costs the customer's trust twice. # cap: strategic_risk]
    ~ eleanor_trust = MAX(eleanor_trust - 2, -1)
    The patch goes live at midnight.
    At eight, six sites reset again. The head of operations calls London.
+ [Ask Chen Yu to have his people test through the night # score: R-2 BE+1 # feedback: It may save the date, but it makes peers pay for your promise. Product-line goodwill spent on your over-commitment is gone when you need it next, and the promise is still not owned. # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    Chen Yu agrees, without warmth. His people test through the night.
    The patch holds. They miss their Gulf briefing.
    That was the last favour this quarter. # speaker: chenyu # mood: annoyed
- -> d6_fix

=== d6_fix ===
Saturday, three in the morning. # scene: network_ops # music: night
{
- chen_goodwill >= 2:
    Chen Yu's two experts have worked beside Kwame's team for days.
- chen_goodwill == 1:
    One of Chen Yu's experts is on site. The other works from Shenzhen.
- else:
    A junior engineer works on video from Shenzhen, through his night.
}
{ marco_goodwill >= 1:
    Marco's four field engineers load the patch on forty sites.
- else:
    Marco's two engineers do what they can in the days they were lent.
}
The patched sites survive a simulated peak. The wall turns green.
{ chen_goodwill < 1 and marco_goodwill < 1:
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    It took five days, not two. Germany's head of operations said so.
}
Daniel wants a briefing on Monday. Who presents the fix? # speaker: eleanor # mood: thinking
The deck is half done. Whose names go on it? # speaker: linxiao # mood: thinking # facilitator: Credit is a resource too: shared credit is the currency of influence without authority. Ask: who did the work, and whom will Wu Di need next time? Watch for the account team taking the bow, even with a thank-you slide.
+ [Let Lin Xiao present: a chance to raise her profile with Meridian # score: T+1 R-1 # feedback: Growing your own people matters, but a spotlight on your team alone leaves the product line and delivery invisible. Credit shared across units keeps them coming back. # cap: org_development]
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    Lin Xiao presents well. Daniel remembers her name.
    The product line is not mentioned. Chen Yu notices.
+ [Put Chen Yu's and Marco's people in front of Daniel # score: R+2 T+1 BE+1 # feedback: Shared credit builds the goodwill that makes the next request easier, and it shows the customer the depth behind the account team. Letters to their bosses put the credit where their careers are decided. # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Chen Yu's engineer explains the timer. Marco's lead, the rollout.
    Daniel asks them more questions than he has ever asked you.
    That evening your letters reach their bosses, naming every engineer.
+ [Present it yourself as one Tianyu team; thank HQ on the last slide # score: R-1 T-1 # feedback: One Tianyu sounds generous, but the people who did the work end up on the last slide. Taking the credit for borrowed work spends the goodwill you need next time, and your own team sees it. Shared credit is the currency of influence without authority. # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 2, -1)
    ~ marco_goodwill = MAX(marco_goodwill - 2, -1)
    The briefing goes well. Daniel thanks the account team.
    The deck reaches Shenzhen. Chen Yu's people are on the last slide.
    Marco forwards it to his engineers without a word.
- -> d7_release

=== d7_release ===
Sunday morning, Frankfurt airport. You fly to London for bid week. # scene: airport # music: tension
Chen Yu calls as you reach the gate. # sfx: notify
The Gulf KAM has escalated. From tonight my people are the Gulf's. # speaker: chenyu # mood: concerned
Lin Xiao drove you here. She lowers her voice.
The evaluation is on Thursday. If the fault returns, we have nobody. # speaker: linxiao # mood: concerned
Can we keep them one more week? # speaker: linxiao # mood: thinking # facilitator: Whose resource are the experts now? Releasing on time keeps the company's resources flowing; a handover builds your own bench. Ask: what should the team keep when the experts leave? Watch for hoarding just in case, and for a warm goodbye that leaves nothing behind.
+ [Ask Chen Yu for one more week, to cover the risk until the tender # score: R-2 T-1 # feedback: Holding scarce experts just in case is hoarding, however prudent it sounds. It costs another region its launch date and the product line's trust, and leaves your own team no more capable. # cap: collaborative_influence]
    ~ hoarded = true
    ~ chen_goodwill = MAX(chen_goodwill - 2, -1)
    One more week, Chen Yu. Just until Thursday. # speaker: wudi # mood: concerned
    The Gulf launch slips by four days. Its KAM writes to Zhao Lin.
    Chen Yu does not argue. He just stops answering quickly.
+ [Release them at once, with thanks: the Gulf is waiting # score: R+1 T-1 # feedback: Releasing on time respects the other region and keeps goodwill, but without a handover the know-how leaves with them. Your team is just as dependent next time. # cap: org_development]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    You thank them, and thank Chen Yu in writing within the hour.
    Lin Xiao sighs. Half of what they knew leaves with them.
+ [Let them go tonight. Until then, they teach # score: R+3 T+2 # feedback: Releasing shared experts on time keeps the company's resources flowing, and a structured handover builds your own bench. That is integration, not hoarding. # cap: org_development]
    ~ bench = true
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    They fly tonight. Until then, they teach. # speaker: wudi # mood: neutral
    Lin Xiao and two of Kwame's engineers shadow them all day.
    By evening: a runbook, and a daily on-call hour from the Gulf.
    Next time, we won't need to ask first. # speaker: linxiao # mood: pleased
- -> d8_escalate

=== d8_escalate ===
Monday, the London account office. A video call with Zhao Lin. # scene: video_call # music: tension
Daniel wants a signed rollout commitment in the bid by Wednesday.
Named experts and delivery capacity for four markets, twelve weeks.
Chen Yu and Marco can each give part. The rest is promised elsewhere.
{ ltc:
    Sun Mei's model shows the gap: six experts and forty engineers.
- else:
    You have rough guesses, not numbers.
}
{ hoarded:
    Zhao Lin already has the Gulf KAM's complaint on his screen.
}
{ credibility < 0:
    The last time you called, you didn't know what you needed. # speaker: zhaolin # mood: thinking
}
You asked for this call. Go ahead. # speaker: zhaolin # mood: neutral # facilitator: Escalating well: after trying peers, with facts and options, for the one decision only the boss can make. Ask: what should Zhao Lin hear in the first minute? Watch for a request with no options, and for the pride that will not escalate at all.
+ [Bring the facts, what the peers agreed, and three costed options # score: R+3 S+1 # feedback: Escalating well: after trying peers, with facts and options, asking for a single decision. A priority call between regions is strategy, and the boss spends his authority only on what he alone can decide. # cap: strategic_risk]
    ~ credibility = MIN(credibility + 1, 2)
    Chen Yu and Marco have agreed what they can. Here is what's left. # speaker: wudi # mood: neutral
    One decision: next quarter's priority, Meridian or the Gulf. # speaker: wudi # mood: neutral
    Three options, each costed. I recommend the second. # speaker: wudi # mood: thinking
    { ltc:
        { credibility >= 1:
            ~ credibility = MIN(credibility + 1, 2)
        }
        Clear. I'll take it to HQ tomorrow, with Sun Mei's numbers. # speaker: zhaolin # mood: pleased
    - else:
        Good shape. Get Sun Mei to cost it before I take it upstairs. # speaker: zhaolin # mood: thinking
    }
+ [Ask him to get HQ to put Meridian first: it's the region's biggest # score: R-1 O-1 # feedback: An escalation with no options hands the problem upward. Your boss has to rebuild the facts you should have brought, and "put us first" is a blank cheque drawn on another region. # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    Meridian is the region's biggest account. Put us first. # speaker: wudi # mood: concerned
    First for what, exactly? And what does the Gulf lose? # speaker: zhaolin # mood: annoyed
    He says he will think about it. The bid goes in with a caveat.
+ {chen_goodwill >= 2 and marco_goodwill >= 2} [Bring Chen Yu and Marco onto the call with one joint proposal # score: R+3 T+1 S+1 # feedback: A joint escalation by peers who already agree is the strongest kind. The boss sees a coalition and a single proposal, not one unit's wish list. # cap: collaborative_influence]
    ~ credibility = MIN(credibility + 2, 2)
    Both join within the hour.
    Four markets on one release. My quality figures need this too. # speaker: chenyu # mood: neutral
    Delivery can do it if the Gulf rollout moves by one month. # speaker: marco # mood: thinking
    Three units, one proposal. I'll sign it today. # speaker: zhaolin # mood: pleased
+ [Keep negotiating peer to peer: that's influence without authority # score: R-1 S-1 # feedback: It borrows the course's words, but once peers have done what they can, refusing to escalate is its own mistake: a priority call between regions sits above them. Escalating well is part of integration, not a failure. # cap: strategic_risk]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    You spend two days on calls. Everyone is sympathetic. Nobody decides.
    The bid goes in with a resource plan marked to be confirmed.
- -> d9_mechanism

=== d9_mechanism ===
// From here on only the total counts: fold goodwill and credibility into fit.
~ peers_on_board = chen_goodwill >= 1 and marco_goodwill >= 1
~ fit = chen_goodwill + marco_goodwill + credibility
~ chen_goodwill = 0
~ marco_goodwill = 0
~ credibility = 0
Wednesday evening. The bid is in. # scene: tianyu_office # music: office
Brazil starts the same trial in May, on the same release. # speaker: kwame # mood: thinking
And next time the Gulf will be first in the queue. # speaker: linxiao # mood: concerned
{ hoarded:
    After last week, I doubt HQ lends us anyone at all. # speaker: linxiao # mood: concerned
}
We can't run every rescue on favours. # speaker: kwame # mood: thinking # facilitator: Turn the rescue into a standing sharing mechanism, such as a global account resource pool. Ask: how does your company share scarce experts across accounts and regions today? Watch for the private pool: it is hoarding with a budget line.
+ [Propose a shared expert pool for every global account # score: R+3 S+1 T+1 # feedback: A standing sharing mechanism, like a global account resource pool, turns one rescue into a capability for the whole company, not one account. Shared KPIs make it worth the owners' while. # cap: org_development]
    ~ mechanism = 1
    A pool for all our global accounts, not only Meridian. # speaker: wudi # mood: thinking
    Named experts, planned each quarter with product line and delivery. # speaker: wudi # mood: neutral
    Their KPIs count account results. Conflicts go to one monthly call. # speaker: wudi # mood: neutral
    { peers_on_board:
        ~ mechanism = 2
        Chen Yu and Marco both sign as co-sponsors before midnight.
    - else:
        Chen Yu and Marco reply politely. They will review it.
    }
+ [Write up the lessons and thank everyone: next time, use the playbook # score: R+1 T+1 # feedback: Capturing lessons and thanking people is good practice, but a playbook still runs on favours. Only a standing mechanism makes the next rescue routine. # cap: org_development]
    Eleven pages of lessons learned, and a thank-you to everyone.
    Kwame files it. Nobody will read it until Brazil breaks.
+ [Ask HQ for two experts dedicated to Meridian: a standing resource # score: R-1 O-1 T-1 # feedback: It sounds like a standing mechanism, but a private pair is hoarding by design: idle cost on your account, experts locked away from other regions, and a team that never learns the skill itself. Shared pools beat private ones. # cap: business_acumen]
    You write to HQ for two dedicated experts.
    HQ says no. The product line hears that you asked.
- -> d10_tender

=== d10_tender ===
~ peers_on_board = false
Thursday. Meridian Group headquarters, London. # scene: meridian_boardroom # music: boardroom
{
- eleanor_trust >= 2:
    Germany is stable. Your team handled it like a partner. # speaker: eleanor # mood: pleased
- eleanor_trust <= 0:
    Germany is stable. It took longer than it should have. # speaker: eleanor # mood: concerned
- else:
    Germany is stable. Thank you. # speaker: eleanor # mood: neutral
}
Germany was one market. The framework is four, then ten. # speaker: daniel # mood: neutral
When it breaks in three markets at once, who shows up? # speaker: daniel # mood: thinking # facilitator: A buyer contracts mechanisms, not heroics. Ask: what could Daniel write into a four-market framework? Watch for the war story, and for promising people Wu Di does not own.
+ [Tell him how Germany was fixed: the nights, the people, five days # score: R-1 BE-1 # feedback: Heroics reassure for a day, then tell the buyer that Tianyu runs on favours. A buyer signing a framework for four markets, then ten, wants a mechanism he can contract. # cap: customer_partnering]
    ~ eleanor_trust = MAX(eleanor_trust - 2, -1)
    Five days, two continents, one fix. # speaker: wudi # mood: pleased
    Impressive. I can't put a story in a contract. # speaker: daniel # mood: neutral
    Eleanor glances at Daniel and says nothing.
+ {mechanism == 0 or not ltc} [Commit only what is confirmed, and say what is still open # score: R+1 BE+1 # feedback: Honest expectation management: a buyer can trust a commitment that names only confirmed resources. But it is one team's word, not a mechanism, and it will not carry four markets, let alone ten. # cap: customer_partnering]
    Germany's team is named and confirmed. # speaker: wudi # mood: neutral
    For the other three markets, we are still agreeing who. # speaker: wudi # mood: neutral
    Honest. Tell me when it's agreed. Before we sign. # speaker: daniel # mood: thinking
+ {mechanism >= 1} [Show him the resource pool: named experts, response times, one rule # score: R+2 BE+2 S+1 # feedback: A standing mechanism is the answer a buyer can contract, and it answers at group level: four markets, then ten. It turns the Germany rescue into a promise the whole company can keep. # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Named experts for Meridian. Four hours' response on critical faults. # speaker: wudi # mood: neutral
    And one rule when another region wants them at the same time. # speaker: wudi # mood: neutral
    The first answer that doesn't depend on you personally. # speaker: daniel # mood: surprised
+ [Pledge a resident expert in every market for two years, at no charge # score: BE+1 O-2 R-1 # feedback: Over-commitment. It sounds like partnership, but promising people you do not own, at no charge, wins the room and creates a cost and a conflict nobody has agreed to. # cap: business_acumen]
    ~ overcommit = true
    A resident expert in every market. Two years. No extra cost. # speaker: wudi # mood: pleased
    Generous. Put it in the contract. # speaker: daniel # mood: neutral
    Lin Xiao, beside you, stops writing.
+ {ltc} [Show him the lead-to-cash plan: boards reserved, engineers booked # score: O+2 BE+1 R+1 # feedback: Delivery, supply and finance in the bid from the start give the buyer a plan, not a promise. Lead to cash is part of the value proposition. # cap: business_value]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Boards reserved against the forecast. Engineers booked from July. # speaker: wudi # mood: neutral
    The service model is costed. Here is the cash flow. # speaker: wudi # mood: neutral
    You've planned the delivery before you've won. Unusual. # speaker: daniel # mood: pleased
- -> finale

=== finale ===
// fit already holds Chen Yu's and Marco's goodwill and Zhao Lin's view of your credibility.
~ fit = fit + eleanor_trust + mechanism
{ ltc:
    ~ fit += 1
}
{ bench:
    ~ fit += 1
}
{ overcommit:
    ~ fit -= 2
}
{ hoarded:
    ~ fit -= 2
}
// Strong needs the pool, lead to cash and none of the traps (hoarding, a promise left
// unowned). The best answer at every decision gives 12; strong allows one small slip.
{
- fit >= 11 and mechanism >= 1 and ltc and not hoarded and not overcommit:
    -> ending_strong
- fit <= 0:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
Three months later. # scene: meridian_boardroom # music: boardroom
Meridian names Tianyu its network-sharing partner in four markets.
Germany is the reference site. Its video wall has stayed green.
We chose a company, Wu Di. Not one man with a good phone book. # speaker: eleanor # mood: pleased
{ d5b_deadline:
    She still mentions the call where you owned a missed date.
}
{ mechanism >= 2:
    The pool serves three global accounts. Chen Yu and Marco co-chair it.
- else:
    The pool is running. Chen Yu still needs convincing each quarter.
}
{ bench:
    Lin Xiao leads the sharing team. Brazil's trial needs no rescue.
- else:
    Brazil wobbles in May. The pool has an expert there within a day.
}
The Gulf launched on time. Its KAM now invites you to its reviews.
Zhao Lin wants the pool for every global account in the region.
The reinforcements came. Next time, nobody will need to call them. # ending: strong
-> END

=== ending_mixed ===
Three months later. # scene: meridian_boardroom # music: office
Meridian splits the framework. Tianyu wins two markets, Nordvik two.
Germany stays on the reference list, with a note about the outage.
{ not ltc:
    Nobody ordered boards before the award. The rollout starts late.
}
{ overcommit:
    Your promises ran ahead of your people, and others paid for them.
}
{ hoarded:
    The Gulf launch slipped. HQ now asks the Gulf before lending anyone.
}
{
- mechanism >= 2:
    The resource pool is real now. It came too late for this bid.
- mechanism == 1:
    The pool exists on paper. Each request still takes a round of calls.
- else:
    When Brazil's trial falters in May, the scramble starts from zero.
}
You got through it. I'd like to see you not need to. # speaker: zhaolin # mood: thinking
Kwame and Lin Xiao are worn out. The next rescue is in the diary.
Half a win. Next time, the system has to be there before the fire. # ending: mixed
-> END

=== ending_poor ===
Three months later, a departure lounge at night. # scene: airport # music: night
Nordvik wins Meridian's framework. Tianyu keeps the trial sites.
{ overcommit:
    Promises made before anyone had the people cost more than they won.
}
{ hoarded:
    The Gulf launch slipped. HQ gives the Gulf priority until year end.
- else:
    Chen Yu's product line takes your requests in turn, like any other.
}
Marco's engineers are back on billable work, and won't be lent again.
Kwame asks to go back to South Africa. The team is running on empty.
Eleanor's office sends the debrief letter to Daniel, not to you.
Zhao Lin wants a review of the account's resourcing in Shenzhen. # sfx: notify
Your contact list is long. Every name is someone else's resource. # ending: poor
-> END
