import type { Analysis } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';
import { feelingsOf } from '../analysis/analyse.js';
import type { Persona } from '../persona/schema.js';
import type { ClientContext, Heard } from './context.js';
import { type HeardPhrase, keysOf, phrase, phraseAt, quickKeys, saysAny } from './hearing.js';
import { ASKING_MOVES, REFLECTIVE_MOVES } from './rules.js';
import { SUBJECTS } from './subjects.js';
import { topicMatchLength } from './topics.js';

/**
 * Listening: what the client makes of the trainee's words beyond the kind of move. Which subject
 * a question is about, whether a reflection fits what the client feels and what is so, whether
 * the trainee is saying the same thing again. Pure; every decision here has a name the reply and
 * the meters can point to.
 */

/** A subject as one persona hears it: the built-in words plus the persona's own. */
interface PersonaSubject {
  id: string;
  words: HeardPhrase[];
  except: HeardPhrase[];
  broad: boolean;
  own: boolean;
}

/** A persona's subjects, with their phrases indexed by first word so a question is read once. */
interface SubjectIndex {
  subjects: PersonaSubject[];
  /** First key → [subject index, phrase keys] for every subject word. */
  words: Map<string, [number, string[]][]>;
  /** First key → [subject index, phrase keys] for every `except` phrase. */
  except: Map<string, [number, string[]][]>;
}

const subjectCache = new WeakMap<Persona, SubjectIndex>();

function indexOf(subjects: readonly PersonaSubject[], pick: (s: PersonaSubject) => HeardPhrase[]) {
  const index = new Map<string, [number, string[]][]>();
  subjects.forEach((s, i) => {
    for (const p of pick(s)) {
      const first = p.keys[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push([i, p.keys]);
      index.set(first, list);
    }
  });
  return index;
}

/** The subjects a persona hears: its own first, then the built-ins (with any words it adds). */
function subjectIndex(persona: Persona): SubjectIndex {
  let index = subjectCache.get(persona);
  if (!index) {
    const known = new Set(SUBJECTS.map((s) => s.id));
    const own = Object.entries(persona.answers)
      .filter(([id, answer]) => !known.has(id) && answer.words)
      .map(([id, answer]) => ({
        id,
        words: (answer.words ?? []).map(phrase),
        except: [],
        broad: false,
        own: true,
      }));
    const builtIn = SUBJECTS.map((s) => ({
      id: s.id,
      words: [...s.words, ...(persona.answers[s.id]?.words ?? [])].map(phrase),
      except: (s.except ?? []).map(phrase),
      broad: s.broad === true,
      own: false,
    }));
    const subjects = [...own, ...builtIn];
    index = {
      subjects,
      words: indexOf(subjects, (s) => s.words),
      except: indexOf(subjects, (s) => s.except),
    };
    subjectCache.set(persona, index);
  }
  return index;
}

/** The subjects a persona hears: its own first, then the built-ins (with any words it adds). */
export function subjectsOf(persona: Persona): readonly PersonaSubject[] {
  return subjectIndex(persona).subjects;
}

/**
 * The subject words name, by the precedence in subjects.ts: a specific subject over a broad one,
 * then the longer phrase, then the persona's own subject, then the built-in order. A word inside
 * one of its subject's `except` phrases does not count.
 */
export function subjectIn(persona: Persona, keys: readonly string[]): string | null {
  const index = subjectIndex(persona);
  // Positions each subject's `except` phrases cover.
  const blocked = new Map<number, Set<number>>();
  for (let at = 0; at < keys.length; at++) {
    for (const [subject, e] of index.except.get(keys[at]!) ?? []) {
      if (!phraseAt(keys, e, at)) continue;
      const set = blocked.get(subject) ?? new Set<number>();
      for (let i = at; i < at + e.length; i++) set.add(i);
      blocked.set(subject, set);
    }
  }
  // The longest free phrase of each subject.
  const longest = new Map<number, number>();
  for (let at = 0; at < keys.length; at++) {
    for (const [subject, w] of index.words.get(keys[at]!) ?? []) {
      if (w.length <= (longest.get(subject) ?? 0) || !phraseAt(keys, w, at)) continue;
      const set = blocked.get(subject);
      let free = true;
      if (set) for (let i = at; i < at + w.length; i++) if (set.has(i)) free = false;
      if (free) longest.set(subject, w.length);
    }
  }
  let best: { id: string; rank: number[] } | null = null;
  for (const [i, length] of longest) {
    const s = index.subjects[i]!;
    const rank = [s.broad ? 0 : 1, length, s.own ? 1 : 0, -i];
    if (!best || compare(rank, best.rank) > 0) best = { id: s.id, rank };
  }
  return best?.id ?? null;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * Painful feeling families near enough to count as the same when reflected back: a client who
 * feels grief is not corrected for "sad". Pleasant feelings have no near ones: a client who feels
 * some relief is still not "cheerful and relaxed". A reflection of a family outside every group
 * the client feels (or has shown) does not fit.
 */
export const NEAR_FEELINGS: readonly (readonly string[])[] = [
  ['sadness', 'grief', 'hurt', 'loneliness', 'helplessness'],
  ['fear', 'worry', 'overwhelm'],
  ['anger', 'frustration', 'jealousy', 'disgust'],
  ['guilt', 'shame'],
  ['exhaustion', 'overwhelm', 'numbness', 'helplessness'],
  ['confusion', 'ambivalence'],
];

/** The families of a feeling word, as the scorer's lexicon reads it (framed, so "low" counts). */
export function familiesOf(word: string): string[] {
  const found = feelingsOf(`I feel ${word}`).filter((f) => !f.negated);
  return [...new Set(found.map((f) => f.family))];
}

const feelingCache = new WeakMap<Persona, Set<string>>();

/** The feeling families a persona feels, from its `feelings`. */
export function personaFamilies(persona: Persona): Set<string> {
  let families = feelingCache.get(persona);
  if (!families) {
    families = new Set(persona.feelings.flatMap((f) => familiesOf(f.feeling)));
    feelingCache.set(persona, families);
  }
  return families;
}

/**
 * The feeling families the client has shown in its own words: those of earlier turns, and of the
 * line the trainee is answering (read through the scorer's memo, which has just prepared it).
 */
export function shownBy(context: ClientContext): string[] {
  const earlier = context.shown ?? [];
  if (!context.lastLine) return earlier;
  const now = feelingsOf(context.lastLine)
    .filter((f) => !f.negated)
    .map((f) => f.family);
  return now.every((f) => earlier.includes(f)) ? earlier : [...new Set([...earlier, ...now])].slice(-30);
}

/** Whether a named feeling family fits families the client feels or has shown. */
export function fitsFamilies(family: string, feels: ReadonlySet<string>): boolean {
  if (feels.has(family)) return true;
  return NEAR_FEELINGS.some((group) => group.includes(family) && group.some((f) => feels.has(f)));
}

/** The words of a trainee turn as a sorted set of stems: two turns saying the same have the same. */
export function sayingOf(stems: readonly string[]): string {
  return [...new Set(stems)].sort().join(' ');
}

/** Two sayings are the same content when they share at least three quarters of their words. */
export function sameSaying(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const x = new Set(a.split(' '));
  const y = b.split(' ');
  const shared = y.filter((w) => x.has(w)).length;
  return shared / (x.size + y.length - shared) >= 0.75;
}

/** Moves whose words say something back to the client rather than ask (their words name no subject). */
const SAYING_BACK: ReadonlySet<string> = new Set([
  ...REFLECTIVE_MOVES,
  'validation',
  'affirmation',
  'noticing_nonverbal',
]);

/** Stems of an apology, for a scorer that did not label one ("sorry", "apologise"). */
const APOLOGY_STEMS: ReadonlySet<string> = new Set(['sorri', 'apolog', 'apologis', 'apologiz']);

/** Everything the client hears in one trainee turn. */
export function hear(
  persona: Persona,
  context: ClientContext,
  analysis: Analysis,
  moves: ReadonlyMap<Move, number>,
): Heard {
  const details = Array.isArray(analysis?.details) ? analysis.details : [];
  const stems = Array.isArray(analysis?.stems) ? analysis.stems.filter((s) => typeof s === 'string') : [];
  // An analysis stored before tokens were added has only stems: heard as they are.
  const keys = (
    Array.isArray(analysis?.tokens) ? keysOf(analysis.tokens.filter((t) => typeof t === 'string')) : stems
  ).slice(0, 200);
  const unclear = analysis?.unclear === true;
  const asked = [...moves.keys()].some((m) => ASKING_MOVES.has(m));
  const risk = riskAsked(details.filter((d) => d?.move === 'risk_question').map((d) => d.rule));

  const notSo = persona.notSo.findIndex((entry) => saysAny(keys, entry.says));
  let accuracy: Heard['accuracy'] = null;
  if (notSo >= 0) accuracy = 'wrong-fact';
  else if ([...moves.keys()].some((m) => REFLECTIVE_MOVES.has(m))) {
    accuracy = feelingsFit(persona, context, analysis) ? 'fits' : 'misread';
  }

  const saying = sayingOf(stems);
  const recent = Array.isArray(context.recentSayings) ? context.recentSayings : [];
  const repeats = recent.filter((s) => sameSaying(s, saying)).length;

  const apology =
    details.some((d) => d?.rule === 'repair.apology') ||
    (!moves.has('empathy') && stems.some((s) => APOLOGY_STEMS.has(s)));

  const askedAgain = asked && !risk ? bestShared(persona, context, keys) : null;

  // The words of a reflection or empathy beside the question are not its subject: "That sounds
  // lonely. What is that like?" asks nothing about friends.
  const beside = new Set(
    details
      .filter((d) => d && SAYING_BACK.has(d.move) && Array.isArray(d.evidence))
      .flatMap((d) => d.evidence.filter((e) => typeof e === 'string').flatMap((e) => quickKeys(e))),
  );
  const asking = keys.filter((k) => !beside.has(k));
  return {
    subject: asked && !risk && !unclear ? subjectIn(persona, asking) : null,
    closed: moves.has('closed_question') && !moves.has('open_question'),
    risk: unclear ? null : risk,
    accuracy: unclear ? null : accuracy,
    notSo: notSo >= 0 ? notSo : null,
    repeats,
    unclear,
    apology,
    askedAgain,
    keys,
  };
}

/**
 * The disclosure already shared that a question is most about: the one whose topic it says in
 * the most words, the one shared last on a tie ("when your dad says no" is about his refusal,
 * not his illness, once both were shared).
 */
function bestShared(persona: Persona, context: ClientContext, keys: readonly string[]): string | null {
  let best: { id: string; length: number; order: number } | null = null;
  for (const x of persona.disclosures) {
    const order = context.disclosed.indexOf(x.id);
    if (order < 0) continue;
    const length = topicMatchLength(persona, x, keys);
    if (length === 0) continue;
    if (!best || length > best.length || (length === best.length && order > best.order)) {
      best = { id: x.id, length, order };
    }
  }
  return best?.id ?? null;
}

/**
 * Whether the feelings a reflection names fit the client: at least half the feelings named (not
 * negated) are ones the client feels (`feelings`), has shown in its own words this session, or
 * near one of those. A reflection naming no feeling fits: it reflects the client's own words.
 */
function feelingsFit(persona: Persona, context: ClientContext, analysis: Analysis): boolean {
  const named = (Array.isArray(analysis?.feelings) ? analysis.feelings : []).filter(
    // The trainee's own feelings ("I'm glad you came") are not a reading of the client's.
    (f) => f && !f.negated && f.own !== true && typeof f.family === 'string',
  );
  if (named.length === 0) return true;
  const feels = new Set([...personaFamilies(persona), ...shownBy(context)]);
  const fitting = named.filter((f) => fitsFamilies(f.family, feels)).length;
  return fitting * 2 >= named.length;
}

/**
 * Which risk question was asked, by the scorer's rule: suicide or self-harm wins over harm to
 * others, which wins over safety ("Are you safe, or have you thought of ending your life?" is
 * answered about ending their life). `safety` lines answer "Are you safe?" (a yes for most
 * clients); `risk.danger` ("Are you in danger?") puts it the other way round and is answered from
 * the lines for the client's own risk (a no for most clients).
 */
export function riskAsked(rules: readonly unknown[]): Heard['risk'] {
  if (rules.length === 0) return null;
  if (rules.some((r) => r !== 'risk.others' && r !== 'risk.safety')) return 'self';
  return rules.includes('risk.others') ? 'others' : 'safety';
}
