import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';
import { KEEP_WHOLE, keyOf, keysOf } from '../../../engine/simulation/hearing.js';
import { subjectIn } from '../../../engine/simulation/listening.js';
import { SUBJECTS } from '../../../engine/simulation/subjects.js';
import { makePersona } from './helpers.js';

const persona = makePersona();
const heardAs = (question: string) => subjectIn(persona, keysOf(question));

describe('built-in subjects', () => {
  for (const subject of SUBJECTS) {
    describe(subject.id, () => {
      for (const example of subject.examples) {
        it(`hears "${example}"`, () => {
          expect(heardAs(example)).toBe(subject.id);
        });
      }
      for (const counter of subject.counterExamples) {
        it(`does not hear "${counter}"`, () => {
          expect(heardAs(counter)).not.toBe(subject.id);
        });
      }
    });
  }

  it('are each asked as a question by the scorer in every example', () => {
    const unasked = SUBJECTS.flatMap((s) => s.examples)
      .filter((q) => q.endsWith('?'))
      .filter((q) => !analyse(q).moves.some((m) => m === 'open_question' || m === 'closed_question'));
    expect(unasked).toEqual([]);
  });
});

describe('hearing words', () => {
  for (const { word, notHeardAs } of KEEP_WHOLE) {
    it(`keeps "${word}" apart from "${notHeardAs}"`, () => {
      expect(keyOf(word)).not.toBe(keyOf(notHeardAs));
    });
  }

  it('hears the forms of a word alike', () => {
    expect(keyOf('sleeping')).toBe(keyOf('sleep'));
    expect(keyOf('evenings')).toBe(keyOf('evening'));
  });

  it('hears a persona’s own subject before a built-in one on a tie', () => {
    const driver = makePersona({ answers: { driving: { words: ['car', 'driving'], guarded: ['No.'] } } });
    expect(subjectIn(driver, keysOf('Do you still have the car?'))).toBe('driving');
  });

  it('adds a persona’s words to a built-in subject', () => {
    const librarian = makePersona({ answers: { work: { words: ['library'], guarded: ['Fine.'] } } });
    expect(subjectIn(librarian, keysOf('How is the library?'))).toBe('work');
    expect(subjectIn(persona, keysOf('How is the library?'))).toBeNull();
  });
});
