import type { AgreementCell, AgreementReport, CohortSummary } from '../../contract/educator.js';
import { MOVE_LABELS } from '../../contract/moves.js';
import type { PersonaSummary } from '../../contract/session.js';
import { h } from '../dom.js';
import { api, apiUrl } from './api.js';
import { apiQuery, type FilterValues, renderFilters, toParams } from './filters.js';
import { heading, type RoomContext, table } from './views.js';

/** Landis and Koch's (1977) words for a kappa, the ones most papers use. */
export function kappaWords(kappa: number | null): string {
  if (kappa === null) return 'not defined';
  if (kappa < 0) return 'worse than chance';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

const kappaText = (k: number | null) => (k === null ? '—' : k.toFixed(2));

function row(label: string, c: AgreementCell, strong = false): HTMLElement {
  const name = strong ? h('strong', null, label) : label;
  return h(
    'tr',
    null,
    h('th', { attrs: { scope: 'row' } }, name),
    h('td', { class: 'num' }, c.both),
    h('td', { class: 'num' }, c.educatorOnly),
    h('td', { class: 'num' }, c.scorerOnly),
    h('td', { class: 'num' }, c.neither),
    h('td', { class: 'num' }, `${Math.round(c.observed * 100)}%`),
    h('td', { class: 'num kappa' }, kappaText(c.kappa)),
    h('td', null, kappaWords(c.kappa)),
  );
}

/** How far educators' labels agree with the scorer: Cohen's kappa per move and overall, with counts. */
export async function agreementView(
  ctx: RoomContext,
  values: FilterValues,
  personas: PersonaSummary[],
): Promise<HTMLElement> {
  const [report, cohorts] = await Promise.all([
    api<AgreementReport>('GET', apiUrl('/agreement', apiQuery(values))),
    api<CohortSummary[]>('GET', '/cohorts'),
  ]);
  const filters = renderFilters({
    values,
    personas,
    cohorts: cohorts.map((c) => c.cohort),
    withOutcome: false,
    onApply: (v) => ctx.go(`#/agreement?${toParams(v)}`),
  });
  const head = ['Move', 'Both', 'Only you', 'Only the scorer', 'Neither', 'Agreed', 'Kappa', 'Strength'];
  return h(
    'section',
    { class: 'view room-agreement' },
    heading('Agreement with the scorer'),
    h(
      'p',
      { class: 'lede' },
      'Each trainee turn you label is a yes or no for every move: did the turn make it? Cohen’s kappa says how far ',
      'your answers and the scorer’s agree beyond what chance would give (1 is full agreement, 0 no better than chance). ',
      '“All moves” pools every turn-and-move decision. Label turns without looking at the scorer’s moves first for a fair figure.',
    ),
    filters,
    h(
      'p',
      { class: 'agreement-summary', attrs: { role: 'status' } },
      report.turns === 0
        ? 'No labelled turns match these filters yet: open a session and label its turns.'
        : `${report.turns} labelled turn${report.turns === 1 ? '' : 's'} in ${report.sessions} session${report.sessions === 1 ? '' : 's'}: overall kappa ${kappaText(report.overall.kappa)} (${kappaWords(report.overall.kappa)}).`,
    ),
    report.turns === 0
      ? null
      : table('Agreement per move, with the counts of labelled turns', head, [
          row('All moves', report.overall, true),
          ...report.moves.map((m) => row(MOVE_LABELS[m.move], m)),
        ]),
    h(
      'p',
      { class: 'hint' },
      'The same figures as JSON: ',
      h('a', { attrs: { href: apiUrl('/agreement', apiQuery(values)) } }, '/api/educator/agreement'),
      '.',
    ),
  );
}
