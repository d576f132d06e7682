# title: Reinforcements that won't come
# role: R
# order: 3
# stage: growth
# summary: Ten days before Meridian's group tender decision, the flagship trial in Germany starts failing. Wu Di needs experts and engineers who report to someone else.
# goal: Know which resources exist, who owns them and what their owners are measured on.
# goal: Influence without authority: reciprocity, shared credit and KPIs, the customer's voice, and data.
# goal: Involve delivery, supply chain and finance early, and turn a one-off rescue into a standing sharing mechanism.
# goal: Escalate well: after trying peers, with options and facts, never as the first move.
# carry: eleanor_trust = Eleanor Hughes trusts Wu Di
# carry: expert_pool = A standing expert roster shared across accounts (1 proposed, 2 sponsored by Chen Yu and Marco)
# carry: peers_on_board = Chen Yu and Marco came out of Germany on Wu Di's side
# carry: pledge = Free resident experts were pledged in the four-market framework

VAR eleanor_trust = 0
VAR chen_goodwill = 0
VAR marco_goodwill = 0
VAR credibility = 0
VAR resource_map = false
VAR customer_voice = false
VAR overcommit = false
VAR pledge = false
VAR ltc = 0
VAR hoarded = false
VAR own_experts = false
VAR team_strain = false
VAR expert_pool = 0
VAR peers_on_board = false
VAR fit = 0

// stories:check merges paths whose state is the same, so the state is kept small:
// trust and credibility stay within -1..2, goodwill within 0..2; a flag is cleared as soon as no later
// line reads it (customer_voice in d4_marco, resource_map in d5_ltc, team_strain in
// d6_fix); and d9_mechanism folds goodwill and credibility into fit.
// overcommit (a date promised before anyone agreed) is cleared in d5b_deadline unless the untested
// patch goes live; pledge marks the free resident experts promised in d10_tender.
// Carried into the account's year (# carry:): eleanor_trust arrives from s1 (0, or 1 if she
// trusted Wu Di) and leaves for s5; expert_pool, peers_on_board and pledge leave for s4 and s5.

-> opening

=== opening ===
Frankfurt, Monday, 06:40. Meridian Germany's operations centre. # scene: network_ops # music: tension # sfx: alarm
One corner of the video wall is red: forty of the trial's 300 sites.
Meridian's group tender cites this sharing trial. Kwame, on loan from South Africa, runs delivery with six engineers.
Shared sites reset under peak load. Since last night's upgrade. # speaker: kwame # mood: concerned
Two operators' traffic on one radio. It's in the sharing software. # speaker: linxiao # mood: thinking
Meridian Germany's head of operations stands behind you, arms folded.
{ eleanor_trust > 0:
    A message from Eleanor, sent at six: tell me what you know when you know it. I'll hold Daniel until noon. # sfx: notify
    The months spent reading her strategy have bought you a morning.
}
He wants a name and a date by noon. # speaker: kwame # mood: concerned
And the group decides the sharing tender a week on Thursday. # speaker: linxiao # mood: concerned
We need HQ's sharing experts and Marco's field engineers. # speaker: kwame # mood: thinking
None of them works for us. # speaker: kwame # mood: thinking
-> d1_first_hour

=== d1_first_hour ===
You step into the glass meeting room. The alarm pulses outside.
Through the glass, the head of operations is on the phone to London.
The German team's morning call starts in an hour. Lin Xiao and Kwame wait for you. # facilitator: Integration starts with knowing what exists, who owns it and what each owner is measured on. Ask: one camp spends the hour with the team working out owners, the other with the angry customer while the team triages; what does each leave undone? Watch for the call to the boss and for heroics with his own team: both feel decisive, and both skip the owners.
+ [Work out with Lin Xiao and Kwame who owns the skills this fault needs, and what each owner is measured on # score: R+2 T+1 # feedback: Knowing which resources exist, who owns them and what their owners are measured on tells you what to ask for and what a yes costs them. The price is an hour in which the customer hears nothing from you. # cap: collaborative_influence]
    ~ resource_map = true
    Lin Xiao takes the whiteboard. Kwame takes the logs.
    The sharing scheduler: two experts in Chen Yu's product line. # speaker: linxiao # mood: thinking
    Both leave for a Gulf launch on Wednesday. Another region's deal. # speaker: linxiao # mood: concerned
    Field engineers: Marco's Frankfurt team, twelve people. # speaker: kwame # mood: thinking
    All on a paid rollout for another customer, with penalty dates. # speaker: kwame # mood: concerned
    Chen Yu is measured on launch dates and field quality. Marco on billable hours and on-time acceptance. # speaker: linxiao # mood: thinking
    When you come out, the head of operations has gone upstairs without a word.
+ [Leave the triage to Lin Xiao and Kwame, and spend the hour with the head of operations # score: BE+2 # feedback: An hour at the customer's side in the first crisis calms him, and trusting the team with triage is sound delegation. But nobody works out who owns the skills the fault needs, so the afternoon's requests go out blind. # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    You walk him through what is known, line by line. He unfolds his arms.
    He tells London the vendor is on it, and sounds as if he means it.
    Back in the meeting room, the whiteboard holds log extracts. No names.
+ [Put Kwame's six engineers on the logs straight away, and call for help tonight if they are still stuck # score: R-1 T-1 # feedback: Self-reliance looks decisive, but this fault needs product-line skills your team does not have. You lose the hours when owners could still rearrange their plans, and you wear out your own people. # cap: collaborative_influence]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    Kwame's six engineers dig into the logs all morning.
    By noon they have ruled out the hardware. Nothing more.
    The head of operations has told London the vendor is still guessing.
+ [Ask Zhao Lin to get HQ to send its best people today # score: R-2 T-1 # feedback: Going to the boss before you know what you need or who owns it spends his authority for nothing. Peers hear an order from above, not a request, and your team learns to wait for the boss. # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ marco_goodwill = MAX(marco_goodwill - 1, 0)
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
When will it be fixed, Wu Di? # speaker: eleanor # mood: thinking # facilitator: A date is only as good as the people behind it. Ask: should Eleanor get facts now, or should Wu Di first spend the afternoon securing names? Who speaks for each, and what does each cost her with Daniel? Watch for the confident date, and for handing the customer Tianyu's internal queue to sort out.
+ [Give her the facts: root cause within a day, a date once the experts are confirmed # score: BE+2 R+1 # feedback: Facts, what is still open and when she will hear next keep her expectations where the truth is. The cost: she walks into Daniel's office without a date, and Germany stays on the list only on her word. # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Forty sites, one software feature, no hardware fault. # speaker: wudi # mood: neutral
    Root cause within 24 hours. An update every day at five. # speaker: wudi # mood: neutral
    A fix date as soon as the right experts are confirmed. # speaker: wudi # mood: neutral
    No date, then. I'll tell Daniel why, and he won't like it. # speaker: eleanor # mood: thinking
+ [Ask her for six hours: you will call back at six with a date and the names of the people behind it # score: R+2 # feedback: Securing people before naming a date keeps the promise honest, and the afternoon goes on the owners who can fix it. But Eleanor faces Daniel with nothing new, and six o'clock is itself a promise. # cap: collaborative_influence]
    Six o'clock. Daniel sees the board's advisers at four. # speaker: eleanor # mood: annoyed
    The screen goes dark. Lin Xiao is already dialling Shenzhen.
+ [Give her 72 hours: Tianyu's best people will be on it tonight # score: R-2 BE+1 # feedback: It calms the room today, but the date rests on experts and engineers nobody has released. That is over-commitment: confirm the resources, then promise the customer. # cap: customer_partnering]
    ~ overcommit = true
    Seventy-two hours. Tianyu will put its best people on it. # speaker: wudi # mood: pleased
    Thursday noon, then. I'll tell Daniel. # speaker: eleanor # mood: neutral
    Lin Xiao looks at you. Nobody has said yes to anything yet.
+ {resource_map} [Explain that the experts are booked for another region, and ask her to ring our product-line director # score: R+1 BE-1 # feedback: A Group CTO's call will move a product line, but it spends her authority on your company's internal queue and shows her a vendor that cannot organise itself. The experts come; so does the product line's resentment at being pressed by a customer. # cap: collaborative_influence]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ customer_voice = true
    You want me to lobby your own headquarters. # speaker: eleanor # mood: surprised
    Fine. I'll call. And I'll remember that I had to. # speaker: eleanor # mood: annoyed
+ [Ask her to hold the tender decision until the fix is proven # score: BE-1 S-1 # feedback: Asking the customer to move its group decision around your problem tells the board the trial was never ready, and hands Nordvik the argument. Manage expectations inside the customer's timeline. # cap: customer_partnering]
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
{ customer_voice:
    Your customer's CTO called my president an hour ago. My president called me. # speaker: chenyu # mood: annoyed
    I've never had a customer sent after me by our own KAM. # speaker: chenyu # mood: annoyed
    Germany gets help, he says. How much help is still up to me. # speaker: chenyu # mood: neutral
}
My two sharing experts leave for the Gulf on Wednesday. # speaker: chenyu # mood: neutral
A national launch next Monday. Our president promised the date. # speaker: chenyu # mood: concerned
I'm measured on launches and quality. Germany is an unpaid trial. # speaker: chenyu # mood: neutral
So what exactly are you asking me for? # speaker: chenyu # mood: thinking # facilitator: Influence without authority starts from the owner's goals. Ask: is it better to ask big and fix fast, or ask small and let the team learn? Who argues for the small ask, and what does Germany pay for it? Watch for rank and for the bigger-deal argument: they hold on Wu Di's scorecard, not on Chen Yu's.
+ {resource_map} [Show him the logs: the fault is in the release the Gulf takes next month # score: R+2 S+1 # feedback: Data aimed at the owner's own goal: fixing Germany protects his Gulf launch, and a co-signed report shares the credit. The price is a hard stop: his experts must be in the Gulf by Sunday, fixed or not. # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 2, 2)
    Lin Xiao shares the logs. The fault sits in the new sharing release.
    The Gulf gets this same release next month. # speaker: wudi # mood: neutral
    The root-cause report goes out under your name and mine. # speaker: wudi # mood: thinking
    He scrolls for a long minute.
    Then Germany is my problem too. They fly to you tonight. # speaker: chenyu # mood: surprised
    They must be in the Gulf by Sunday night. Both of them. # speaker: chenyu # mood: neutral
+ [Ask only for remote help, with Lin Xiao working beside his experts on screen # score: T+2 # feedback: A small ask he can grant without touching the Gulf, and Lin Xiao learns the scheduler herself. The cost is pace: remote support across six time zones while the German customer counts the days. # cap: org_development]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    Remote, I can do. Two hours a day each, from tomorrow. # speaker: chenyu # mood: pleased
    Lin Xiao pulls a chair up to the screen. She will be up at five.
+ {not resource_map} [Ask him what would have to be true for him to lend the two experts for three days # score: R+2 # feedback: Asking about the owner's constraints before asking for his people opens room to move: his goals first, then your request. It takes a second call before anyone travels. # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    The Gulf date holds. And my president hears about this from me. # speaker: chenyu # mood: thinking
    One expert on site from Wednesday. The other stays in Shenzhen. # speaker: chenyu # mood: neutral
+ [Tell him the group tender is worth ten Gulf launches, and that Zhao Lin is following it personally # score: R-2 S+1 # feedback: The strategic point is fair, but it asks him to lose on his own scorecard and leans on rank. Influence without authority starts from what the owner needs. # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    The group tender is worth ten Gulf launches. Zhao Lin is watching. # speaker: wudi # mood: neutral
    Then Zhao Lin can call my president. Till then, they go to the Gulf. # speaker: chenyu # mood: annoyed
    He offers a junior engineer, on video, from Wednesday.
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
You need hands to load and test the patch on forty sites. # facilitator: Reciprocity and shared goals, against Tianyu's own penalty dates. Ask: is Marco's paid rollout Wu Di's problem too? Who argues for the big ask, who for the small one, and what does each cost? Watch for trades paid with people who are busy fixing this very outage.
+ {resource_map} [Offer Marco next year's Germany rollout on his scorecard if we win, with the account paying his trial hours # score: R+2 O+1 # feedback: Tying the trial to what Marco is measured on turns a favour into his own pipeline: billable hours now, the rollout if we win. The cost: the account pays for a trial no customer pays for, and his goodwill rides on a bid you may lose. # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 2, 2)
    If we win, Germany is the region's largest rollout next year. Yours. # speaker: wudi # mood: thinking
    And the trial hours go on the account, not on you. # speaker: wudi # mood: neutral
    So I'm not lending people. I'm investing in my own pipeline. # speaker: marco # mood: thinking
    Four engineers from tomorrow. I'll come to the review. # speaker: marco # mood: pleased
+ {not resource_map} [Ask for four engineers for a week, and tell him the account will pay the hours # score: R+2 # feedback: A clear ask, paid from the account, gets the people. But it buys a week, not a stake: nothing ties Marco's goals to the win, so the next ask starts from zero. # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    Four, for a week. Send me the code by Friday. # speaker: marco # mood: neutral
+ [Ask for two engineers on his night shifts only, so his rollout keeps its penalty dates # score: O+2 # feedback: A small, precise ask that protects a paid rollout whose penalties are Tianyu's money too. The cost is pace: two people for forty sites, and the fix takes days longer. # cap: business_acumen]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    Nights only. My penalties stay safe. That I can sign. # speaker: marco # mood: pleased
    Two engineers, from tonight, ten till six.
+ [Offer two of Kwame's engineers for Marco's UK acceptance next week, if he lends you four of his now # score: R+1 T-2 # feedback: The trade gets Marco's people, but you pay with engineers who are in the middle of fixing this outage. Kwame's night shift shrinks in the week it matters, and your team learns it is currency. # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    ~ team_strain = true
    UK acceptance is my biggest headache this month. Deal. # speaker: marco # mood: surprised
    Kwame hears it from you an hour later, in the car park.
    Two of mine to the UK. Who loads the patch at night, Wu Di? # speaker: kwame # mood: annoyed
+ [Ask his Frankfurt team lead directly: she has helped you before # score: R-2 T-1 # feedback: Going around a peer gets two engineers today and loses the peer for a year. It also teaches your team that the chain of command is optional. # cap: collaborative_influence]
    ~ marco_goodwill = MAX(marco_goodwill - 2, 0)
    His team lead sends two engineers by lunch, as a favour to you.
    By evening Marco knows. He calls you once, briefly.
    Next time you want my people, you ask me. # speaker: marco # mood: annoyed
- -> d5_ltc

=== d5_ltc ===
~ resource_map = false
The finance corner of the Frankfurt office. # scene: finance_room # music: office
Sun Mei has flown in from London. Her spreadsheet is already open.
This rescue has no budget, no project code and no owner. # speaker: sunmei # mood: concerned
{ marco_goodwill > 0:
    And Marco's engineers are on your trial. Whose budget pays their hours? # speaker: sunmei # mood: annoyed
}
If we win, four markets roll out from July. # speaker: kwame # mood: thinking
Supply says the new radio boards take ten weeks to build. # speaker: kwame # mood: concerned
Nobody in supply or delivery has seen the tender yet. # speaker: kwame # mood: concerned
So. The money, and the plan? # speaker: sunmei # mood: thinking # facilitator: Lead to cash: delivery, supply chain and finance belong in a deal before it is won. Ask: should boards be reserved for a tender Tianyu may lose? Who argues for waiting, and what does each side risk, in inventory or in a late rollout? Watch for parking the cost where nobody looks.
+ [Open a trial code today, and bring supply and delivery into the bid team tomorrow # score: R+2 O+1 # feedback: Delivery, supply and finance shape the bid before it is signed, so a win arrives with boards, people and cash flow planned. The cost: boards reserved for a tender you may lose, and Kwame pulled into bid work in fix week. # cap: business_value]
    ~ ltc = 2
    A trial code today, under the account. Real cost, visible. # speaker: wudi # mood: neutral
    Supply and delivery in the bid team from tomorrow. # speaker: wudi # mood: neutral
    Then I'll model the rollout cash flow. Four markets, twelve weeks. # speaker: sunmei # mood: pleased
    Supply can reserve boards against a forecast. On top of the fix. # speaker: kwame # mood: concerned
+ [Open a trial code today; keep supply out of it until the fix is proven # score: O+2 # feedback: An honest code without inventory risk: nothing is built for a tender you may lose. The cost is ten weeks of lead time nobody starts, so a win would roll out late. # cap: business_acumen]
    ~ ltc = 1
    A trial code, yes. Boards only once Germany is green. # speaker: wudi # mood: neutral
    Clean. I can live with that. # speaker: sunmei # mood: neutral
    Kwame writes ten weeks on a sticky note, and underlines it.
+ [Park the cost on the UK project until a trial code is approved # score: O-2 R-1 # feedback: Parking a cost where it does not belong distorts two P&Ls and breaks internal control, and the account never learns what the trial really cost. # cap: business_acumen]
    The UK project has margin. Park it there until the code comes. # speaker: wudi # mood: neutral
    That's not where the cost is. Audit will ask. # speaker: sunmei # mood: annoyed
    She does it, and writes a note to file.
+ [Fix first: the money and the rollout plan can wait until the tender is decided next Thursday # score: R-1 O-1 # feedback: Sequencing by urgency keeps delivery, supply and finance out until the deal is signed. Lead to cash needs them early, or a win arrives with a plan nobody can keep. # cap: business_acumen]
    Fix first. We plan the rollout once we've won it. # speaker: wudi # mood: neutral
    Sun Mei closes her laptop. Kwame writes ten weeks on a sticky note.
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
You said Thursday, Wu Di. Daniel is asking me. # speaker: eleanor # mood: annoyed # facilitator: The promise falls due. Ask: what does Eleanor need now, the date or the truth? Does anyone in the room defend saving the date, and who would pay for it? Watch for the untested patch and for making peers pay for Wu Di's promise.
+ [Call Eleanor: say you gave the date before you had the people, and offer Saturday, confirmed by Chen Yu # score: BE+2 R+1 # feedback: Owning the over-commitment before she has to chase it, and replacing it with a date backed by confirmed people, limits the damage. It costs face today, and one more missed date would cost the account. # cap: customer_partnering]
    ~ overcommit = false
    I gave you a date before I had the people. That was wrong. # speaker: wudi # mood: concerned
    A tested fix, live by Saturday. Chen Yu has confirmed it. # speaker: wudi # mood: neutral
    Saturday, then. This time I'll hold you to it. # speaker: eleanor # mood: neutral
+ [Load the patch tonight, and keep your word to Eleanor # score: R-1 BE-2 # feedback: Keeping your word sounds right, but defending an over-commitment at any risk compounds it. An untested patch that fails on a live network costs the customer's trust twice. # cap: strategic_risk]
    ~ eleanor_trust = MAX(eleanor_trust - 2, -1)
    The patch goes live at midnight.
    At eight, six sites reset again. The head of operations calls London.
+ [Ask Chen Yu to have his experts test the patch through the night so that Thursday still holds # score: R-2 BE+1 # feedback: It may save the date, but peers pay for your promise, and the product line's goodwill is gone when you need it next. The promise is kept, not owned. # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ overcommit = false
    Chen Yu agrees, without warmth. His people test through the night.
    The patch holds. They miss their Gulf briefing.
    That was the last favour this quarter. # speaker: chenyu # mood: annoyed
- -> d6_fix

=== d6_fix ===
Three in the morning, in the operations centre. # scene: network_ops # music: night
{
- chen_goodwill >= 2:
    Chen Yu's two experts have worked beside Kwame's team for days.
- chen_goodwill == 1:
    Chen Yu's experts have given Germany every hour they could spare around the Gulf.
- else:
    Whoever Chen Yu can spare works on video from Shenzhen, and logs off when the shift ends.
}
{
- marco_goodwill >= 2:
    Marco's four field engineers load the patch on forty sites.
- marco_goodwill == 1:
    Marco's engineers load the patch site by site, in the hours they were lent.
- else:
    Two borrowed engineers do what they can in the days they were lent.
}
{ team_strain:
    Two of Kwame's engineers are in the UK. He has run the night shift short since Wednesday.
    One of his four asked yesterday to go home early. Kwame told Zhao Lin why.
    ~ credibility = MAX(credibility - 1, -1)
}
The patched sites survive a simulated peak. The wall turns green.
{ chen_goodwill + marco_goodwill < 3 or team_strain:
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    It took two nights longer than it should have. Germany's head of operations told London so.
}
~ team_strain = false
Daniel flies in this afternoon to see it for himself. Who presents the fix? # speaker: eleanor # mood: thinking
The deck is half done. Whose names go on it? # speaker: linxiao # mood: thinking # facilitator: Credit is a resource too. Ask: should the spotlight go to the borrowed experts, whose bosses Wu Di needs next time, or to Lin Xiao, who needs to be seen by the customer? What does each choice cost the other side? Watch for the account team taking the bow with a thank-you slide.
+ [Have Chen Yu's expert and Marco's lead present, and write to their bosses # score: R+2 BE+1 # feedback: Credit given where careers are decided builds the goodwill that makes the next request easier, and Daniel sees the depth behind the account team. The cost: Lin Xiao, who ran the fix day to day, stays in the back row. # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Chen Yu's engineer explains the timer. Marco's lead, the rollout.
    Daniel asks them more questions than he has ever asked you.
    Lin Xiao sits at the back and takes notes.
+ [Let Lin Xiao present: she ran the fix, and every borrowed engineer is named on slide one # score: T+2 # feedback: Growing your own people matters, and naming everyone is more than most do. But the product line and delivery are credited second-hand, on a slide, while your lead gets the room. # cap: org_development]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Lin Xiao presents well. Daniel asks for her card.
    The deck reaches Shenzhen. Chen Yu reads the first slide and says nothing.
+ [Present it yourself as one Tianyu team, and thank HQ and delivery on the last slide # score: R-1 T-1 # feedback: One Tianyu sounds generous, but the people who did the work end up on the last slide. Taking the bow for borrowed work spends the goodwill you need next time, and your own team sees it. # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ marco_goodwill = MAX(marco_goodwill - 1, 0)
    The briefing goes well. Daniel thanks the account team.
    Marco forwards the deck to his engineers without a word.
- -> d7_release

=== d7_release ===
Sunday morning, Frankfurt airport. You fly to London for bid week. # scene: airport # music: tension
Chen Yu calls as you reach the gate. # sfx: notify
The Gulf KAM has escalated. From tonight my people are the Gulf's. # speaker: chenyu # mood: concerned
Lin Xiao drove you here. She lowers her voice.
The evaluation is on Thursday. If the fault returns, we have nobody. # speaker: linxiao # mood: concerned
Can we keep them one more week? # speaker: linxiao # mood: thinking # facilitator: Whose people are the experts now? Ask: the know-how has to stay somewhere; is it better kept in a runbook and two engineers, or in Lin Xiao, sent to learn on the Gulf launch in bid week? What does each cost? Watch for keeping the experts a little longer: it sounds prudent, and another region pays.
+ [Ask Chen Yu for one more week, to cover the risk until the evaluation on Thursday # score: R-2 T-1 # feedback: Holding scarce experts past their date is hoarding, however prudent it sounds. Another region loses its launch date, the product line stops trusting the account, and your team is no more capable. # cap: collaborative_influence]
    ~ hoarded = true
    ~ chen_goodwill = MAX(chen_goodwill - 2, 0)
    One more week, Chen Yu. Just until Thursday. # speaker: wudi # mood: concerned
    The Gulf launch slips by four days. Its KAM writes to Zhao Lin.
    Chen Yu does not argue. He just stops answering quickly.
+ [Release them tonight; today they teach Lin Xiao and two of Kwame's people # score: R+2 T+1 # feedback: Releasing on time keeps goodwill and the Gulf date, and a day of handover leaves a runbook and people who can use it. The cost: the experts fly out tired, and Kwame loses two engineers to a classroom on a Sunday. # cap: org_development]
    ~ own_experts = true
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    They fly tonight. Until then, they teach. # speaker: wudi # mood: neutral
    By evening: a runbook, two engineers who can use it, and an on-call hour from the Gulf.
+ [Let them go tonight, and send Lin Xiao with them for a week to learn on the Gulf launch # score: T+2 # feedback: A week beside the experts on a live launch grows your solution lead faster than any runbook, and the Gulf gets a spare pair of hands. The cost: bid week in London without her. # cap: org_development]
    ~ own_experts = true
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    Lin Xiao books the same flight. The Gulf KAM sends a thank-you within the hour.
    In London, the bid's technical annex is written without her. Eleanor's team sends back twelve questions.
+ [Release them at once, and thank Chen Yu in writing within the hour: the Gulf is waiting # score: R+1 T-1 # feedback: Releasing on time respects the other region, but with no handover the know-how leaves with them. Your team is just as dependent next time. # cap: org_development]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    You thank them, and thank Chen Yu in writing within the hour.
    Lin Xiao sighs. Half of what they knew leaves with them.
- -> d8_escalate

=== d8_escalate ===
Monday, the London account office. A video call with Zhao Lin. # scene: video_call # music: tension
Daniel wants a signed rollout commitment in the bid by Wednesday.
Named experts and delivery capacity for four markets, twelve weeks.
Chen Yu and Marco can each give part. The rest is promised elsewhere.
{ ltc >= 2:
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
You asked for this call. Go ahead. # speaker: zhaolin # mood: neutral # facilitator: Escalating well: after peers, with facts and options, for the one decision only the boss can make. Ask: is this that decision, or should Wu Di bid only what his peers have already agreed? Who argues each side, and what does each leave open? Watch for a request with no options.
+ [Show him what the peers agreed, the gap, and three costed options for who comes first # score: R+2 S+1 # feedback: Escalating after peers, with facts and options, asks the boss for the one call only he can make: priority between regions. The cost: Zhao Lin spends authority with HQ, and the Gulf may lose the ruling. # cap: strategic_risk]
    ~ credibility = MIN(credibility + 1, 2)
    Chen Yu and Marco have agreed what they can. Here is what's left. # speaker: wudi # mood: neutral
    One decision: next quarter's priority, Meridian or the Gulf. Three options, each costed. # speaker: wudi # mood: neutral
    { ltc >= 2:
        Clear. I'll take it to HQ tomorrow, with Sun Mei's numbers. # speaker: zhaolin # mood: pleased
    - else:
        Good shape. Get Sun Mei to cost it before I take it upstairs. # speaker: zhaolin # mood: thinking
    }
+ {chen_goodwill >= 2 and marco_goodwill >= 2} [Bring Chen Yu and Marco onto the call to put one proposal to him together # score: R+2 T+1 S+1 # feedback: Peers who already agree make the strongest escalation: the boss sees three units and one proposal, not one unit's wish list. It costs Chen Yu and Marco an hour of their bid week on your account. # cap: collaborative_influence]
    ~ credibility = MIN(credibility + 2, 2)
    Both join within the hour.
    Four markets on one release. My quality figures need this too. # speaker: chenyu # mood: neutral
    Delivery can do it if the Gulf rollout moves by one month. # speaker: marco # mood: thinking
    Three units, one proposal. I'll sign it today. # speaker: zhaolin # mood: pleased
+ [Bid only what Chen Yu and Marco have already agreed to give, and ask Zhao Lin for nothing at all # score: O+2 # feedback: Committing only confirmed resources keeps the bid honest and the peers' trust intact. But it covers two markets of four, and the question of who comes first is left for the next crisis. # cap: business_acumen]
    Two markets staffed and named. Two marked to be confirmed. # speaker: wudi # mood: neutral
    Your call. Don't come back to me in a fortnight with the same gap. # speaker: zhaolin # mood: thinking
+ [Ask him to get HQ to put Meridian first: it is the region's biggest account # score: R-1 O-1 # feedback: An escalation with no options hands the problem upward: your boss must rebuild the facts, and "first" is a blank cheque drawn on another region. # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    Meridian is the region's biggest account. Put us first. # speaker: wudi # mood: concerned
    First for what, exactly? And what does the Gulf lose? # speaker: zhaolin # mood: annoyed
    He says he will think about it. The bid goes in with a caveat.
- -> d9_mechanism

=== d9_mechanism ===
// From here on only the total counts: fold goodwill and credibility into fit.
~ peers_on_board = chen_goodwill >= 1 and marco_goodwill >= 1
~ fit = chen_goodwill + marco_goodwill + credibility
~ chen_goodwill = 0
~ marco_goodwill = 0
~ credibility = 0
Wednesday evening. The bid is in. Kwame and Lin Xiao are on the call. # scene: tianyu_office # music: office
Brazil starts the same trial in May, on the same release. # speaker: kwame # mood: thinking
And next time the Gulf will be first in the queue. # speaker: linxiao # mood: concerned
{ hoarded:
    After Sunday, I doubt HQ lends us anyone at all. # speaker: linxiao # mood: concerned
}
We can't run every rescue on favours. # speaker: kwame # mood: thinking # facilitator: A rescue can become a standing arrangement, or a capability inside the team. Ask: should Wu Di spend the next months negotiating a company-wide arrangement, or grow his own scheduler engineers? Who gains from each, and who still scrambles? Watch for a private pair of experts: it is hoarding with a budget line.
+ [Propose that product line and delivery name experts each quarter for all global accounts, with account results in the experts' goals # score: R+2 S+1 # feedback: A standing sharing arrangement across accounts turns one rescue into company capability, and counting account results in the experts' goals makes it worth the owners' while. It costs months of negotiation, and Meridian will sometimes wait its turn. # cap: org_development]
    ~ expert_pool = 1
    Named experts, planned each quarter with product line and delivery. # speaker: wudi # mood: neutral
    Their goals count account results. Clashes go to one monthly call. # speaker: wudi # mood: neutral
    { peers_on_board:
        ~ expert_pool = 2
        Chen Yu and Marco both sign as sponsors before midnight.
    - else:
        Chen Yu and Marco reply politely. They will review it.
    }
+ [Fund scheduler training for three of Kwame's and Lin Xiao's engineers, so the account has its own # score: T+2 # feedback: Growing your own experts builds a real bench and a career path for local engineers. But it serves one account: the company still shares its scarce experts by phone call, and the next clash between regions starts from zero. # cap: org_development]
    ~ own_experts = true
    Kwame picks three names before you finish the sentence.
    Sun Mei approves the budget. The product line is not asked.
+ [Write up the lessons and thank everyone: next time, use the playbook # score: R+1 # feedback: Capturing lessons and thanking people is good practice, but a playbook still runs on favours. The next rescue starts with the same phone calls. # cap: org_development]
    Eleven pages of lessons learned, and a thank-you to everyone.
    Kwame files it. Nobody will read it until Brazil breaks.
+ [Ask HQ for two experts dedicated to Meridian, so that the account never has to wait in a queue again # score: R-1 O-1 # feedback: A private pair looks like a lasting fix, but it is idle cost on your account and experts locked away from other regions. Shared arrangements beat private ones. # cap: business_acumen]
    You write to HQ for two dedicated experts.
    HQ says no. The product line hears that you asked.
- -> d10_tender

=== d10_tender ===
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
When it breaks in three markets at once, who shows up? # speaker: daniel # mood: thinking # facilitator: A buyer contracts what he can hold a supplier to. Ask: which answer would Daniel write into a four-market framework, and which answer is simply the most honest? Where they differ, who in the room argues for each? Watch for the war story, and for promising people Wu Di does not own.
+ [Tell him how Germany was fixed: the nights, the people, the flights # score: R-1 BE-1 # feedback: A war story reassures for a day, then tells the buyer that Tianyu runs on favours. A buyer signing for four markets, then ten, wants something he can contract. # cap: customer_partnering]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    Two continents, no sleep, one fix. # speaker: wudi # mood: pleased
    Impressive. I can't put a story in a contract. # speaker: daniel # mood: neutral
    Eleanor glances at Daniel and says nothing.
+ {expert_pool >= 1} [Show him the quarterly roster: named experts, four hours' response, one rule for clashes # score: R+2 BE+1 S+1 # feedback: An arrangement the whole company runs is an answer a buyer can contract, at group level: four markets, then ten. It only holds if HQ keeps funding it, and Daniel will audit it. # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Named experts for Meridian. Four hours' response on critical faults. # speaker: wudi # mood: neutral
    And one rule when another region wants them at the same time. # speaker: wudi # mood: neutral
    { expert_pool >= 2:
        The first answer that doesn't depend on you personally. # speaker: daniel # mood: surprised
    - else:
        Your product line hasn't signed it yet. Bring me their signatures. # speaker: daniel # mood: thinking
    }
+ [Commit the people who are confirmed, and name what is still being agreed # score: BE+2 R+1 # feedback: A buyer can trust a commitment that names only confirmed people, and saying what is open manages his expectations. But it is one team's word, not an arrangement, and Daniel has to wait for the rest. # cap: customer_partnering]
    Germany's team is named and confirmed. The rest is being agreed. # speaker: wudi # mood: neutral
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Honest. Tell me when it's agreed. Before we sign. # speaker: daniel # mood: thinking
    Eleanor nods.
+ {ltc >= 2} [Walk him through the rollout plan: boards reserved, engineers booked, cash flow costed # score: O+2 BE+1 # feedback: Delivery, supply and finance in the bid from the start give the buyer a plan, not a promise. It answers the July rollout, less so the day three markets break at once. # cap: business_value]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    Boards reserved against the forecast. Engineers booked from July. # speaker: wudi # mood: neutral
    You've planned the delivery before you've won. Unusual. # speaker: daniel # mood: pleased
+ [Pledge a resident expert in every one of the four markets for two years, at no extra charge # score: BE+1 O-2 R-1 # feedback: It sounds like partnership, but promising people you do not own, at no charge, wins the room and creates a cost and a conflict nobody has agreed to. This is over-commitment written into a contract. # cap: business_acumen]
    ~ pledge = true
    A resident expert in every market. Two years. No extra cost. # speaker: wudi # mood: pleased
    Generous. Put it in the contract. # speaker: daniel # mood: neutral
    Sun Mei, beside you, stops writing.
- -> finale

=== finale ===
// fit already holds Chen Yu's and Marco's goodwill and Zhao Lin's view of your credibility.
~ fit = fit + eleanor_trust + expert_pool + ltc
{ own_experts:
    ~ fit += 1
}
// Strong is out of reach after the traps the story shows costing the account:
// experts kept from another region, an untested patch loaded to save a promised date,
// and free resident experts nobody owns.
{
- fit >= 10 and not hoarded and not overcommit and not pledge:
    -> ending_strong
- fit <= 2 or (hoarded and (overcommit or pledge)):
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
Three months later. Meridian Group headquarters, London. # scene: meridian_boardroom # music: boardroom
Meridian names Tianyu its network-sharing partner in four markets.
Germany is the reference site. Its video wall has stayed green.
We chose a company, Wu Di. Not one man with a good phone book. # speaker: eleanor # mood: pleased
{
- expert_pool >= 2:
    The expert roster serves three global accounts. Chen Yu and Marco chair it.
- expert_pool == 1:
    The expert roster is running. Chen Yu still needs convincing each quarter.
- else:
    There is no company roster yet. Each rescue is still negotiated call by call.
}
{ own_experts:
    Lin Xiao leads the sharing team. Brazil's trial needs no rescue.
- else:
    Brazil wobbles in May. It takes two days and four phone calls to find an expert.
}
The Gulf launched on time. Its KAM now invites you to its reviews.
Zhao Lin asks you to brief the other global accounts on how Germany was staffed.
The reinforcements came. Next time, fewer calls will be needed. # ending: strong
-> END

=== ending_mixed ===
End of the quarter. Sun Mei's office in London, seven in the evening. # scene: finance_room # music: office
Sun Mei turns her screen to you. Meridian split the framework: two markets to Tianyu, two to Nordvik.
{
- ltc == 0:
    Nobody ordered boards before the award. Rollout will start six weeks late, with penalties.
- ltc == 1:
    Boards were ordered after the award. Rollout will start three weeks late.
- else:
    The boards are ready. Both markets start rollout on time in July.
}
{ pledge:
    The free resident experts are in the contract. Nobody has funded them. # speaker: sunmei # mood: concerned
}
{ overcommit:
    Meridian Germany still tells the story of the patch that failed on the day you promised.
}
{ hoarded:
    The Gulf launch slipped. HQ now asks the Gulf before lending anyone.
}
{
- expert_pool >= 1:
    The expert roster exists. For this bid, it came a few weeks too late.
- else:
    In May, when Brazil's trial faltered, the scramble for experts started from zero.
}
{ own_experts:
    Lin Xiao and two of Kwame's engineers now know the scheduler. They are exhausted, and staying.
- else:
    Kwame and Lin Xiao are exhausted. Still nobody on the account knows the scheduler.
}
Zhao Lin keeps you on Meridian, and asks Marco to sit in on your resourcing reviews.
Sun Mei closes the file. Two markets won, two lost, and a rescue that cost more than it should. # ending: mixed
-> END

=== ending_poor ===
May. Two in the morning, Meridian Brazil's operations centre in São Paulo. # scene: network_ops # music: night # sfx: alarm
Brazil's trial runs the same release. Sixty sites reset under peak load.
Nordvik won Meridian's framework in April. Brazil is the last trial Tianyu has left.
{ hoarded:
    You call Chen Yu. His deputy answers: the Gulf has priority until year end.
- else:
    You call Chen Yu's office. The request goes into the queue, like any other.
}
{ pledge:
    Meridian's lawyers are still asking about the resident experts you promised.
}
{ overcommit:
    Germany's head of operations still cites the untested patch you loaded to keep a date.
}
Marco's engineers are on billable work, and they won't be lent again.
Kwame is back in South Africa. Nobody has replaced him.
Zhao Lin has put Marco in charge of Meridian's delivery. You report to him on it.
Your contact list is long. Every name on it belongs to someone else. # ending: poor
-> END
