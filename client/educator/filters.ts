import type { SessionFilters } from '../../contract/educator.js';
import { END_REASONS, type PersonaSummary } from '../../contract/session.js';
import { h, uid } from '../dom.js';
import { OUTCOME_LABELS } from '../format.js';

/** The filters as the form holds them: dates as the date fields give them (YYYY-MM-DD, local). */
export type FilterValues = Partial<
  Record<'cohort' | 'persona' | 'trainee' | 'from' | 'to' | 'outcome' | 'assignment', string>
>;

const NAMES = ['cohort', 'persona', 'trainee', 'from', 'to', 'outcome', 'assignment'] as const;

/** The filters in a view's address (`#/sessions?cohort=…`). */
export function filtersFrom(params: URLSearchParams): FilterValues {
  const values: FilterValues = {};
  for (const name of NAMES) {
    const v = params.get(name)?.trim();
    if (v) values[name] = v;
  }
  return values;
}

export function toParams(values: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of NAMES) if (values[name]) params.set(name, values[name]);
  return params;
}

/**
 * The filters as the API takes them. A day picked in the form is a day where the educator is:
 * from its local midnight to the last millisecond before the next.
 */
export function apiQuery(values: FilterValues): URLSearchParams {
  const q: SessionFilters = {};
  if (values.cohort) q.cohort = values.cohort;
  if (values.persona) q.persona = values.persona;
  if (values.trainee) q.trainee = values.trainee;
  if (values.outcome) q.outcome = values.outcome as SessionFilters['outcome'];
  if (values.assignment) q.assignment = values.assignment;
  if (values.from) q.from = new Date(`${values.from}T00:00:00`).toISOString();
  if (values.to) q.to = new Date(new Date(`${values.to}T00:00:00`).getTime() + 86_400_000 - 1).toISOString();
  return new URLSearchParams(q as Record<string, string>);
}

function field(label: string, control: HTMLElement & { id: string }): HTMLElement {
  return h('div', { class: 'field' }, h('label', { attrs: { for: control.id } }, label), control);
}

/** The filter form: cohort, client, trainee, dates and (for the list) outcome. */
export function renderFilters(o: {
  values: FilterValues;
  personas: PersonaSummary[];
  cohorts: string[];
  withOutcome: boolean;
  onApply: (values: FilterValues) => void;
}): HTMLElement {
  const cohortList = uid('cohorts');
  const input = (name: keyof FilterValues, type: string, extra: Record<string, string> = {}) =>
    h('input', { attrs: { id: uid(`filter-${name}`), name, type, value: o.values[name] ?? '', ...extra } });
  const select = (name: keyof FilterValues, options: [string, string][]) => {
    const el = h(
      'select',
      { attrs: { id: uid(`filter-${name}`), name } },
      ...options.map(([value, label]) => h('option', { attrs: { value } }, label)),
    );
    el.value = o.values[name] ?? '';
    return el;
  };
  const controls = {
    cohort: input('cohort', 'text', { list: cohortList, maxlength: '80' }),
    persona: select('persona', [
      ['', 'Any client'],
      ...o.personas.map((p): [string, string] => [p.id, p.name]),
    ]),
    trainee: input('trainee', 'search', { maxlength: '80' }),
    assignment: input('assignment', 'text', { maxlength: '40' }),
    from: input('from', 'date'),
    to: input('to', 'date'),
    outcome: select('outcome', [
      ['', 'Any outcome'],
      ['open', 'Not finished'],
      ...END_REASONS.map((r): [string, string] => [r, OUTCOME_LABELS[r]]),
    ]),
  };
  const read = (): FilterValues => {
    const values: FilterValues = {};
    for (const name of NAMES) {
      const v = controls[name].value.trim();
      if (v && (name !== 'outcome' || o.withOutcome)) values[name] = v;
    }
    return values;
  };
  return h(
    'form',
    {
      class: 'filters',
      attrs: { role: 'search', 'aria-label': 'Filter sessions' },
      on: {
        submit: (e) => {
          e.preventDefault();
          o.onApply(read());
        },
      },
    },
    field('Cohort', controls.cohort),
    h(
      'datalist',
      { attrs: { id: cohortList } },
      ...o.cohorts.map((c) => h('option', { attrs: { value: c } })),
    ),
    field('Client', controls.persona),
    field('Trainee name contains', controls.trainee),
    field('Started on or after', controls.from),
    field('Started on or before', controls.to),
    o.withOutcome ? field('Outcome', controls.outcome) : null,
    field('Assignment code', controls.assignment),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Apply filters'),
      h('button', { attrs: { type: 'button' }, on: { click: () => o.onApply({}) } }, 'Clear'),
    ),
  );
}
