import type { Assignment, AssignmentInput } from '../../contract/educator.js';
import type { PersonaSummary } from '../../contract/session.js';
import { h, uid } from '../dom.js';
import { api, ApiError } from './api.js';
import { heading, type RoomContext, table, when } from './views.js';

const linkOf = (a: Assignment) => `${window.location.origin}${a.path}`;

function settingsText(a: Assignment): string {
  const off = (['meters', 'coaching', 'rewinds', 'hints'] as const).filter((k) => !a[k]);
  return [
    off.length ? `${off.join(', ')} off` : 'everything on',
    a.minutes ? `${a.minutes} min` : 'server’s time limit',
    a.seed === null ? 'random seed' : `seed ${a.seed}`,
  ].join('; ');
}

/** A read-only box with the link, easy to select and copy. */
function linkBox(a: Assignment): HTMLElement {
  const id = uid('assignment-link');
  return h(
    'div',
    { class: 'field link-field' },
    h('label', { attrs: { for: id } }, `Link to hand out${a.title ? ` for “${a.title}”` : ''}`),
    h('input', {
      attrs: { id, type: 'text', readonly: true, value: linkOf(a) },
      on: { focus: (e) => (e.target as HTMLInputElement).select() },
    }),
  );
}

/** Assignments: the form to make one (client, seed, time limit, what is on), and those made. */
export async function assignmentsView(ctx: RoomContext, personas: PersonaSummary[]): Promise<HTMLElement> {
  const made = await api<Assignment[]>('GET', '/assignments');
  const ids = {
    title: uid('a-title'),
    persona: uid('a-persona'),
    seed: uid('a-seed'),
    minutes: uid('a-minutes'),
    cohort: uid('a-cohort'),
  };
  const title = h('input', { attrs: { id: ids.title, type: 'text', maxlength: 120 } });
  const persona = h(
    'select',
    { attrs: { id: ids.persona, required: true } },
    ...personas.map((p) => h('option', { attrs: { value: p.id } }, `${p.name} (${p.difficulty})`)),
  );
  const seed = h('input', {
    attrs: { id: ids.seed, type: 'number', min: 0, max: 4294967295, step: 1, inputmode: 'numeric' },
  });
  const minutes = h('input', { attrs: { id: ids.minutes, type: 'number', min: 1, max: 1440, step: 1 } });
  const cohort = h('input', { attrs: { id: ids.cohort, type: 'text', maxlength: 80 } });
  const switches = (['meters', 'coaching', 'rewinds', 'hints'] as const).map((key) => {
    const id = uid(`a-${key}`);
    const box = h('input', { attrs: { id, type: 'checkbox', checked: true } });
    const words = {
      meters: 'Show the trust and openness meters',
      coaching: 'Coaching after each reply',
      rewinds: 'Let trainees try a turn again',
      hints: 'Let trainees ask for hints',
    }[key];
    return { key, box, el: h('div', { class: 'check' }, box, h('label', { attrs: { for: id } }, words)) };
  });
  const error = h('p', { class: 'error', attrs: { role: 'alert' } });
  const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: id } }, label, hint ? h('span', { class: 'optional' }, ` ${hint}`) : null),
      control,
    );

  const submit = async () => {
    error.textContent = '';
    const input: AssignmentInput = {
      personaId: persona.value,
      meters: true,
      coaching: true,
      rewinds: true,
      hints: true,
    };
    for (const s of switches) input[s.key] = s.box.checked;
    if (title.value.trim()) input.title = title.value.trim();
    if (cohort.value.trim()) input.cohort = cohort.value.trim();
    if (seed.value !== '') input.seed = Number(seed.value);
    if (minutes.value !== '') input.minutes = Number(minutes.value);
    try {
      const a = await api<Assignment>('POST', '/assignments', input);
      ctx.go('#/assignments', `Assignment ${a.code} made: its link is the first below, ready to copy.`);
    } catch (err) {
      error.textContent =
        err instanceof ApiError ? err.message : 'The assignment could not be made. Try again.';
    }
  };

  return h(
    'section',
    { class: 'view room-assignments' },
    heading('Assignments'),
    h(
      'p',
      { class: 'lede' },
      'An assignment fixes the client, the seed (every trainee meets the same client), the time limit and what the page offers. ',
      'Trainees open its link, give their name, and start.',
    ),
    h(
      'form',
      {
        class: 'assignment-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            void submit();
          },
        },
      },
      field(ids.title, 'Title', title, '(optional)'),
      field(ids.persona, 'Client', persona),
      field(ids.cohort, 'Cohort', cohort, '(optional: sessions from the link join it)'),
      field(ids.seed, 'Seed', seed, '(optional: leave empty for a different conversation each time)'),
      field(ids.minutes, 'Time limit in minutes', minutes, '(optional: the server’s otherwise)'),
      h(
        'fieldset',
        { class: 'switch-group' },
        h('legend', null, 'What the page offers'),
        ...switches.map((s) => s.el),
      ),
      h(
        'div',
        { class: 'filter-actions' },
        h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Make assignment'),
      ),
      error,
    ),
    made.length === 0
      ? h('p', { class: 'notice' }, 'No assignments yet.')
      : h(
          'div',
          { class: 'assignment-list' },
          linkBox(made[0]!),
          table(
            `${made.length} assignment${made.length === 1 ? '' : 's'}, newest first`,
            ['Title', 'Client', 'Cohort', 'Settings', 'Sessions', 'Made', 'Link'],
            made.map((a) =>
              h(
                'tr',
                null,
                h('td', null, a.title ?? '—'),
                h('td', null, personas.find((p) => p.id === a.personaId)?.name ?? a.personaId),
                h('td', null, a.cohort ?? '—'),
                h('td', null, settingsText(a)),
                h(
                  'td',
                  { class: 'num' },
                  h('a', { attrs: { href: `#/sessions?assignment=${a.code}` } }, String(a.sessions)),
                ),
                h('td', null, `${when(a.createdAt)}${a.createdBy ? ` by ${a.createdBy}` : ''}`),
                h('td', null, h('a', { attrs: { href: a.path } }, linkOf(a))),
              ),
            ),
          ),
        ),
  );
}
