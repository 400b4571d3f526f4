import type { Band, EndReason, PersonaSummary } from '../contract/session.js';

export const BAND_LABELS: Record<Band, string> = { below: 'Below fair', fair: 'Fair', good: 'Good' };

/** "07:05" for a running timer. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "7 minutes 5 seconds", for screen readers and the debrief. */
export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return m === 0 ? part(s, 'second') : `${part(m, 'minute')} ${part(s, 'second')}`;
}

/** Rounds a meter value for display. */
export function meterValue(n: number): number {
  return Math.round(n);
}

/** "+3", "−2", "±0" with one decimal only when it matters. */
export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  const abs = Math.abs(r);
  const text = Number.isInteger(abs) ? String(abs) : abs.toFixed(1);
  if (r > 0) return `+${text}`;
  if (r < 0) return `−${text}`;
  return '±0';
}

export const DIFFICULTY_LABELS: Record<PersonaSummary['difficulty'], string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** What happened at the end, in a sentence about the client. */
export function outcomeSentence(reason: EndReason, name: string): string {
  switch (reason) {
    case 'trainee':
      return `You ended the session with ${name}.`;
    case 'walkout':
      return `${name} walked out of the session.`;
    case 'turn-limit':
      return `The session reached its limit of turns.`;
    case 'time-limit':
      return `The session reached its time limit.`;
  }
}

export const OUTCOME_LABELS: Record<EndReason, string> = {
  trainee: 'Ended by you',
  walkout: 'Client walked out',
  'turn-limit': 'Turn limit reached',
  'time-limit': 'Time limit reached',
};
