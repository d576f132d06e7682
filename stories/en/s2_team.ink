# title: The belated promotion
# role: T
# order: 2
# summary: Priya Nair, the team's best local talent, gets her promotion two years late, with a Nordvik offer in hand. Wu Di has four weeks to show her and his team that things will change.

VAR priya_trust = 0
VAR team = 0
VAR hq_backing = 0
VAR money_only = false
VAR promised = false
VAR bench = false
VAR fit = 0

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
And the side-chat in Chinese during the call doesn't help. # speaker: kwame # mood: thinking # facilitator: Communication mechanisms for a cross-cultural team. Ask whose voices the room's own team calls are built around: six time zones, two languages, one call. Traps: a tighter agenda that keeps the same voices, or a one-off listening gesture.
+ [Tighten the call to the five biggest deals, and send the rest by email # score: T-1 S+1 # feedback: Focusing on the biggest deals is sound account strategy, but here all five belong to expatriates. A meeting that only hears the big voices slides into managing only the expatriates. # cap: org_development]
    ~ team -= 1
    Thirty minutes, five deals. The rest goes by email. # speaker: wudi # mood: neutral
    Fair enough. # speaker: kwame # mood: neutral
    The call gets shorter. Kwame's camera stays off from then on.
+ [Rebuild the call: rotating hours, each triangle leads, one language # score: T+3 # feedback: A communication mechanism for a cross-cultural team. Sharing the time-zone pain, giving each iron triangle the floor and keeping shared channels in one language make every voice count. # cap: cross_cultural]
    ~ team += 2
    From next week the hour rotates. Everyone gets the bad slot in turn. # speaker: wudi # mood: thinking
    Each opco triangle opens in turn. Written updates the day before. # speaker: wudi # mood: neutral
    And English on shared channels. Side-chats go to side channels. # speaker: wudi # mood: neutral
    You'll hear more from us than you expect. # speaker: kwame # mood: pleased
    Zhang Hao reads the new rules twice, and says nothing.
+ [Thank Kwame, and ask him to sound out the local staff quietly # score: T+1 # feedback: Listening is a good start, but it makes Kwame the messenger and changes nothing by itself. Grumbling stops when there is a communication mechanism, not a private conversation. # cap: cross_cultural]
    Thank you. Could you find out how the others feel? # speaker: wudi # mood: thinking
    I can. I think you know already. # speaker: kwame # mood: neutral
    His note arrives on Friday. It says what he told you, with examples.
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
Not promises, Wu Di. Changes. # speaker: priya # mood: concerned # facilitator: Motivation starts with listening. Pause and ask the room what Priya has lost in two years, and what a good first reply sounds like. Watch for three reflexes: the money reflex, the blame reflex and the promise reflex.
+ [Tell her you will match Nordvik's money, whatever the number # score: T-2 O-1 # feedback: A counter-offer of money only. It answers a question she did not ask and tells her the last two years were a pricing problem. An open-ended match is also a cost nobody has approved. # cap: org_development]
    ~ money_only = true
    ~ priya_trust -= 1
    Whatever Nordvik pays, we'll match it. # speaker: wudi # mood: neutral
    That's generous. It's also not what I said. # speaker: priya # mood: annoyed
+ [Explain that HQ sat on the first two, and you pushed this one through # score: T-1 R-1 # feedback: Blaming headquarters. It may be true, but to her you are the company now: if HQ could stall her twice, why not again? It also costs goodwill with HQ HR, whose help you need this month. # cap: collaborative_influence]
    ~ hq_backing -= 1
    Every proposal goes through Shenzhen. HQ sat on the first two. # speaker: wudi # mood: concerned
    I pushed this one through myself. # speaker: wudi # mood: neutral
    So it depends on who sits in your chair. # speaker: priya # mood: concerned
    What happens when you move on? # speaker: priya # mood: concerned
+ [Own the delay for the company, and ask what made her listen to Lars # score: T+3 # feedback: Owning the failure and listening first. Motivation starts from what the person needs: growth, recognition, fairness and timing. You cannot keep someone you have not heard. # cap: org_development]
    ~ priya_trust += 1
    Two years was too long. That's on the company, and on me now. # speaker: wudi # mood: concerned
    What made you listen to Lars? # speaker: wudi # mood: thinking
    She talks for half an hour. You mostly listen.
    Zhang Hao got the London role. I was told to wait. # speaker: priya # mood: neutral
    Three weeks and four emails to give Arjun two percent. # speaker: priya # mood: annoyed
    Eleanor's team has never heard my name. Arjun calls me first. # speaker: priya # mood: thinking
    Lars offered me a seat at his group table. That's what hurts. # speaker: priya # mood: concerned
+ [Promise her Zhang Hao's group role in London if she stays # score: T-2 R-1 # feedback: Promising what HQ has not approved. It buys a week and spends the trust you need, and it gives away Zhang Hao's role behind his back. # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust += 1
    Stay, and the London group role is yours. I'll make it happen. # speaker: wudi # mood: pleased
    Is that approved? # speaker: priya # mood: surprised
    It will be. # speaker: wudi # mood: neutral
    She writes it down in her notebook, with the date.
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
What do you need from me? # speaker: zhaolin # mood: thinking # facilitator: A retention package is motivation made concrete: recognition, growth, fairness, timing. Ask the room what belongs in it, and what Zhao Lin can actually approve. Traps: money only, writing off local talent because an expatriate could cover, and leaving an unapproved promise standing.
+ [A retention bonus fifteen percent above Nordvik, signed this week # score: T-1 O-1 # feedback: Money-only counter-offers rarely hold: people who stay for money leave for money. It also makes pay less fair for the rest of the local team. # cap: business_acumen]
    ~ money_only = true
    ~ hq_backing += 1
    I can get you money. # speaker: zhaolin # mood: thinking
    Money is the one thing Nordvik has more of. # speaker: zhaolin # mood: concerned
+ {priya_trust > 0 and not promised} [Her own asks: an Asia group seat, pricing authority, visibility # score: T+3 R+1 # feedback: A package built from what she said she needs: growth, recognition and authority, with fairness on pay added. Precise asks are easier for a boss to back, and none of it needs a promise. # cap: collaborative_influence]
    ~ hq_backing += 2
    The group seat is yours to create, in your own team structure. # speaker: zhaolin # mood: neutral
    Authority: bring me levels and limits, not a blank cheque. # speaker: zhaolin # mood: neutral
    Her pay is below market, too. I'll sign a correction tonight. # speaker: zhaolin # mood: thinking
+ [The promotion, a pay correction to the market, and a development plan # score: T+2 R+1 # feedback: A sound package: recognition, fairness and growth. But it is built without asking her what matters most, so it may miss the one thing that would keep her. # cap: org_development]
    ~ hq_backing += 1
    Reasonable. I'll sign the pay part tonight. # speaker: zhaolin # mood: neutral
    Is that what she asked for? # speaker: zhaolin # mood: thinking
+ {promised} [Take back the London promise tonight, and ask for what you can defend # score: T+2 R+1 # feedback: Repairing an over-commitment fast. Taking back a promise HQ has not approved, before she builds on it, costs face and saves trust, and gives your boss a plan he can back. # cap: strategic_risk]
    ~ promised = false
    ~ priya_trust -= 1
    ~ hq_backing += 1
    You're right. I'll call her tonight and take it back. # speaker: wudi # mood: concerned
    Then bring me a package I can defend at HQ. # speaker: zhaolin # mood: thinking
    At ten you call Priya. The line is quiet for a long moment.
    Better tonight than in March. Thank you for telling me. # speaker: priya # mood: thinking
+ [Nothing yet. If she goes, Zhang Hao can cover India for a while # score: T-2 S-1 BE-1 # feedback: Managing only the expatriates. Treating your best local talent as replaceable by an expatriate shows every local colleague where the ceiling is. India's plan and Arjun's trust rest on her, and the customer will notice. # cap: cross_cultural]
    ~ team -= 1
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
Goals, how the year went, then feedback. The form is the easy part.
Let's start with the year. How did I do? # speaker: priya # mood: neutral # facilitator: The performance conversation: goal, process, feedback. Ask the room to write the first sentence of positive feedback they would give her, tied to one of her goals. Traps: generic praise, and skipping the review because the offer feels more urgent.
+ [Tell her she is the best account manager on the team # score: T+0 # feedback: Sincere but vague. Positive feedback works when it is specific: what she did, what it shows about her, and what it changed. Praise she cannot repeat to a committee does not help her. # cap: org_development]
    You're the best on the team. Everybody knows it. # speaker: wudi # mood: pleased
    Everybody except the promotion committee. # speaker: priya # mood: thinking
+ [Review Pune against its goal: what she did, what it changed # score: T+3 BE+1 # feedback: Specific positive feedback, anchored in the goal: the detail of what she did, the quality it shows, and its effect on the customer and the team. Recognition she can use, and repeat. # cap: org_development]
    ~ priya_trust += 1
    Your goal was the Pune renewal. You did more than renew it. # speaker: wudi # mood: thinking
    You put Arjun's planners and our delivery team in one room. # speaker: wudi # mood: thinking
    Before the contract, not after. That's judgement. # speaker: wudi # mood: neutral
    It saved six weeks. Arjun now calls you before he calls London. # speaker: wudi # mood: pleased
    She sits back. Nobody has said it to her like that.
+ [Keep it short: this month the offer matters more than the form # score: T-1 # feedback: Skipping the review turns everything into a counter-offer. The performance conversation is where growth, fairness and recognition become visible, and its timing matters. # cap: org_development]
    ~ priya_trust -= 1
    Let's skip the form this time. The offer matters more. # speaker: wudi # mood: neutral
    Of course. The form can wait. It always has. # speaker: priya # mood: annoyed
- -> d5_gap

=== d5_gap ===
Then she asks the question you hoped to avoid.
The committee deferred me twice. What did they actually say? # speaker: priya # mood: concerned
Their note is in your folder. Two lines.
Holds back bad news. Needs group perspective.
You know the story behind it. Last May, a delivery slip in Chennai.
London heard about it three weeks late, and from Arjun. # facilitator: Negative feedback: describe the behaviour, not the person; its consequence; an agreed next step. Ask the room how they would open. Traps: repeating the committee's label, letting it go to keep her happy, and calling the committee unfair.
+ [Tell her May is behind her: the promotion is through, let it go # score: T-1 # feedback: Withholding negative feedback to keep someone happy. She still does not know what held her back, so she cannot change it, and the next committee will read the same note. # cap: org_development]
    That's behind you. The promotion is through. Let it go. # speaker: wudi # mood: neutral
    Then I still don't know what to change. # speaker: priya # mood: concerned
+ [Read her the committee's note as it stands # score: T-1 # feedback: A label about the person, not a description of behaviour. "Needs group perspective" gives her nothing to change and sounds like a verdict. # cap: org_development]
    ~ priya_trust -= 1
    They said you need more group perspective. # speaker: wudi # mood: neutral
    Group perspective. I've carried India for three years. # speaker: priya # mood: annoyed
+ [Tell her the note is unfair: the committee does not know her work # score: T-1 R-1 # feedback: Comforting, and a quiet way of blaming headquarters. She loses the one piece of feedback that explains the delay, and you undercut the process you need to change. # cap: collaborative_influence]
    The committee doesn't know your work. Ignore the note. # speaker: wudi # mood: neutral
    Then who decides my next promotion? The same committee? # speaker: priya # mood: concerned
+ [Describe last May: the Chennai slip, its effect, and the next step # score: T+3 BE+1 # feedback: Negative feedback about behaviour, not the person: what happened, its effect on the group, and a next step she helps set as a goal. This is the feedback that gets people promoted. # cap: org_development]
    ~ priya_trust += 1
    Last May, the Chennai slip reached London three weeks late. # speaker: wudi # mood: neutral
    Eleanor's team heard it from Arjun first. They still bring it up. # speaker: wudi # mood: concerned
    Next time, tell London the same day, with your recovery plan. # speaker: wudi # mood: thinking
    I held it back to fix it first. # speaker: priya # mood: thinking
    I see how it looked from London. Same day, with the plan. # speaker: priya # mood: pleased
    Then let's make it one of next year's goals. In your words. # speaker: wudi # mood: neutral
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
Arjun asked Priya which date was real. # facilitator: A second feedback conversation, this time with an expatriate. Ask the room whether fairness is only about local staff. Look for behaviour rather than person, and a path forward for him too.
+ [Let it go: he is under pressure, and the UK renewal needs him # score: T-1 BE-1 # feedback: Sparing a valued expatriate the feedback is managing only the expatriates by omission. The local team sees who is allowed to bend the rules, and Arjun is left with two dates. # cap: cross_cultural]
    ~ team -= 1
    Let's leave it. Focus on the UK renewal. # speaker: wudi # mood: neutral
    He nods, relieved. In Mumbai, Arjun still has two dates.
+ [Describe his call to Arjun, its effect, and his own next step # score: T+3 BE+1 # feedback: Behaviour, consequence, next step, and growth for him too. Fairness means clear roles for local and expatriate staff alike, not a change of favourites. # cap: cross_cultural]
    ~ team += 1
    Last week you gave Arjun a date without Priya or delivery. # speaker: wudi # mood: neutral
    He got two dates. Now he trusts neither. # speaker: wudi # mood: concerned
    India is Priya's. And you and I need to talk about your next step. # speaker: wudi # mood: thinking
    He is quiet for a while.
    I'll call Arjun and put Priya's date back. # speaker: zhanghao # mood: neutral
    Then let's talk about where I go next. # speaker: zhanghao # mood: neutral
+ [Tell him he is being territorial, and that he needs to let India go # score: T-1 # feedback: Negative feedback aimed at the person. "Territorial" is a judgement, so he defends himself instead of changing what he does. # cap: org_development]
    You're being territorial. Let India go. # speaker: wudi # mood: annoyed
    Territorial. Right. # speaker: zhanghao # mood: annoyed
    He lets India go. He also stops answering Priya's emails quickly.
- -> d7_structure

=== d7_structure ===
The account office, Tuesday. Lin Xiao has pinned up two charts. # scene: tianyu_office # music: office
On the left, Meridian since January: group functions in London,
and opco CTOs with a dotted line to Eleanor.
On the right, your team: forty-one names.
Most lines run to Zhang Hao or Lin Xiao.
On paper, local staff belong to the country offices.
Nobody is sure who signs what.
Meridian changed shape in January. We didn't. # speaker: linxiao # mood: thinking # facilitator: Three principles for an account organisation: mirror the customer's structure and decision making, co-manage with the country offices, keep it simple and efficient. Ask which principle each option breaks, and which one Priya would notice first.
+ [Fewer reporting lines: put every opco under Zhang Hao or Lin Xiao # score: T-1 O+1 # feedback: Simple on paper, but it does not mirror the customer and puts every local lead under an expatriate: the ceiling Priya hit, drawn into the chart. # cap: org_development]
    ~ team -= 1
    Two lines. Easy to manage. # speaker: wudi # mood: neutral
    Priya's name now sits one box below Zhang Hao's. Again. # speaker: linxiao # mood: concerned
+ [Cover every interface: a committee per product line and one per region # score: T-1 O-1 # feedback: Thorough but heavy. Committees add meetings and blur accountability; an account organisation should be simple and efficient. # cap: org_development]
    Seven committees. Every interface has a meeting now.
    We used to have one unclear line. Now we have seven clear meetings. # speaker: linxiao # mood: concerned
+ [Mirror Meridian: a group team plus opco triangles, co-managed locally # score: T+3 S+1 R+1 # feedback: An account structure that mirrors the customer's organisation and decision making, co-managed with the country offices that hire and support local staff, and simple. Local leads own their opcos and have a seat at the group table. # cap: org_development]
    ~ team += 1
    A group team that faces Eleanor and Daniel. A triangle for each opco. # speaker: wudi # mood: thinking
    Each triangle co-managed with its country office. Nothing else. # speaker: wudi # mood: neutral
    { hq_backing >= 2:
        Priya leads the India triangle, and sits on the group team for Asia.
    - else:
        Priya leads the India triangle. The group team is still all London.
    }
    Simple enough to draw on one page. Good sign. # speaker: linxiao # mood: pleased
+ [Take the local leads out of the country offices, reporting to you # score: T-1 R-1 # feedback: It gives local leads visibility, but it breaks co-management: the country offices that hire, pay and back them step away, and twenty-odd lines into one KAM is neither simple nor efficient. # cap: org_development]
    Every opco lead reports to me. The country offices step back. # speaker: wudi # mood: neutral
    Lin Xiao redraws the chart: twenty-two lines, all into your box.
    By Friday, two country managers ask who approves their people's leave.
- -> d8_authority

=== d8_authority ===
Sun Mei waves you over to the finance corner. # scene: finance_room # music: office
Priya's request: two percent for Arjun on the Pune expansion. # speaker: sunmei # mood: neutral
It went to HQ a month ago. It's still in the queue. # speaker: sunmei # mood: concerned
Castellan quoted Arjun yesterday. # speaker: sunmei # mood: concerned
And she can't give her best engineer a spot award without Shenzhen. # speaker: sunmei # mood: thinking
{ hq_backing >= 2:
    Zhao Lin asked you for levels and limits. Here is the case for them.
}
Who should decide what? # speaker: sunmei # mood: thinking # facilitator: Delegated HR and pricing authority, with clear levels, limits and a review. Ask the room where their own approvals get stuck, promotions included. Traps: the blank cheque, and keeping everything central.
+ [Keep approvals central until the new team structure has settled in # score: T-1 O+1 BE-1 # feedback: Control without delegation. Safe for margin today, but it keeps the wait that is pushing your best people, and the customer, toward competitors. # cap: org_development]
    ~ priya_trust -= 1
    Let's keep approvals central for now. # speaker: wudi # mood: neutral
    Then Pune waits. Castellan won't. # speaker: sunmei # mood: concerned
+ [Tell Priya to decide what she needs, and you will sign afterwards # score: T+1 O-2 # feedback: Trust without control is not delegation. With no levels or review, a blank cheque puts margin and compliance at risk, and leaves her exposed when something goes wrong. # cap: business_acumen]
    Tell Priya to decide. I'll sign afterwards. # speaker: wudi # mood: pleased
    She closes Pune the same day, at four percent. # speaker: sunmei # mood: concerned
    Nobody asked her to stop at two. # speaker: sunmei # mood: concerned
+ [Write a one-page table: who decides price and HR, at which level # score: T+3 O+2 # feedback: Delegated HR and pricing authority with clear levels: the opco triangle decides inside its band, you above it, HQ only at the top. Promotions stop queuing in Shenzhen, and a monthly review keeps control. # cap: business_acumen]
    ~ priya_trust += 1
    Opco triangle: up to three percent, and spot awards. # speaker: wudi # mood: thinking
    Me: up to six, and promotions up to senior level. # speaker: wudi # mood: neutral
    Region and HQ above that. We review every month. # speaker: wudi # mood: neutral
    One page. Finance can live with one page. # speaker: sunmei # mood: pleased
    Zhao Lin signs it on Thursday. HQ keeps only the top band.
    Priya closes Pune on Friday, at two percent, inside her band.
- -> d9_values

=== d9_values ===
The quarterly team meeting, by video, all six time zones. # scene: video_call # music: office
HQ wants every account to hold a session on core values this quarter.
Twenty-two slides. Customer first, commitment, continuous improvement.
Last year we read it aloud. Half the cameras were off. # speaker: linxiao # mood: concerned # facilitator: Core values made local. Ask what customer first looks like in Johannesburg, Mumbai or São Paulo. The trap is translating the deck and calling it culture.
+ [Have the deck translated into four languages and present it properly # score: T-1 # feedback: Values translated are not values lived. A deck read out from headquarters confirms that culture belongs to the centre. # cap: cross_cultural]
    The deck now exists in four languages.
    The cameras go off in four languages too.
+ [Ask each opco for one story of a value lived, and honour the best # score: T+3 BE+1 # feedback: Core values made local: the same values, told in local stories by local people, with recognition in public. People believe what they have lived, and customer first becomes something the customer can see. # cap: cross_cultural]
    ~ team += 1
    Johannesburg goes first. # speaker: kwame # mood: pleased
    Twelve hours of load-shedding. We kept Meridian's core up on diesel. # speaker: kwame # mood: pleased
    Nobody asked us to. It was their network. # speaker: kwame # mood: neutral
    Jakarta, São Paulo and Mumbai follow. No camera is off.
+ [Fly the team leads to Shenzhen for a week of values sessions at HQ # score: T+1 O-1 # feedback: Good exposure for the leads, but most leads are expatriates and the cost is real. The values stay in Shenzhen; the local team hears about them second-hand. # cap: cross_cultural]
    Six leads fly to Shenzhen. Five of them were born in China.
    They come back inspired. The rest of the team hears about it.
- -> d10_offer

=== d10_offer ===
The last day of the month. The café in Mumbai again. # scene: cafe # music: tension
{ team >= 4:
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
So. What has changed? # speaker: priya # mood: thinking # facilitator: The final conversation: motivation and its timing. Ask the room what they can honestly put on the table tonight. Traps: promising what HQ has not approved, and money as the closing argument.
+ [Promise the group role and a raise in January: HQ will come round # score: T-2 R-1 # feedback: Promising what HQ has not approved. If it fails she leaves angry, and takes the team's trust in you with her. # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust += 1
    The group role and a raise in January. You have my word. # speaker: wudi # mood: pleased
    Your word, or HQ's? # speaker: priya # mood: thinking
+ {hq_backing >= 2} [Lay out what is signed: role, Asia seat, pay correction # score: T+3 BE+1 # feedback: An offer of what is approved, built from her own asks: growth, recognition, authority and fairness, in writing and on time. Keeping her keeps the person Arjun calls first. # cap: org_development]
    ~ priya_trust += 2
    All of it is signed. None of it depends on me being in a good mood. # speaker: wudi # mood: neutral
    She reads every page.
+ {money_only} [Put the retention bonus on the table, and ask her to sign today # score: T-1 O-1 # feedback: The money-only close. She may sign, but you are bidding against Nordvik on its strongest ground, and a deadline makes it feel like a transaction. # cap: business_acumen]
    Fifteen percent above Nordvik. Sign today, and it's yours. # speaker: wudi # mood: neutral
    She looks at the number for a long time.
+ [Say plainly what is approved, what is still pending, and by when # score: T+2 # feedback: Honest about the limits of your authority. Clear commitments with dates build more trust than big promises, and she can judge the path herself. # cap: org_development]
    ~ priya_trust += 1
    Here's what is signed. Here's what isn't yet. # speaker: wudi # mood: neutral
    I'll know about the rest by March. If it fails, I'll tell you first. # speaker: wudi # mood: thinking
    She nods. You haven't oversold anything. She notices.
- -> d11_bench

=== d11_bench ===
That night, the departure lounge in Mumbai. # scene: airport # music: night
Priya said she would answer by midnight. Your phone stays dark.
Then it rings. Zhao Lin, between flights.
HQ wants succession plans for every key role on Meridian. # speaker: zhaolin # mood: neutral
By next Friday. Your own role included. # speaker: zhaolin # mood: neutral
If you were gone tomorrow, who runs this account? # speaker: zhaolin # mood: thinking # facilitator: A visible succession bench and local-talent development. Ask the room how many local names are on their own succession lists, and whether those names know it. Traps: the safe expatriate list, and the secret list.
+ [Zhang Hao and Lin Xiao for every role: proven, trusted, known at HQ # score: T-2 # feedback: Managing only the expatriates. A bench of familiar faces is how Priya was deferred twice, and the local team reads the list, or its silence. # cap: cross_cultural]
    ~ team -= 1
    Safe names. HQ will sign it. # speaker: zhaolin # mood: neutral
    And every local on the account will work out who isn't on it. # speaker: zhaolin # mood: concerned
+ [A confidential list for HR only, so that nobody is disappointed # score: T-1 # feedback: A secret bench motivates no one. Visible succession with development plans tells local talent there is a path, and covers you when someone leaves. # cap: org_development]
    Confidential. Fine. # speaker: zhaolin # mood: neutral
    Then it can't motivate anyone, can it? # speaker: zhaolin # mood: thinking
+ [Two names per role, at least one local, with plans the team can see # score: T+3 S+1 # feedback: A visible succession bench and local-talent development. Named successors with plans turn promotion from a favour into a path, and keep the account plan safe if anyone leaves. # cap: org_development]
    ~ bench = true
    ~ team += 1
    Two names for every role. At least one local. Each with a plan. # speaker: wudi # mood: thinking
    For India: Priya's deputy, Vikram. For my role: Priya, and Lin Xiao. # speaker: wudi # mood: neutral
    Your own successor, a local. HQ will ask why. # speaker: zhaolin # mood: surprised
    Good. Then they'll learn her name. # speaker: wudi # mood: neutral
- -> finale

=== finale ===
~ fit = priya_trust + team + hq_backing
{ money_only:
    ~ fit -= 1
}
{ promised:
    ~ fit -= 2
}
{
- fit >= 9 and priya_trust >= 4 and team >= 3 and not promised and not money_only:
    -> ending_strong
- fit <= 0 or priya_trust <= -2:
    -> ending_poor
- else:
    -> ending_mixed
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
{ team >= 5:
    The team call rotates. Kwame chairs it this quarter.
- else:
    The team call works better. Some cameras are still off.
}
Zhang Hao runs the group deals, and coaches Jakarta's new hire.
{ bench:
    Zhao Lin asks you to present your succession bench to the region.
- else:
    Zhao Lin asks for your succession plan. With local names, this time.
}
The promotion was late. What you did next is what she will remember. # ending: strong
-> END

=== ending_mixed ===
{ priya_trust >= 3:
    Just before midnight, a message from Priya. # sfx: notify
    I'll stay. Let's see how it goes. # speaker: priya # mood: thinking
- else:
    Just before midnight, Priya calls. # sfx: notify
    I said yes to Lars. I wanted you to hear it from me. # speaker: priya # mood: concerned
}
Six months later. # scene: tianyu_office # music: office
{ priya_trust >= 3:
    Priya runs India well, and watches what you do.
    Arjun's next order goes through her, inside the group framework.
    { promised:
        The group role you promised has not come. HQ never saw a proposal.
        She has stopped mentioning it. That worries you more.
    }
    { money_only:
        Her bonus is the talk of the team. Three others have asked for one.
    }
- else:
    Priya is Nordvik's India lead. She and Arjun still have lunch.
    Arjun's next expansion goes to tender. Nordvik is on the list.
    { bench:
        Vikram, her deputy, took over India. His plan was ready.
    - else:
        Zhang Hao flies to Mumbai every other week. Arjun is polite.
    }
}
{
- team >= 5:
    The team call rotates now, and Kwame's updates come first some weeks.
- team >= 2:
    The team feels more heard. Not everywhere, not yet.
- else:
    The grumbling is quieter, not gone. Jakarta still asks who decides.
}
{ priya_trust >= 3:
    Better. Now make it stick without you in every room. # speaker: zhaolin # mood: thinking
- else:
    We lost her, not the account. Next time, start two years earlier. # speaker: zhaolin # mood: concerned
}
You put out the fire. The system that lit it is still half there. # ending: mixed
-> END

=== ending_poor ===
{ priya_trust >= 1:
    Just before midnight, a message from Priya: I'll stay. For now. # sfx: notify
- else:
    Midnight passes. At one, a message: I've accepted Nordvik's offer. # sfx: notify
}
Six months later, the same departure lounge, at night. # scene: airport # music: night
{ priya_trust >= 1:
    Priya left in March, for Nordvik. Nothing she was told had changed.
- else:
    Priya has been at Nordvik for five months.
}
Lars made her Nordvik's India lead. Arjun now takes his calls first.
Castellan won India's next phase. Two of her engineers followed her.
{ hq_backing < 0:
    HQ HR reads your next promotion proposals very slowly.
}
{ team <= 0:
    On the team call, the same voices speak. Most cameras are off.
}
{ bench:
    Vikram, her deputy, holds India. He is a year early, and knows it.
- else:
    Zhang Hao covers India from London. He is tired, and it shows.
}
Zhao Lin wants a team review in Shenzhen next week. # sfx: notify
You reread the email that started it all. APPROVED. Too late. # ending: poor
-> END
