import type { FoundFeeling } from '../feelings.js';
import { stem } from '../nlp.js';
import { lines, phrases } from '../phrases.js';
import type { Prepared, Sentence } from '../text.js';
import { type ClientContext, STOPWORDS, stripLead } from '../vocabulary.js';

/** What the depth of a reflection is judged on, sentence by sentence. */
export interface ReflectedSentence {
  sentence: Sentence;
  /** The reflection rule that found it (e.g. `reflection.frame`). */
  rule: string;
  /** Share of its content words that the client said. */
  ratio: number;
  /** Feelings it names (not negated). */
  feelings: FoundFeeling[];
}

// Words that mark a reflection as adding meaning, value or a second side (complex, MITI).
const MEANING = phrases(lines`
  important
  matters?
  care (about|for)
  cares
  values?
  (means?|meant) (a lot|so much|something|the world|everything|to you)
  meaning
  hope
  hoping
  dreams?
  goals?
  part of you
  torn
  on (the )?one hand
  on the other
  at the same time
  even though
  although
  and yet
  but (also|at the same|you|on the other|then|part)
  deep down
  almost like
  as if
  as though
  a way (of|to)
  kind of person
  who you are
  identity
  fits? (with|for you)
  struggle
  struggling
  wondering
  not sure
  unsure
  ready
  afraid
  worried
  concerned
  scared
  frustrated
  really want
  do not want
  wish
  bit of a
  way to
  wants?
  would like
  would rather
`);
// Of those, what the client values or who they are is meaning added; a want restated is content.
const VALUE = phrases(lines`
  important
  matters?
  care (about|for)
  cares
  values?
  (means?|meant) (a lot|so much|something|the world|everything|to you)
  meaning
  hopes?
  hoping
  dreams?
  goals?
  deep down
  kind of person
  who you are
  identity
  fits? (with|for you)
`);

// What the client wants, hopes or wishes for, said back to them: the reflection picks out the
// change they are reaching for (checked on both halves of AnnoMI's development split).
const WANTS = phrases(lines`
  you (would )?(really )?(want|like to|would like|hope|wish)
`);

const INTENSIFIER =
  /\b(really|never|always|completely|totally|so much|all the time|whole|everything|nothing|at all)\b/;
const HEDGE = /\b(kind of|sort of|kinda|maybe|perhaps|almost|a bit|a little|somehow|probably)\b/;
// An image or analogy. "Sounds like you..." and "feel like you..." frame a reflection; they are
// not themselves an image.
const LIKE =
  /\b(?:(?<!(?:sounds?|sounded|seems?|seemed|looks?|looked|feels?|feeling|felt) )like an?|as if|as though|almost like|kind of like)\b/;
const SIDES = /\b(?:on (?:the )?one hand|on the other hand|part of you|at the same time|mixed feelings)\b/;

// Reflections announced by a frame ("it sounds like", "I sense", "you feel").
const FRAMED = new Set([
  'reflection.frame',
  'reflection.understanding-frame',
  'reflection.you-feel',
  'reflection.perceives',
]);
// Frames that name what the client's experience is like, or guess at it (complex by form).
const EMOTIONAL_RULES = new Set(['reflection.emotional', 'reflection.image', 'reflection.inference']);

/** The evidence a reflection's depth is judged on, each a number (mostly 0 or 1). */
export interface ComplexityFeatures {
  addedFeeling: number;
  youFeel: number;
  meaning: number;
  value: number;
  image: number;
  intensifier: number;
  sides: number;
  hedge: number;
  emotional: number;
  long: number;
  short: number;
  asks: number;
  leadingSo: number;
  echoes: number;
  longClient: number;
  /** A reflection frame that goes on in words the client did not use (continuing the paragraph). */
  continues: number;
  /** "You said / you mentioned ...": recalling the client's words rather than adding to them. */
  recalls: number;
  /** Content words the client did not say, beyond the first few (continuing their paragraph). */
  novel: number;
  /** "You want / you'd like / you hope ...": reflecting what the client wants (change talk) back to them. */
  wants: number;
}

/**
 * How much each piece of evidence weighs toward complex (> 0 reads as complex). Set by hand in the
 * spirit of MITI and checked against AnnoMI's development split with transcripts held out in turn.
 */
const WEIGHTS: ComplexityFeatures = {
  addedFeeling: 0.8,
  youFeel: 0.8,
  meaning: 0.4,
  value: 0.4,
  image: 0.5,
  intensifier: 0.45,
  sides: 2,
  hedge: 0.2,
  emotional: 1,
  long: 0.3,
  short: -0.5,
  asks: -1,
  leadingSo: -0.5,
  echoes: -0.8,
  longClient: 0.6,
  novel: 0,
  recalls: -0.8,
  continues: 0.4,
  wants: 0.8,
};
const BIAS = -0.2;

/** The features of a reflection (see {@link complexity}). */
export function complexityFeatures(
  p: Prepared,
  rs: ReflectedSentence[],
  client: ClientContext | undefined,
  asks: number,
): ComplexityFeatures {
  const text = rs.map((r) => stripLead(r.sentence.plain)).join(' ');
  const clientFamilies = new Set(client?.feelings.map((f) => f.family) ?? []);
  const added = rs.flatMap((r) => r.feelings).filter((f) => !clientFamilies.has(f.family));
  const words = p.wordCount;
  const known = client && !client.minimal;
  let novel = 0;
  if (known) {
    const seen = new Set<string>();
    for (const r of rs)
      for (const t of r.sentence.tokens) {
        if (STOPWORDS.has(t) || t.length < 3 || !/[a-z]/.test(t)) continue;
        const s = stem(t);
        if (!client.stems.has(s)) seen.add(s);
      }
    novel = seen.size;
  }
  return {
    addedFeeling: added.length > 0 ? 1 : 0,
    youFeel: /\byou(?: are| have been)? (?:\w+ )?(?:feel|feeling|felt)\b/.test(text) ? 1 : 0,
    meaning: MEANING.test(text) ? 1 : 0,
    value: VALUE.test(text) ? 1 : 0,
    image: LIKE.test(text) ? 1 : 0,
    intensifier: INTENSIFIER.test(text) ? 1 : 0,
    sides: SIDES.test(text) ? 1 : 0,
    hedge: HEDGE.test(text) ? 1 : 0,
    emotional: rs.some((r) => EMOTIONAL_RULES.has(r.rule)) ? 1 : 0,
    long: words >= 20 ? 1 : 0,
    short: words < 10 ? 1 : 0,
    asks,
    leadingSo: /^["'(-]*\s*(?:\w+\W+)?so\b/.test(p.lower) ? 1 : 0,
    echoes: known && Math.max(...rs.map((r) => r.ratio)) >= 0.5 ? 1 : 0,
    longClient: known && client.words >= 30 ? 1 : 0,
    novel: Math.min(6, novel),
    recalls: rs.every((r) => r.rule === 'reflection.you-said') ? 1 : 0,
    continues: known && novel >= 3 && rs.some((r) => FRAMED.has(r.rule) && r.ratio < 0.3) ? 1 : 0,
    wants: WANTS.test(text) ? 1 : 0,
  };
}

/**
 * How far a reflection goes beyond the client's words (> 0 reads as complex). Weighted evidence
 * in the spirit of MITI: a named feeling, meaning or value, an analogy, amplification and a long
 * client turn condensed point to complex; echoing the client's words, a short restatement, a
 * leading "so" or a question tacked on point to simple.
 */
export function complexity(
  p: Prepared,
  rs: ReflectedSentence[],
  client: ClientContext | undefined,
  asks: number,
): { score: number; why: string } {
  const f = complexityFeatures(p, rs, client, asks);
  let score = BIAS;
  for (const k of Object.keys(WEIGHTS) as (keyof ComplexityFeatures)[]) score += WEIGHTS[k] * f[k];
  const text = rs.map((r) => stripLead(r.sentence.plain)).join(' ');
  const clientFamilies = new Set(client?.feelings.map((x) => x.family) ?? []);
  const added = rs.flatMap((r) => r.feelings).filter((x) => !clientFamilies.has(x.family));
  const sides = SIDES.exec(text);
  const meaning = MEANING.exec(text);
  const like = LIKE.exec(text);
  const why =
    added.length > 0
      ? `named a feeling: '${added.map((x) => x.word).join(' and ')}'`
      : meaning
        ? `added meaning: '${meaning[0]}'`
        : like
          ? `offered an image: '${like[0]}'`
          : sides
            ? `showed both sides: '${sides[0]}'`
            : f.longClient
              ? 'condensed what the client said into its meaning'
              : '';
  return { score, why };
}
