import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

describe('reflections', () => {
  it('credits the seed example as a complex reflection that names the feelings', () => {
    const a = analyse(
      "If I'm understanding correctly, you're feeling both angry and sad at the same time about your mother's death.",
      { previous: 'My mother died in March and I keep shouting at everyone.' },
    );
    expect(a.moves).toEqual(expect.arrayContaining(['complex_reflection', 'empathy']));
    const empathy = a.details.find((d) => d.move === 'empathy');
    expect(empathy?.reason).toBe("named a feeling: 'angry and sad'");
  });

  it('finds a simple reflection by content overlap with the client after stemming', () => {
    const a = analyse('You stopped going to the gym.', {
      previous: 'I stopped going to the gym a while back.',
    });
    expect(a.moves).toEqual(['simple_reflection']);
    expect(a.details[0]?.evidence.join(' ')).toMatch(/stopped|gym/);
  });

  it('needs the client’s words to call a bare second-person statement a reflection', () => {
    expect(analyse('You walk the dog every morning.').moves).not.toContain('simple_reflection');
    expect(
      analyse('You walk the dog every morning.', { previous: 'I walk the dog every morning.' }).moves,
    ).toContain('simple_reflection');
  });

  it('reads a double-sided reflection as complex', () => {
    const a = analyse(
      'So on the one hand the drinking helps you relax, and on the other hand it costs you your mornings.',
      {
        previous: 'A drink helps me unwind but I feel rough every morning.',
      },
    );
    expect(a.moves).toContain('complex_reflection');
  });

  it('credits a summary and counts it as a complex reflection', () => {
    const a = analyse('So to sum up, you tried cutting down twice, and the stress at work brought it back.');
    expect(a.moves).toEqual(expect.arrayContaining(['summary', 'complex_reflection']));
  });
});
