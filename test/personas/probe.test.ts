import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runGolden } from '../../engine/simulation/golden.js';
import { loadGoldenFile } from '../../server/personas/loadGolden.js';
import { loadPersonaDir } from '../../server/personas/loadPersonas.js';
import { probeSchema, runProbe } from '../../scripts/probe/run.js';
import { makePersona } from '../engine/simulation/helpers.js';

// The listening probe of issue 12 (npm run probe), held as targets for every shipped persona.
const probe = probeSchema.parse(parse(readFileSync('corpus/probe.yaml', 'utf8')));
const { personas } = loadPersonaDir('personas');

describe('the listening probe', () => {
  for (const persona of personas.values()) {
    describe(persona.id, () => {
      const r = runProbe(persona, probe);
      it('answers at least 8 in 10 everyday questions on topic', () => {
        const missed = r.answers.filter((a) => !a.onTopic).map((a) => `${a.ask} → ${a.reply}`);
        expect(r.onTopic / r.asked, missed.join('\n')).toBeGreaterThanOrEqual(0.8);
      });
      it('answers the risk question', () => {
        expect(r.riskAnswered, r.riskReply).toBe(true);
      });
      it('earns nothing from a wrong-feeling reflection, a third repetition or gibberish', () => {
        expect([r.wrongFeelingEarned, r.thirdRepeatEarned, r.gibberishEarned]).toEqual([0, 0, 0]);
      });
      it('repeats no line, and no cue within three turns, in a 20-turn session', () => {
        expect(r.sessionTurns).toBe(20);
        expect([r.repeatedLines, r.cuesWithinThree]).toEqual([0, 0]);
      });
    });
  }

  it('names the lines a client said twice, so the educator can find them', () => {
    // Too few lines for a 20-turn session: some must come round again.
    const r = runProbe(makePersona({ dynamics: { cueChance: 0 } }), probe);
    expect(r.repeatedLines).toBeGreaterThan(0);
    expect(r.repeated.length).toBeGreaterThan(0);
    expect(r.repeated.length).toBeLessThanOrEqual(r.repeatedLines);
    // Each is one of the persona's own reply lines, as written.
    const written = new Set([
      'g1',
      'g2',
      'g3',
      'gq1',
      't1',
      't2',
      'o1',
      'o2',
      'oe1',
      'oe2',
      'd1',
      'd2',
      'w1',
      'w2',
    ]);
    expect(r.repeated.filter((line) => !written.has(line))).toEqual([]);
  });

  it('finds a client that does not listen: one with no answers is off topic', () => {
    const r = runProbe(makePersona({ dynamics: { cueChance: 0 } }), probe);
    expect(r.onTopic / r.asked).toBeLessThan(0.5);
  });
});

describe('good and poor practice with every shipped persona', () => {
  for (const persona of personas.values()) {
    const { golden } = loadGoldenFile(`personas/tests/${persona.id}.golden.yaml`, personas);
    const runs = (golden?.transcripts ?? []).map((t) => ({ t, r: runGolden(persona, t, golden!.seed) }));
    const deepest = persona.disclosures.at(-1)!.id;

    it(`${persona.id}: good listening reaches the deepest disclosure in 15 to 25 turns`, () => {
      const good = runs.find(({ t }) => t.name.startsWith('good') || t.name.startsWith('a patient'));
      const at =
        good!.r.log.filter((l) => !l.say.startsWith('(')).findIndex((l) => l.disclosure === deepest) + 1;
      expect(at).toBeGreaterThanOrEqual(15);
      expect(at).toBeLessThanOrEqual(25);
    });

    it(`${persona.id}: roadblocks make the client withdraw`, () => {
      const poor = runs.find(
        ({ t }) => t.name.startsWith('poor') || t.name.startsWith('a trainee who advises'),
      );
      expect(poor!.r.log.some((l) => l.phase === 'withdrawn' || l.ended === 'walkout')).toBe(true);
    });
  }
});
