import { lines, type PhraseRule } from '../phrases.js';

/**
 * Minimising: playing the problem down, false reassurance and platitudes (Gordon's
 * "reassuring, sympathising"). Reassurance that skips the feeling is minimising however kindly
 * it is framed ("I can hear you're upset, but I'm sure it'll all work out").
 */
export const MINIMISING_RULES: readonly PhraseRule[] = [
  {
    id: 'minimising.at-least',
    move: 'minimising',
    strength: 0.75,
    reason: 'played the problem down: {m}',
    phrases: lines`
      at least
      cheer up
      look on the bright side
      (on )?the (bright|brighter) side
      silver lining
      (could|it could|things could|it might) (have been |be )(a lot |much |so much |far )?worse
      (others|other people|some people|lots of people|many people|plenty of people) (have it|have had it|are) (much |far |a lot )?worse
      it is not the end of the world
      everything happens for a reason
      time (heals|is a great healer)
      plenty (more )?(fish|of other)
      (just |you will )?(get over it|snap out of it|shake it off)
      (just |you will )?move on(?! (from|to|with))
      (?<!(you|you just|you could|you can|you were able to|you managed to|i|i just|he|she|they|we) )let it go
      it (is )?(just|only) (a|an|one) (\w+ )?(breakup|break-up|job|exam|pet|dog|cat|phase|argument|bad day|thing|mistake|setback)
      (it is|that is|it was|that was) ~ (not|no|nothing) (that |so |such a |a |too )?(bad|big deal|big (of )?a deal|serious|important|a problem|much)
      (it is|that is) nothing( to worry about)?
      (could be|there are) worse things
      (i|we) had it (much |far |a lot |way )?(harder|worse|tougher)
      you are ~ (overreacting|being (dramatic|silly)|making (a big deal|a fuss|a mountain))
      making a (big deal|fuss) (out )?of nothing
    `,
    unlessEarlier: lines`
      (not saying|i will not say|will not tell you|not going to (say|tell you))
    `,
    examples: [
      "You're overreacting.",
      'At least you still have your job.',
      'Cheer up, it might never happen.',
      'It could be a lot worse.',
      "It's not that bad really.",
      "It's only a breakup, you'll meet someone else.",
    ],
    counterExamples: [
      "I'm not going to say it could be worse.",
      'You let it go and walked away.',
      'You want to move on from the job.',
    ],
  },
  {
    id: 'minimising.false-reassurance',
    move: 'minimising',
    strength: 0.7,
    reason: 'offered reassurance that skips the feeling: {m}',
    phrases: lines`
      (do not|try not to|no need to) (you )?(worry|stress|panic|be (so |too )?(sad|upset|silly|down|worried|hard on yourself|scared|afraid|negative))
      (do not|try not to|no need to) (beat yourself up|take (it|that|this) (too |so )?personally|let (it|this|that|them|him|her) (get|bring|stress|upset|get to) you)
      i would not (take (it|that|this) (too |so )?personally|worry (too much|about (it|that)))
      no need to (cry|worry|be|feel|get upset)
      (it|things|everything|you|all) (will|is going to|are going to) (all )?(be|turn out|work out|end up) ~ (fine|okay|ok|alright|all right|great|good|well)
      (it|things|everything) will (all )?(work (itself )?out|sort itself out|get better|be for the best|fall into place|come together|turn around|look up|improve)
      it (does |will )?gets? (easier|better)
      things (do |will )?get (easier|better)
      i am ~ (sure|certain|confident|positive) (that )?(it|everything|things|you|he|she|they|this)( will| is| are)? (be |turn out |work out )?(fine|okay|ok|alright|all right|for the best)
      (i bet|i am ~ (sure|certain|confident|positive)) (that )?(\w+ )?(you|he|she|they|it|things|everything) (will|can|would|is going to|are going to) (surely |definitely |probably )?(find|come back|all come back|get|be|make|do|figure|work|come|pass|land|meet|sort|manage|overcome|succeed|beat|get through|pull through)
      i am ~ (sure|certain|positive) (that )?(something|someone|things|it|there is|there are|there will be) (will )?(come up|turn up|work out|change|get better|be something|something)
      i am ~ (sure|certain|positive) (that )?(you|he|she|they) (are|were|would|will|do|does|did|have|had) (\w+ )?(good|great|fine|glad|proud|happy|okay|alright|just|still|trying|prefer|be|feel)
      i (just )?know (that )?(you|he|she|they) will (find|get|be|make|do|figure|work|come|pass|land|meet|sort|manage|overcome|succeed|beat|get through|pull through)
      you will (be|feel) ~ (fine|okay|ok|better|alright|all right|over it|great)( soon| in no time)?
      you will (find|get) (a|another|the|someone|something|your|it|there)
      you will (get through|pull through|overcome|beat|come through) (this|it|that)
      (he|she|they) will (surely |definitely |probably )?(come (back|round|around)|unblock you|forgive you|get over it|understand|change|realise|realize|see sense|be fine|be okay)
      ^(please |just |oh )?(calm down|relax|chill out|settle down)
      (it|that) (does not|should not) (matter|bother you)
      you (should|ought to) be (grateful|thankful|happy|glad)
      (everyone|everybody) (goes through|has|feels) (this|that|it)
      you will (forget|soon forget|get used to it)
      it is all in your head
      ^chin up
    `,
    unless: lines`
      it is okay (not|to)
      fine to (feel|be|cry)
      okay to (feel|be|cry)
    `,
    unlessEarlier: lines`
      (if|whether|not saying|will not say|worried|worry|afraid|scared|hope|hoping|wish|wonder|unsure|not sure|doubt)
    `,
    examples: [
      "I've been there, and it does get easier.",
      "Don't worry, everything will be fine.",
      "You'll be fine in a few weeks.",
      "Calm down, it's nothing to get upset about.",
      "I'm sure it'll all work out.",
      "I'm sure you'll find a new job soon.",
      'She will come back if she really cares.',
      'I know you will get through this.',
    ],
    counterExamples: [
      "You don't need to apologise for crying.",
      "You're worried it won't work out.",
      "I'm not sure things will get better on their own.",
      'It is okay not to be okay.',
    ],
  },
  {
    id: 'minimising.platitude',
    move: 'minimising',
    strength: 0.7,
    reason: 'offered a platitude that skips the feeling: {m}',
    phrases: lines`
      (he|she|they) (is|are) (in a better place|at peace now|with god now|looking down on you)
      (he|she|they) (had|lived|has had|have had) (a )?(good|long|full|great) (innings|life|run|knock)
      everything happens for a reason
      (it|that) (was|is) (all )?(meant to be|god's (plan|will)|(his|her|their) time)
      what does not kill you
      it is all part of (life|god's plan|the plan)
      there is always (someone|somebody|hope|a way|light at the end|another)
      everyone (has|moves at) (their|his or her) own (timeline|pace|path|time)
      (things|it|life) (is|are) not hopeless
      we are all in this together
      the hardest part is (getting started|the first step|starting)
      (everything|things) (will )?happen(s)? (when|for) …
    `,
    // Reporting what others say ("people keep telling you he's in a better place") is not saying it.
    unlessEarlier: lines`
      (not|people|they|someone|everyone|everybody|said|say|says|saying|tell|told|telling|heard|hear)
    `,
    examples: [
      'Everything happens for a reason.',
      "He's in a better place now.",
      'He had a good innings.',
      "She's at peace now, and it was her time.",
    ],
    counterExamples: ["People keep telling you he's in a better place.", 'Your dad was ill for a long time.'],
  },
];
