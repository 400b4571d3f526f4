import { stem, words } from '../analysis/nlp.js';

/**
 * How the client hears words: each word becomes a key (its Porter stem, so "sleeping", "sleeps"
 * and "sleep" are heard alike; an irregular form such as "slept" is a word of its own), and a phrase is heard only as its words in a row. One word
 * matches any of its forms; "that night" matches "that night", never "last night".
 */

/**
 * Words the Porter stemmer would fold into a different word, kept whole. Each names the word it
 * must not be heard as: "quite" is not "quit", "evenings" is not "even".
 */
export const KEEP_WHOLE: readonly { word: string; key: string; notHeardAs: string }[] = [
  { word: 'quite', key: 'quite', notHeardAs: 'quit' },
  { word: 'ate', key: 'ate', notHeardAs: 'at' },
  { word: 'evening', key: 'evening', notHeardAs: 'even' },
  { word: 'evenings', key: 'evening', notHeardAs: 'even' },
  { word: 'kidding', key: 'kidding', notHeardAs: 'kid' },
  { word: 'news', key: 'news', notHeardAs: 'new' },
  { word: 'community', key: 'community', notHeardAs: 'communication' },
  { word: 'communities', key: 'community', notHeardAs: 'communication' },
  { word: 'university', key: 'university', notHeardAs: 'universe' },
  { word: 'universities', key: 'university', notHeardAs: 'universe' },
  { word: 'general', key: 'general', notHeardAs: 'generous' },
  { word: 'generally', key: 'general', notHeardAs: 'generous' },
  { word: 'relatively', key: 'relatively', notHeardAs: 'relatives' },
  { word: 'wedding', key: 'wedding', notHeardAs: 'wed' },
  { word: 'weddings', key: 'wedding', notHeardAs: 'wed' },
  { word: 'caring', key: 'caring', notHeardAs: 'care' },
  { word: 'manager', key: 'manager', notHeardAs: 'managing' },
  { word: 'managers', key: 'manager', notHeardAs: 'managing' },
  { word: 'organisation', key: 'organisation', notHeardAs: 'organ' },
];

const whole = new Map(KEEP_WHOLE.map((k) => [k.word, k.key]));

/** The key of one lower-case word: its stem, unless the stem would make it another word. */
export function keyOf(word: string): string {
  return whole.get(word) ?? stem(word);
}

/** The keys of a piece of text (or of tokens already split), in order. */
export function keysOf(text: string | readonly string[]): string[] {
  // The tokeniser splits off only a text's last full stop: split sentences first.
  const tokens = typeof text === 'string' ? text.split(/(?<=[.!?…])\s+/u).flatMap((s) => words(s)) : text;
  return tokens.map((t) => keyOf(t.toLowerCase().replace(/\.+$/, ''))).filter((k) => k !== '');
}

/** Whether a phrase's keys occur in a row in the utterance's keys, starting at `at`. */
export function phraseAt(utterance: readonly string[], phrase: readonly string[], at: number): boolean {
  if (phrase.length === 0 || at < 0 || at + phrase.length > utterance.length) return false;
  for (let j = 0; j < phrase.length; j++) if (utterance[at + j] !== phrase[j]) return false;
  return true;
}

/**
 * Where a phrase's keys occur in a row in the utterance's keys: the index of the first word, or
 * -1. An empty phrase never matches.
 */
export function findPhrase(utterance: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= utterance.length; i++) if (phraseAt(utterance, phrase, i)) return i;
  return -1;
}

/**
 * The keys of a short piece of the trainee's own text (a rule's evidence), without the full
 * tokeniser: lower case, split on anything but letters and apostrophes. Cheap enough to run on
 * every piece of evidence every turn.
 */
export function quickKeys(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z']+/)
    .filter((w) => w.length > 0)
    .map(keyOf);
}

/** A phrase prepared for hearing: its keys, and how many words long it is. */
export interface HeardPhrase {
  text: string;
  keys: string[];
}

const phraseCache = new Map<string, HeardPhrase>();

/** A phrase's keys, memoised: phrases come from persona files and the built-in subjects. */
export function phrase(text: string): HeardPhrase {
  let p = phraseCache.get(text);
  if (!p) {
    p = { text, keys: keysOf(text) };
    if (phraseCache.size < 20_000) phraseCache.set(text, p);
  }
  return p;
}

/** Whether the utterance says any of the phrases, word for word in a row (forms of a word allowed). */
export function saysAny(utterance: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((p) => findPhrase(utterance, phrase(p).keys) >= 0);
}
