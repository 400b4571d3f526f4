import { lines, type PhraseRule } from '../phrases.js';

/**
 * Noticing a non-verbal cue: putting into words what the client's body or voice showed ("I notice
 * you looked away just then", "your hands are shaking", "I can hear the pain in your voice").
 * Naming the very cue the client was shown with is found in code (extras.ts, `nonverbal.names-cue`).
 */
export const NONVERBAL_RULES: readonly PhraseRule[] = [
  {
    id: 'nonverbal.i-notice',
    move: 'noticing_nonverbal',
    strength: 0.85,
    reason: 'named something the client showed: {m}',
    phrases: lines`
      i (notice|noticed|am noticing|can see|see|saw|sense|am sensing|spotted|observed) …… {body-cue}
      i (notice|noticed|am noticing|can see|see|saw|spotted|observed) …… (your|you) {body-part}
      i (could not|can not) help noticing …… ({body-cue}|your {body-part})
      i (can|could) tell (from|by) …… ({body-cue}|your {body-part})
      (it )?looks like you …… {body-cue}
      you (seem|look|looked|seemed) …… {body-cue}
    `,
    examples: [
      'I notice you looked away just then.',
      'I can see your hands are shaking.',
      'I noticed you smiled when you talked about your garden.',
      "I couldn't help noticing you took a deep breath there.",
      'I noticed that when you talk about your dad your voice goes very quiet.',
    ],
    counterExamples: [
      'I noticed you have missed two appointments.',
      'I see what you mean.',
      'It looks like you have a lot on your plate.',
    ],
  },
  {
    id: 'nonverbal.you-did',
    move: 'noticing_nonverbal',
    strength: 0.7,
    reason: 'named something the client showed: {m}',
    phrases: lines`
      ^(just now,? )?you (have |are |were |have been )?(just )?{body-cue}
      ^(just now,? )?you (have |are |were )?(just )?(looked|looking) (away|down|at the (floor|ground|door|window|clock))
      ^(just now,? )?you (keep|kept) (looking|glancing|checking|touching|rubbing|playing with|fiddling with|picking at|tapping)
      ^(just now,? )?you (have |are )?(gone|went|go|going|got|getting) (very |really |a bit |quite )?(quiet|silent|still|pale|red|tearful|tense)
      ^you (are|were|have been) (very |really |so )?(quiet|silent|still) (today|just now|there|since)
      ^you (took|take|taking) a (deep|big|sharp|long) breath
      ^you (are|were) (holding back|fighting back|blinking back) (tears|the tears)
      ^you (are not|were not|have not been) (looking at me|making eye contact)
      ^you (look|looked|seem) (so |very |really |quite |a bit )?(tired|exhausted|pale|tense|restless|fidgety|shaky|tearful|flushed|drained|on edge) (today|this morning|this week|just now|there|when)
      ^you (sound|sounded) (so |very |really |quite |a bit )?(breathless|hoarse|shaky|croaky|quiet)
      ^your {body-part} (is|are|was|were|went|goes|seem|seems|look|looks|sound|sounds|just|has|have|got|gets|keeps?|started|starts|changed|changes|dropped|drops|cracked|cracks|shook|shakes|softened|softens|tightened|tightens|lit up|lights up|fell|falls|filled|fill|welled|well)
      (there are|there were|i see|i can see) tears in your eyes
      (that was|that is|that is quite) a (big|deep|heavy|long) (sigh|breath|pause)
    `,
    examples: [
      'You went quiet when I mentioned your father.',
      "You're looking at the floor a lot today.",
      'Your voice changed when you said her name.',
      "You've crossed your arms, and I'm wondering what's going on for you.",
      'Your hands are shaking.',
      'You keep looking at the door.',
      "You're smiling, but your eyes look sad.",
      'That was a big sigh.',
      'You took a deep breath just then.',
    ],
    counterExamples: [
      "You're looking for a new job.",
      "You're looking forward to the weekend.",
      'Your body needs rest.',
      'You said you feel angry, and I wonder what the anger is about.',
      'Your hands are tied by the contract.',
      'You keep looking for reasons.',
    ],
    unlessFollowedBy: lines`
      (for|forward|into|to|back|ahead|after|around for|up to)
      at (options|ways|getting|doing|going|changing|trying|other|different|some|a)
      (tied|full)
      (mass|weight|needs|clock)
    `,
  },
  {
    id: 'nonverbal.hear-in-voice',
    move: 'noticing_nonverbal',
    strength: 0.75,
    reason: 'put into words what the client showed: {m}',
    phrases: lines`
      i (can )?(hear|sense|see) (the |some |a (lot of |little )?|real |how much )?(\w+ )?(pain|sadness|anger|hurt|fear|frustration|worry|tiredness|grief|sorrow|emotion|tension|distress|fury|anxiety|exhaustion|relief|shame|hope|excitement|joy)( (in|on|behind) your (voice|face|eyes|words))?
      in your (voice|face|eyes)
      i can (sense|see|hear) how (\w+ )?(anxious|nervous|tense|upset|angry|sad|scared|uncomfortable|frightened|worried|tired|hurt)
      (your|the) (\w+ )?(is|are) (palpable|visible|written all over|showing|so clear)
    `,
    examples: [
      'I can hear the pain in your voice.',
      'Your anger is palpable today.',
      'I can sense how anxious you are about the results.',
      'I see tears in your eyes.',
    ],
    counterExamples: ['I can see how upsetting this is for you.', 'I hear you.', 'I see the problem now.'],
  },
];
