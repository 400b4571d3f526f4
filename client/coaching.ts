import type { MoveDetail } from '../contract/analysis.js';
import { isRoadblock, MOVE_LABELS } from '../contract/moves.js';
import type { Feedback, MeterChange } from '../contract/session.js';
import { h } from './dom.js';
import { signed } from './format.js';

const METER_NAMES: Record<MeterChange['meter'], string> = {
  trust: 'Trust',
  openness: 'Openness',
  baseline: 'Baseline trust',
};

function moveItem(d: MoveDetail): HTMLElement {
  const roadblock = isRoadblock(d.move);
  return h(
    'li',
    { class: `move ${roadblock ? 'roadblock' : 'helpful'}`, attrs: { 'data-move': d.move } },
    h('span', { class: 'move-name' }, roadblock ? `Roadblock: ${MOVE_LABELS[d.move]}` : MOVE_LABELS[d.move]),
    d.evidence.length > 0 ? ' — ' : null,
    ...d.evidence.flatMap((e, i) => [i > 0 ? ', ' : null, h('q', { class: 'evidence' }, e)]),
    d.reason ? h('span', { class: 'move-reason' }, ` (${d.reason})`) : null,
  );
}

function changeItem(c: MeterChange): HTMLElement {
  return h(
    'li',
    { class: `change ${c.amount > 0 ? 'up' : 'down'}` },
    h('span', { class: 'change-amount' }, `${METER_NAMES[c.meter]} ${signed(c.amount)}`),
    ': ',
    c.reason,
  );
}

/** The coaching note for one turn: the moves found, their evidence, and why the meters moved. */
export function renderCoaching(turn: number, feedback: Feedback): HTMLElement {
  const changes = feedback.changes.filter((c) => Math.abs(c.amount) >= 0.05);
  // A note, not an <aside>: one landmark per turn would crowd a screen reader's landmark list.
  return h(
    'div',
    { class: 'coaching', attrs: { role: 'note', 'aria-label': `Coaching for turn ${turn}` } },
    h('p', { class: 'coaching-title' }, 'Coaching'),
    feedback.moves.length > 0
      ? h(
          'ul',
          { class: 'coaching-moves', attrs: { 'aria-label': 'Moves found' } },
          ...feedback.moves.map(moveItem),
        )
      : h(
          'p',
          { class: 'coaching-none' },
          'No counselling skill or roadblock was recognised in this reply. ',
          'Try reflecting back what you heard with the feeling behind it, or asking an open question.',
        ),
    feedback.summary ? h('p', { class: 'coaching-summary' }, feedback.summary) : null,
    changes.length > 0
      ? h(
          'ul',
          { class: 'coaching-changes', attrs: { 'aria-label': 'Why the meters moved' } },
          ...changes.map(changeItem),
        )
      : null,
  );
}

/**
 * A pattern for one piece of evidence in the trainee's own text: the scorer reads any run of
 * spaces and line breaks as one space and straightens curly quotes, so the pattern allows both.
 */
function evidencePattern(evidence: string): RegExp | null {
  const words = evidence
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const literal = (w: string) =>
    w
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['\u2018\u2019\u02bc`]")
      .replace(/"/g, '["\u201c\u201d]');
  return new RegExp(words.map(literal).join('\\s+'), 'i');
}

/** Where each move's evidence sits in the trainee's text, as merged [start, end) ranges in order. */
export function evidenceRanges(text: string, moves: readonly MoveDetail[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of moves) {
    for (const e of m.evidence) {
      const found = evidencePattern(e)?.exec(text);
      if (found) ranges.push([found.index, found.index + found[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The trainee's words with the evidence of each move marked. Built from text nodes only:
 * the trainee's text never passes through an HTML parser.
 */
export function highlightEvidence(text: string, moves: readonly MoveDetail[]): Node[] {
  const nodes: Node[] = [];
  let pos = 0;
  for (const [start, end] of evidenceRanges(text, moves)) {
    if (start > pos) nodes.push(document.createTextNode(text.slice(pos, start)));
    nodes.push(h('mark', null, text.slice(start, end)));
    pos = end;
  }
  if (pos < text.length) nodes.push(document.createTextNode(text.slice(pos)));
  return nodes;
}
