# title: You don't really understand me
# role: S
# order: 1
# stage: expansion
# summary: Wu Di's first month as KAM for Meridian. The Group CTO cuts his product pitch short, and he must learn to read her strategy before he sells.
# goal: Read the customer's strategy (annual report, investor day, CxO priorities and pain points) before selling anything.
# goal: Set the customer's, the competitors' and Tianyu's strategies side by side to find where the real opportunity lies.
# goal: Bring opcos into line with the group strategy when one local deal pulls the other way.
# goal: Agree a standing strategy-review rhythm with the customer instead of one-off pitches.
# carry: eleanor_trust = Eleanor Hughes trusts Wu Di
# carry: discount_promised = A twelve percent group discount was conceded in the first month
# carry: rhythm = The account plan is reviewed on Meridian's calendar, with Eleanor's office
# carry: india_side_deal = India's ninety million was sold outside the group framework

VAR eleanor_trust = 0
VAR opco_alignment = 0
VAR homework = false
VAR opco_lists = false
VAR orgchart = false
VAR nordvik_read = false
VAR long_view = false
VAR discount_promised = false
VAR discount_taken_back = false
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
It is twenty metres to the lift. # facilitator: Freeze here. Ask: with twenty metres left, do you spend them on Eleanor herself or on getting to her people? What does each cost? Watch for defending the pitch or promising a better deck: both are still selling.
+ [Tell her the new units solve her cost problem, and ask for ten minutes # score: S-1 BE-2 # feedback: Defending the pitch proves her point: you are still selling before you have read her strategy. A CTO who feels unheard stops listening. # cap: customer_partnering]
    ~ eleanor_trust -= 1
    ~ fit -= 1
    Our units cut power per site by a third. # speaker: wudi # mood: concerned
    Surely that is your cost problem? # speaker: wudi # mood: concerned
    Cost per site is your metric, Wu Di. Not mine. # speaker: eleanor # mood: annoyed
    The lift doors close between you.
+ [Ask what she needs you to understand first # score: S+2 BE+1 # feedback: Asking a CxO what she is trying to achieve is where reading the customer's strategy begins. It costs you the meeting you wanted: she gives you homework, not time. # cap: strategic_thinking]
    ~ eleanor_trust += 1
    ~ fit += 2
    You're right. I brought answers before I knew the question. # speaker: wudi # mood: thinking
    What should I understand before we meet again? # speaker: wudi # mood: thinking
    She stops at the lift and looks at you properly for the first time.
    Read what we told our investors in March. All of it. # speaker: eleanor # mood: thinking
    Then tell me what it means for forty suppliers and twenty opcos. # speaker: eleanor # mood: neutral
+ [Ask for an hour with her architects this week # score: BE+2 # feedback: Working-level access is quick and real, and it builds relationships below the top. But architects explain the network, not what the board holds her to, so you still have to find that yourself. # cap: customer_partnering]
    ~ fit += 1
    Could your architects give my team an hour this week? # speaker: wudi # mood: neutral
    Fine. My office will set it up. # speaker: eleanor # mood: neutral
    She is already reading a message as the lift doors close.
+ [Promise a proposal built around Meridian's own network by next week # score: S-1 BE+1 # feedback: Quick and courteous, but a tailored catalogue is still a catalogue. It answers your agenda, not her strategy. # cap: customer_partnering]
    Let me come back next week with a design built for Meridian. # speaker: wudi # mood: neutral
    If you like. Send it to my office. # speaker: eleanor # mood: neutral
    Her tone says the proposal will go unread.
- -> d2_homework

=== d2_homework ===
Back at the office, the whiteboard still shows last year's targets. # scene: tianyu_office # music: office
Well. That could have gone better. # speaker: linxiao # mood: concerned
Nordvik had lunch with her architects yesterday. I saw them. # speaker: zhanghao # mood: concerned
{ eleanor_trust > 0:
    An email from her office: the investor-day pack, 92 pages. # sfx: notify
}
The group sourcing kick-off is in two weeks. # speaker: linxiao # mood: thinking
Twenty opco teams are asking what to do. How do we spend the two weeks? # speaker: linxiao # mood: thinking # facilitator: Ask: documents or the field? Let one half of the room argue for reading what Meridian told its investors, the other for sending the opco teams to their CTOs. What does each cost? Watch for the better demo: it feels productive and changes nothing.
+ [Split the team up to read what Meridian told its investors, analyst calls included # score: S+3 T+1 # feedback: Step one: read the customer's strategy in its own public words, where CxO priorities and pain points are stated. The cost is days at desks with no customer contact, while the opco teams wait for direction. # cap: strategic_thinking]
    ~ homework = true
    ~ fit += 2
    The team splits it up: annual report, investor day, analyst calls.
    By Friday the whiteboard says One Meridian.
    Capex down from 18% to 14% of revenue in three years. # speaker: linxiao # mood: pleased
    Network sharing with a rival in four European markets. # speaker: linxiao # mood: pleased
    Enterprise digital services, from 9% of revenue to 20%. # speaker: zhanghao # mood: surprised
    Eleanor's name is on the first two. That's what she is judged on. # speaker: linxiao # mood: thinking
    And the analysts asked about India on every call. Losses, price war. # speaker: zhanghao # mood: concerned
+ [Get Chen Yu's product line to build a Meridian roadmap and a live demo # score: S-1 R+1 # feedback: Mobilising headquarters is a real skill, but the demo answers a question Meridian has not asked. It is product push before strategy. # cap: collaborative_influence]
    ~ fit -= 1
    You call Chen Yu at headquarters. The product line loves a demo.
    I'll build it. I'm just not sure she'll come to see it. # speaker: linxiao # mood: concerned
+ [Send each opco team to ask its own CTO what it needs this year # score: T+2 S+1 # feedback: It puts twenty opco teams to work and brings back ground truth, which builds the team. But requirements are not strategic intent, and twenty wish lists do not add up to the group's plan. # cap: org_development]
    ~ opco_lists = true
    ~ fit += 1
    Twenty opco wish lists come back within a week.
    India wants its own network, fast. Germany wants to share everything. # speaker: zhanghao # mood: thinking
    They can't all be right. Or the group has an answer we haven't read. # speaker: linxiao # mood: thinking
- -> d2b_orgchart

=== d2b_orgchart ===
Zhang Hao pins a printout to the wall: Meridian's new organisation chart. # scene: tianyu_office
Since January, every opco CTO reports to Eleanor on a dotted line. # speaker: zhanghao # mood: thinking
There's a new Group Network Sharing Office under her. # speaker: zhanghao # mood: thinking
Network contracts over five million now need Daniel's signature. # speaker: zhanghao # mood: thinking
And enterprise services left the opcos. It reports to the CEO now. # speaker: zhanghao # mood: surprised
Our contact plan still lists twenty opco CTOs and nobody at group. # speaker: linxiao # mood: concerned
Ten days to the kick-off. Whose diaries do we try to get into? # speaker: linxiao # mood: thinking # facilitator: Step five: the org chart shows the strategy. Ask: what does this chart say Meridian is doing? Then: do you change whom you see, or how your own team is organised, first? What does each cost? Watch for "the budgets are still local": true this year, and the chart says for how long.
+ [Keep the opco teams on their own CTOs: the budgets still sit locally # score: O+1 S-1 # feedback: It protects this year's orders, and the budgets really are local for now. But a chart that moves people, money and signatures to the group is the strategy in writing, and this reads past it. # cap: business_acumen]
    Nothing has been bought from London yet. We stay where the money is. # speaker: wudi # mood: neutral
    Zhang Hao leaves the printout on the wall anyway.
+ [Find out who now signs off opco network plans, and see them first # score: S+2 BE+1 # feedback: Reading the strategy from the org chart: who now approves and signs shows where the group is taking control. The cost is the opco CTOs, who notice that Tianyu now goes to London first. # cap: strategic_thinking]
    ~ orgchart = true
    ~ fit += 2
    Zhang Hao makes two calls to people he trusts.
    Since March, the Sharing Office approves every opco's radio plan. # speaker: zhanghao # mood: thinking
    Daniel signs. The opcos keep their customers, not their networks. # speaker: zhanghao # mood: thinking
    So the chart is the strategy. The group is taking back the network and the money. # speaker: linxiao # mood: thinking
    Arjun in India won't like it. He's on that dotted line too. # speaker: zhanghao # mood: concerned
+ [Give each new group office a named owner in our team, and brief the opcos # score: T+2 # feedback: Shaping your team to follow the customer's structure is sound team design, and it gives people clear ownership. But you have reorganised before you have asked what the change means, so the owners go in with nothing to say. # cap: org_development]
    ~ fit += 1
    Lin Xiao takes the Sharing Office. Zhang Hao takes procurement.
    Each opco team gets a note on what moved and who owns what.
    Good. Now what do I tell the Sharing Office when I meet them? # speaker: linxiao # mood: thinking
- -> d3_procurement

=== d3_procurement ===
Daniel Fischer, the Group CPO, gives you thirty minutes. # scene: meridian_boardroom # music: boardroom
Forty-three network suppliers today. Twelve by next year. # speaker: daniel # mood: neutral
Frameworks at group level. The opcos call off from them. # speaker: daniel # mood: neutral
So. Why should Tianyu be one of the twelve? # speaker: daniel # mood: thinking # facilitator: Step four: read procurement and supplier strategy. Ask: what is Daniel measured on, and what will his scorecard reward? Who would rather ask than propose in a first meeting, and what does that cost? Watch for the price cut: it answers a question he did not ask.
+ [Ask how the twelve will be scored, and what changes for the opcos # score: S+2 BE+1 # feedback: Reading the procurement and supplier strategy before you pitch tells you what the scorecard rewards and where the opcos will push back. It is safe, but it leaves Daniel with nothing to remember you by. # cap: business_acumen]
    ~ fit += 1
    How will you score the twelve? And what changes for the opcos? # speaker: wudi # mood: thinking
    Seven-year cost of ownership. Readiness for shared networks. # speaker: daniel # mood: neutral
    And whether a supplier reduces my work or adds to it. # speaker: daniel # mood: neutral
    The opcos hate it, by the way. India most of all. # speaker: daniel # mood: concerned
+ [Offer twelve percent off, group-wide, to get onto the list # score: S-2 O-2 BE+1 # feedback: An opening price cut trades margin for something he did not ask for, and anchors every opco's price. Price is not a strategy. # cap: business_acumen]
    ~ discount_promised = true
    ~ fit -= 1
    Twelve percent off, group-wide, if Tianyu makes the twelve. # speaker: wudi # mood: pleased
    Noted. Everybody offers something on day one. # speaker: daniel # mood: neutral
    He writes it down all the same.
    -> d3b_discount
+ {homework} [Show how shared sites and fewer suppliers carry the capex pledge # score: S+3 O+1 BE+1 # feedback: The shareholder-value view: linking your offer to the capex cut the board promised investors speaks the language the CPO is judged in. The cost: your saving per site is now a number he will hold you to. # cap: business_value]
    ~ eleanor_trust += 1
    ~ fit += 2
    Your board promised investors capex at 14% of revenue. # speaker: wudi # mood: neutral
    Shared sites carry most of that. Here is our saving per site. # speaker: wudi # mood: neutral
    You read the investor pack. Most suppliers only read our tender. # speaker: daniel # mood: surprised
    I'll mention this to Eleanor. # speaker: daniel # mood: pleased
+ [Argue for breadth: with fewer suppliers, the broadest one should win # score: S-1 BE-1 # feedback: It sounds aligned, but supplier reduction rewards lower cost and less hassle, not a longer catalogue. Pushing the portfolio ignores how procurement scores suppliers. # cap: customer_partnering]
    Radio, core, transport, services. One supplier for all of it. # speaker: wudi # mood: pleased
    I don't need more things from one supplier. # speaker: daniel # mood: annoyed
    I need fewer problems from twelve. # speaker: daniel # mood: annoyed
- -> d4_competitor

=== d3b_discount ===
Back at the office, Sun Mei waves you over to the finance corner. # scene: finance_room # music: tension
Twelve percent, group-wide? # speaker: sunmei # mood: surprised
On the UK renewal alone, margin drops from 21% to 9%. # speaker: sunmei # mood: concerned
And every opco will quote it back to us. # speaker: sunmei # mood: concerned
Daniel's team wants it in the framework letter by Friday. # speaker: sunmei # mood: neutral
A discount that size is Zhao Lin's call. He hasn't approved it. # speaker: sunmei # mood: concerned # facilitator: Ask: take it back or fence it in? One costs face with Daniel, the other costs margin for years. Who in the room would keep their word here, and at what price? Watch for treating a hasty concession as sacred.
+ [Keep the twelve percent, but only on framework volumes over three years # score: O+2 BE+1 S-1 # feedback: Fencing the concession keeps your word, gets Zhao Lin's sign-off and claws back margin. But the price anchor stays: every opco will start from twelve percent, and you are still selling on price. # cap: business_acumen]
    ~ fit += 1
    Zhao Lin signs off on one condition: framework volumes only, phased over three years.
    The twelve percent holds, on those terms. # speaker: wudi # mood: neutral
    Sun Mei reruns the UK renewal: fifteen percent margin, not nine. # speaker: sunmei # mood: thinking
    Better. It's still the first number every opco will quote. # speaker: sunmei # mood: concerned
+ [Offer Daniel a seven-year cost case instead # score: S+3 O+1 BE-1 # feedback: Replacing a price concession with a costed case on his own scorecard undoes the over-commitment and moves the talk to value. Taking an offer back costs goodwill, honestly spent. # cap: strategic_risk]
    ~ discount_promised = false
    ~ discount_taken_back = true
    ~ fit += 2
    A flat discount was the wrong offer. # speaker: wudi # mood: thinking
    Let me show you, in numbers, how we help you hit your seven-year cost target. # speaker: wudi # mood: thinking
    You're the first supplier to take a discount back. # speaker: daniel # mood: surprised
    Send me the numbers. If they hold, I prefer this. # speaker: daniel # mood: neutral
    His deputy, who had already typed twelve percent into the draft letter, does not smile.
+ [Confirm it in the letter: you said it in the room # score: S-1 O-2 # feedback: Keeping your word matters, but this locks in an over-commitment without pricing approval. It anchors every opco negotiation and buys no strategic position. # cap: business_acumen]
    ~ fit -= 1
    The letter goes out on Friday.
    Sun Mei updates the forecast without a word.
- -> d4_competitor

=== d4_competitor ===
In the café across from Meridian, a tall man raises his cup to you. # scene: cafe # music: office
Lars Nordin, Nordvik. Welcome to Meridian, Wu Di. # speaker: lars # mood: pleased
Twenty years we've worked with them. Eleanor and I go back a long way. # speaker: lars # mood: pleased
A word of advice: they don't like surprises. # speaker: lars # mood: thinking
He leaves with a tray of coffees for the sourcing team.
Zhang Hao takes the chair Lars has just left and opens his laptop.
Nordvik just set up a Meridian group team. Sixty people. # speaker: zhanghao # mood: concerned
Opco by opco, it follows Meridian's new structure. # speaker: zhanghao # mood: concerned
They hired Meridian's old head of network sharing, too. # speaker: zhanghao # mood: thinking
But they're thin in enterprise services. And India dropped them. # speaker: zhanghao # mood: thinking # facilitator: Step seven: read the competitor's strategy. Ask: is the answer to sixty people an analysis or people of your own? What does each cost: time and certainty, or money before a strategy? Watch for waving the rival away.
+ [Ask Zhao Lin for a small group-level team now, before Nordvik's sixty settle in # score: T+2 S+1 O-1 # feedback: A team that follows the customer's structure is sound design, and asking early gets the people on board before the sourcing round. But the heads come before the strategy, and the region pays for them either way. # cap: org_development]
    ~ fit += 1
    You message Zhao Lin that evening.
    Five, not sixty. And show me in a month what they're for. # speaker: zhaolin # mood: thinking
+ [Tell the team to ignore Nordvik and sharpen our own offer # score: S-1 T-1 # feedback: It keeps the team focused, but it throws away free intelligence, and brushing off Zhang Hao's work tells him not to bother. A rival's organisation shows where the customer is heading. # cap: strategic_thinking]
    ~ fit -= 1
    Nordvik is Nordvik's business. We win on our strengths. # speaker: wudi # mood: neutral
    Zhang Hao closes the laptop, a little too carefully.
+ [Work out with Zhang Hao what Nordvik's hires say # score: S+2 T+1 # feedback: Reading the competitor's strategy through its account organisation and hires shows where it will attack and where it is thin. The cost: no new capacity, while Nordvik has sixty people on the ground. # cap: strategic_thinking]
    ~ nordvik_read = true
    ~ fit += 2
    Let's read them like a customer. What does this tell us? # speaker: wudi # mood: thinking
    That they expect a group-wide sharing deal and want to run it. # speaker: zhanghao # mood: thinking
    And that they're weak where Meridian wants to grow. Enterprise. # speaker: zhanghao # mood: pleased
- -> d5_plan

=== d5_plan ===
Monday. Zhao Lin's planning template has arrived from the region. # scene: tianyu_office # music: office
One slide per opportunity, three-year revenue, due in ten days.
Meridian has eleven tenders open this year. The UK renewal is the biggest.
{ homework:
    The investor-day pledges are still pinned on the left.
}
{ nordvik_read:
    Zhang Hao's map of Nordvik's team hangs beside them.
}
We can fill this in two days or in two weeks. Which plan do we hand in? # speaker: linxiao # mood: thinking # facilitator: Opportunity spotting (telescope and magnifying glass) and the sandbox; the options avoid the course's words on purpose. Ask: which plan would you defend to Zhao Lin, and which to Eleanor? One is bankable this year, the other is right for year three. What does each cost? Watch for this year's pipeline dressed up as a strategy.
+ [Ask each product line for its Meridian targets and merge them # score: S-1 R+1 # feedback: It mobilises headquarters and the template fills itself. But it maps only your own company's wishes: the customer's and the competitor's strategies are missing. # cap: collaborative_influence]
    Five product lines send five lists. Together they fill the wall.
    Every list is about what we sell. None is about what they want. # speaker: linxiao # mood: concerned
+ [Start from Meridian's year-three goals and Nordvik's gaps # score: S+3 # feedback: Opportunities sit where the customer's plan, the competitor's gaps and your own company's priorities meet; only then break them down by opco and product. The cost is a thin first year on the slide Zhao Lin will read first. # cap: strategic_thinking]
    ~ long_view = true
    ~ fit += 2
    Three columns go up: Meridian, Nordvik, Tianyu.
    Shared radio in the four sharing markets. Enterprise networks. # speaker: linxiao # mood: pleased
    And India's capacity, if it can fit the sharing plan. # speaker: linxiao # mood: thinking
    { not homework or not nordvik_read:
        Some columns are thin. You are guessing where you should know.
    }
    Then each bet is broken down by opco and product. Year one looks small.
+ [Rank the eleven open tenders by size and odds, and project them forward # score: O+2 # feedback: Bankable, honest about this year, and exactly what the template asks for. But it is blind to where the group strategy will move spending by year three. # cap: business_acumen]
    ~ fit += 1
    Eleven tenders, laid out by opco, size and odds. The UK renewal is on top.
    A solid list for this year. It says nothing about year three. # speaker: linxiao # mood: concerned
- -> d6_india

=== d6_india ===
~ homework = false
A video call from Mumbai, set up by Priya Nair. # scene: video_call # music: tension
Arjun asked for this call himself. That's new. # speaker: priya # mood: surprised
London wants me to share towers with my biggest rival. # speaker: arjun # mood: annoyed
In India. In the middle of a price war. # speaker: arjun # mood: annoyed
I need four thousand sites before the festival season. My own sites. # speaker: arjun # mood: annoyed
Ninety million dollars, Wu Di. Quote me this week and it's yours. # speaker: arjun # mood: thinking
It would be the biggest order on the account this year. # speaker: priya # mood: concerned
{ opco_lists:
    India's wish list said the same thing a month ago. Nobody at group answered it.
}
{ orgchart:
    You remember the chart: Arjun reports to Eleanor on a dotted line now.
}
It also runs straight against the group plan. # facilitator: The loud opco. Ask: is India wrong? Who decides now? Then: do you work on Arjun's pain yourself, or put him and Eleanor in one conversation? What does each cost Arjun and Wu Di? Watch for chasing the order, and for a flat no.
+ [Quote this week; the group framework can absorb it once it is signed # score: S-2 O+1 BE-1 # feedback: A big order, but letting one loud opco's deal run ahead of the group strategy sets you against the CTO and the CPO. Short-term revenue, long-term exclusion. # cap: strategic_risk]
    ~ india_side_deal = true
    ~ fit -= 2
    You'll have a quote by Friday. # speaker: wudi # mood: pleased
    We can sort out the framework later. # speaker: wudi # mood: pleased
    Finally, a supplier who listens to India. # speaker: arjun # mood: pleased
    Priya says nothing. She has read the group framework.
    -> d7_fallout
+ {orgchart or eleanor_trust >= 2} [Offer to set up a call with Eleanor, with options for both of them # score: BE+3 S+2 # feedback: Bringing group and opco into one conversation is organisation-to-organisation communication: you convene, they decide. The cost: Arjun may feel reported on, and you give up the role of the one who solved it. # cap: collaborative_influence]
    ~ opco_alignment += 2
    ~ eleanor_trust += 1
    ~ fit += 2
    This needs you and Eleanor in one conversation, not me in between. # speaker: wudi # mood: thinking
    I'll bring both options: your own sites, and shared ones. # speaker: wudi # mood: thinking
    She'll take that call? # speaker: arjun # mood: surprised
    She takes it the same day. India joins One Meridian as a pilot.
    Afterwards Arjun messages Priya: next time, he would rather tell London himself.
+ [Tell him Tianyu won't quote outside the group framework # score: S+1 BE-2 # feedback: Loyal to the group strategy, but a flat no ignores the opco's real pain. Aligning an opco means solving its problem inside the strategy, not reciting the strategy. # cap: customer_partnering]
    ~ opco_alignment -= 1
    ~ fit -= 1
    Arjun, I can't sell outside the group framework. # speaker: wudi # mood: neutral
    Then I'll find a supplier who can read my calendar. # speaker: arjun # mood: annoyed
    He leaves the call. Priya stays on, silent.
+ [Ask where the price war actually hurts before talking price # score: S+3 BE+1 # feedback: Aligning an opco with the group starts with its real pain; then you shape an answer inside the group's rules. The cost: you now carry the go-between role yourself, and London has not agreed to anything. # cap: customer_partnering]
    ~ opco_alignment += 1
    ~ fit += 2
    Before any price: where exactly does the price war hurt? # speaker: wudi # mood: thinking
    Arjun talks for twenty minutes. Eight cities matter; the rest is reach.
    Your own sites where you fight hardest, shared sites elsewhere? # speaker: wudi # mood: thinking
    Bought through the framework, with phase one fast-tracked. # speaker: wudi # mood: neutral
    If London moves fast, I can live with that. # speaker: arjun # mood: thinking
- -> d7_bridge

=== d7_fallout ===
// Bookkeeping, as at d8_offsite.
~ opco_lists = false
~ orgchart = false
~ fit = MAX(fit, 1)
Two days later, your phone lights up: Daniel Fischer. # scene: corridor # sfx: notify
I hear India is buying ninety million of radio outside my framework. # speaker: daniel # mood: annoyed
With a Tianyu quote on the table. Eleanor is copied. # speaker: daniel # mood: annoyed
I don't like surprises, Wu Di. # speaker: daniel # mood: annoyed
Help me understand whose strategy you are working for. # speaker: daniel # mood: concerned # facilitator: Ask: pull the quote, or bring it inside the rules? One loses the year's biggest order and angers Arjun; the other keeps it and bends the sharing plan. Who argues for each? Watch for defending the opco's autonomy, or asking the bosses to smooth it over.
+ [Ask Zhao Lin to call Meridian's COO and calm things down # score: S-1 R-1 BE-1 # feedback: Asking bosses to paper over a strategy conflict spends senior capital and leaves the misalignment in place. Escalate with options, not instead of fixing. # cap: collaborative_influence]
    ~ fit -= 1
    Zhao Lin calls Meridian's COO. The call is polite and changes nothing.
    You had me spend a favour on a deal I didn't know about. # speaker: zhaolin # mood: annoyed
+ [Pause the quote and ask Daniel to fast-track India's call-off # score: S+3 BE+1 O-1 # feedback: Owning the mistake and routing the opco's need back through the group framework restores alignment. You lose a fast order, and Arjun's goodwill for a while. # cap: strategic_risk]
    ~ india_side_deal = false
    ~ opco_alignment += 1
    ~ fit += 2
    You're right. I let one opco pull against the group. # speaker: wudi # mood: concerned
    We'll pause the quote and route India through a call-off. # speaker: wudi # mood: thinking
    Can you fast-track phase one if we do? # speaker: wudi # mood: thinking
    If the design shares sites, yes. I'll tell Eleanor. # speaker: daniel # mood: neutral
    Arjun is furious for a week. Then he signs the fast track.
+ [Keep the order, repriced on framework terms and signed by Daniel # score: O+2 BE+1 S-1 # feedback: It keeps ninety million and Arjun's timetable, and brings the price inside the rules: a defensible operating call. But India still builds its own sites against the group's sharing plan, and Eleanor will see who helped. # cap: business_acumen]
    ~ india_side_deal = false
    ~ fit += 1
    Framework prices, your signature, and India keeps its timetable. # speaker: wudi # mood: neutral
    Fine. I'll sign. The design still ignores sharing, and Eleanor will see that. # speaker: daniel # mood: neutral
+ [Explain that India has its own budget and a real capacity crunch # score: S-1 BE-2 # feedback: True facts, wrong frame. Defending a deal that breaks the group's procurement strategy tells the group you serve the loudest opco, not Meridian. # cap: customer_partnering]
    ~ eleanor_trust -= 1
    ~ fit -= 1
    India has its own budget, and a real capacity crunch. # speaker: wudi # mood: concerned
    Then India can explain that to the board. So can you. # speaker: daniel # mood: annoyed
- -> d8_offsite

=== d7_bridge ===
// Bookkeeping, as at d8_offsite.
~ opco_lists = false
~ orgchart = false
~ fit = MAX(fit, 1)
~ eleanor_trust = MIN(MAX(eleanor_trust, 0), 3)
Priya calls again the next morning. # scene: video_call # music: office
{ opco_alignment > 1:
    Arjun's planners have already sketched a mixed design.
- else:
    Arjun is polite again, but cool. Castellan's team was in Mumbai yesterday.
}
Eleanor's architects and Arjun's planners have never met. # speaker: priya # mood: thinking
They only meet in escalation emails. Someone has to put them in a room. # speaker: priya # mood: concerned # facilitator: Step three: organisation-to-organisation communication. Ask: should the KAM host this himself, or hand it to his best local manager? What does each cost: the KAM's time and Priya's growth, or speed and standing with London? Watch for asking London to overrule.
+ [Fly to Mumbai and chair the three sessions with both planning teams yourself # score: S+2 R+1 BE+1 # feedback: Putting group and opco planners in one room with your iron triangle makes the alignment theirs, and the KAM's presence tells both sides it matters. The cost: a week of your time, with Priya in the second row. # cap: collaborative_influence]
    ~ opco_alignment += 1
    ~ eleanor_trust += 1
    ~ fit += 2
    Three sessions in Mumbai: London's architects, Arjun's planners, your team.
    By the third, they argue about antennas, not about each other.
    You didn't sell anything this week. That's why it worked. # speaker: priya # mood: pleased
+ [Ask Eleanor to settle it from London so the group plan holds # score: S+1 BE-2 # feedback: The group plan wins on paper, but an overruled opco complies slowly. Alignment that rests on a mandate alone rarely survives execution. # cap: customer_partnering]
    ~ fit -= 1
    You ask Eleanor to settle it from London.
    I can overrule him. He'll comply slowly, and remember it. # speaker: eleanor # mood: concerned
    She does. He does. Slowly.
+ [Ask Priya to run the sessions, and back her from London # score: T+2 S+1 # feedback: Handing the room to your best local talent grows her and puts India's voice first. The cost: London's architects may not treat her as a peer, and it goes slower without you there. # cap: org_development]
    ~ opco_alignment += 1
    ~ fit += 1
    Priya runs three sessions. You join the last one by video.
    The architects took two sessions to stop talking over her. # speaker: priya # mood: thinking
    But the design is ours now. Arjun says so too. # speaker: priya # mood: pleased
- -> d8_offsite

=== d8_offsite ===
// Bookkeeping that changes no outcome, so that stories:check can merge paths: later lines
// only ask whether India is aligned (1) or fully on board (2), and this knot only whether
// trust is 2 or 3; a fit this low can no longer escape the poor ending.
~ opco_alignment = MIN(MAX(opco_alignment, 0), 2)
~ eleanor_trust = MIN(MAX(eleanor_trust, 1), 3)
~ fit = MAX(fit, 3)
{ eleanor_trust >= 2:
    Eleanor invites you to her strategy off-site. Three suppliers attend. # scene: meridian_boardroom # music: boardroom
- else:
    You get twenty minutes at supplier day, between Nordvik and Castellan. # scene: meridian_boardroom # music: boardroom
}
We are writing the 2030 plan now. Sharing, sourcing, enterprise. # speaker: eleanor # mood: neutral
What should I hear from Tianyu? # speaker: eleanor # mood: thinking # facilitator: Steps two and three: influence the strategy while it is being written. Ask: do you ask for a hand on the pen now, or build the working channel that earns it later? What does each cost? Watch for the roadmap slide: it replays the first meeting.
+ [Propose a monthly working group of her architects and your experts # score: BE+2 R+1 S+1 # feedback: A standing working group puts your expertise inside her planning process and builds ties below the top. It is slower to shape the plan itself, and it commits your experts every month. # cap: collaborative_influence]
    ~ fit += 2
    A working group: your architects and our experts, monthly. # speaker: wudi # mood: neutral
    Sharing first. Then enterprise services. # speaker: wudi # mood: neutral
    Monthly is good. Quarterly, I'll report it to the board. # speaker: eleanor # mood: pleased
+ [Show Tianyu's next-generation roadmap and ask where she would pilot it # score: S-1 BE+1 # feedback: Asking about pilots is courteous, but leading with your own roadmap repeats the first meeting. To influence the customer's strategy, start from it. # cap: customer_partnering]
    You show the roadmap and ask where she would pilot it.
    It's a good roadmap. It's yours, not ours. # speaker: eleanor # mood: neutral
+ {eleanor_trust >= 3} [Lend her your engineers for the sharing plan, and invite her to Shenzhen to shape our roadmap # score: S+3 BE+2 # feedback: Influencing the customer's strategy while it is made, and letting her shape yours, is what strategic partnership looks like. The cost: months of your engineers' time, an HQ that must let a customer into its planning, and a CPO who will make sure you do not write your own tender. # cap: customer_partnering]
    ~ fit += 2
    Let us draft the sharing plan with your team. # speaker: wudi # mood: thinking
    And come to Shenzhen to shape our roadmap in return. # speaker: wudi # mood: thinking
    Nobody has offered that in twenty years. # speaker: eleanor # mood: surprised
    Put it in writing. I'll bring Daniel. # speaker: eleanor # mood: pleased
+ {nordvik_read} [Point to enterprise private networks, where her growth is and Nordvik is thin # score: S+2 O+1 # feedback: Matching your strengths to the customer's growth and the competitor's gap differentiates you where the customer is going. But it is still an offer, and the sharing plan gets written without you. # cap: business_value]
    ~ fit += 1
    Your enterprise target is 20% of revenue. That's where we can help. # speaker: wudi # mood: thinking
    We've built private networks for ports and factories elsewhere. # speaker: wudi # mood: neutral
    You've studied our gaps. And, I suspect, Nordvik's. # speaker: eleanor # mood: pleased
- -> d9_boss

=== d9_boss ===
~ fit = MAX(fit, 5)
// Nothing later in this story reads these: clearing them lets stories:check merge paths
// that differ only in how they got here. Eleanor's trust goes on into the year (# carry:),
// kept as two values: 1 if she trusts Wu Di (2 or more here), 0 otherwise.
{ eleanor_trust >= 2:
    ~ eleanor_trust = 1
- else:
    ~ eleanor_trust = 0
}
~ nordvik_read = false
A late video call with Zhao Lin. # scene: video_call # music: office
HQ wants next year's number for Meridian, and a story behind it. # speaker: zhaolin # mood: concerned
{ india_side_deal:
    India's ninety million is in my forecast. Don't let it slip. # speaker: zhaolin # mood: thinking
}
{ discount_promised:
    Every opco now opens with your twelve percent. Sun Mei made sure I know. # speaker: zhaolin # mood: annoyed
}
Nordvik is circling the group deal. What's your plan? # speaker: zhaolin # mood: thinking # facilitator: Bring in our own company's strategy: Tianyu wants profitable growth in value markets. Ask: in month one, do you arrive with your bets, or first ask what HQ will back? What does each cost? Watch for buying room with a bigger number.
+ [Give him a smaller number you can defend, opco by opco # score: O+2 # feedback: Honest numbers earn trust with a boss and keep the account out of over-commitment. But a number without the bets behind it gives HQ nothing to fund. # cap: business_acumen]
    ~ fit += 1
    Smaller than last year's plan, and every line has a tender behind it. # speaker: wudi # mood: neutral
    Smaller than I hoped. More believable than most. # speaker: zhaolin # mood: thinking
+ {long_view} [Walk him through three bets, their numbers and your asks of HQ # score: S+3 R+1 # feedback: Matching the customer's, the competitor's and your own company's strategy makes the plan fundable: the boss sees bets, numbers and asks. The cost: the asks land before you know what HQ can give. # cap: strategic_thinking]
    ~ fit += 2
    Meridian wants sharing and enterprise. Nordvik wants to run sharing. # speaker: wudi # mood: neutral
    We want profitable growth in both. Here are the bets and the asks. # speaker: wudi # mood: neutral
    This I can defend at HQ. Send it to Chen Yu and Marco too. # speaker: zhaolin # mood: pleased
+ [Promise 20% more this year to buy room for the longer plan # score: S-1 O-2 # feedback: Over-commitment. Buying internal support with a number you cannot back ties the account strategy to this year's orders, and costs credibility later. # cap: business_acumen]
    ~ fit -= 2
    Give me room on strategy, and I'll give you 20% more this year. # speaker: wudi # mood: pleased
    Deal. I'll hold you to it. # speaker: zhaolin # mood: pleased
    Lin Xiao, listening in, writes 20% on a sticky note and circles it.
+ [Ask him what HQ will and won't fund on Meridian before you commit # score: R+2 S+1 # feedback: Reading your own company's strategy is part of the job, and a new KAM who asks first finds the resources that exist. The cost: you arrive without a view, and Zhao Lin expects one next time. # cap: collaborative_influence]
    ~ fit += 1
    Before I commit: what will HQ fund on Meridian, and what won't it? # speaker: wudi # mood: thinking
    Shared radio, yes. Enterprise, only with a partner. # speaker: zhaolin # mood: thinking
    Good question for month one. Next month, bring me your answer. # speaker: zhaolin # mood: neutral
- -> d10_rhythm

=== d10_rhythm ===
// As at d8_offsite: from here a fit of 7 or less always ends poor, and one of 18 or more
// ends as well as 18 does.
~ fit = MIN(MAX(fit, 7), 18)
Friday evening at the account office. # scene: tianyu_office # music: night
{ long_view:
    The whiteboard shows Meridian's strategy now, not your targets.
- else:
    The whiteboard is full: tenders, product lists, opco wish lists.
}
It's a good plan. In six months it'll be as stale as every plan. # speaker: linxiao # mood: thinking
Twenty opcos, six time zones. How do we keep it alive? # speaker: zhanghao # mood: concerned # facilitator: A standing strategy-review rhythm, BLM style. Ask: do you review the plan with the customer, or inside your own team first? What does each cost? How often is your own account plan reviewed, and with whom? Watch for the plan as a document rather than a habit.
+ [Write a thorough plan, circulate it widely, and review it at year end # score: S+1 T-1 # feedback: A written plan is a start, but a strategy reviewed once a year drifts, and a plan written alone leaves the team as readers, not owners. # cap: strategic_thinking]
    You spend the weekend on a forty-page account plan.
    It is thorough. It will next be opened in December.
+ [Have each opco triangle present its part to the team monthly # score: T+2 S+1 # feedback: A monthly internal review makes the opco triangles owners and keeps them talking to each other. But it runs on Tianyu's calendar, not Meridian's, so the plan can drift from the customer's. # cap: org_development]
    ~ fit += 1
    Every month, one hour, each opco triangle presents. # speaker: wudi # mood: neutral
    India and Germany discover they are bidding the same engineers. # speaker: zhanghao # mood: surprised
+ [Review the plan on Meridian's planning calendar, with her office in twice a year # score: S+2 T+1 BE+1 # feedback: A standing strategy-review rhythm in step with the customer's own planning keeps the account strategy alive and visible to her. The cost: you show Meridian your plan, warts and all. # cap: org_development]
    ~ rhythm = true
    ~ fit += 2
    We plan when Meridian plans, not when we do. # speaker: wudi # mood: thinking
    Quarterly review with every opco triangle. Monthly refresh of the bets. # speaker: wudi # mood: neutral
    Twice a year, a review with Eleanor's office. # speaker: wudi # mood: neutral
    So the plan becomes a habit. I can work with that. # speaker: linxiao # mood: pleased
+ [Let each opco team own its plan, and add up the numbers yourself # score: T+1 S-1 # feedback: Delegation motivates the opco teams, but adding up numbers is not aligning strategies. The opcos drift back to pulling in different directions. # cap: org_development]
    ~ opco_alignment -= 1
    Each opco team owns its plan. I'll add up the numbers. # speaker: wudi # mood: neutral
    Zhang Hao looks at the wall. India's plan and Germany's already clash.
- -> finale

=== finale ===
{ discount_promised:
    ~ fit -= 1
}
{
- fit >= 17 and not india_side_deal:
    -> ending_strong
- fit <= 9:
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
{ discount_taken_back:
    Daniel still tells the story of the supplier who took a discount back.
}
You came back having read us. # speaker: eleanor # mood: pleased
Then you helped us write the next chapter. # speaker: eleanor # mood: pleased
{ rhythm:
    The quarterly reviews now run without anyone chasing them.
- else:
    The plan is strong. It stays alive only as long as you chase it.
}
Lin Xiao co-chairs the sharing programme with Eleanor's architects. Priya runs India.
Zhang Hao keeps the Nordvik watch, and briefs the team every month.
Zhao Lin asks you to teach your method to the region's KAMs.
She was right on day one. You didn't understand. Now you ask first. # ending: strong
-> END

=== ending_mixed ===
Five months later, two in the morning. Meridian Germany's network operations centre. # scene: network_ops # music: office
The first shared sites go live on the big screen, one by one.
The radios are Tianyu's. The sharing platform that runs them is Nordvik's.
Nordvik won the group contract to run sharing in Europe. Tianyu is one of the twelve, as a radio supplier.
{ india_side_deal:
    In Mumbai, India's own sites are half built. Daniel froze its other call-offs.
- else:
    { opco_alignment >= 1:
        India's first phase is in the framework, late but aligned.
    - else:
        India builds its own sites, outside the sharing plan.
    }
}
{ discount_promised:
    The group discount stays, and every opco quotes it back to you.
}
Eleanor has come to watch. She stops beside you on her way out. # music: night
Good radios. Next year, I'd like to hear your ideas before Nordvik's. # speaker: eleanor # mood: neutral
{ rhythm:
    Back at the office, the quarterly reviews keep the opco teams talking to each other.
- else:
    Back at the office, the team runs from one opco fire to the next.
}
A message from Zhao Lin is waiting on your phone. # sfx: notify
Good orders. Now show me the strategy behind them. # speaker: zhaolin # mood: thinking
You watch another site turn green. Your kit, someone else's plan. # ending: mixed
-> END

=== ending_poor ===
Six months later. The café across the road from Meridian. # scene: cafe # music: night
At the next table, Lars's team toasts a signed framework with Meridian's sourcing people.
Daniel's email is on your phone: Nordvik becomes Meridian's partner for sharing and enterprise.
Tianyu stays on the list as a tactical supplier. Price checks only.
{
- india_side_deal:
    Daniel has frozen India's order. Arjun tells everyone Tianyu cost him the festival season.
- opco_alignment <= 0:
    India builds its own sites outside the sharing plan. Castellan is in Mumbai every week.
}
{ discount_promised:
    The group discount stays, and every opco quotes it back to you.
}
Lin Xiao has asked to go back to HQ. Zhang Hao is interviewing.
Priya has stopped copying you on India.
Zhao Lin writes that he will sit in on your Meridian meetings from now on. # sfx: notify
Lars stops at your table on his way out.
They don't like surprises, Wu Di. I did tell you. # speaker: lars # mood: pleased
The coffee has gone cold. So, for now, has Meridian. # ending: poor
-> END
