import type { Band, Debrief, MitiSummary, PersonaSummary, PracticeReview } from '../contract/session.js';
import { h } from './dom.js';
import { BAND_LABELS, meterValue, signed } from './format.js';

/** One row of the comparison with the last session: the measure, then and now. */
export interface ComparisonRow {
  measure: string;
  before: string;
  now: string;
  /** For a MITI band, the bands themselves (to colour them as the summary does). */
  bands?: [Band | null, Band | null];
}

const band = (b: Band | null) => (b ? BAND_LABELS[b] : 'Not enough data');

const BAND_ROWS: [keyof MitiSummary['bands'], string][] = [
  ['reflectionToQuestion', 'Reflections to questions'],
  ['percentOpen', 'Open questions'],
  ['percentComplex', 'Complex reflections'],
  ['roadblocks', 'Roadblocks'],
];

/** This session beside the last one with the same client: trust at start and end, the MITI bands. */
export function comparisonRows(practice: PracticeReview, summary: MitiSummary): ComparisonRow[] {
  const prev = practice.previous;
  if (!prev) return [];
  return [
    {
      measure: 'Trust at the start',
      before: String(meterValue(prev.trustStart)),
      now: String(meterValue(practice.trustStart)),
    },
    {
      measure: 'Trust at the end',
      before: String(meterValue(prev.trustEnd)),
      now: String(meterValue(practice.trustEnd)),
    },
    ...BAND_ROWS.map(([key, measure]) => ({
      measure,
      before: band(prev.bands[key]),
      now: band(summary.bands[key]),
      bands: [prev.bands[key], summary.bands[key]] as [Band | null, Band | null],
    })),
  ];
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** "your second session with Maya"; past the tenth, "session 12 with Maya". */
export function sessionWith(n: number, name: string): string {
  const word = ORDINALS[n - 1];
  return word ? `your ${word} session with ${name}` : `session ${n} with ${name}`;
}

/** "You asked for ideas twice." */
export function hintsSentence(n: number): string {
  if (n === 0) return 'You did not ask for ideas.';
  return `You asked for ideas ${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`}.`;
}

function comparisonTable(rows: ComparisonRow[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'comparison' },
      h('caption', null, 'This session beside the last one'),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...['Measure', 'Last session', 'This session'].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
        ),
      ),
      h(
        'tbody',
        null,
        ...rows.map((r) => {
          const cell = (text: string, b: Band | null | undefined) =>
            h('td', b === undefined ? null : { class: `band band-${b ?? 'none'}` }, text);
          return h(
            'tr',
            null,
            h('th', { attrs: { scope: 'row' } }, r.measure),
            cell(r.before, r.bands?.[0]),
            cell(r.now, r.bands?.[1]),
          );
        }),
      ),
    ),
  );
}

function retriedList(retried: PracticeReview['retried']): HTMLElement {
  return h(
    'ol',
    { class: 'retried' },
    ...retried.map((r) =>
      h(
        'li',
        { attrs: { 'data-turn': r.turn } },
        h('p', { class: 'retried-head' }, `Turn ${r.turn}, ${r.attempts.length} attempts`),
        h(
          'ol',
          { class: 'attempts' },
          ...r.attempts.map((a) =>
            h(
              'li',
              { class: a.kept ? 'attempt kept' : 'attempt' },
              h('q', null, a.said),
              ` trust ${signed(a.trustChange)}`,
              a.kept ? h('span', { class: 'badge kept' }, 'Kept') : ' (set aside)',
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The debrief's practice section: which session with this client this was and how it compares
 * with the last, each turn tried again with every attempt and what it did to trust, and the hints.
 */
export function renderPracticeReview(persona: PersonaSummary, d: Debrief): Node[] {
  const p = d.practice;
  if (!p) return [];
  const rows = comparisonRows(p, d.summary);
  const first = p.sessionNumber <= 1;
  return [
    h(
      'p',
      { class: 'session-number' },
      first
        ? `This was your first session with ${persona.name}.`
        : `This was ${sessionWith(p.sessionNumber, persona.name)}.`,
    ),
    rows.length > 0 ? comparisonTable(rows) : null,
    h('h4', null, 'Turns you tried again'),
    p.retried.length > 0
      ? retriedList(p.retried)
      : h('p', null, 'None: every turn stands as you first said it.'),
    h('p', { class: 'hints-used' }, hintsSentence(p.hintsUsed)),
  ].filter((n): n is HTMLElement => n !== null);
}

/** "Next session with Maya": the same client again, who remembers this session. */
export function nextSessionButton(name: string, onNext: () => Promise<string | null>): HTMLElement {
  const error = h('span', { class: 'error', attrs: { role: 'alert' } });
  const button: HTMLButtonElement = h(
    'button',
    {
      attrs: { type: 'button' },
      on: {
        click: async () => {
          button.disabled = true;
          error.textContent = '';
          const refused = await onNext();
          if (refused !== null) {
            button.disabled = false;
            error.textContent = refused;
          }
        },
      },
    },
    `Next session with ${name}`,
  );
  return h('span', { class: 'next-session' }, button, error);
}
