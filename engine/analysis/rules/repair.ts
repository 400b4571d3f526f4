import { lines, type PhraseRule } from '../phrases.js';

/**
 * Owning a misstep: the counsellor names their own mistake and hands control back. It is giving
 * space, and its id, `repair.apology`, is what the simulated client reads to count a repair.
 * Sorrow for the client ("I'm sorry to hear that", "sorry for your loss") is empathy, not this.
 */
export const REPAIR_RULES: readonly PhraseRule[] = [
  {
    id: 'repair.apology',
    move: 'giving_space',
    strength: 0.6,
    reason: 'owned a misstep and made room to repair: {m}',
    phrases: lines`
      sorry,? (i|if i) (think )?(pushed|rushed|interrupted|got|was|went|jumped|cut|missed|misunderstood|misheard|did not mean|should not|upset|hurt|came across|sounded|said|asked|assumed|put)
      sorry,? for (pushing|asking|saying|interrupting|rushing|being|jumping|getting|that|the way|my)
      sorry,? (that|it) (came out|sounded|was) (wrong|badly|harsh|rude|insensitive|clumsy|careless)
      sorry,? i did not mean (to|that)
      sorry,? let me (try|put) (that|it|this) (again|another way|differently|better)
      i (do )?apologi[sz]e
      my apologies
      (that|it) (came out|sounded) (wrong|badly|harsh|rude|insensitive|clumsy|careless|judgemental|judgmental)
      i (pushed|rushed|went) (you )?too (hard|fast|far|much|quickly)
      i (got|have got|had) (that|it|you) wrong
      i (was|am) wrong (to|about that|there)
      i should not have (said|pushed|asked|assumed|interrupted|put|jumped|rushed)
      i did not mean to (rush|push|pressure|upset|hurt|interrupt|judge|lecture|preach|offend|put)
      (that|it) was (clumsy|insensitive|careless|unfair|out of line) of me
      (let me|can i|i will) (try|put|say) (that|it) (again|another way|differently|better)
      i (think )?i (missed|misunderstood|misread|misheard) (something|what you|that|you)
      i (think )?i (jumped|rushed|raced|got|went|ran) (ahead|in too (fast|quickly|soon)|too far)
      i (was|have been) (pushing|rushing|pressing) (you|a bit|too)
      i (lectured|judged|pushed|rushed|interrupted|preached at|talked over|dismissed) you\b.*\b(not|was not) (fair|right|okay|ok|helpful)
      (that|it) (was|was not) (not )?(fair|right|okay|ok|helpful) of me
    `,
    examples: [
      "Sorry, that came out wrong, I didn't mean to rush you.",
      "I shouldn't have said that.",
      "I got that wrong, didn't I?",
      "I'm sorry, I pushed too hard there.",
      'I apologise, that came out wrong.',
      "I'm sorry if I upset you just then.",
      'That was clumsy of me. Let me put it another way.',
      'I lectured you last week, and that was not fair.',
    ],
    counterExamples: [
      "I'm sorry to hear that.",
      "I'm so sorry for your loss.",
      "Sorry, I'm so sorry that happened to you.",
      'You got it wrong, that is all.',
      'He said sorry for being late.',
    ],
    unlessEarlier: lines`
      (he|she|they|you|your \w+) (said|says|say|was|were|is|are)
    `,
  },
];
