import { type PatternRule, START } from './pattern.js';

/**
 * Asking about risk: suicide, self-harm, harm to others, safety. Counselling courses teach
 * trainees to ask, plainly or gently; the rule id says how it was asked (the debrief reports it):
 * `risk.direct` names suicide or killing oneself, `risk.indirect` asks about hurting oneself or
 * not wanting to be here, `risk.others` about harming someone else, `risk.safety` about being safe.
 */
export const RISK_RULES: readonly PatternRule[] = [
  {
    move: 'risk_question',
    id: 'risk.direct',
    re: /\b(suicid\w*|kill(?:ing)? (?:yourself|your ?self)|tak(?:e|ing) your (?:own )?life|end(?:ing)? (?:your (?:own )?life|it all|things|your life))\b/,
    strength: 0.9,
    reason: 'asked directly about suicide: {m}',
    unless:
      /\b(?:your (?:friend|brother|sister|dad|father|mum|mother|son|daughter|partner|wife|husband)|he|she|they) (?:took|ended|killed)/,
  },
  {
    move: 'risk_question',
    id: 'risk.others',
    re: /\b((?:hurt|harm|hit|attack|kill)(?:ing)? (?:someone|somebody|anyone|anybody|other people|others|him|her|them|people)(?: else)?|(?:thoughts|urges?) (?:of|about) (?:hurting|harming) (?:someone|anyone|others|other people))\b/,
    strength: 0.85,
    reason: 'asked about harming someone else: {m}',
    askedOnly: true,
  },
  {
    move: 'risk_question',
    id: 'risk.indirect',
    re: /\b((?:hurt|harm|cut|injur)\w* (?:yourself|your ?self)|self[- ]?harm\w*|(?:don't|doesn't|didn't|not|never) (?:want(?:ing)?|wish(?:ing)?) to (?:be here|be alive|live|go on|wake up)|(?:go to sleep|fall asleep) and (?:not|never) wake up|(?:better off|rather be) (?:dead|gone|not here)|(?:give|giving) up on (?:life|living)|(?:wish(?:ed|ing)?|want(?:ed|ing)?) (?:you were|to be) dead|life (?:is|was|isn't|wasn't) (?:not )?worth living|(?:dark|harmful|scary) thoughts)\b/,
    strength: 0.85,
    reason: 'asked about harming yourself: {m}',
  },
  {
    move: 'risk_question',
    id: 'risk.safety',
    re: new RegExp(
      `${START}(?:are|do) you (?:feel(?:ing)? )?(?:safe|at risk|in danger)|(?:how|is it) safe (?:are you|is it|do you feel)|(?:keep(?:ing)?|staying) (?:yourself )?safe|your (?:own )?safety\\b|\\b(?:feel|feels|feeling|felt) (?:unsafe|not safe)\\b`,
    ),
    strength: 0.7,
    reason: 'asked whether you are safe: {m}',
  },
];
