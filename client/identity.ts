import type { TraineeIdentity } from '../contract/events.js';
import { h, uid } from './dom.js';
import { local, read, write } from './storage.js';

/**
 * Who is practising: a name (and a cohort) asked once and kept in this browser's localStorage,
 * sent with every session so an educator can tell whose it was. A trainee may practise without
 * one, except on an assignment.
 */
const IDENTITY_KEY = 'rapport.trainee';
/** Set when the trainee chose to practise without a name: the page does not ask again. */
const SKIPPED_KEY = 'rapport.trainee.skipped';
const MAX_LENGTH = 80;

export function loadIdentity(): TraineeIdentity | null {
  const v = read(local, IDENTITY_KEY) as Partial<TraineeIdentity> | null;
  if (!v || typeof v.name !== 'string' || v.name.trim() === '') return null;
  return typeof v.cohort === 'string' && v.cohort.trim() !== ''
    ? { name: v.name, cohort: v.cohort }
    : { name: v.name };
}

export function saveIdentity(identity: TraineeIdentity | null): void {
  write(local, IDENTITY_KEY, identity);
}

const skipped = () => read(local, SKIPPED_KEY) === true;

/** One line, as the server will store it. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface IdentityPanel {
  element: HTMLElement;
  /** Shows why a name is needed and puts the cursor in the name field. */
  ask(reason: string): void;
}

/**
 * The "Who is practising?" panel: a short form until a name is saved (or the trainee chose to go
 * without), then one line with a Change button. `required` (an assignment) hides the way out.
 */
export function renderIdentity(options: {
  required: boolean;
  onChange: (identity: TraineeIdentity | null) => void;
}): IdentityPanel {
  const element = h('section', { class: 'identity', attrs: { 'aria-labelledby': 'identity-title' } });
  let nameInput: HTMLInputElement | null = null;
  let error: HTMLElement | null = null;

  function showSummary(identity: TraineeIdentity): void {
    nameInput = null;
    const change = h(
      'button',
      {
        attrs: { type: 'button', 'aria-label': `Change name (now ${identity.name})` },
        on: { click: () => showForm(true) },
      },
      'Change',
    );
    element.replaceChildren(
      h('h3', { class: 'visually-hidden', attrs: { id: 'identity-title' } }, 'Who is practising'),
      h(
        'p',
        { class: 'identity-line' },
        h(
          'span',
          null,
          'Practising as ',
          h('strong', null, identity.name),
          identity.cohort ? ` (${identity.cohort})` : '',
          '.',
        ),
        ' ',
        change,
      ),
    );
  }

  function showSkipped(): void {
    nameInput = null;
    element.replaceChildren(
      h('h3', { class: 'visually-hidden', attrs: { id: 'identity-title' } }, 'Who is practising'),
      h(
        'p',
        { class: 'identity-line' },
        h('span', null, 'Practising without a name.'),
        ' ',
        h('button', { attrs: { type: 'button' }, on: { click: () => showForm(true) } }, 'Add your name'),
      ),
    );
  }

  function showForm(focus: boolean): void {
    const current = loadIdentity();
    const nameId = uid('trainee-name');
    const cohortId = uid('trainee-cohort');
    const errorId = uid('identity-error');
    const name = h('input', {
      attrs: {
        id: nameId,
        type: 'text',
        autocomplete: 'name',
        maxlength: MAX_LENGTH,
        required: true,
        'aria-describedby': errorId,
        value: current?.name ?? '',
      },
    });
    const cohort = h('input', {
      attrs: { id: cohortId, type: 'text', maxlength: MAX_LENGTH, value: current?.cohort ?? '' },
    });
    const problem = h('p', { class: 'error', attrs: { id: errorId, role: 'alert' } });
    nameInput = name;
    error = problem;
    const form = h(
      'form',
      {
        class: 'identity-form',
        attrs: { novalidate: true },
        on: {
          submit: (e) => {
            e.preventDefault();
            const given = tidy(name.value);
            if (given === '') {
              problem.textContent = 'Enter your name, as your educator knows you.';
              name.focus();
              return;
            }
            const c = tidy(cohort.value);
            const identity: TraineeIdentity = c ? { name: given, cohort: c } : { name: given };
            saveIdentity(identity);
            write(local, SKIPPED_KEY, null);
            showSummary(identity);
            options.onChange(identity);
            element.querySelector<HTMLButtonElement>('button')?.focus();
          },
        },
      },
      h('div', { class: 'field' }, h('label', { attrs: { for: nameId } }, 'Your name'), name),
      h(
        'div',
        { class: 'field' },
        h(
          'label',
          { attrs: { for: cohortId } },
          'Cohort or group ',
          h('span', { class: 'optional' }, '(optional)'),
        ),
        cohort,
      ),
      h(
        'div',
        { class: 'identity-actions' },
        h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save'),
        options.required
          ? null
          : h(
              'button',
              {
                attrs: { type: 'button' },
                on: {
                  click: () => {
                    // Cancel keeps the name there was; the other way out is to go without one.
                    if (current) showSummary(current);
                    else {
                      write(local, SKIPPED_KEY, true);
                      showSkipped();
                      options.onChange(null);
                    }
                    element.querySelector<HTMLButtonElement>('button')?.focus();
                  },
                },
              },
              current ? 'Cancel' : 'Practise without a name',
            ),
      ),
      problem,
    );
    element.replaceChildren(
      h('h3', { attrs: { id: 'identity-title' } }, 'Who is practising?'),
      h(
        'p',
        { class: 'identity-why' },
        'Your name goes with your sessions so that your educator can find them. It is kept in this browser only.',
      ),
      form,
    );
    if (focus) name.focus();
  }

  const identity = loadIdentity();
  if (identity) showSummary(identity);
  else if (skipped() && !options.required) showSkipped();
  else showForm(false);

  return {
    element,
    ask(reason) {
      if (!nameInput) showForm(false);
      if (error) error.textContent = reason;
      nameInput?.focus();
    },
  };
}
