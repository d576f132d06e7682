# title: The belated promotion
# role: T
# order: 2
# stage: growth
# summary: Priya Nair, the team's best local talent, gets her promotion two years late, with a Nordvik offer in hand. Wu Di has four weeks to show her and his team that things will change.
# goal: Shape the team to mirror the customer: a group team plus an iron triangle in each opco, co-managed, simple and efficient.
# goal: Grow local talent and keep a visible succession bench; delegate HR and pricing authority at clear levels.
# goal: Motivate through recognition, growth, fairness and timing, not money alone.
# goal: Hold specific performance conversations: praise the work precisely, and criticise behaviour, never the person.
# carry: india_side_deal = India's ninety million was sold outside the group framework
# carry: priya_stayed = Priya Nair stayed with the team
# carry: bench = A visible succession bench, with local names
# carry: priya_signed = Priya's own package was signed: an Asia seat at the group table, pricing authority, pay at market

VAR priya_trust = 0
VAR team = 0
VAR hq_backing = 0
VAR account = 0
VAR money_only = false
VAR promised = false
VAR bench = false
VAR priya_signed = false
VAR fit = 0
// From earlier in the account's year (# carry:); the defaults are the scenario played alone.
VAR india_side_deal = false
// For later scenarios: set by the endings (priya_signed and bench are set in play).
VAR priya_stayed = true

-> opening

=== opening ===
London, the account office. Monday, twenty to seven. # scene: tianyu_office # music: office
An email from HQ HR. Subject: APPROVED. # sfx: notify
Priya Nair, Meridian India. Promotion to senior account manager.
The third proposal. The first went in two years ago, before your time.
Zhao Lin has added one line: tell her yourself, in person.
A second message, from Priya herself. # sfx: notify
Can we meet this week? In person, please. # speaker: priya # mood: neutral
You book a flight to Mumbai. First, the weekly team call.
-> d1_call

=== d1_call ===
Seven o'clock: the Meridian team call. # scene: video_call # music: office
Four in the morning in São Paulo. Half past twelve in Mumbai.
Zhang Hao presents the UK renewal. Lin Xiao, the Germany trial.
Forty minutes later, Priya gets four minutes for India.
Kwame's South Africa update moves to next week. Again.
A line appears in the chat, from Jakarta: same as every week.
After the call, Kwame rings you on his own.
Can I be straight with you? # speaker: kwame # mood: concerned
People say this call is for the expatriates. The rest of us listen. # speaker: kwame # mood: concerned
And the side-chat in Chinese during the call doesn't help. # speaker: kwame # mood: thinking
The UK renewal closes this month. Eleanor's team will want answers fast. # facilitator: Communication mechanisms for a cross-cultural team. Two options can be defended: rebuild the weekly call around every opco, or keep it tight for the group deals and give the opcos a forum of their own. Ask: who in the room argues for each, and what does each cost in a renewal month? Watch for: a one-off listening gesture taken for a mechanism.
+ [Keep this call for the group deals, and add a monthly hour that the opco teams run # score: S+2 # feedback: It protects the renewal and gives the opcos a floor of their own, but it writes the two tiers into the calendar: the group table stays expatriate. Good account focus, and the grumbling about who is heard survives it. # cap: strategic_thinking]
    ~ account = MIN(account + 1, 2)
    The weekly call: group deals only, thirty minutes. # speaker: wudi # mood: neutral
    Once a month, an opco hour. Each country runs it in turn. # speaker: wudi # mood: neutral
    So we get our own meeting. # speaker: kwame # mood: neutral
    He doesn't say: and you keep yours. He doesn't need to.
+ [Thank Kwame, and ask him to find out quietly how the local staff feel # score: T+1 # feedback: Listening is a start, but it makes Kwame the messenger and changes nothing on its own. Grumbling stops when the way the team talks changes, not after a private conversation. # cap: cross_cultural]
    ~ team = MIN(team + 1, 4)
    Thank you. Could you find out how the others feel? # speaker: wudi # mood: thinking
    I can. I think you know already. # speaker: kwame # mood: neutral
    His note arrives on Friday. It says what he told you, with examples.
+ [Rotate the hour, let each opco triangle open in turn, and keep shared channels in English # score: T+3 # feedback: A communication mechanism for a cross-cultural team: the time-zone pain is shared, every triangle gets the floor and nobody is shut out by language. The cost is real: less airtime for the renewal this month, and Chinese-speaking HQ colleagues must follow in English. # cap: cross_cultural]
    ~ team = MIN(team + 2, 4)
    From next week the hour rotates. Everyone gets the bad slot in turn. # speaker: wudi # mood: thinking
    Each opco triangle opens in turn. Written updates the day before. # speaker: wudi # mood: neutral
    And English on shared channels. Side-chats go to side channels. # speaker: wudi # mood: neutral
    You'll hear more from us than you expect. # speaker: kwame # mood: pleased
    Zhang Hao reads the new rules twice. The renewal gets twelve minutes next week.
+ [Cut the call to the five biggest deals, and send the rest round by email # score: S+1 T-1 # feedback: Focus on the biggest deals is sound account strategy, but all five belong to expatriates. A call that only hears the big numbers slides into a team run for the expatriates. # cap: org_development]
    ~ team = MAX(team - 1, 0)
    Thirty minutes, five deals. The rest goes by email. # speaker: wudi # mood: neutral
    All five are Zhang Hao's or Lin Xiao's. India comes sixth.
    Fair enough. # speaker: kwame # mood: neutral
    The call gets shorter. Kwame's camera stays off from then on.
- -> d2_cafe

=== d2_cafe ===
Wednesday, Mumbai. A café across the road from Meridian India. # scene: cafe # music: office
Priya is early. She usually is.
You tell her: the promotion is approved. She nods, slowly.
Thank you. I mean that. # speaker: priya # mood: neutral
Two years ago it would have meant everything. # speaker: priya # mood: thinking
Lars Nordin called me last month. Himself. # speaker: priya # mood: neutral
Nordvik has offered me their India account lead. # speaker: priya # mood: neutral
I asked him for four weeks, to see if anything changes here. # speaker: priya # mood: thinking
Not promises, Wu Di. Changes. # speaker: priya # mood: concerned # facilitator: Motivation starts with listening. Ask what Priya has lost in two years, and what a good first reply sounds like. Ask: is a visible gesture today worth more than an hour of listening, and who in the room would make it? Watch for three reflexes: the blame reflex, the promise reflex, and answering before hearing her.
+ [Explain that HQ sat on the first two, and that you pushed this one through # score: T-1 R-1 # feedback: Blaming headquarters: it may be true, but to her you are the company now, and if HQ stalled her twice, why not again? It also costs goodwill with HQ HR, whose help you need this month. # cap: collaborative_influence]
    ~ hq_backing = MAX(hq_backing - 1, -1)
    ~ priya_trust = MAX(priya_trust - 1, -1)
    Every proposal goes through Shenzhen. HQ sat on the first two. # speaker: wudi # mood: concerned
    I pushed this one through myself. # speaker: wudi # mood: neutral
    So it depends on who sits in your chair. # speaker: priya # mood: concerned
    What happens when you move on? # speaker: priya # mood: concerned
+ [Say the two years are on the company; ask what made her listen to Lars # score: T+3 # feedback: Owning the failure and listening first: motivation starts from what the person needs (growth, recognition, fairness, timing). It gives her nothing to take home tonight, and it is the only way to learn what would keep her. # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 2, 5)
    Two years was too long. That's on the company, and on me now. # speaker: wudi # mood: concerned
    What made you listen to Lars? # speaker: wudi # mood: thinking
    She talks for half an hour. You mostly listen.
    Zhang Hao got the London role. I was told to wait. # speaker: priya # mood: neutral
    Three weeks and four emails to give Arjun two percent. # speaker: priya # mood: annoyed
    Eleanor's team has never heard my name. Arjun calls me first. # speaker: priya # mood: thinking
    Lars offered me a seat at his group table. That's what hurts. # speaker: priya # mood: concerned
+ [Tell her Zhang Hao's London group role is hers when he rotates out next year; you will square it with HQ # score: T-2 R-1 # feedback: A promise HQ has not approved: it buys a week and spends the trust you need, and it hands out Zhang Hao's role before anyone has told him he is moving. # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust = MIN(priya_trust + 1, 5)
    Zhang Hao rotates out next year. Stay, and his London role is yours. I'll make it happen. # speaker: wudi # mood: pleased
    Is that approved? # speaker: priya # mood: surprised
    It will be. # speaker: wudi # mood: neutral
    She writes it down in her notebook, with the date.
+ [Invite her to present India's results to Eleanor at next month's group review # score: T+1 BE+1 # feedback: Visible recognition, at once, in front of the customer's top table. But it answers before hearing her, so it may treat the symptom she named least. # cap: customer_partnering]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    Next month's group review in London. I'd like you to present India. # speaker: wudi # mood: pleased
    To Eleanor? # speaker: priya # mood: surprised
    That's a start. It's not what I came to tell you. # speaker: priya # mood: thinking
- -> d3_boss

=== d3_boss ===
That evening, a video call with Zhao Lin. # scene: video_call # music: tension
{ promised:
    HQ HR just called me. You promised Priya the London role? # speaker: zhaolin # mood: annoyed
    That's Zhang Hao's seat. Nobody has approved anything. # speaker: zhaolin # mood: annoyed
}
{ hq_backing < 0:
    Priya asked HQ HR why they sat on her file. She quoted you. # speaker: zhaolin # mood: annoyed
    I'll need them this month. So will you. # speaker: zhaolin # mood: concerned
}
So. The promotion is through, and she may leave anyway. # speaker: zhaolin # mood: concerned
And she's not the only one. Every local proposal takes nine months at HQ. # speaker: zhaolin # mood: thinking
I can push one thing hard this month. What is it? # speaker: zhaolin # mood: thinking # facilitator: Motivation made concrete, and the boss's single push. Ask: do you spend it on Priya, or on the queue that delayed her and will delay the next local? Who in the room argues for the system over the person, and what does each choice cost? Watch for: money as the whole answer, and local talent treated as replaceable.
+ [A retention bonus fifteen percent above Nordvik, signed this week # score: T-1 O-1 # feedback: Money-only counter-offers rarely hold: people who stay for money leave for money. It also makes pay less fair for the rest of the local team. # cap: business_acumen]
    ~ money_only = true
    ~ hq_backing = MIN(hq_backing + 1, 2)
    I can get you money. # speaker: zhaolin # mood: thinking
    Money is the one thing Nordvik has more of. # speaker: zhaolin # mood: concerned
+ {priya_trust >= 2 and not promised} [Her own list: an Asia seat at the group table, pricing authority, pay at market # score: T+3 R+1 # feedback: A package built from what she said she needs: growth, recognition, authority, fairness. Precise asks are easy for a boss to back, but the push goes to one person while the queue that delayed her stays. # cap: collaborative_influence]
    ~ hq_backing = MIN(hq_backing + 2, 2)
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ priya_signed = true
    The group seat is yours to create, in your own team structure. # speaker: zhaolin # mood: neutral
    Authority: bring me levels and limits, not a blank cheque. # speaker: zhaolin # mood: neutral
    Her pay is below market, too. I'll sign a correction tonight. # speaker: zhaolin # mood: thinking
+ {priya_trust < 2 and not promised} [The usual package: the promotion, a pay correction, a development plan # score: T+2 # feedback: A sound package of recognition, fairness and growth, but it is built without asking her what matters most, so it may miss the one thing that would keep her. # cap: org_development]
    ~ hq_backing = MIN(hq_backing + 1, 2)
    Reasonable. I'll sign the pay part tonight. # speaker: zhaolin # mood: neutral
    Is that what she asked for? # speaker: zhaolin # mood: thinking
+ {promised} [Withdraw the London promise tonight, then ask for a package you can defend # score: T+3 R+1 # feedback: Repairing an over-commitment fast: withdrawing a promise HQ has not approved, before she builds on it, costs face and saves trust. It also gives your boss a plan he can back. # cap: strategic_risk]
    ~ promised = false
    ~ priya_trust = MAX(priya_trust - 1, -1)
    ~ hq_backing = MIN(hq_backing + 1, 2)
    You're right. I'll call her tonight and take it back. # speaker: wudi # mood: concerned
    Then bring me a package I can defend at HQ. # speaker: zhaolin # mood: thinking
    At ten you call Priya. The line is quiet for a long moment.
    Better tonight than in March. Thank you for telling me. # speaker: priya # mood: thinking
+ [A fast lane at HQ: every local promotion on Meridian decided within one month, not nine # score: R+2 T+1 # feedback: Fixes the queue that delayed Priya and would delay the next local, using the boss's influence where it counts. The cost: nothing in it is for her this month, and she asked for changes, not a process. # cap: collaborative_influence]
    ~ hq_backing = MIN(hq_backing + 2, 2)
    ~ team = MIN(team + 1, 4)
    One month, not nine. I'll take it to HQ HR myself. # speaker: zhaolin # mood: thinking
    It won't change her offer letter. You know that. # speaker: zhaolin # mood: concerned
+ [Nothing more for her yet; line up Zhang Hao to cover India in case she goes # score: T-2 O+1 BE-1 # feedback: Contingency cover is prudent, but planning an expatriate into her seat before she has decided tells every local where the ceiling is. India's plan and Arjun's trust rest on her. # cap: cross_cultural]
    ~ team = MAX(team - 1, 0)
    Can he? Arjun doesn't return his calls. # speaker: zhaolin # mood: annoyed
    Think again before she decides. # speaker: zhaolin # mood: concerned
- -> d4_review

=== d4_review ===
Thursday, Meridian India. Her year-end review, booked weeks ago. # scene: opco_office # music: office
Her goals for the year are on the form: India revenue, Pune, Chennai.
{ priya_trust > 0:
    She has brought her own notes: goals met, goals missed, asks.
- else:
    She has brought a pen, and very little else.
}
On the way in, Arjun's assistant stops you. Castellan quoted on Pune yesterday.
Arjun would like a Tianyu answer by Monday.
Let's start with the year. How did I do? # speaker: priya # mood: neutral # facilitator: The performance conversation: goal, process, feedback, against a live deal. Ask: with Castellan's quote on Arjun's desk, is the hour better spent on her year or on Pune? Who argues for each, and what does each cost her and the account? Watch for: generic praise, and a review that never happens.
+ [Tell her she is the best account manager on the team, and that everyone knows it # score: T+0 # feedback: Sincere, but vague: praise she cannot repeat to a committee gives her nothing to use. Positive feedback works when it names what she did and what it changed. # cap: org_development]
    You're the best on the team. Everybody knows it. # speaker: wudi # mood: pleased
    Everybody except the promotion committee. # speaker: priya # mood: thinking
+ [Take Pune: what she set out to do, what she did, and what it changed # score: T+3 # feedback: Specific positive feedback, anchored in her goal: what she did, the judgement it shows, its effect on the customer. The cost: an hour Castellan's quote did not get. # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    Your goal was the Pune renewal. You did more than renew it. # speaker: wudi # mood: thinking
    You put Arjun's planners and our delivery team in one room. # speaker: wudi # mood: thinking
    Before the contract, not after. That's judgement. # speaker: wudi # mood: neutral
    It saved six weeks. Arjun now calls you before he calls London. # speaker: wudi # mood: pleased
    She sits back. Nobody has said it to her like that.
    The Castellan answer waits until Friday night.
+ [Put the form aside and spend the hour with her on an answer to Castellan # score: BE+2 O+1 T-1 # feedback: Delivering this quarter: with her knowledge, Arjun gets a real answer to Castellan in one afternoon. The cost is the review she has waited two years for, pushed back again. # cap: business_value]
    ~ account = MIN(account + 2, 2)
    ~ priya_trust = MAX(priya_trust - 1, -1)
    Let's do the form next week. Castellan won't wait. # speaker: wudi # mood: neutral
    Of course. The form can wait. It always has. # speaker: priya # mood: annoyed
    By six you have an answer Arjun can take to his board. She wrote most of it.
+ [Go through the form goal by goal, score each one, and ask for her comments at the end # score: T+1 # feedback: Fair and thorough, and it follows the form. But feedback saved for the end of a checklist is heard as a verdict, not a conversation about growth. # cap: org_development]
    Revenue, met. Pune, exceeded. Chennai, partly met. # speaker: wudi # mood: neutral
    Any comments? # speaker: wudi # mood: neutral
    Only that Chennai had a story. Nobody asked for it. # speaker: priya # mood: thinking
- -> d5_gap

=== d5_gap ===
Then she asks the question you hoped to avoid.
The committee deferred me twice. What did they actually say? # speaker: priya # mood: concerned
Their note is in your folder. Two lines.
Holds back bad news. Needs group perspective.
{ india_side_deal:
    Since the ninety million went around the framework, Daniel's office treats every India request as the next side deal.
    Priya said nothing on that call, but she set it up, and the quote went out under her name.
}
You know the story behind it. Last May, a delivery slip in Chennai.
London heard about it three weeks late, and from Arjun.
She has three weeks left to decide. # facilitator: Negative feedback: the behaviour, not the person; its consequence; an agreed next step. Ask: three weeks before her decision, is this the moment for May, or for giving London a chance to see her work? Who argues for each, and what does each cost? Watch for: the committee's label repeated, and the committee blamed.
+ [Read her the committee's note word for word, and ask what she makes of it # score: T-1 # feedback: A label about the person, not a description of what she did: "needs group perspective" gives her nothing to change and sounds like a verdict. # cap: org_development]
    ~ priya_trust = MAX(priya_trust - 1, -1)
    They said you need more group perspective. # speaker: wudi # mood: neutral
    Group perspective. I've carried India for three years. # speaker: priya # mood: annoyed
+ [Put her on London's monthly operations call so the group sees her work first-hand; leave May for later # score: BE+2 T+1 # feedback: Exposure to the group answers "group perspective" in practice, and London will know her name. But she never hears what happened in May, so the same silence can happen on the group call. # cap: customer_partnering]
    ~ account = MIN(account + 1, 2)
    From next month, you're on London's operations call. Every month. # speaker: wudi # mood: neutral
    Eleanor's people will see the India numbers from you, not from Arjun. # speaker: wudi # mood: neutral
    Good. And May? # speaker: priya # mood: thinking
    You let the question pass.
+ [Tell her the note is unfair: the committee does not know her work # score: T-1 R-1 # feedback: Comforting, and a quiet way of blaming headquarters. She loses the one piece of feedback that explains the delay, and you undercut the process you need to change. # cap: collaborative_influence]
    ~ hq_backing = MAX(hq_backing - 1, -1)
    The committee doesn't know your work. Ignore the note. # speaker: wudi # mood: neutral
    Then who decides my next promotion? The same committee? # speaker: priya # mood: concerned
+ [Walk her through last May: the Chennai slip, what London saw, what she does next time # score: T+3 BE+1 # feedback: Negative feedback about what happened, not who she is: its effect on the group, and a next step she sets herself. A hard conversation in a fragile month: it can push her out of the door as easily as keep her. # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ account = MIN(account + 1, 2)
    Last May, the Chennai slip reached London three weeks late. # speaker: wudi # mood: neutral
    Eleanor's team heard it from Arjun first. They still bring it up. # speaker: wudi # mood: concerned
    Next time, tell London the same day, with your recovery plan. # speaker: wudi # mood: thinking
    I held it back to fix it first. # speaker: priya # mood: thinking
    She is quiet for a long time. Then she writes one line in her notebook.
    Same day, with the plan. Put it in next year's goals. My words. # speaker: priya # mood: neutral
- -> d6_zhanghao

=== d6_zhanghao ===
London, Monday. Zhang Hao catches you by the lifts. # scene: corridor # music: tension
{ promised:
    Arjun's office says Priya is taking my London role. # speaker: zhanghao # mood: annoyed
    Were you going to tell me? # speaker: zhanghao # mood: annoyed
- else:
    I hear India is getting more independence. # speaker: zhanghao # mood: annoyed
}
I built the Arjun relationship before Priya even joined. # speaker: zhanghao # mood: concerned
You also know what he did last week.
He called Arjun directly and promised a delivery date.
No Priya. No delivery team.
Arjun asked Priya which date was real.
And the UK renewal, Zhang Hao's deal, goes to Daniel Fischer on Thursday. # facilitator: A second feedback conversation, this time with an expatriate, three days before his renewal. Ask: now, or after Thursday? Who in the room protects the renewal, and who protects the rules? What does each cost? Watch for: feedback aimed at the person, and fairness that only applies to local staff.
+ [Tell him plainly that he is being territorial about India, and that it is time to let it go # score: T-1 # feedback: Negative feedback aimed at the person: "territorial" is a judgement, so he defends himself instead of changing what he does. # cap: org_development]
    ~ team = MAX(team - 1, 0)
    You're being territorial. Let India go. # speaker: wudi # mood: annoyed
    Territorial. Right. # speaker: zhanghao # mood: annoyed
    He lets India go. He also stops answering Priya's emails quickly.
+ [Have Priya give Arjun the real date today; talk to Zhang Hao after Thursday's renewal # score: O+2 BE+1 # feedback: The renewal and the customer come first this week, and Arjun gets one date. The cost: after Thursday the talk keeps slipping, and the team watches an expatriate bend the rules without a word said. # cap: business_value]
    ~ account = MIN(account + 1, 2)
    Priya calls Arjun within the hour. One date, with delivery's name on it.
    Zhang Hao signs the UK renewal on Thursday. He never hears about Mumbai.
    In Jakarta, someone asks in the chat whether the rules apply to London.
+ [Tell him what his call to Arjun did, what India needs from him, and his next step # score: T+3 BE+1 # feedback: What he did, what it caused, and a next step, with growth for him too: fairness means the same rules for local and expatriate staff. It lands three days before his renewal, and he may carry it into the room. # cap: cross_cultural]
    ~ team = MIN(team + 1, 4)
    ~ account = MIN(account + 1, 2)
    Last week you gave Arjun a date without Priya or delivery. # speaker: wudi # mood: neutral
    He got two dates. Now he trusts neither. # speaker: wudi # mood: concerned
    India is Priya's. And you and I need to talk about your next step. # speaker: wudi # mood: thinking
    He is quiet for a while.
    I'll call Arjun and put Priya's date back. # speaker: zhanghao # mood: neutral
    Then let's talk about where I go next. After Thursday. # speaker: zhanghao # mood: neutral
    On Thursday he is stiff with Daniel's buyers for the first hour. The renewal signs all the same.
- -> d7_structure

=== d7_structure ===
The account office, Tuesday. Lin Xiao has pinned up two charts. # scene: tianyu_office # music: office
On the left, Meridian since January: group functions in London,
and opco CTOs with a dotted line to Eleanor.
On the right, your team: forty-one names.
Most lines run to Zhang Hao or Lin Xiao.
On paper, local staff belong to the country offices.
Nobody is sure who signs what.
Meridian changed shape in January. We didn't. # speaker: linxiao # mood: thinking
But the Germany trial ends in six weeks. Redraw now, and I lose half my people mid-trial. # speaker: linxiao # mood: concerned # facilitator: Organising the account: match the customer's structure and decision making, share management with the country offices, keep it simple. Ask: redraw now, with Priya deciding in three weeks, or after the trial and the renewal? Who argues for each, and what does each cost? Watch for: simplicity that puts every local under an expatriate.
+ [Fewer reporting lines: every opco under Zhang Hao or Lin Xiao # score: T-1 O+1 # feedback: Simple on paper, but it does not follow the customer and puts every local lead under an expatriate: the ceiling Priya hit, drawn into the chart. # cap: org_development]
    ~ team = MAX(team - 1, 0)
    Two lines. Easy to manage. # speaker: wudi # mood: neutral
    Priya's name now sits one box below Zhang Hao's. Again. # speaker: linxiao # mood: concerned
+ [Redraw it now like Meridian: a group team in London, a triangle per opco, each run with its country office # score: T+3 S+1 # feedback: An account team that follows the customer's organisation and decision making, managed jointly with the country offices, and simple. The cost: a reorganisation in the middle of a trial and a renewal. # cap: org_development]
    ~ team = MIN(team + 1, 4)
    A group team that faces Eleanor and Daniel. A triangle for each opco. # speaker: wudi # mood: thinking
    Each triangle run with its country office. Nothing else. # speaker: wudi # mood: neutral
    { priya_signed:
        Priya leads the India triangle, and sits on the group team for Asia.
    - else:
        Priya leads the India triangle. The group team is still all London.
    }
    Simple enough to draw on one page. I'll find the trial people somewhere. # speaker: linxiao # mood: thinking
+ [Draw the same design, but launch it in January with the country offices, once the Germany trial and the UK renewal are done # score: O+2 S+1 # feedback: It protects two live deals and designs the change properly with the country offices. The cost: nothing visible changes before Priya decides, and the team reads the delay as the old pattern. # cap: strategic_thinking]
    ~ account = MIN(account + 1, 2)
    January. With the country offices, properly. # speaker: wudi # mood: neutral
    The trial keeps its people. Lin Xiao takes the chart down, carefully.
    In Mumbai, Priya hears that the new structure is coming. In January.
+ [Have every opco lead report straight to you, and take them out of the country offices # score: T-1 R-1 # feedback: It gives local leads visibility, but the country offices that hire, pay and back them step away, and twenty-odd lines into one KAM is neither simple nor efficient. # cap: org_development]
    Every opco lead reports to me. The country offices step back. # speaker: wudi # mood: neutral
    Lin Xiao redraws the chart: twenty lines, all into your box.
    By Friday, two country managers ask who approves their people's leave.
- -> d8_authority

=== d8_authority ===
Sun Mei waves you over to the finance corner. # scene: finance_room # music: office
Priya's request: two percent for Arjun on the Pune expansion. # speaker: sunmei # mood: neutral
It went to HQ a month ago. It's still in the queue. # speaker: sunmei # mood: concerned
Arjun has Castellan's quote on his desk. He wants our price this week. # speaker: sunmei # mood: concerned
And she can't give her best engineer a spot award without Shenzhen. # speaker: sunmei # mood: thinking
{ priya_signed:
    Zhao Lin asked you for levels and limits. Here is the case for them.
}
Who should decide what? # speaker: sunmei # mood: thinking # facilitator: Delegated HR and pricing authority, with levels, limits and a review. Ask: a rule that takes a week to sign, or a decision today that keeps Pune? Who argues for each, and what does each cost? Watch for: the blank cheque, and keeping everything central.
+ [Tell Priya to decide what she needs, and you will sign afterwards # score: T+1 O-2 # feedback: Trust without control is not delegation. With no levels or review, a blank cheque puts margin and compliance at risk, and leaves her exposed when something goes wrong. # cap: business_acumen]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ account = MAX(account - 1, -1)
    Tell Priya to decide. I'll sign afterwards. # speaker: wudi # mood: pleased
    She closes Pune the same day, at four percent. # speaker: sunmei # mood: concerned
    Nobody asked her to stop at two. # speaker: sunmei # mood: concerned
+ [Approve the two percent yourself today, and work out the rules with finance after the quarter # score: BE+2 O+1 # feedback: Pune is saved this week, at the price Priya asked for. But the queue has only moved to your desk: she still cannot sign a spot award, and the next request waits for you. # cap: business_value]
    ~ account = MIN(account + 1, 2)
    Two percent. I'll sign it now. # speaker: wudi # mood: neutral
    Arjun has his answer by lunch. Castellan's quote goes back in the drawer.
    Priya's next request arrives on Friday. It comes to you.
+ [Keep approvals central until the new team has settled in, and ask HQ to speed up its queue # score: T-1 O+1 BE-1 # feedback: Control without delegation: safe for margin today, but it keeps the wait that is pushing your best people, and the customer, toward competitors. # cap: org_development]
    ~ priya_trust = MAX(priya_trust - 1, -1)
    ~ account = MAX(account - 1, -1)
    Let's keep approvals central for now. # speaker: wudi # mood: neutral
    Then Pune waits. Castellan won't. # speaker: sunmei # mood: concerned
+ [Write one page: who decides price and HR awards, at which level, reviewed every month # score: T+3 O+1 # feedback: Delegated authority with clear levels: the opco team decides inside its band, you above it, HQ only at the top, and a monthly review keeps control. It takes a week to sign, and Arjun waits that week with Castellan's quote. # cap: business_acumen]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ hq_backing = MIN(hq_backing + 1, 2)
    Opco triangle: up to three percent, and spot awards. # speaker: wudi # mood: thinking
    Me: up to six, and promotions up to senior level. # speaker: wudi # mood: neutral
    Region and HQ above that. We review every month. # speaker: wudi # mood: neutral
    One page. Finance can live with one page. # speaker: sunmei # mood: pleased
    Zhao Lin signs it a week later. Arjun waits, and says so.
    Priya closes Pune the next Friday, at two percent, inside her band.
- -> d9_values

=== d9_values ===
The quarterly team meeting, by video, all six time zones. # scene: video_call # music: office
HQ wants every account to hold a session on core values this quarter.
Twenty-two slides. Customer first, commitment, continuous improvement.
Last year we read it aloud. Half the cameras were off. # speaker: linxiao # mood: concerned
Arjun has offered to join, by the way. He says he has things to tell us. # speaker: linxiao # mood: thinking # facilitator: Core values made local. Ask: do the values come alive in the team's own stories, or in the customer's voice? Who argues for each, and what does each cost? Watch for: translating the deck and calling it culture.
+ [Ask each opco for one story of a value lived this year, and honour the best one in front of everyone # score: T+3 BE+1 # feedback: The same values, told in local stories by local people, with recognition in public: people believe what they have lived. The cost: it looks inward, and Arjun's offer goes unused. # cap: cross_cultural]
    ~ team = MIN(team + 1, 4)
    Johannesburg goes first. # speaker: kwame # mood: pleased
    Twelve hours of load-shedding. We kept Meridian's core up on diesel. # speaker: kwame # mood: pleased
    Nobody asked us to. It was their network. # speaker: kwame # mood: neutral
    Jakarta, São Paulo and Mumbai follow. No camera is off.
    Arjun gets a polite thank-you email. His offer waits for another quarter.
+ [Have the deck translated into four languages and presented properly # score: T-1 # feedback: Values translated are not values lived: a deck read out from headquarters confirms that culture belongs to the centre. # cap: cross_cultural]
    ~ team = MAX(team - 1, 0)
    The deck now exists in four languages.
    The cameras go off in four languages too.
+ [Fly the team leads to Shenzhen for a week of values sessions with the HQ trainers # score: T+1 O-1 # feedback: Good exposure for the leads, but most of them are expatriates and the cost is real. The values stay in Shenzhen; the local team hears about them second-hand. # cap: cross_cultural]
    Six leads fly to Shenzhen. Five of them were born in China.
    They come back inspired. The rest of the team hears about it.
+ [Give Arjun the first half hour: what customer first has looked like to Meridian, good and bad # score: BE+2 T+1 # feedback: The customer's own voice makes customer first concrete, and Arjun will remember being asked. The cost: with the customer in the room, people perform instead of telling their own stories. # cap: customer_partnering]
    ~ account = MIN(account + 1, 2)
    Arjun talks for twenty minutes. Chennai comes up, and so does Pune.
    You answered the phone at two in the morning. Nordvik never did. # speaker: arjun # mood: pleased
    The team listens. Afterwards, nobody has much to add.
- -> d10_offer

=== d10_offer ===
The last day of the month. The café in Mumbai again. # scene: cafe # music: tension
{ team >= 3:
    On the way in, you read the team chat.
    Jakarta and São Paulo are arguing. About a customer.
- else:
    { team >= 1:
        The team chat has been livelier. Not everyone is convinced.
    - else:
        The team chat is quiet.
        Two local engineers have set their profiles to open to work.
    }
}
Lars called this morning. He wants an answer tonight. # speaker: priya # mood: neutral
So. What has changed? # speaker: priya # mood: thinking # facilitator: The final conversation: motivation and its timing. Ask: what can you honestly put on the table tonight? If pages are signed for her, do you lay them out, or hand her the Chennai bid: growth that starts on Monday, with the customer who calls her first? Who argues for each, and what does each cost? Watch for: what HQ has not approved, and money as the closing argument.
+ {priya_signed} [Lay out what is signed: the role, the authority, the next step # score: T+3 BE+1 # feedback: An offer of what is approved, in writing and on time: growth, recognition, authority and fairness. The cost: tonight it is paper against Nordvik's paper, line by line, and nothing in it is hers to start on Monday. # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 2, 5)
    All of it is signed. None of it depends on me being in a good mood. # speaker: wudi # mood: neutral
    She reads every page.
+ [Offer her the Chennai bid from Monday: her plan, and her name on it when it goes to Eleanor's team # score: BE+2 T+1 # feedback: Growth she can start on Monday, with the customer who already calls her first, and the group learns her name from her own bid. The cost: tonight she hears what the account needs from her, not what has changed for her, and a bid is more work, not a seat. # cap: customer_partnering]
    ~ priya_trust = MIN(priya_trust + 2, 5)
    Arjun wants a Chennai proposal by March. I want it to be yours. # speaker: wudi # mood: neutral
    Your plan, and your name on it when it goes to Eleanor's team. # speaker: wudi # mood: thinking
    That's work. Lars offered me a seat. # speaker: priya # mood: thinking
    All the same, she asks when the Chennai data arrives.
+ [Say plainly what is approved, what is still pending, and by when # score: T+2 # feedback: Honest about the limits of your authority: clear commitments with dates build more trust than big promises. The cost: tonight she weighs dates against Nordvik's written offer. # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    Here's what is signed. Here's what isn't yet. # speaker: wudi # mood: neutral
    I'll know about the rest by March. If it fails, I'll tell you first. # speaker: wudi # mood: thinking
    She nods. You haven't oversold anything. She notices.
+ {money_only} [Put the retention bonus on the table, and ask her to sign today, before Lars calls back # score: T-1 O-1 # feedback: The money close: she may sign, but you are bidding against Nordvik on its strongest ground, and a deadline makes it a transaction. # cap: business_acumen]
    Fifteen percent above Nordvik. Sign today, and it's yours. # speaker: wudi # mood: neutral
    She looks at the number for a long time.
+ [Give your word on the group role and a raise in January: HQ will come round # score: T-2 R-1 # feedback: A promise HQ has not approved: if it fails she leaves angry, and takes the team's trust in you with her. # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust = MIN(priya_trust + 1, 5)
    The group role and a raise in January. You have my word. # speaker: wudi # mood: pleased
    Your word, or HQ's? # speaker: priya # mood: thinking
- -> d11_bench

=== d11_bench ===
That night, the departure lounge in Mumbai. # scene: airport # music: night
Priya said she would answer by midnight. Your phone stays dark.
Then it rings. Zhao Lin, between flights.
HQ wants succession plans for every key role on Meridian. # speaker: zhaolin # mood: neutral
By next Friday. Your own role included. # speaker: zhaolin # mood: neutral
If you were gone tomorrow, who runs this account? # speaker: zhaolin # mood: thinking # facilitator: A visible succession bench and local-talent development. Ask: a list HQ signs on Friday, or a list the team can see and HQ will question? Who argues for each, and what does each cost? Watch for: the safe familiar list, and the secret list.
+ [Two names per role, at least one of them local, each with a plan the team can see # score: T+3 S+1 # feedback: A visible succession bench: named successors with plans turn promotion from a favour into a path. The cost: HQ will question unknown local names, and it will not be signed by Friday. # cap: org_development]
    ~ bench = true
    ~ team = MIN(team + 1, 4)
    Two names for every role. At least one local. Each with a plan. # speaker: wudi # mood: thinking
    For India: Priya's deputy, Vikram. For my role: Priya, and Lin Xiao. # speaker: wudi # mood: neutral
    Your own successor, a local. HQ will ask why. # speaker: zhaolin # mood: surprised
    Good. Then they'll learn her name. # speaker: wudi # mood: neutral
+ [Zhang Hao and Lin Xiao for every role: proven, trusted, known at HQ # score: T-2 # feedback: A bench of familiar faces is how Priya was deferred twice, and the local team reads the list, or its silence. # cap: cross_cultural]
    ~ team = MAX(team - 1, 0)
    Safe names. HQ will sign it. # speaker: zhaolin # mood: neutral
    And every local on the account will work out who isn't on it. # speaker: zhaolin # mood: concerned
+ [Priya as your own successor; the proven names for the other roles, so HQ signs it on Friday # score: S+2 T+1 # feedback: A credible plan for the account, signed on time, with the strongest local at the top. The cost: one local name among expatriates reads as an exception, not a path. # cap: strategic_thinking]
    ~ account = MIN(account + 1, 2)
    Priya for my role. The rest, the names HQ knows. # speaker: wudi # mood: neutral
    HQ will sign that by Friday. # speaker: zhaolin # mood: pleased
    And Vikram? Kwame? # speaker: zhaolin # mood: thinking
+ [A confidential list for HR only, so that nobody is disappointed or starts campaigning # score: T-1 # feedback: A secret bench motivates no one: a visible one tells local talent there is a path, and covers you when someone leaves. # cap: org_development]
    Confidential. Fine. # speaker: zhaolin # mood: neutral
    Then it can't motivate anyone, can it? # speaker: zhaolin # mood: thinking
- -> finale

=== finale ===
~ fit = priya_trust + team + hq_backing + account
{ money_only:
    ~ fit -= 1
}
{
- promised and fit >= 8:
    -> ending_mixed_promise
- promised:
    -> ending_poor_promise
- fit >= 12 and priya_trust >= 4 and team >= 2:
    -> ending_strong
- priya_trust >= 3 and fit >= 8:
    -> ending_mixed_stayed
- fit >= 8:
    -> ending_mixed_left
- else:
    -> ending_poor
}

=== ending_strong ===
At two minutes to midnight, a message from Priya. # sfx: notify
Staying. Let's build it properly this time. # speaker: priya # mood: pleased
Six months later. Meridian's quarterly review in London. # scene: meridian_boardroom # music: boardroom
Priya presents India's results to Eleanor. Arjun joins from Mumbai.
India's expansion runs on the group framework, on time and on margin.
So this is Priya. Arjun talks about her more than about his own team. # speaker: eleanor # mood: pleased
I'd like her in our Asia sharing workshop. # speaker: eleanor # mood: pleased
Lars Nordin sends Priya a short note. Good luck. Door's always open.
{ team >= 4:
    The team call rotates. Kwame chairs it this quarter.
- else:
    The team call works better. Some cameras are still off.
}
Zhang Hao runs the group deals, and coaches Jakarta's new hire.
{ bench:
    Zhao Lin asks you to present your succession bench to the region.
- else:
    Zhao Lin asks for your succession plan again. With more local names, this time.
}
The promotion was late. What you did next is what she will remember. # ending: strong
-> END

=== ending_mixed_stayed ===
Just before midnight, a message from Priya. # sfx: notify
I'll stay. Let's see how it goes. # speaker: priya # mood: thinking
Four months later. Meridian India's network operations centre, two in the morning. # scene: network_ops # music: night
Pune goes live tonight. Priya runs the cutover. Arjun's team watches the same screens.
{ account >= 2:
    The cutover is clean. Arjun sends one word to the group channel: done.
- else:
    A link drops for forty minutes. Priya calls London the same hour, with her plan.
}
At four, over bad coffee, she says what she came to say.
{ bench:
    The people part is still London's. Vikram has a plan; he asks when it becomes a title. # speaker: priya # mood: concerned
- else:
    The people part is still London's. Vikram asked me why he isn't on any list. # speaker: priya # mood: concerned
}
{ money_only:
    And everyone knows about my bonus. Three of them have asked for one. # speaker: priya # mood: annoyed
}
{ team >= 2:
    The team feels more heard. Not everywhere, not yet.
- else:
    Jakarta still asks who decides. Nobody has told them.
}
In your half-year review, Zhao Lin writes one line: kept her; now build what keeps the next one.
You kept her, and the customer. The system that delayed her is still half there. # ending: mixed
-> END

=== ending_mixed_left ===
~ priya_stayed = false
At midnight Priya calls. # sfx: notify
I said yes to Lars. I wanted you to hear it from me. # speaker: priya # mood: concerned
Three months later. Arjun's office at Meridian India. # scene: opco_office # music: office
Arjun's expansion plan is on the table. Nordvik has been invited to bid.
{ bench:
    Vikram, her deputy, presents for Tianyu. His plan was ready, and it shows.
    He's good. He's not Priya. Not yet. # speaker: arjun # mood: thinking
- else:
    Zhang Hao presents for Tianyu. He flew in last night.
    I used to get these answers from Priya in one call. # speaker: arjun # mood: concerned
}
{ team >= 3:
    The rest of the team held. Nobody else in India takes Nordvik's calls.
- else:
    Two of her engineers ask about Nordvik. One of them goes.
}
We lost her, not the account. Next time, start two years earlier. # speaker: zhaolin # mood: concerned
You changed enough to keep the team. Not in time to keep her. # ending: mixed
-> END

=== ending_mixed_promise ===
Just before midnight, a message from Priya: I'll stay. On your word. # sfx: notify
February. The corridor outside Meridian's boardroom in London, after the group review. # scene: corridor # music: tension
Priya has just presented India to Eleanor. It went well. Eleanor asked for her slides.
{priya_signed:Zhao Lin's message arrived during her talk: the January raise you promised on top of the signed package is refused.|Zhao Lin's message arrived during her talk: group role not approved, raise halved.}
{ team >= 3:
    The rest holds. The team call works, and the opcos speak up on it.
}
You tell her there, by the window, before she hears it from HR.
She listens without a word, then asks for a day.
I'll stay. But from now on I want dates, in writing. # speaker: priya # mood: concerned
Arjun's next order still comes through her. Your word now counts for less than your signature.
Everything else you built held. The one promise you could not keep is what she talks about. # ending: mixed
-> END

=== ending_poor_promise ===
~ priya_stayed = false
Just before midnight, a message from Priya: I'll stay. On your word. # sfx: notify
January. A video call with HQ HR, Zhao Lin and Priya. # scene: video_call # music: tension
The group role is not approved. There is no raise this year.
Priya turns her camera off, then on again.
Nordvik's India lead is still open. Lars made sure I knew. # speaker: priya # mood: annoyed
She resigns on Friday. Arjun hears it from her before you do.
Castellan wins Pune's second phase. Two of her engineers follow her to Nordvik.
{ hq_backing < 0:
    HQ HR reads your next promotion proposals very slowly.
}
Zhao Lin takes India's people decisions back to the region for a year.
You promised what only HQ could give. She paid for it first, then the account did. # ending: poor
-> END

=== ending_poor ===
~ priya_stayed = false
Midnight passes. At one, a message: I've accepted Nordvik's offer. # sfx: notify
Two months later. The finance corner in London. # scene: finance_room # music: tension
Sun Mei has the India forecast on the screen.
Pune's second phase: Castellan. Chennai: out to tender, Nordvik on the list. # speaker: sunmei # mood: concerned
Two of Priya's engineers have resigned. Both went to Nordvik. # speaker: sunmei # mood: concerned
{ money_only:
    And the retention bonus we budgeted for her is still on the books. # speaker: sunmei # mood: thinking
}
{ team <= 0:
    On the team call, the same voices speak. Most cameras are off.
}
{ bench:
    Vikram holds India. He is a year early, and knows it.
- else:
    Zhang Hao covers India from London. Arjun takes Lars's calls first now.
}
Zhao Lin wants the India plan rebuilt by March, by you, and reviewed every month.
The promotion came. Nothing else did, and the team watched. # ending: poor
-> END
