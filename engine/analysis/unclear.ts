/**
 * Whether a line is understandable language at all. Keyboard mash ("qwpoe zmxn", "asdfgh") and
 * random letters are not: the scorer finds no move in them, and the analysis says `unclear` so the
 * simulated client can answer "Sorry?". Typos, chat words and names are language and pass.
 */
import { FEELINGS } from './lexicon/feelings.js';
import { isEnglishWord, letterPairScore } from './nlp.js';
import type { Prepared } from './text.js';
import { BACKCHANNEL, STOPWORDS } from './vocabulary.js';

// Chat spellings and sounds people type that no dictionary lists.
const CHAT = new Set(
  `lol lmao omg omfg idk idc tbh tbf imo imho smh ngl btw brb thx thnx ty plz pls ok okay k kk hmm hm mm mhm
  mmm uh um er erm ah aw aww ugh argh meh nah yeah yea ya yah yep yup nope hey hi hiya heya oh ooh wow whoa
  haha hahaha hehe xx xo wtf ffs gosh jeez sry soz cos coz cuz tho thru gonna wanna gotta dunno kinda sorta`.split(
    /\s+/,
  ),
);

/** A typed word with runs of three or more of a letter cut to one ("okkk" → "ok", "soooo" → "so"). */
const unstretched = (w: string) => w.replace(/([a-z])\1{2,}/g, '$1');

function cheaplyKnown(w: string): boolean {
  return STOPWORDS.has(w) || BACKCHANNEL.has(w) || CHAT.has(w) || FEELINGS.has(w);
}

/** Whether a word (as typed) looks like typed language rather than mash. */
function plausible(typed: string): boolean {
  const w = unstretched(typed);
  // "jjjjjjj": a held-down key leaves nothing a word could be.
  if (w !== typed && w.length <= 2 && !cheaplyKnown(w)) return false;
  if (w.length <= 2) return true;
  if (!/[aeiouy]/.test(w)) return false;
  const { mean, unseen } = letterPairScore(w);
  return unseen === 0 && mean >= 0.8;
}

/** Whether a prepared utterance is not understandable language (see the top of this file). */
export function unclear(p: Prepared): boolean {
  const typed = p.tokens.filter((t) => /^[a-z]+$/.test(t));
  if (typed.length === 0 || typed.length !== p.tokens.length) return false;
  const letters = typed.map(unstretched);
  // Most lines have a word the scorer knows without the dictionary; only the rest are looked up.
  if (letters.some(cheaplyKnown)) return false;
  if (letters.some((w) => w.length > 2 && isEnglishWord(w))) return false;
  const implausible = typed.filter((w) => !plausible(w)).length;
  return implausible * 2 >= letters.length;
}
