// =============================================================================
// TEMPLATE SCENARIO for "Wu Di's Turn"
//
// How to use it:
//   1. Copy this file to stories/en/ AND stories/zh-CN/, with the same file name in both
//      (for example s6_operations.ink). Each copy is one scenario in the menu.
//   2. Replace the placeholder text, keep the structure, and run:
//        npm run stories:check
//   3. The full guide: docs/AUTHORING.md (English), docs/AUTHORING.zh-CN.md (Chinese).
//
// Lines that start with // (like this one) are comments: the game never shows them.
// Text after # on a line is a TAG: an instruction to the game (who speaks, the setting,
// the scores), never shown to learners as story text.
// =============================================================================


// --- HEADER ------------------------------------------------------------------
// The first lines of the file, before any story text. They tell the menu about the scenario.
//   title    the name in the menu and the debrief
//   role     the focus role: S, T, R, O or BE (without it the story is not scored)
//   order    the position in the menu: 1, 2, 3 ... (a sixth scenario takes 6)
//   stage    the account's stage: expansion, growth or maturity
//   summary  one or two sentences shown in the menu
//   goal     one learning goal per line, 2 to 4 of them: what the learner should do
//            differently after the scenario (the facilitator guide lists them)
# title: Template: replace this title
# role: S
# order: 6
# stage: growth
# summary: One or two sentences for the menu: where Wu Di is, and what is at stake.
# goal: Replace with the first learning goal, e.g. read the customer's strategy before selling.
# goal: Replace with the second learning goal.


// --- VARIABLE ----------------------------------------------------------------
// A VAR is a number (or true/false) the story remembers. Here, "standing" is how the
// customer sees Wu Di. Options add to it or take from it with ~ standing += 1,
// one option appears only when it is high enough, and it decides the ending.
// It is separate from the score: the score is what the debrief shows the learner.
VAR standing = 0

// Start the story: -> means "go to". The story begins in the knot called "opening".
-> opening


// --- OPENING SCENE -----------------------------------------------------------
// === name === starts a KNOT: a named section of the story. Use short English ids,
// and keep the same knot names in the English and Chinese files.
=== opening ===
// scene changes the setting; music changes the music. Both stay until changed again.
Where we are, and when. One line. # scene: tianyu_office # music: office
What has just happened. Keep each line short: one idea per line.
// speaker says who talks (a cast id); mood sets the face. No speaker = narration.
A line spoken by a colleague. # speaker: linxiao # mood: concerned
Wu Di answers. # speaker: wudi # mood: thinking
-> d1_prepare


// --- DECISION 1 --------------------------------------------------------------
=== d1_prepare ===
The situation before the first decision. # scene: tianyu_office
// The trainer's note goes on the LAST line before the options. Learners never see it.
// Say what to ask the room, and which trap to watch for.
The question Wu Di faces. # speaker: linxiao # mood: thinking # facilitator: Pause here. Ask: what does Wu Di know, and what is he missing? Watch for jumping to the pitch.
// Each option starts with * and its text goes inside [ ].
// The score, the coach's note (feedback) and the capability (cap) go INSIDE the brackets.
//   score     one to three roles (S T R O BE), each with a signed number from -2 to +3
//   feedback  the coach's note in the debrief: why it helps or hurts, naming the concept
//   cap       optional: one of the eight capabilities
// The indented lines under an option play when the learner picks it.
* [The strongest option # score: S+2 BE+1 # feedback: Name the concept, say why it works and what it costs, in one or two sentences. # cap: strategic_thinking]
    // ~ changes a variable. Here the customer thinks a little better of Wu Di.
    ~ standing += 1
    What happens next, in one or two lines.
// A DILEMMA: a second good option, one point behind, serving ANOTHER role. The room argues
// for each; each coach's note says what that option costs. Aim for at least four per scenario.
* [A second good option that serves the team instead # score: T+2 # feedback: Say what it buys and what it costs. # cap: org_development]
    What happens next.
* [A tempting wrong option # score: S-1 BE-1 # feedback: Say why it feels right and why it hurts, naming the concept. # cap: customer_partnering]
    ~ standing -= 1
    What happens next.
// A line starting with - is a GATHER: every option continues from here.
- -> d2_team


// --- DECISION 2 --------------------------------------------------------------
=== d2_team ===
A new situation. # speaker: zhanghao # mood: neutral
The question. # speaker: zhanghao # mood: thinking # facilitator: Ask: who needs to be in the room, and why? Watch for doing it all alone.
* [Bring the team in early # score: T+2 S+1 # feedback: The concept, and why it helps. # cap: org_development]
    ~ standing += 1
    What happens next.
* [Do it yourself this week, so the customer has it by Friday # score: O+2 # feedback: Fast for the customer; say what it costs the team. # cap: org_development]
    What happens next.
* [Hand it to someone else entirely # score: T-1 S-1 # feedback: Say why delegating this one is a mistake. # cap: org_development]
    ~ standing -= 1
    What happens next.
- -> d3_meeting


// --- DECISION 3 --------------------------------------------------------------
=== d3_meeting ===
// A new scene: change the setting and the music when the place changes.
The customer's office, a week later. # scene: meridian_boardroom # music: boardroom
A line from the customer. # speaker: eleanor # mood: neutral
The customer's question. # speaker: eleanor # mood: thinking # facilitator: Ask: what is the customer measured on? Watch for answering with a product.
* [Ask what she is measured on # score: S+2 BE+2 # feedback: The concept, and why it helps. # cap: customer_partnering]
    ~ standing += 1
    She answers. # speaker: eleanor # mood: pleased
* [Present the prepared slides # score: S-1 # feedback: Say why a prepared answer misses her question. # cap: customer_partnering]
    She listens politely. # speaker: eleanor # mood: neutral
* [Offer a discount to open the door # score: S-1 O-2 # feedback: Say why price is not a strategy. # cap: business_acumen]
    ~ standing -= 1
    She writes it down without a word. # speaker: eleanor # mood: annoyed
- -> d4_objection


// --- DECISION 4 --------------------------------------------------------------
=== d4_objection ===
The customer raises an objection. # speaker: eleanor # mood: concerned
// sfx plays a sound once: click, page, notify, alarm, strong or poor.
A message arrives on Wu Di's phone. # sfx: notify
The decision. # speaker: wudi # mood: thinking # facilitator: Ask: is the objection about us, or about her own pressure? Watch for arguing back.
* [Explore the objection before answering # score: BE+2 S+1 # feedback: The concept, and why it helps. # cap: collaborative_influence]
    ~ standing += 1
    What happens next.
* [Answer it point by point, with the delivery figures # score: O+2 # feedback: Say what the figures prove and what the question was really about. # cap: collaborative_influence]
    What happens next.
* [Escalate to Wu Di's boss # score: R-1 BE-1 # feedback: Say why escalating now costs trust. # cap: collaborative_influence]
    ~ standing -= 1
    What happens next.
- -> d5_offer


// --- DECISION 5: with a CONDITIONAL OPTION -----------------------------------
=== d5_offer ===
Back at the office. # scene: tianyu_office # music: office
The question. # speaker: linxiao # mood: thinking # facilitator: Ask: what can Wu Di offer that a competitor cannot? Note that the fourth option appears only for learners who have built trust.
* [A solid, standard offer # score: S+1 R+1 # feedback: The concept, and why it helps. # cap: business_value]
    What happens next.
* [Promise more than the company can deliver # score: S-1 O-2 # feedback: Say why over-commitment hurts later. # cap: strategic_risk]
    ~ standing -= 1
    What happens next.
* [Wait for the customer to ask # score: S-1 # feedback: Say why waiting hands the initiative to a competitor. # cap: strategic_thinking]
    What happens next.
// { condition } before the [ makes a CONDITIONAL OPTION: it appears only when the condition
// is true. Here: only when Wu Di has earned some standing with the customer.
// It is scored like any other option.
* {standing >= 2} [Propose to build the plan together with the customer # score: S+3 BE+2 # feedback: The concept, and why it is only possible once trust is earned. # cap: customer_partnering]
    ~ standing += 2
    What happens next.
- -> d6_resources


// --- DECISION 6 --------------------------------------------------------------
=== d6_resources ===
A video call with headquarters. # scene: video_call
A line from the boss. # speaker: zhaolin # mood: concerned
The question. # speaker: zhaolin # mood: thinking # facilitator: Ask: how does Wu Di win resources he does not own? Watch for demanding rather than persuading.
* [Show what's in it for them # score: R+2 S+1 # feedback: The concept, and why it helps. # cap: collaborative_influence]
    ~ standing += 1
    What happens next.
* [Ask for the resources the target needs, and copy the target's owner # score: R-1 # feedback: Say why authority he does not have will not work. # cap: collaborative_influence]
    What happens next.
* [Make do without them # score: R-1 O-1 # feedback: Say what this costs the customer and the team. # cap: collaborative_influence]
    ~ standing -= 1
    What happens next.
- -> d7_pressure


// --- DECISION 7 --------------------------------------------------------------
=== d7_pressure ===
Pressure builds. # music: tension
The question. # speaker: wudi # mood: concerned # facilitator: Ask: what would you do with a deadline tomorrow? Watch for trading margin for speed.
// Special characters in a tag: write \[ \] \{ \} \# \| and \/\/ (for //) with a backslash,
// as in the feedback of the first option below.
* [Hold the line # score: O+2 BE+1 # feedback: The concept, and why it helps \[see module 3\]. # cap: business_acumen]
    ~ standing += 1
    What happens next.
* [Give in on price to close it # score: O-2 # feedback: Say why margin given away is hard to win back. # cap: business_acumen]
    ~ standing -= 1
    What happens next.
* [Split the difference, so the deal closes this quarter # score: O+1 # feedback: Say what it gets right and what it misses. # cap: business_acumen]
    What happens next.
- -> d8_follow_up


// --- DECISION 8 --------------------------------------------------------------
=== d8_follow_up ===
Some weeks later. # scene: tianyu_office # music: night
The last question. # speaker: linxiao # mood: thinking # facilitator: Ask: how does Wu Di keep this going without him? Watch for a plan that lives in a drawer.
* [Set up a regular review with the customer # score: S+2 T+1 BE+1 # feedback: The concept, and why a rhythm keeps a strategy alive. # cap: org_development]
    ~ standing += 1
    What happens next.
* [Write the plan with the team # score: T+2 S+1 # feedback: Say what the team gains and what is lost without the customer in the room. # cap: strategic_thinking]
    What happens next.
* [Move on to the next urgent thing # score: S-1 # feedback: Say what is lost when nobody follows up. # cap: strategic_thinking]
    ~ standing -= 1
    What happens next.
- -> finale


// --- CHOOSING THE ENDING -----------------------------------------------------
// No text here: the story reads the variable and goes to one of the three endings.
// The first condition that is true wins. Adjust the numbers so that each ending is
// reachable; npm run stories:check tells you how many paths reach each one.
=== finale ===
{
- standing >= 6:
    -> ending_strong
- standing <= 1:
    -> ending_poor
- else:
    -> ending_mixed
}


// --- THE THREE ENDINGS -------------------------------------------------------
// Every ending puts "# ending: strong", "mixed" or "poor" on its last line, then -> END.
=== ending_strong ===
Some months later. # scene: meridian_boardroom # music: boardroom
What went well, as the customer sees it. # speaker: eleanor # mood: pleased
One closing line that names what Wu Di learned. # sfx: strong # ending: strong
-> END

=== ending_mixed ===
Some months later. # scene: meridian_boardroom # music: office
What went well, and what did not. # speaker: eleanor # mood: neutral
One closing line that names what Wu Di still has to learn. # ending: mixed
-> END

=== ending_poor ===
Some months later. # scene: airport # music: night
What went wrong, as the customer sees it. # speaker: zhaolin # mood: annoyed
One closing line that shows the cost of the habits he kept. # sfx: poor # ending: poor
-> END
