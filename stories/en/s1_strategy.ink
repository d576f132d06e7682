# title: You don't really understand me
# role: S
# order: 1
# summary: Wu Di's first month as KAM for Meridian. The Group CTO cuts his product pitch short, and he must learn to read her strategy before he sells.

VAR eleanor_trust = 0
VAR daniel_trust = 0
VAR opco_alignment = 0
VAR credibility = 0
VAR homework = false
VAR nordvik_read = false
VAR telescope = false
VAR discount_promised = false
VAR india_side_deal = false
VAR rhythm = false
VAR fit = 0

-> opening

=== opening ===
London, Meridian Group headquarters. Your fourth week as KAM. # scene: meridian_boardroom # music: boardroom
Slide 14 of 38: Tianyu's new radio portfolio, priced per site.
Eleanor Hughes, the Group CTO, has not touched her coffee.
And the new units cut power per site by a third, which means... # speaker: wudi # mood: pleased
Wu Di, let me stop you there. # speaker: eleanor # mood: annoyed
Your products are fine. Everybody's products are fine. # speaker: eleanor # mood: annoyed
You don't really understand what we are trying to do. # speaker: eleanor # mood: neutral
She closes her notebook. Lin Xiao freezes, one hand on the laptop.
-> d1_corridor

=== d1_corridor ===
You catch up with her in the corridor. # scene: corridor # music: tension
I have the board at two. Walk with me. # speaker: eleanor # mood: neutral
It is twenty metres to the lift. # facilitator: Freeze here. Ask: what has Wu Di just learned, and what does he still not know? Watch for defending the pitch or promising a better deck: both are still selling.
+ [Tell her the units solve her cost problem, and ask for ten minutes # score: S-1 BE-2 # feedback: Defending the pitch proves her point: you are still selling before you have read her strategy. A CTO who feels unheard stops listening. # cap: customer_partnering]
    ~ eleanor_trust -= 1
    Our units cut cost per site by a third. # speaker: wudi # mood: concerned
    Surely that is your cost problem? # speaker: wudi # mood: concerned
    Cost per site is your metric, Wu Di. Not mine. # speaker: eleanor # mood: annoyed
    The lift doors close between you.
+ [Ask what she needs you to understand first # score: S+2 BE+2 # feedback: Asking about her priorities, and what she is measured on, is where reading the customer's strategy begins. Listening first also starts to repair the relationship. # cap: customer_partnering]
    ~ eleanor_trust += 1
    You're right. I brought answers before I knew the question. # speaker: wudi # mood: thinking
    What should I understand before we meet again? # speaker: wudi # mood: thinking
    She stops at the lift and looks at you properly for the first time.
    Read what we told our investors in March. All of it. # speaker: eleanor # mood: thinking
    Then tell me what it means for forty suppliers and twenty opcos. # speaker: eleanor # mood: neutral
+ [Promise a deck built around Meridian's network by next week # score: S-1 BE+1 # feedback: Quick and courteous, but a tailored catalogue is still a catalogue. It answers your agenda, not her strategy. # cap: customer_partnering]
    Let me come back next week with a design built for Meridian. # speaker: wudi # mood: neutral
    If you like. Send it to my office. # speaker: eleanor # mood: neutral
    Her tone says the deck will go unread.
- -> d2_homework

=== d2_homework ===
Back at the office, the whiteboard still shows last year's targets. # scene: tianyu_office # music: office
Well. That could have gone better. # speaker: linxiao # mood: concerned
Nordvik had lunch with her architects yesterday. I saw them. # speaker: zhanghao # mood: concerned
{ eleanor_trust > 0:
    An email from her office: the investor-day pack, 92 pages. # sfx: notify
}
The group sourcing kick-off is in two weeks. # speaker: linxiao # mood: thinking
How do we spend them? # speaker: linxiao # mood: thinking # facilitator: Ask: how would you spend these two weeks? Put "collect requirements" and "read the strategy" side by side on the flipchart. Watch for the better demo: it feels productive and changes nothing.
+ [Read, as a team, what Meridian tells its investors # score: S+3 T+1 # feedback: Step one of seven: read the customer's strategy in its own public words. Annual report, investor day and analyst calls show CxO priorities and pain points, and reading together builds a shared view. # cap: strategic_thinking]
    ~ homework = true
    The team splits it up: annual report, investor day, analyst calls.
    By Friday the whiteboard says One Meridian.
    Capex down from 18% to 14% of revenue in three years. # speaker: linxiao # mood: pleased
    Network sharing with a rival in four European markets. # speaker: linxiao # mood: pleased
    Enterprise digital services, from 9% of revenue to 20%. # speaker: zhanghao # mood: surprised
    Eleanor's name is on the first two. That's what she is judged on. # speaker: linxiao # mood: thinking
    And the analysts asked about India on every call. Losses, price war. # speaker: zhanghao # mood: concerned
    Since January, opco CTOs report to Eleanor on a dotted line. # speaker: zhanghao # mood: thinking
    So the org chart says it too. The group is taking back control. # speaker: linxiao # mood: thinking
+ [Get Chen Yu's product line to build a Meridian roadmap and a live demo # score: S-1 R+1 # feedback: Mobilising headquarters is a real skill, but the demo answers a question Meridian has not asked. It is product push before strategy. # cap: collaborative_influence]
    You call Chen Yu at headquarters. The product line loves a demo.
    I'll build it. I'm just not sure she'll come to see it. # speaker: linxiao # mood: concerned
+ [Send each opco team to collect requirements from its own CTO # score: S+1 T+1 # feedback: Useful ground truth, and it engages the opco teams. But twenty wish lists do not add up to a group strategy: requirements are not strategic intent. # cap: org_development]
    Twelve opco wish lists come back within a week.
    India wants its own network, fast. Germany wants to share everything. # speaker: zhanghao # mood: thinking
    They can't all be right. Or the group has an answer we haven't read. # speaker: linxiao # mood: thinking
- -> d3_procurement

=== d3_procurement ===
Daniel Fischer, the Group CPO, gives you thirty minutes. # scene: meridian_boardroom # music: boardroom
Forty-three network suppliers today. Twelve by next year. # speaker: daniel # mood: neutral
Frameworks at group level. The opcos call off from them. # speaker: daniel # mood: neutral
So. Why should Tianyu be one of the twelve? # speaker: daniel # mood: thinking # facilitator: Step four: read procurement and supplier strategy. Ask: what is Daniel measured on, and what will his scorecard reward? Watch for the discount: it answers a question he did not ask.
+ [Ask how the twelve will be scored, and what changes for the opcos # score: S+2 BE+1 # feedback: Reading the procurement and supplier strategy before you pitch tells you what the scorecard rewards, and where the opcos will push back. # cap: business_acumen]
    ~ daniel_trust += 1
    How will you score the twelve? And what changes for the opcos? # speaker: wudi # mood: thinking
    Seven-year cost of ownership. Readiness for shared networks. # speaker: daniel # mood: neutral
    And whether a supplier reduces my work or adds to it. # speaker: daniel # mood: neutral
    The opcos hate it, by the way. India most of all. # speaker: daniel # mood: concerned
+ [Argue for breadth: fewer suppliers means broader ones, like Tianyu # score: S-1 BE-1 # feedback: It sounds aligned, but supplier reduction rewards lower cost and less hassle, not a longer catalogue. Pushing the portfolio ignores how procurement scores suppliers. # cap: customer_partnering]
    Radio, core, transport, services. One supplier for all of it. # speaker: wudi # mood: pleased
    I don't need more things from one supplier. # speaker: daniel # mood: annoyed
    I need fewer problems from twelve. # speaker: daniel # mood: annoyed
+ {homework} [Tie shared sites and fewer suppliers to the capex pledge # score: S+3 O+1 BE+1 # feedback: The shareholder-value view. Linking your offer to the capex cut the board promised investors speaks the language the CPO is judged in. # cap: business_value]
    ~ daniel_trust += 2
    ~ eleanor_trust += 1
    Your board promised investors capex at 14% of revenue. # speaker: wudi # mood: neutral
    Shared sites carry most of that. Here is our saving per site. # speaker: wudi # mood: neutral
    You read the investor pack. Most suppliers only read our tender. # speaker: daniel # mood: surprised
    I'll mention this to Eleanor. # speaker: daniel # mood: pleased
+ [Offer twelve percent off group-wide, to show commitment # score: S-2 O-2 BE+1 # feedback: A discount to show commitment trades margin for something he did not ask for, and anchors every opco's price. Price is not a strategy. # cap: business_acumen]
    ~ discount_promised = true
    To show our commitment: twelve percent off, group-wide. # speaker: wudi # mood: pleased
    Noted. Everybody offers something on day one. # speaker: daniel # mood: neutral
    He writes it down all the same.
    -> d3b_discount
- -> d4_competitor

=== d3b_discount ===
Back at the office, Sun Mei waves you over to the finance corner. # scene: finance_room # music: tension
Twelve percent, group-wide? # speaker: sunmei # mood: surprised
On the UK renewal alone, margin drops from 21% to 9%. # speaker: sunmei # mood: concerned
And every opco will quote it back to us. # speaker: sunmei # mood: concerned
Daniel's team wants it in the framework letter by Friday. # speaker: sunmei # mood: neutral
A discount that size is Zhao Lin's call. He hasn't approved it. # speaker: sunmei # mood: concerned # facilitator: Ask: what would keeping this promise cost, and what would a better promise look like? Watch for treating a hasty concession as sacred, or passing it upward for a signature.
+ [Put it in writing. A promise is a promise # score: S-1 O-2 # feedback: Keeping your word matters, but this locks in an over-commitment without pricing approval. It anchors every opco negotiation and buys no strategic position. # cap: business_acumen]
    ~ credibility -= 1
    The letter goes out on Friday.
    Sun Mei updates the forecast without a word.
+ [Go back to Daniel: trade the discount for a cost-of-ownership pledge # score: S+2 O+2 BE-1 # feedback: Turning a price concession into a value commitment tied to his scorecard repairs the over-commitment. Taking it back costs some goodwill, honestly spent. # cap: strategic_risk]
    ~ discount_promised = false
    A flat discount was the wrong offer. # speaker: wudi # mood: thinking
    Let me commit to your seven-year cost target instead. # speaker: wudi # mood: thinking
    You're the first supplier to take a discount back. # speaker: daniel # mood: surprised
    Send me the numbers. If they hold, I prefer this. # speaker: daniel # mood: neutral
+ [Ask Zhao Lin to approve it as a strategic investment # score: S-1 R-1 O-1 # feedback: Pushing a hasty promise upward spends your boss's capital on a decision nobody analysed. The over-commitment stands, and your credibility drops. # cap: collaborative_influence]
    ~ credibility -= 1
    Zhao Lin approves it within the hour.
    Fine. Next time, ask me before you promise. # speaker: zhaolin # mood: annoyed
- -> d4_competitor

=== d4_competitor ===
In the café across from Meridian, a tall man raises his cup to you. # scene: cafe # music: office
Lars Nordin, Nordvik. Welcome to Meridian, Wu Di. # speaker: lars # mood: pleased
Twenty years we've worked with them. Eleanor and I go back a long way. # speaker: lars # mood: pleased
A word of advice: they don't like surprises. # speaker: lars # mood: thinking
He leaves with a tray of coffees for the sourcing team.
Zhang Hao takes the chair Lars has just left and opens his laptop.
Nordvik just set up a Meridian group team. Sixty people. # speaker: zhanghao # mood: concerned
It mirrors Meridian's new structure, opco by opco. # speaker: zhanghao # mood: concerned
They hired Meridian's old head of network sharing, too. # speaker: zhanghao # mood: thinking
But they're thin in enterprise services. And India dropped them. # speaker: zhanghao # mood: thinking # facilitator: Step seven: read the competitor's strategy. Ask: what do Nordvik's hires and structure say about where Meridian is heading? Watch for copying the rival's headcount, or waving it away.
+ [Ask Zhao Lin for a group team to match Nordvik's, fast # score: S-1 T+1 O-1 # feedback: Mirroring the customer's structure is sound team design. But copying a rival's headcount before you know your own strategy buys cost, not position. # cap: org_development]
    You message Zhao Lin that evening.
    Sixty heads? Show me the strategy first. Then we talk people. # speaker: zhaolin # mood: thinking
+ [Read Nordvik the way you would read a customer # score: S+3 T+1 # feedback: Reading the competitor's strategy through its account organisation and hires shows where it will attack and where it is thin. Doing it with the team sharpens everyone. # cap: strategic_thinking]
    ~ nordvik_read = true
    Let's read them like a customer. What does this tell us? # speaker: wudi # mood: thinking
    That they expect a group-wide sharing deal and want to run it. # speaker: zhanghao # mood: thinking
    And that they're weak where Meridian wants to grow. Enterprise. # speaker: zhanghao # mood: pleased
+ [Keep the team focused on our own strengths # score: S-1 T-1 # feedback: Ignoring the competitor throws away free intelligence, and brushing off Zhang Hao's work tells him not to bother. A rival's organisation shows where the customer is heading. # cap: strategic_thinking]
    Nordvik is Nordvik's business. We win on our strengths. # speaker: wudi # mood: neutral
    Zhang Hao closes the laptop, a little too carefully.
- -> d5_sandbox

=== d5_sandbox ===
Monday. Lin Xiao has wiped the whiteboard clean. # scene: tianyu_office # music: office
Planning season starts next month. We need an opportunity map. # speaker: linxiao # mood: thinking
{ homework:
    The investor-day pledges are pinned on the left.
}
{ nordvik_read:
    Zhang Hao's map of Nordvik's team hangs beside them.
}
Telescope or magnifying glass. Where do we start? # speaker: linxiao # mood: thinking # facilitator: Draw both tools. The telescope finds opportunities where the customer's, the competitor's and our strategies meet; the magnifying glass is the sandbox by opco and product. Ask: which comes first, and why? Watch for this year's pipeline dressed up as a sandbox.
+ [Magnifying glass first: put this year's tenders in a sandbox by opco # score: S+0 O+1 # feedback: A magnifying glass without a telescope. Good for this year's orders, blind to where the group strategy will move spending over three years. # cap: business_acumen]
    Eleven tenders, laid out by opco and size. The UK renewal is on top.
    A good list for this year. It says nothing about year three. # speaker: linxiao # mood: concerned
+ [Ask each product line for its Meridian targets and merge them # score: S-1 R+1 # feedback: It mobilises headquarters, but it maps only your own company's view. The customer's and the competitor's strategies are missing from the sandbox. # cap: collaborative_influence]
    Five product lines send five lists. Together they fill the wall.
    Every list is about what we sell. None is about what they want. # speaker: linxiao # mood: concerned
+ [Telescope first: where do Meridian's, Nordvik's and our plans meet? # score: S+3 R+1 # feedback: The telescope finds opportunities where customer, competitor and own-company strategies meet. The magnifying-glass sandbox then breaks them down by opco and product. # cap: strategic_thinking]
    ~ telescope = true
    Three columns go up: Meridian, Nordvik, Tianyu.
    Shared radio in the four sharing markets. Enterprise networks. # speaker: linxiao # mood: pleased
    And India's capacity, if it can fit the sharing plan. # speaker: linxiao # mood: thinking
    { not homework or not nordvik_read:
        Some columns are thin. You are guessing where you should know.
    }
    Then the magnifying glass: each bet broken down by opco and product.
- -> d6_india

=== d6_india ===
A video call from Mumbai, set up by Priya Nair. # scene: video_call # music: tension
Arjun asked for this call himself. That's new. # speaker: priya # mood: surprised
London wants me to share towers with my biggest rival. # speaker: arjun # mood: annoyed
In India. In the middle of a price war. # speaker: arjun # mood: annoyed
I need four thousand sites before the festival season. My own sites. # speaker: arjun # mood: annoyed
Ninety million dollars, Wu Di. Quote me this week and it's yours. # speaker: arjun # mood: thinking
It would be the biggest order on the account this year. # speaker: priya # mood: concerned
{ daniel_trust > 0:
    You remember Daniel: the opcos hate it, India most of all.
}
{ homework:
    And the new org chart: Arjun now reports to Eleanor on a dotted line.
}
It also runs straight against the group plan. # facilitator: The loud opco. Ask: is India wrong? What is its real pain, and who decides now (step five, the org chart)? Watch for chasing the order, and for a flat no.
+ [Quote this week, and fold it into the framework once that is signed # score: S-2 O+1 BE-1 # feedback: A big order, but letting one loud opco's deal run ahead of the group strategy sets you against the CTO and the CPO. Short-term revenue, long-term exclusion. # cap: strategic_risk]
    ~ india_side_deal = true
    You'll have a quote by Friday. # speaker: wudi # mood: pleased
    We can sort out the framework later. # speaker: wudi # mood: pleased
    Finally, a supplier who listens to India. # speaker: arjun # mood: pleased
    Priya says nothing. She has read the group framework.
    -> d7_fallout
+ [Ask where the price war actually hurts # score: S+3 BE+1 # feedback: Aligning an opco with the group strategy starts with its pain. Take it seriously, then shape a solution inside the group's sharing and sourcing rules. # cap: customer_partnering]
    ~ opco_alignment += 1
    Before any price: where exactly does the price war hurt? # speaker: wudi # mood: thinking
    Arjun talks for twenty minutes. Eight cities matter; the rest is reach.
    Your own sites where you fight hardest, shared sites elsewhere? # speaker: wudi # mood: thinking
    Bought through the framework, with phase one fast-tracked. # speaker: wudi # mood: neutral
    If London moves fast, I can live with that. # speaker: arjun # mood: thinking
+ [Tell him plainly: nothing outside the group framework # score: S+0 BE-2 # feedback: Loyal to the group strategy, but a flat no ignores the opco's real pain. Aligning an opco means solving its problem inside the strategy, not reciting the strategy. # cap: customer_partnering]
    ~ opco_alignment -= 1
    Arjun, I can't sell outside the group framework. # speaker: wudi # mood: neutral
    Then I'll find a supplier who can read my calendar. # speaker: arjun # mood: annoyed
    He leaves the call. Priya stays on, silent.
+ {eleanor_trust >= 2} [Suggest Arjun and Eleanor fit India into One Meridian together # score: S+2 R+1 BE+2 # feedback: Using your standing with the group CTO to bring group and opco together is organisation-to-organisation communication. You convene; they decide. # cap: collaborative_influence]
    ~ opco_alignment += 2
    ~ eleanor_trust += 1
    This needs you and Eleanor in one conversation, not me in between. # speaker: wudi # mood: thinking
    She'll take that call? # speaker: arjun # mood: surprised
    She takes it the same day. India joins One Meridian as a pilot.
- -> d7_bridge

=== d7_fallout ===
Two days later, your phone lights up: Daniel Fischer. # scene: corridor # sfx: notify
I hear India is buying ninety million of radio outside my framework. # speaker: daniel # mood: annoyed
With a Tianyu quote on the table. Eleanor is copied. # speaker: daniel # mood: annoyed
I don't like surprises, Wu Di. # speaker: daniel # mood: annoyed
Help me understand whose strategy you are working for. # speaker: daniel # mood: concerned # facilitator: Ask: how does Wu Di win back the group's trust, and what does he then owe Arjun? Watch for defending the opco's autonomy, or asking the bosses to smooth it over.
+ [Explain: India has its own budget and a real capacity crunch # score: S-1 BE-2 # feedback: True facts, wrong frame. Defending a deal that breaks the group's procurement strategy tells the group you serve the loudest opco, not Meridian. # cap: customer_partnering]
    ~ eleanor_trust -= 1
    ~ daniel_trust -= 1
    India has its own budget, and a real capacity crunch. # speaker: wudi # mood: concerned
    Then India can explain that to the board. So can you. # speaker: daniel # mood: annoyed
+ [Ask Zhao Lin to call Meridian's COO and calm things down # score: S-1 R-1 BE-1 # feedback: Asking bosses to paper over a strategy conflict spends senior capital and leaves the misalignment in place. Escalate with options, not instead of fixing. # cap: collaborative_influence]
    ~ credibility -= 1
    ~ daniel_trust -= 1
    Zhao Lin calls Meridian's COO. The call is polite and changes nothing.
    You had me spend a favour on a deal I didn't know about. # speaker: zhaolin # mood: annoyed
+ [Own it: pause the quote, and ask for a fast call-off for India # score: S+2 O-1 BE+1 # feedback: Owning the mistake and routing the opco's need back through the group framework restores alignment. You lose a fast order and keep the account strategy. # cap: strategic_risk]
    ~ india_side_deal = false
    ~ opco_alignment += 1
    You're right. I let one opco pull against the group. # speaker: wudi # mood: concerned
    We'll pause the quote and route India through a call-off. # speaker: wudi # mood: thinking
    Can you fast-track phase one if we do? # speaker: wudi # mood: thinking
    If the design shares sites, yes. I'll tell Eleanor. # speaker: daniel # mood: neutral
    Arjun is furious for a week. Then he signs the fast track.
- -> d8_offsite

=== d7_bridge ===
You fly to Mumbai. # scene: opco_office # music: office
{ opco_alignment > 0:
    Arjun's planners have already sketched a mixed design.
- else:
    Arjun is polite and cool. Castellan's team was here yesterday.
}
Eleanor's architects and Arjun's planners have never met. # speaker: priya # mood: thinking
They only meet in escalation emails. # speaker: priya # mood: concerned # facilitator: Step three: organisation-to-organisation communication. Ask: who needs to talk to whom, and what is Wu Di's job in that room? Watch for leaving it all to the local team, or asking London to overrule.
+ [Leave India to Priya's team and stay at group level yourself # score: S-1 T+1 # feedback: Trusting local talent is good team leadership. But the conflict sits between group and opco, and aligning them is the KAM's own job. # cap: org_development]
    India is yours, Priya. I'll stay on the group side. # speaker: wudi # mood: neutral
    Priya nods. She knows India's problem sits on the group side.
+ [Ask Eleanor to overrule Arjun so the group plan holds # score: S+0 BE-1 # feedback: The group plan wins on paper, but an overruled opco complies slowly. Alignment that rests on a mandate alone rarely survives execution. # cap: customer_partnering]
    You ask Eleanor to settle it from London.
    I can overrule him. He'll comply slowly, and remember it. # speaker: eleanor # mood: concerned
    She does. He does. Slowly.
+ [Get both planning teams in one room with our iron triangle # score: S+2 R+1 BE+1 # feedback: Organisation-to-organisation communication. Putting group and opco planners in one room with your iron triangle makes the alignment theirs. # cap: collaborative_influence]
    ~ opco_alignment += 1
    ~ eleanor_trust += 1
    Three sessions: London's architects, Mumbai's planners, your team.
    By the third, they argue about antennas, not about each other.
    You didn't sell anything this week. That's why it worked. # speaker: priya # mood: pleased
- -> d8_offsite

=== d8_offsite ===
{ eleanor_trust >= 2:
    Eleanor invites you to her strategy off-site. Three suppliers attend. # scene: meridian_boardroom # music: boardroom
- else:
    You get twenty minutes at supplier day, between Nordvik and Castellan. # scene: meridian_boardroom # music: boardroom
}
We are writing the 2030 plan now. Sharing, sourcing, enterprise. # speaker: eleanor # mood: neutral
What should I hear from Tianyu? # speaker: eleanor # mood: thinking # facilitator: Steps two and three: influence the strategy while it is being written, through organisation-to-organisation channels. Ask: what can Tianyu offer that no catalogue can? Watch for the roadmap slide: it replays the first meeting.
+ [Show Tianyu's next-generation roadmap and ask where she would pilot it # score: S-1 BE+1 # feedback: Asking about pilots is courteous, but leading with your own roadmap repeats the first meeting. To influence the customer's strategy, start from it. # cap: customer_partnering]
    You show the roadmap and ask where she would pilot it.
    It's a good roadmap. It's yours, not ours. # speaker: eleanor # mood: neutral
+ {eleanor_trust >= 3} [Offer to co-write the sharing roadmap, and invite her to shape ours # score: S+3 BE+3 # feedback: Influencing the customer's strategy while it is made, both ways. A joint roadmap and a seat in your own planning is what strategic partnership looks like. # cap: customer_partnering]
    ~ eleanor_trust += 2
    Let us write the sharing roadmap with your team. # speaker: wudi # mood: thinking
    And come to our labs in Shenzhen to shape our roadmap too. # speaker: wudi # mood: thinking
    Both ways? Nobody has offered that in twenty years. # speaker: eleanor # mood: surprised
    Put it in writing. I'll bring Daniel. # speaker: eleanor # mood: pleased
+ [Propose a standing working group: her architects and our experts # score: S+2 R+1 BE+2 # feedback: Organisation-to-organisation communication that helps the customer plan. A standing working group puts your expertise inside her planning process. # cap: collaborative_influence]
    ~ eleanor_trust += 1
    A working group: your architects and our experts, monthly. # speaker: wudi # mood: neutral
    Sharing first. Then enterprise services. # speaker: wudi # mood: neutral
    Monthly is good. Quarterly, I'll report it to the board. # speaker: eleanor # mood: pleased
+ {nordvik_read} [Offer enterprise networks, where her growth is and Nordvik is thin # score: S+2 BE+1 # feedback: Matching your strengths to the customer's strategy and to the competitor's gap is the telescope at work. Differentiate where the customer is going. # cap: business_value]
    ~ eleanor_trust += 1
    Your enterprise target is 20% of revenue. That's where we can help. # speaker: wudi # mood: thinking
    We've built private networks for ports and factories elsewhere. # speaker: wudi # mood: neutral
    You've studied our gaps. And, I suspect, Nordvik's. # speaker: eleanor # mood: pleased
- -> d9_boss

=== d9_boss ===
// No later line reads the trust scores one by one, only their total. Folding them into fit
// here lets stories:check merge paths that differ only in how they got there.
~ fit = eleanor_trust + daniel_trust
~ eleanor_trust = 0
~ daniel_trust = 0
A late video call with Zhao Lin. # scene: video_call # music: office
HQ wants next year's number for Meridian, and a story behind it. # speaker: zhaolin # mood: concerned
{ india_side_deal:
    India's ninety million is in my forecast. Don't let it slip. # speaker: zhaolin # mood: thinking
}
{ discount_promised:
    Sun Mei tells me your group discount ate the UK margin. # speaker: zhaolin # mood: annoyed
}
Nordvik is circling the group deal. What's your plan? # speaker: zhaolin # mood: thinking # facilitator: Bring in our own company's strategy: Tianyu wants profitable growth in value markets. Ask: how does Wu Di take his boss along? Watch for buying room with a bigger number.
+ [Bring fewer, bigger bets that fit Meridian's plan, with honest numbers # score: S+2 O+1 # feedback: An account strategy that follows the customer's direction and your company's values, backed by honest numbers, earns internal support. # cap: business_acumen]
    ~ credibility += 1
    Fewer, bigger bets, all aligned with Meridian's plan. # speaker: wudi # mood: neutral
    Smaller than I hoped. More believable than most. # speaker: zhaolin # mood: thinking
+ [Promise 20% more this year to buy room for the strategy # score: S-1 O-2 # feedback: Over-commitment. Buying internal support with a number you cannot back ties the account strategy to this year's orders, and costs credibility later. # cap: business_acumen]
    ~ credibility -= 1
    Give me room on strategy, and I'll give you 20% more this year. # speaker: wudi # mood: pleased
    Deal. I'll hold you to it. # speaker: zhaolin # mood: pleased
    Lin Xiao, listening in, writes 20% on a sticky note and circles it.
+ {telescope} [Show him the sandbox, and what you need from HQ # score: S+3 R+2 O+1 # feedback: Matching customer, competitor and own-company strategy in one sandbox makes the plan fundable. The boss sees the bets, the numbers and what you need from HQ. # cap: strategic_thinking]
    ~ credibility += 2
    Meridian wants sharing and enterprise. Nordvik wants to run sharing. # speaker: wudi # mood: neutral
    We want profitable growth in both. Here are the bets and the asks. # speaker: wudi # mood: neutral
    This I can defend at HQ. Send it to Chen Yu and Marco too. # speaker: zhaolin # mood: pleased
+ [Ask him which opcos to back. He knows HQ better # score: S-2 R+1 # feedback: Drawing on your boss is fine, but the account strategy is yours to set. Handing the choice upward is the country-manager habit this turn asks you to drop. # cap: strategic_thinking]
    Which opcos would you back? You know HQ better than I do. # speaker: wudi # mood: thinking
    I know HQ. You're supposed to know Meridian. # speaker: zhaolin # mood: annoyed
- -> d10_rhythm

=== d10_rhythm ===
// Same for credibility: only the total counts from here on.
~ fit += credibility
~ credibility = 0
Friday evening at the account office. # scene: tianyu_office # music: night
{ homework or telescope:
    The whiteboard shows Meridian's strategy now, not your targets.
- else:
    The whiteboard is full: tenders, product lists, opco wish lists.
}
It's a good plan. In six months it'll be as stale as every plan. # speaker: linxiao # mood: thinking
Twenty opcos, six time zones. How do we keep it alive? # speaker: zhanghao # mood: concerned # facilitator: Introduce a BLM-style strategy-review rhythm tied to the customer's planning calendar. Ask: how often is your own account plan reviewed, and with whom? Watch for the plan as a document rather than a habit.
+ [Plan when Meridian plans, and review it with them # score: S+3 T+1 BE+1 # feedback: A standing strategy-management rhythm in the BLM style keeps the account strategy alive and in step with the customer's own planning cycle. # cap: org_development]
    ~ rhythm = true
    We plan when Meridian plans, not when we do. # speaker: wudi # mood: thinking
    Quarterly review with every opco triangle. Monthly sandbox refresh. # speaker: wudi # mood: neutral
    Twice a year, a joint review with Eleanor's office. # speaker: wudi # mood: neutral
    So the plan becomes a habit. I can work with that. # speaker: linxiao # mood: pleased
+ [Write a thorough plan, circulate it widely, review it at year end # score: S+1 T-1 # feedback: A written plan is a start, but a strategy reviewed once a year drifts, and a plan written alone leaves the team as readers, not owners. Strategy needs a review rhythm. # cap: strategic_thinking]
    You spend the weekend on a forty-page account plan.
    It is thorough. It will next be opened in December.
+ [Let each opco team own its plan, and consolidate the numbers yourself # score: S-1 T+1 # feedback: Delegation motivates the opco teams, but consolidating numbers is not aligning strategies. The opcos will drift back to pulling in different directions. # cap: org_development]
    ~ opco_alignment -= 1
    Each opco team owns its plan. I'll consolidate the numbers. # speaker: wudi # mood: neutral
    Zhang Hao looks at the wall. India's plan and Germany's already clash.
- -> finale

=== finale ===
// fit already holds Eleanor's and Daniel's trust and Zhao Lin's view of your credibility.
~ fit += opco_alignment
{ homework:
    ~ fit += 1
}
{ nordvik_read:
    ~ fit += 1
}
{ telescope:
    ~ fit += 1
}
{ rhythm:
    ~ fit += 1
}
{ discount_promised:
    ~ fit -= 2
}
{ india_side_deal:
    ~ fit -= 3
}
{
- fit >= 9 and not india_side_deal and not discount_promised:
    -> ending_strong
- fit <= 1:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
Six months later. # scene: meridian_boardroom # music: boardroom
Meridian's board approves the One Meridian 2030 plan.
Tianyu wins the lead role in Meridian's network sharing.
It also co-leads an enterprise private-network pilot in Germany.
{ opco_alignment >= 2:
    India's first phase runs in the framework. Arjun calls it his idea.
- else:
    India joins the framework late, but it joins.
}
{ d3b_discount:
    Daniel still tells the story of the supplier who took a discount back.
}
{ d7_fallout:
    Daniel remembers the India quote, and how you handled it.
}
You came back having read us. # speaker: eleanor # mood: pleased
Then you helped us write the next chapter. # speaker: eleanor # mood: pleased
{ rhythm:
    The quarterly reviews now run without anyone chasing them.
- else:
    The plan is strong. It stays alive only as long as you chase it.
}
Lin Xiao co-chairs the joint sharing team. Priya runs India.
Zhang Hao keeps the Nordvik watch, and briefs the team every month.
Zhao Lin asks you to teach your method to the region's KAMs.
She was right on day one. You didn't understand. Now you ask first. # ending: strong
-> END

=== ending_mixed ===
Six months later. # scene: meridian_boardroom # music: office
Tianyu makes Meridian's list of twelve, as a radio supplier.
Nordvik wins the group contract to run network sharing in Europe.
{ india_side_deal:
    India's local order went through. Daniel froze its other call-offs.
- else:
    { opco_alignment >= 1:
        India's first phase is in the framework, late but aligned.
    - else:
        India goes its own way, with Castellan.
    }
}
{ discount_promised:
    The group discount stays, and every opco quotes it back to you.
}
Better. Not yet what I need from a partner. # speaker: eleanor # mood: neutral
{ rhythm:
    The quarterly reviews keep the opco teams talking to each other.
    They are the one habit Eleanor's office has noticed.
- else:
    The team is busy and tired, running from one opco fire to the next.
}
Good orders. Now show me the strategy behind them. # speaker: zhaolin # mood: thinking
You have a seat at the table. Next year you need a voice at it. # ending: mixed
-> END

=== ending_poor ===
Six months later, a departure lounge at night. # scene: airport # music: night
Nordvik becomes Meridian's partner for sharing and enterprise.
Tianyu stays on the list as a tactical supplier. Price checks only.
{
- india_side_deal:
    Daniel blocks India's local order. Arjun blames Tianyu for the delay.
- opco_alignment <= 0:
    India buys from Castellan, outside the framework.
}
{ discount_promised:
    The group discount stays, and every opco quotes it back to you.
}
Eleanor's office now forwards your emails to Daniel.
Lin Xiao has asked to go back to HQ. Zhang Hao is interviewing.
Priya has stopped copying you on India.
Zhao Lin wants a full account review in Shenzhen next week. # sfx: notify
You open the investor-day pack again. Page one. # ending: poor
-> END
