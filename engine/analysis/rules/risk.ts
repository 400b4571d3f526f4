import { lines, type PhraseRule } from '../phrases.js';

/**
 * Asking about risk: suicide, self-harm, harm to others, safety. Counselling courses teach
 * trainees to ask, plainly or gently; the rule id says how it was asked (the debrief reports it):
 * `risk.direct` names suicide or killing oneself, `risk.indirect` asks about hurting oneself or
 * not wanting to be here, `risk.others` about harming someone else, `risk.safety` about being safe, `risk.danger`
 * about being in danger (the same question the other way round).
 * Asking about risk is never probing or advice, however blunt (reconcile.ts).
 */
export const RISK_RULES: readonly PhraseRule[] = [
  {
    id: 'risk.direct',
    move: 'risk_question',
    strength: 0.9,
    reason: 'asked directly about suicide: {m}',
    phrases: lines`
      suicid\w*
      kill(ing)? (yourself|your ?self)
      tak(e|ing) your (own )?life
      end(ing)? (your (own )?life|it all|your life)
      (tak(e|ing)|end(ing)?) (their|one's) (own )?li(fe|ves)
      kill(ing)? (themselves|oneself)
      end(ing)? things(?! (with|between|off))
      (end|ending|put an end to) (yourself|your existence)
    `,
    unless: lines`
      (your (friend|brother|sister|dad|father|mum|mother|son|daughter|partner|wife|husband)|he|she|they) (took|ended|killed)
    `,
    examples: [
      'Are you thinking about suicide?',
      'Have you thought about ending your life?',
      'Sometimes when people feel this low they think about killing themselves. Have you thought about killing yourself?',
      'Are you thinking of ending things?',
      'Sometimes when people are going through this much, they have thoughts of ending their life. Have you had thoughts like that?',
      'Some people in your position think about taking their own lives. Has that crossed your mind?',
    ],
    counterExamples: [
      'Are you thinking of ending things with him?',
      'My cousin took her own life when I was twenty.',
      'How did you feel when she ended it all with you?',
    ],
  },
  {
    id: 'risk.indirect',
    move: 'risk_question',
    strength: 0.85,
    reason: 'asked about harming yourself: {m}',
    phrases: lines`
      (hurt|harm|cut|injur)\w* (yourself|your ?self)
      self[- ]?harm\w*
      (do not|does not|did not|not|never|no longer) (want(ing)?|wish(ing)?) to (be here|be alive|live|go on|carry on|wake up|be around|exist)
      (go to sleep|fall asleep) and (not|never) wake up
      (better off|rather be) (dead|gone|not here|without you)
      (give|giving) up on (life|living)
      (wish(ed|ing)?|want(ed|ing)?) (you were|to be) dead
      want(ed|ing|s)? to die
      (thoughts?|thinking|think|thought) (about|of) (death|dying|not being here|not being alive)
      life (is|was|is not|was not) (not )?worth living
      life (is|was) not (really )?worth it
      (is|was) life (even |really )?worth (it|living)
      no (point|reason) (in )?(living|going on|carrying on|being alive)
      (dark|harmful|scary) thoughts
      (low|down|bad|dark|desperate|hopeless) … (think|thought|thinking|considered|considering) (about|of) ending it
      (feel|felt|feeling) like ending it
      (do|did|would) (something|anything) to (hurt|harm) yourself
    `,
    examples: [
      'Have you had any thoughts of harming yourself?',
      "Do you sometimes feel you don't want to be here any more?",
      'Have you ever felt that everyone would be better off without you?',
      'Do you ever think about dying?',
      'Have you been having any dark thoughts?',
      'Do you ever feel so low you think about ending it?',
      'When it gets that bad, do you feel like ending it?',
      "Do you ever feel life isn't worth it?",
    ],
    counterExamples: [
      'You hurt your back at work?',
      'He said he was better off without the job.',
      'Do you want to go on with the course?',
      'Have you thought about ending it with him?',
      'Is the course worth it, do you think?',
    ],
  },
  {
    id: 'risk.others',
    move: 'risk_question',
    strength: 0.85,
    reason: 'asked about harming someone else: {m}',
    askedOnly: true,
    phrases: lines`
      (hurt|harm|hit|attack|kill)(ing)? (someone|somebody|anyone|anybody|other people|others|him|her|them|people|the baby|your (baby|kids|children|partner|wife|husband|son|daughter))( else)?
      (thoughts|urges?) (of|about) (hurting|harming|killing) (someone|anyone|others|other people|him|her|them)
      (is|are) (anyone|anybody|someone|the (kids|children|baby)|your (kids|children)) (else )?(at risk|in danger|unsafe)
    `,
    examples: [
      'Have you had thoughts of hurting someone else?',
      'Do you ever feel like you might hit him?',
      'Is anyone else at risk?',
    ],
    counterExamples: ['He hit her.', 'Did they hurt him badly?'],
    unlessEarlier: lines`
      (did|does|has|have) (he|she|they|it)
    `,
  },
  {
    id: 'risk.safety',
    move: 'risk_question',
    strength: 0.7,
    reason: 'asked whether you are safe: {m}',
    // A statement about safety ("I'd have to share that to keep you safe") explains confidentiality.
    askedOnly: true,
    phrases: lines`
      ^(are|do|will|would) you (feel(ing)? |be )?safe
      (how|is it) safe (are you|is it|do you feel|for you)
      (is|will) it (be )?safe (for you )?to (go|stay|be)
      (keep(ing)?|staying|stay|keeps) (yourself |you )?safe
      your (own )?safety
      safety plan
    `,
    examples: [
      'Are you safe at home?',
      'Do you feel safe right now?',
      'Is there someone who can help keep you safe tonight?',
      'Is it safe for you to go home tonight?',
    ],
    counterExamples: ['Is the car safe to drive?', 'Safe journey home.'],
  },
  {
    // The same question put the other way round: a client who is safe answers it with a no, so
    // the engine answers it from the risk lines, not the safety lines (which say yes).
    id: 'risk.danger',
    move: 'risk_question',
    strength: 0.7,
    reason: 'asked whether you are in danger: {m}',
    askedOnly: true,
    phrases: lines`
      ^(are|do|will|would) you (feel(ing)? |be )?(at risk|in danger)
      (feel|feels|feeling|felt) (unsafe|not safe)
    `,
    examples: ['Are you in danger at home?', 'Do you ever feel unsafe there?', 'Are you at risk right now?'],
    counterExamples: ['Are you safe at home?', 'Is the house in danger of flooding?'],
  },
];
