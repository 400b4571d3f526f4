/**
 * Phrase rules: how the scorer's rules are written, as data a newcomer can read and diff.
 *
 * A rule is a list of phrases, one alternative per line, matched as whole words against each
 * sentence in lower case with contractions written out ("you're" and "youre" are read as
 * "you are", "don't" as "do not"; write phrases that way). In a phrase:
 *
 * - `(a|b|c)` is one of several words or phrases; `(really )?` is optional;
 * - `~` stands for any run of hedges and intensifiers ("really", "a bit", "to be honest", "quite",
 *   see HEDGES in vocabulary.ts), so a hedge cannot hide what the phrase finds;
 * - `…` stands for up to four other words, `……` for up to twelve (within the sentence);
 * - `{name}` is one of a shared list of words (SLOTS in vocabulary.ts);
 * - a leading `^` means at the start of the sentence, after fillers ("so", "okay,", "well,");
 * - anything else is a regular expression: keep it short (`\w+` is any word, `\w*` a word's end).
 *
 * Every rule carries `examples` it must fire on and `counterExamples` it must not;
 * test/engine/analysis/rules.test.ts runs them all.
 */
import type { MoveDetail } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';
import { found } from './detail.js';
import { type Sentence, typed } from './text.js';
import { HEDGES, SLOTS, START } from './vocabulary.js';

/** An utterance a rule is checked on: the trainee's words, and the client's line before them. */
export type Example = string | { text: string; previous?: string; cue?: string };

/** What every rule (phrase rule or rule found in code) declares for the examples test. */
export interface RuleCard {
  /** Stable rule id, e.g. `advice.you-should`: the debrief and the engine read it. */
  id: string;
  move: Move;
  /** Utterances the rule must fire on. */
  examples: readonly Example[];
  /** Utterances it must not fire on (near misses a newcomer might expect it to catch). */
  counterExamples: readonly Example[];
}

/** A rule written as phrase lists. */
export interface PhraseRule extends RuleCard {
  strength: number;
  /** The debrief line; `{m}` is replaced by the matched words. */
  reason: string;
  /** What fires the rule. */
  phrases: readonly string[];
  /** The rule does not fire in a sentence that contains any of these. */
  unless?: readonly string[];
  /** …nor when one of these comes earlier in the same clause (before the match, after the last comma). */
  unlessEarlier?: readonly string[];
  /** …nor when one of these comes earlier in the same sentence. */
  unlessEarlierInSentence?: readonly string[];
  /** …nor when one of these comes just before the match (at most one word between). */
  unlessJustAfter?: readonly string[];
  /** …nor when one of these comes right after the match. */
  unlessFollowedBy?: readonly string[];
  /** Only in a sentence that asks (ends with a question mark). */
  askedOnly?: boolean;
  /** Only in a sentence that does not ask. */
  statementOnly?: boolean;
}

/** Split a block of text into its lines: trimmed, without blank lines or `#` comments. */
export function lines(strings: TemplateStringsArray, ...values: unknown[]): readonly string[] {
  if (values.length > 0)
    throw new Error('lines`…` takes plain text, one phrase a line, with nothing interpolated.');
  return (strings.raw[0] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const WORD_CONTRACTIONS: [RegExp, string][] = [
  [/\b(?:can't|cannot)\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/\blet's\b/g, 'let us'],
];

const HEDGE = HEDGES.map((h) => h.replace(/ /g, '[ ,]+')).join('|');
const GAP = "(?: [a-z0-9'-]+){0,4}?";
const LONG_GAP = "(?:,? [a-z0-9'-]+){0,12}?,?";

/** One phrase as a regular-expression source (see the syntax at the top of this file). */
export function phraseSource(phrase: string): string {
  let p = phrase;
  for (const [re, to] of WORD_CONTRACTIONS) p = p.replace(re, to);
  p = p
    .replace(/\{([a-z-]+)\}/g, (_, name: string) => {
      const list = SLOTS[name];
      if (!list) throw new Error(`Unknown slot {${name}} in the phrase "${phrase}".`);
      return `(?:${list.join('|')})`;
    })
    .replace(/ ~ /g, `[ ,]+(?:(?:${HEDGE})[ ,]+)*`)
    .replace(/~ /g, `(?:(?:${HEDGE})[ ,]+)*`)
    .replace(/ …… /g, `${LONG_GAP} `)
    .replace(/ … /g, `${GAP} `)
    .replace(/\((?!\?)/g, '(?:');
  if (p.startsWith('^')) p = START + p.slice(1);
  return p;
}

/** Whether a phrase is anchored at the start of the sentence (`^`). */
const anchored = (phrase: string) => phrase.startsWith('^');

/** A word a phrase must start with (or a start of a word, when the phrase goes on inside it). */
interface Key {
  word: string;
  prefix: boolean;
}

/** Split a group's inside at its top-level bars. */
function alternativesOf(inside: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i];
    if (c === '\\' || c === '[') return undefined;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(inside.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inside.slice(from));
  return out;
}

/**
 * The words a phrase can start with, read from its text, or undefined when that cannot be told
 * (it starts with a pattern, a slot, a hedge or an optional part).
 */
function keysOf(phrase: string): Key[] | undefined {
  const p = phrase.replace(/^\^/, '');
  const word = /^[a-z0-9'-]+/.exec(p);
  if (word) {
    const next = p[word[0].length];
    if (next === '?' || next === '*') return undefined;
    return [{ word: word[0], prefix: next !== undefined && next !== ' ' && next !== ',' }];
  }
  if (!p.startsWith('(')) return undefined;
  const end = closingOf(p);
  if (end < 0) return undefined;
  const rest = p.slice(end + 1);
  // A look-around before the phrase matches no text: the phrase starts after it.
  if (p.startsWith('(?<') || p.startsWith('(?!') || p.startsWith('(?=')) return keysOf(rest.trimStart());
  if (p.startsWith('(?')) return undefined;
  const alts = alternativesOf(p.slice(1, end));
  if (!alts) return undefined;
  const optional = rest.startsWith('?');
  const after = optional ? rest.slice(1) : rest;
  if (rest.startsWith('*')) return undefined;
  const keys: Key[] = [];
  for (const alt of alts) {
    const k = keysOf(alt.trim() === '' ? after.trim() : alt + after);
    if (!k) return undefined;
    keys.push(...k);
  }
  if (optional) {
    const k = keysOf(after.trimStart());
    if (!k) return undefined;
    keys.push(...k);
  }
  return keys;
}

/** The index of the bracket that closes the group a text starts with, or -1. */
function closingOf(p: string): number {
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '(') depth++;
    else if (p[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

// What a compiled phrase list can start with, for skipping it in sentences without those words.
const startKeys = new WeakMap<RegExp, readonly Key[] | undefined>();

function startsAny(words: ReadonlySet<string>, start: string): boolean {
  for (const w of words) if (w.startsWith(start)) return true;
  return false;
}

/**
 * Whether a compiled phrase list could match a sentence: false when the sentence has none of the
 * words every phrase of it starts with. A cheap test before the regular expression.
 */
export function mayMatch(re: RegExp, s: Sentence): boolean {
  const keys = startKeys.get(re);
  if (!keys) return true;
  const words = s.plainWords;
  for (const k of keys) {
    if (k.prefix ? startsAny(words, k.word) : words.has(k.word)) return true;
  }
  return false;
}

/** Compile a phrase list to one regular expression that matches any phrase as whole words. */
export function compile(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) throw new Error('A phrase list needs at least one phrase.');
  for (const phrase of phrases) {
    try {
      new RegExp(phraseSource(phrase));
    } catch (err) {
      throw new Error(`The phrase "${phrase}" is not valid: ${(err as Error).message}`);
    }
  }
  // The anchored phrases share one start (fillers, then the phrase), tried once at the start of
  // the sentence; the rest may start at any word. Whole words: a phrase may not start or end
  // inside a word (one that ends on a space or a comma is complete as it is).
  const atStart = phrases.filter(anchored).map((phrase) => phraseSource(phrase.slice(1)));
  const anywhere = phrases.filter((phrase) => !anchored(phrase)).map(phraseSource);
  const branches = [
    ...(atStart.length > 0 ? [`${START}(?:${atStart.join('|')})`] : []),
    ...(anywhere.length > 0 ? [`\\b(?:${anywhere.join('|')})`] : []),
  ];
  const re = new RegExp(`(?:${branches.join('|')})(?:(?<![a-z0-9])|(?![a-z0-9]))`);
  const keys: Key[] = [];
  for (const phrase of phrases) {
    const k = keysOf(phrase);
    if (!k) {
      startKeys.set(re, undefined);
      return re;
    }
    keys.push(...k);
  }
  startKeys.set(re, keys);
  return re;
}

/** A phrase rule with its lists compiled (once, when the rule module is loaded). */
interface Compiled {
  rule: PhraseRule;
  /** The phrases alone (for the quick test); `re` adds what may not follow. */
  base: RegExp;
  re: RegExp;
  unless?: RegExp;
  earlier?: RegExp;
  earlierInSentence?: RegExp;
  justAfter?: RegExp;
}

const compiled = new WeakMap<readonly PhraseRule[], Compiled[]>();

function compileRules(rules: readonly PhraseRule[]): Compiled[] {
  let had = compiled.get(rules);
  if (had) return had;
  had = rules.map((rule) => {
    const follow = rule.unlessFollowedBy
      ? `(?!\\s*(?:${rule.unlessFollowedBy.map(phraseSource).join('|')})(?:(?<![a-z0-9])|(?![a-z0-9])))`
      : '';
    const re = compile(rule.phrases);
    return {
      rule,
      base: re,
      re: follow ? new RegExp(`${re.source}${follow}`) : re,
      ...(rule.unless ? { unless: compile(rule.unless) } : {}),
      ...(rule.unlessEarlier ? { earlier: new RegExp(`${compile(rule.unlessEarlier).source}[^,;]*$`) } : {}),
      ...(rule.unlessEarlierInSentence ? { earlierInSentence: compile(rule.unlessEarlierInSentence) } : {}),
      ...(rule.unlessJustAfter
        ? { justAfter: new RegExp(`${compile(rule.unlessJustAfter).source}\\s+(?:[a-z']+\\s+)?$`) }
        : {}),
    };
  });
  compiled.set(rules, had);
  return had;
}

/** Where a phrase rule matches in one sentence, or undefined. */
export function matchRule(c: Compiled, s: Sentence): RegExpExecArray | undefined {
  const { rule } = c;
  if (rule.askedOnly && !s.asked) return undefined;
  if (rule.statementOnly && s.asked) return undefined;
  if (!mayMatch(c.base, s)) return undefined;
  const m = c.re.exec(s.plain);
  if (!m) return undefined;
  if (c.unless?.test(s.plain)) return undefined;
  const before = s.plain.slice(0, m.index);
  if (c.earlier?.test(before) || c.earlierInSentence?.test(before) || c.justAfter?.test(`${before} `))
    return undefined;
  return m;
}

/** Run a table of phrase rules over every sentence; each rule fires at most once per utterance. */
export function runPhraseRules(sentences: readonly Sentence[], rules: readonly PhraseRule[]): MoveDetail[] {
  const out: MoveDetail[] = [];
  for (const c of compileRules(rules)) {
    // An index loop: `sentences.entries()` made an iterator and a pair for every rule and sentence.
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const m = matchRule(c, s);
      if (!m) continue;
      const words = typed(s, m.index, m.index + m[0].length).replace(/^[\s,.;:-]+|[\s,.;:?!-]+$/g, '');
      out.push(
        found(
          c.rule.move,
          c.rule.strength,
          [words],
          c.rule.id,
          c.rule.reason.replace('{m}', `'${words}'`),
          i,
        ),
      );
      break;
    }
  }
  return out;
}

/** The compiled form of a phrase list, for code that finds a move by more than phrases. */
export function phrases(list: readonly string[]): RegExp {
  return compile(list);
}
