import type { CohortReport, CohortSummary } from '../../contract/educator.js';
import { h } from '../dom.js';
import { api } from './api.js';
import { bandText, heading, openLink, outcomeText, table, when } from './views.js';

/** Every cohort, with how many trainees and sessions each has. */
export async function cohortsView(): Promise<HTMLElement> {
  const cohorts = await api<CohortSummary[]>('GET', '/cohorts');
  return h(
    'section',
    { class: 'view room-cohorts' },
    heading('Cohorts'),
    cohorts.length === 0
      ? h(
          'p',
          { class: 'notice' },
          'No sessions name a cohort yet. Trainees give one on the first page, or an assignment sets it.',
        )
      : table(
          `${cohorts.length} cohort${cohorts.length === 1 ? '' : 's'}`,
          ['Cohort', 'Trainees', 'Sessions', 'Last session'],
          cohorts.map((c) =>
            h(
              'tr',
              null,
              h(
                'th',
                { attrs: { scope: 'row' } },
                h('a', { attrs: { href: `#/cohorts/${encodeURIComponent(c.cohort)}` } }, c.cohort),
              ),
              h('td', { class: 'num' }, c.trainees),
              h('td', { class: 'num' }, c.sessions),
              h('td', null, when(c.lastStartedAt)),
            ),
          ),
        ),
  );
}

/** One cohort: each trainee's sessions, oldest first, with the MITI bands and disclosures reached. */
export async function cohortView(name: string): Promise<HTMLElement> {
  const report = await api<CohortReport>('GET', `/cohorts/${encodeURIComponent(name)}`);
  return h(
    'section',
    { class: 'view room-cohort' },
    heading(`Cohort: ${report.cohort}`),
    h('p', null, h('a', { attrs: { href: '#/cohorts' } }, 'All cohorts')),
    ...report.trainees.map((t) =>
      h(
        'section',
        { class: 'cohort-trainee' },
        h('h3', null, t.name),
        table(
          `${t.name}: ${t.sessions.length} session${t.sessions.length === 1 ? '' : 's'}, oldest first`,
          [
            'Started',
            'Client',
            'Outcome',
            'Turns',
            'Disclosures',
            'R:Q',
            '% open',
            '% complex',
            'Roadblocks',
            'Session',
          ],
          t.sessions.map((s) =>
            h(
              'tr',
              null,
              h('td', null, when(s.startedAt)),
              h('td', null, s.personaName ?? s.personaId),
              h('td', null, outcomeText(s)),
              h('td', { class: 'num' }, s.turns),
              h('td', null, s.disclosures ? `${s.disclosures.reached} of ${s.disclosures.total}` : '—'),
              h('td', null, bandText(s.bands?.reflectionToQuestion)),
              h('td', null, bandText(s.bands?.percentOpen)),
              h('td', null, bandText(s.bands?.percentComplex)),
              h('td', null, bandText(s.bands?.roadblocks)),
              h('td', null, openLink(s)),
            ),
          ),
        ),
      ),
    ),
  );
}
