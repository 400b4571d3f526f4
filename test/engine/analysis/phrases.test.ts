import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PHRASE_TABLES, RULE_CARDS } from '../../../engine/analysis/analyse.js';
import { compile, lines, mayMatch } from '../../../engine/analysis/phrases.js';
import { prepare, typed } from '../../../engine/analysis/text.js';

const test = (phrase: string, text: string) => {
  const s = prepare(text).sentences[0]!;
  return compile([phrase]).test(s.plain);
};

describe('the phrase syntax', () => {
  it('splits a block into trimmed lines without blanks or comments', () => {
    expect(lines`
      take your time
      # a comment
        no rush
    `).toEqual(['take your time', 'no rush']);
  });

  it('matches whole words, with contractions written out', () => {
    expect(test('you are (so )?kind', "You're so kind.")).toBe(true);
    expect(test('do not worry', "Don't worry.")).toBe(true);
    expect(test('do not worry', 'Dont worry.')).toBe(true);
    expect(test('rush', 'Brushing your teeth.')).toBe(false);
  });

  it('lets ~ stand for any run of hedges, … for a few words, and ^ allow leading fillers', () => {
    expect(test('you are ~ selfish', "You're being a bit selfish.")).toBe(true);
    expect(test('you are ~ selfish', "You're not selfish.")).toBe(false);
    expect(test('i … you', 'I really do hear you.')).toBe(true);
    expect(test('^just ignore', 'Okay, so just ignore them.')).toBe(true);
    expect(test('^just ignore', 'I would not just ignore them.')).toBe(false);
  });

  it('quotes evidence as typed, not as written out', () => {
    const s = prepare("Honestly, you're being a bit selfish.").sentences[0]!;
    const m = compile(['you are ~ selfish']).exec(s.plain)!;
    expect(typed(s, m.index, m.index + m[0].length)).toBe("you're being a bit selfish");
  });

  it('refuses a phrase that is not a valid pattern, naming it', () => {
    expect(() => compile(['take (your time'])).toThrow(/take \(your time/);
  });
});

describe('the quick test before a phrase list', () => {
  it('never skips a sentence its phrase list matches', () => {
    const corpus = parse(readFileSync(new URL('../../../corpus/moves.yaml', import.meta.url), 'utf8')) as {
      text: string;
    }[];
    const texts = [
      ...corpus.map((c) => c.text),
      ...RULE_CARDS.flatMap((r) => [...r.examples, ...r.counterExamples]).map((e) =>
        typeof e === 'string' ? e : e.text,
      ),
    ];
    const lists = PHRASE_TABLES.flat().map((r) => compile(r.phrases));
    const skippedMatches: string[] = [];
    for (const text of texts)
      for (const s of prepare(text).sentences)
        for (const re of lists) if (re.test(s.plain) && !mayMatch(re, s)) skippedMatches.push(s.raw);
    expect(skippedMatches).toEqual([]);
  });
});
