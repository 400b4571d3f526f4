import type { Hint } from '../../contract/events.js';
import type { Move } from '../../contract/moves.js';
import { feelingsOf, tokensOf } from '../analysis/analyse.js';
import { STOPWORDS } from '../analysis/vocabulary.js';
import type { Persona } from '../persona/schema.js';
import type { ClientContext } from '../simulation/context.js';
import type { EngineState } from '../simulation/stepping.js';

export type { Hint } from '../../contract/events.js';

/** Hints given at most per request. */
export const MAX_HINTS = 3;

/** First-person words of the client's line, and how the trainee says them back. */
const SECOND_PERSON: Record<string, string> = {
  i: 'you',
  "i'm": 'you’re',
  "i've": 'you’ve',
  "i'd": 'you’d',
  "i'll": 'you’ll',
  im: 'you’re',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  am: 'are',
  was: 'were',
  we: 'you',
  our: 'your',
  us: 'you',
};

/** Third-person words of a cue ("twists her ring"), as the trainee says them ("your ring"). */
const CUE_PERSON: Record<string, string> = {
  her: 'your',
  his: 'your',
  their: 'your',
  she: 'you',
  he: 'you',
  they: 'you',
};

/** Words a cue may start with that name a part of the client, not an action: "arms folded". */
const BODY = new Set(
  'arms arm hands hand eyes eye knee knees jaw shoulders shoulder voice fingers finger feet foot legs leg lips lip face head breathing tears fists'.split(
    ' ',
  ),
);

/** A client's sentence said back in the second person: "I just feel on edge" → "you just feel on edge". */
export function sayBack(sentence: string): string {
  const words = sentence
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!?…]+$/u, '')
    .trim()
    .split(/\s+/);
  const out = words.map((word, i) => {
    const bare = word.toLowerCase().replace(/[^a-z']/g, '');
    const swap = SECOND_PERSON[bare];
    // "was" and "am" only change after "I": "it was hard" stays.
    if ((bare === 'was' || bare === 'am') && SECOND_PERSON[(words[i - 1] ?? '').toLowerCase()] !== 'you')
      return word;
    if (!swap) return i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word;
    return word.replace(/[A-Za-z']+/, swap);
  });
  return out.join(' ');
}

/** A cue as the trainee would name it: "twists the ring on her finger" → "you twist the ring on your finger". */
export function nameCue(cue: string): string {
  const words = cue
    .replace(/[;,].*$/, '')
    .trim()
    .split(/\s+/);
  const swapped = words.map((w) => CUE_PERSON[w.toLowerCase()] ?? w);
  const first = swapped[0] ?? '';
  if (first === 'your') return swapped.join(' ');
  if (BODY.has(first.toLowerCase())) return `your ${swapped.join(' ')}`;
  // A verb in the third person ("looks", "twists", "catches") said to "you".
  if (/(?:ches|shes|sses|xes)$/.test(first)) swapped[0] = first.slice(0, -2);
  else if (/[^s]s$/.test(first)) swapped[0] = first.slice(0, -1);
  else return `your ${swapped.join(' ')}`;
  return `you ${swapped.join(' ')}`;
}

/** The sentence of the client's line that carries a feeling, if one does. */
function feelingSentence(line: string): { sentence: string; feeling: string } | null {
  const sentences = line.match(/[^.!?…]+[.!?…]*/gu) ?? [];
  for (const sentence of sentences) {
    const found = feelingsOf(sentence).find((f) => !f.negated);
    if (found) return { sentence: sentence.trim(), feeling: found.word };
  }
  return null;
}

/** The sentence of the client's line that says most (content words), the later on a tie. */
function saidMost(line: string): string | null {
  const sentences = (line.match(/[^.!?…]+[.!?…]*/gu) ?? []).map((s) => s.trim());
  let best: { sentence: string; content: number } | null = null;
  for (const sentence of sentences) {
    const content = tokensOf(sentence).filter((t) => !STOPWORDS.has(t)).length;
    if (content > 0 && (!best || content >= best.content)) best = { sentence, content };
  }
  return best?.sentence ?? null;
}

const QUESTIONS: ReadonlySet<Move> = new Set(['open_question', 'closed_question', 'probing']);
const REFLECTIONS: ReadonlySet<Move> = new Set([
  'simple_reflection',
  'complex_reflection',
  'summary',
  'empathy',
]);

/**
 * One to three things that would help now, drawn from this moment: a cue just shown, a feeling
 * just voiced, a deflection to respect, too many questions in a row, a topic that needs more
 * safety first, a rupture to repair. Each example is built from the client's own words and
 * gesture, never from what the client has not said. Pure.
 */
export function hintsFor(persona: Persona, state: EngineState): Hint[] {
  const c: ClientContext = state.snapshot.context;
  const phase = state.snapshot.value;
  const name = persona.name;
  const hints: Hint[] = [];
  const line = c.lastLine;
  const v = c.verdict;

  if (phase === 'withdrawn') {
    hints.push({
      move: 'giving_space',
      text: 'I’m sorry, I think I pushed too hard there. We can go at whatever pace suits you.',
      why: `${name} has withdrawn. Owning the misstep and giving space is what brings a client back; another question or suggestion now would push further.`,
    });
  }
  if (v.deflect && phase !== 'withdrawn') {
    hints.push({
      move: 'giving_space',
      text: 'We don’t have to go there today. We can come back to it whenever you want, or not at all.',
      why: `${name} just turned that question aside. Respecting it builds the safety that lets a client come back to it later; asking again now would cost trust.`,
    });
    if (c.refused.length > 0) {
      hints.push({
        move: 'confidentiality',
        text: 'Before we go on: what you tell me stays between us, apart from the limits I mentioned at the start.',
        why: `That subject needs more safety first. Saying plainly what happens to what ${name} tells you makes it safer to share.`,
      });
    }
  }
  if (c.lastCue && phase !== 'withdrawn') {
    hints.push({
      move: 'noticing_nonverbal',
      text: `I notice ${nameCue(c.lastCue)}. What’s happening for you right now?`,
      why: `${name} showed something without words (${c.lastCue}). Naming it gently shows you are paying attention to more than the words.`,
    });
  }
  const felt = line ? feelingSentence(line) : null;
  if (felt && phase !== 'withdrawn') {
    hints.push({
      move: 'complex_reflection',
      text: `It sounds like ${sayBack(felt.sentence)}.`,
      why: `${name} just put a feeling into words (“${felt.feeling}”). Reflecting it back, in ${name}’s own words, shows you heard the feeling, not only the facts.`,
    });
  }
  const recent = c.recentMoves.slice(-2);
  const questioning =
    recent.length === 2 &&
    recent.every((moves) => moves.some((m) => QUESTIONS.has(m)) && !moves.some((m) => REFLECTIONS.has(m)));
  const said = line ? saidMost(line) : null;
  if (questioning && said && phase !== 'withdrawn') {
    hints.push({
      move: 'simple_reflection',
      text: `So ${sayBack(said)}.`,
      why: 'Several questions in a row start to feel like an interview. Saying back what you heard, before asking anything else, lets the client lead.',
    });
  }
  if (hints.length === 0 && said && phase !== 'withdrawn') {
    hints.push({
      move: 'simple_reflection',
      text: `So ${sayBack(said)}.`,
      why: `Saying back what ${name} just said shows you are listening, and invites more without a question.`,
    });
  }
  if (hints.length < MAX_HINTS && phase !== 'withdrawn') {
    hints.push({
      move: 'open_question',
      text: c.turn === 0 ? 'What would you like to talk about today?' : 'What’s that been like for you?',
      why: 'An open question invites the client to say more, in their own way.',
    });
  }
  return dedupe(hints).slice(0, MAX_HINTS);
}

/** One hint per move, first kept. */
function dedupe(hints: Hint[]): Hint[] {
  const seen = new Set<Move>();
  return hints.filter((h) => {
    if (seen.has(h.move)) return false;
    seen.add(h.move);
    return true;
  });
}
