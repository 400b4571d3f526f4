import { stem, words } from '../analysis/nlp.js';
import type { Disclosure, Persona } from '../persona/schema.js';
import { keyOf, keysOf, phraseAt } from './hearing.js';

/** Words too common to say anything about a topic or a cue. */
const STOP = new Set(
  'a an the and or but of to in on at for with from by about as is are was were be been am i you he she they we it its her his their them my your me us this that these those there here what how why when where who which do does did not no so just very really than then too up down out over into off some any more less'.split(
    ' ',
  ),
);

/**
 * Words a counsellor uses in any open invitation ("What would you like to talk about today?",
 * "Where would you like to start?", "How are you feeling?"). They name no subject, so they can
 * never be what ties a question to a disclosure: a topic phrase needs at least one other word.
 */
const GENERIC_WORDS =
  'talk talking chat today tonight now moment session feel feeling felt like want wish think know tell say said share start begin mind day days week weeks month months year time times life lately recently happen happened happening see get got go going come bring take make help helpful thing things something anything everything nothing else way much many lot bit little kind sort right okay well will would could can should might him himself herself yourself myself between'.split(
    ' ',
  );

/** The small words as the client hears them (keys), for weighing a topic phrase. */
const STOP_KEYS: ReadonlySet<string> = new Set([...STOP].map((w) => keyOf(w)));

let genericStems: Set<string> | undefined;

/** Whether a stem is one of the generic words above. */
export function isGenericStem(stemmed: string): boolean {
  genericStems ??= new Set(GENERIC_WORDS.map((word) => stem(word)));
  return genericStems.has(stemmed);
}

/** Content-word stems of a phrase (the same stemmer the scorer uses). */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w) && /[a-z]/.test(w))
    .map(stem);
}

/** Content-word stems of a short piece of the trainee's text, split cheaply (no tokeniser). */
export function quickContentStems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z']+/)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map(stem);
}

/**
 * Families of words that name the same topic, so a persona that lists "mother" also hears "mum".
 * Deliberately small and everyday: personas list their own specific words in `topics`.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['sleep', 'sleeping', 'insomnia', 'nightmare', 'awake', 'tired', 'exhausted'],
  ['mother', 'mum', 'mom', 'mam'],
  ['father', 'dad', 'daddy'],
  ['work', 'job', 'boss', 'office', 'colleague', 'career'],
  ['crash', 'accident', 'collision', 'smash'],
  ['drink', 'drinking', 'alcohol', 'booze'],
  ['money', 'debt', 'bills', 'rent', 'finances'],
  ['death', 'died', 'dying', 'funeral', 'grief', 'bereavement'],
  ['school', 'college', 'university', 'uni', 'exams'],
  ['friend', 'friends', 'mate', 'mates'],
  ['partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'spouse'],
  ['faith', 'religion', 'god', 'church', 'mosque', 'temple', 'prayer', 'pray'],
  ['afraid', 'scared', 'frightened', 'fear', 'terrified'],
  ['guilt', 'guilty', 'fault', 'blame'],
];

/**
 * Broad words and the narrower words that count as them, one way only: a topic of `family` hears
 * "mum" or "brother", but a topic of `dad` does not hear "family" or "sister".
 */
export const BROADER: Readonly<Record<string, readonly string[]>> = {
  family: ['mum', 'mom', 'mother', 'dad', 'father', 'parents', 'brother', 'sister'],
};

let synonymStems: Map<string, string[]> | undefined;

/** Stem → the stems of every word in its families (built on first use: stemming is not free). */
function familyOf(stemmed: string): string[] {
  if (!synonymStems) {
    synonymStems = new Map();
    for (const family of SYNONYMS) {
      const stems = family.map((word) => keyOf(word));
      for (const s of stems) synonymStems.set(s, [...new Set([...(synonymStems.get(s) ?? []), ...stems])]);
    }
    for (const [broad, narrower] of Object.entries(BROADER)) {
      const s = keyOf(broad);
      const stems = [s, ...narrower.map((word) => keyOf(word))];
      synonymStems.set(s, [...new Set([...(synonymStems.get(s) ?? []), ...stems])]);
    }
  }
  return synonymStems.get(stemmed) ?? [stemmed];
}

/** One way of saying a disclosure's topic: its keys in a row, and how many of them carry content. */
interface TopicPhrase {
  keys: string[];
  /** The content keys (not small words like "the" or "of"), at least 1. */
  weight: number;
}

const topicCache = new WeakMap<Persona, Map<string, TopicPhrase[]>>();

/**
 * Each disclosure's topics as alternative key sequences, computed once per persona. A one-word
 * topic also matches its synonyms; a phrase matches only its words in a row ("that night" is not
 * "last night"). A topic made only of small and generic words ("talk to her", "happened") is
 * dropped: it would match open invitations that name no subject.
 */
function topicKeys(persona: Persona): Map<string, TopicPhrase[]> {
  let map = topicCache.get(persona);
  if (!map) {
    map = new Map(
      persona.disclosures.map((d) => {
        const alternatives = d.topics.flatMap((topic) => {
          if (!isSpecificTopic(topic)) return [];
          const keys = keysOf(topic);
          if (keys.length === 1) return familyOf(keys[0]!).map((s) => [s]);
          return keys.length > 0 ? [keys] : [];
        });
        return [d.id, alternatives.map((keys) => ({ keys, weight: contentWeight(keys) }))];
      }),
    );
    topicCache.set(persona, map);
  }
  return map;
}

const contentWeight = (keys: readonly string[]) => Math.max(1, keys.filter((k) => !STOP_KEYS.has(k)).length);

/**
 * Whether the trainee's words touch a disclosure's topic: one of its topic phrases is said, word
 * for word in a row (any form of each word). `keys` are the utterance's words as the client hears
 * them (hearing.ts).
 */
export function touchesTopic(persona: Persona, disclosure: Disclosure, keys: readonly string[]): boolean {
  return topicMatchLength(persona, disclosure, keys) > 0;
}

/**
 * How much of a disclosure's topic the utterance says: the content words (not small words like
 * "the" or "of") of the longest topic phrase it says, at least 1 for any match; 0 for none. So
 * "the night of the crash" is about the crash (1) as much as about "the nights" (1).
 */
export function topicMatchLength(persona: Persona, disclosure: Disclosure, keys: readonly string[]): number {
  let longest = 0;
  for (const { keys: topic, weight } of topicKeys(persona).get(disclosure.id) ?? []) {
    if (weight <= longest) continue;
    for (let at = 0; at < keys.length; at++) {
      if (phraseAt(keys, topic, at)) {
        longest = weight;
        break;
      }
    }
  }
  return longest;
}

/** Whether a topic phrase can ever match: it has a content word that is not generic. */
export function isSpecificTopic(topic: string): boolean {
  return contentStems(topic).some((s) => !isGenericStem(s));
}

/**
 * The words of a topic as the checker explains them when none can match: each small or generic
 * word, and what it is heard as when the stemmer makes it a generic word ("'cans' (heard as
 * 'can')"), so the educator sees which word to change.
 */
export function genericWordsOf(topic: string): string[] {
  return words(topic)
    .filter((w) => /[a-z]/.test(w))
    .map((w) => {
      if (STOP.has(w)) return `'${w}'`;
      const s = stem(w);
      const as = GENERIC_WORDS.find((g) => g !== w && stem(g) === s && !GENERIC_WORDS.includes(w));
      return as && as.length < w.length ? `'${w}' (heard as '${as}')` : `'${w}'`;
    });
}

/**
 * The stems that could name a subject: the utterance's stems less generic words and less the
 * words of `except` (e.g. the evidence of a reflection or of empathy in the same turn). A
 * question whose words leave nothing here is an open invitation.
 */
export function subjectStems(stems: readonly string[], except: readonly string[] = []): string[] {
  const skip = new Set(except);
  return stems.filter((s) => !isGenericStem(s) && !skip.has(s));
}

/** Verbs of noticing a trainee uses when naming a cue ("I notice…", "I can see…"). */
const NOTICING = new Set(['notic', 'see', 'seem', 'saw', 'sens', 'observ', 'spot', 'look']);

const cueStemCache = new Map<string, string[]>();

/** A cue's content stems less the noticing words, memoised: cues are the persona's own lines. */
function cueStemsOf(cue: string): string[] {
  let stems = cueStemCache.get(cue);
  if (!stems) {
    stems = contentStems(cue).filter((s) => !NOTICING.has(s));
    if (cueStemCache.size < 5000) cueStemCache.set(cue, stems);
  }
  return stems;
}

/**
 * Whether the trainee named the cue the client just showed: a word of noticing plus at least
 * one content word of the cue ("I notice you're twisting your ring" for "twists her ring").
 */
export function namesCue(cue: string, stems: readonly string[]): boolean {
  const have = new Set(stems);
  const cueStems = cueStemsOf(cue);
  const noticed = [...NOTICING].some((s) => have.has(s));
  return noticed && cueStems.some((s) => have.has(s));
}

/** Whether a disclosure's prerequisites are met and the meters reach its minimums. */
export function isReady(
  disclosure: Disclosure,
  disclosed: readonly string[],
  trust: number,
  openness: number,
): boolean {
  return (
    trust >= disclosure.minTrust &&
    openness >= disclosure.minOpenness &&
    disclosure.requires.every((id) => disclosed.includes(id))
  );
}
