import type { CohortSummary, SessionList } from '../../contract/educator.js';
import type { PersonaSummary } from '../../contract/session.js';
import { h } from '../dom.js';
import { api, apiUrl } from './api.js';
import { apiQuery, type FilterValues, renderFilters, toParams } from './filters.js';
import { bandText, heading, openLink, outcomeText, type RoomContext, table, when } from './views.js';

/** The sessions list: the filters, a table of what they match, and the CSV export of it. */
export async function sessionsView(
  ctx: RoomContext,
  values: FilterValues,
  personas: PersonaSummary[],
): Promise<HTMLElement> {
  const query = apiQuery(values);
  const [list, cohorts] = await Promise.all([
    api<SessionList>('GET', apiUrl('/sessions', query)),
    api<CohortSummary[]>('GET', '/cohorts'),
  ]);
  const shown =
    list.total > list.sessions.length
      ? `The ${list.sessions.length} most recent of ${list.total} sessions: narrow the filters to see the rest.`
      : `${list.total} session${list.total === 1 ? '' : 's'}`;
  const rows = list.sessions.map((s) =>
    h(
      'tr',
      null,
      h('td', null, when(s.startedAt)),
      h('td', null, s.trainee ?? '—'),
      h('td', null, s.cohort ?? '—'),
      h('td', null, s.personaName ?? s.personaId),
      h('td', { class: 'num' }, s.turns),
      h('td', null, outcomeText(s)),
      h('td', null, s.disclosures ? `${s.disclosures.reached} of ${s.disclosures.total}` : '—'),
      h('td', null, bandText(s.bands?.reflectionToQuestion)),
      h('td', { class: 'num' }, s.labelled),
      h('td', null, openLink(s)),
    ),
  );
  return h(
    'section',
    { class: 'view room-sessions' },
    heading('Sessions'),
    renderFilters({
      values,
      personas,
      cohorts: cohorts.map((c) => c.cohort),
      withOutcome: true,
      onApply: (v) => ctx.go(`#/sessions?${toParams(v)}`),
    }),
    h(
      'p',
      { class: 'room-actions' },
      h(
        'a',
        { class: 'button-link', attrs: { href: apiUrl('/export.csv', query), download: '' } },
        'Export these sessions as CSV',
      ),
    ),
    list.sessions.length > 0
      ? table(
          shown,
          [
            'Started',
            'Trainee',
            'Cohort',
            'Client',
            'Turns',
            'Outcome',
            'Disclosures',
            'R:Q band',
            'You labelled',
            'Session',
          ],
          rows,
        )
      : h('p', { class: 'notice', attrs: { role: 'status' } }, 'No sessions match these filters.'),
  );
}
