import { stem, words } from './nlp.js';

/** One sentence of an utterance, with its words. */
export interface Sentence {
  /** The sentence as typed (trimmed), including its final punctuation. */
  raw: string;
  /** Lower-case, apostrophes and spaces normalised; contractions kept as typed. */
  lower: string;
  /** Lower-case word tokens, contractions expanded ("don't" → "do", "not"). */
  tokens: string[];
  /** Ends with a question mark. */
  asked: boolean;
}

/** A piece of text prepared once for all the rules. */
export interface Prepared {
  raw: string;
  lower: string;
  sentences: Sentence[];
  tokens: string[];
  /** Porter stems of the content words, in order, each once. */
  contentStems: string[];
  wordCount: number;
}

/** Function words that carry no topic: ignored when measuring overlap with the client's words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she should
  so some such than that the their theirs them themselves then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would you your
  yours yourself yourselves 's um uh uh-huh mm mm-hmm hmm yeah yes okay ok oh well like really kind sort
  lot get got go going gonna thing things something anything know think mean just right also maybe
  little bit say said tell let one even still way much many us ever every want wanna sure actually`.split(
    /\s+/,
  ),
);

/** Normalise quotes, dashes and spaces so the patterns can be simple. */
export function normalise(text: string): string {
  const plain = text
    // Stage directions in transcripts ("[chuckles]", "[unintelligible 00:01:12]") are not words said.
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  // Spoken stutters in transcripts: "wh-what" → "what", "I-I" → "I", "is-is" → "is".
  if (!plain.includes('-')) return plain;
  return (
    plain
      // A restart that repeats a word or two: "am I- am I right", "is that-- is that".
      .replace(/\b([a-z']{1,20}(?: [a-z']{1,20})?)-+\s+\1\b/gi, '$1')
      .replace(/\b([a-z']{1,12})-+\s?([a-z']+)/gi, (m, a: string, b: string) =>
        b.toLowerCase().startsWith(a.toLowerCase()) ? b : m,
      )
  );
}

function splitSentences(text: string): string[] {
  const parts = text.match(/[^.?!]+(?:[.?!]+["')\]]*|$)/g) ?? [];
  return parts.map((p) => p.trim()).filter((p) => /[a-z0-9]/i.test(p));
}

// The client's previous line is prepared again for every attempt the trainee makes at answering
// it; a small memo of recent texts saves the work (pure: same text, same result).
const recent = new Map<string, Prepared>();

/** Prepare the client's line (memoised: the same line is scored against every attempt at it). */
export function prepareClient(text: string): Prepared {
  const had = recent.get(text);
  if (had) return had;
  const p = prepare(text);
  if (recent.size >= 16) recent.delete(recent.keys().next().value as string);
  recent.set(text, p);
  return p;
}

/** Tokenise, split into sentences and stem a text once so every rule can read it cheaply. */
export function prepare(text: string): Prepared {
  const raw = normalise(text);
  const lower = raw.toLowerCase();
  const sentences: Sentence[] = splitSentences(raw).map((s) => ({
    raw: s,
    lower: s.toLowerCase(),
    tokens: words(s),
    asked: /\?["')\]]*$/.test(s),
  }));
  const tokens = sentences.flatMap((s) => s.tokens);
  const seen = new Set<string>();
  const contentStems: string[] = [];
  for (const t of tokens) {
    if (STOPWORDS.has(t) || t.length < 2 || /^\d+$/.test(t)) continue;
    const s = stem(t);
    if (!seen.has(s)) {
      seen.add(s);
      contentStems.push(s);
    }
  }
  return { raw, lower, sentences, tokens, contentStems, wordCount: tokens.length };
}
