import type { EducatorMe } from '../../contract/educator.js';
import type { PersonaSummary } from '../../contract/session.js';
import { h, uid } from '../dom.js';
import { agreementView } from './agreementView.js';
import { api, ApiError } from './api.js';
import { assignmentsView } from './assignmentsView.js';
import { cohortsView, cohortView } from './cohortsView.js';
import { filtersFrom } from './filters.js';
import { sessionReview } from './sessionReview.js';
import { sessionsView } from './sessionsView.js';
import { note, type RoomContext } from './views.js';
import '../styles.css';
import '../forms.css';
import './educator.css';

// The educator's room: sign in, then the sessions, one session, agreement, cohorts and
// assignments, each at its own address (#/sessions, #/sessions/ID, …) so the browser's Back
// button and bookmarks work.
const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
const account = document.getElementById('account')!;

let me: EducatorMe | null = null;
let personas: PersonaSummary[] | null = null;
/** A message for the next view drawn (an assignment was made). */
let flash: string | null = null;
/** Which drawing is current: a slow view that finishes after a newer one is dropped. */
let drawing = 0;

const SECTIONS: [hash: string, label: string][] = [
  ['#/sessions', 'Sessions'],
  ['#/agreement', 'Agreement'],
  ['#/cohorts', 'Cohorts'],
  ['#/assignments', 'Assignments'],
];

const ctx: RoomContext = {
  go(hash, notice) {
    flash = notice ?? null;
    if (window.location.hash === hash) void route();
    else window.location.hash = hash;
  },
};

/** Puts a view on the page; focus goes to its heading so keyboard and screen reader users follow. */
function mount(el: HTMLElement, title: string): void {
  const heading = el.querySelector('h2');
  if (flash) heading?.after(note(flash, 'status'));
  flash = null;
  main.replaceChildren(el);
  document.title = `${title} — Rapport educator's room`;
  heading?.focus();
}

function drawNav(current: string): void {
  nav.hidden = false;
  nav.replaceChildren(
    h(
      'ul',
      null,
      ...SECTIONS.map(([hash, label]) =>
        h(
          'li',
          null,
          h('a', { attrs: { href: hash, 'aria-current': current === hash ? 'page' : undefined } }, label),
        ),
      ),
    ),
  );
  account.replaceChildren(
    h('span', { class: 'signed-in' }, `Signed in as ${me?.email ?? ''}`),
    h('button', { attrs: { type: 'button' }, on: { click: () => void signOut() } }, 'Sign out'),
  );
}

function showSignIn(message: string | null = null): void {
  me = null;
  nav.hidden = true;
  nav.replaceChildren();
  account.replaceChildren();
  const emailId = uid('email');
  const passwordId = uid('password');
  const email = h('input', {
    attrs: { id: emailId, type: 'email', autocomplete: 'username', required: true },
  });
  const password = h('input', {
    attrs: { id: passwordId, type: 'password', autocomplete: 'current-password', required: true },
  });
  const error = h('p', { class: 'error', attrs: { role: 'alert' } }, message ?? '');
  const button = h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Sign in');
  const form = h(
    'form',
    {
      class: 'sign-in',
      on: {
        submit: (e) => {
          e.preventDefault();
          void (async () => {
            button.disabled = true;
            error.textContent = '';
            try {
              me = await api<EducatorMe>('POST', '/login', { email: email.value, password: password.value });
              password.value = '';
              if (!window.location.hash) window.location.hash = '#/sessions';
              await route();
            } catch (err) {
              error.textContent = err instanceof ApiError ? err.message : 'Signing in failed. Try again.';
              button.disabled = false;
              password.focus();
            }
          })();
        },
      },
    },
    h('div', { class: 'field' }, h('label', { attrs: { for: emailId } }, 'Email'), email),
    h('div', { class: 'field' }, h('label', { attrs: { for: passwordId } }, 'Password'), password),
    button,
    error,
  );
  mount(
    h(
      'section',
      { class: 'view room-sign-in' },
      h('h2', { attrs: { tabindex: -1 } }, 'Sign in'),
      h(
        'p',
        { class: 'lede' },
        'The educator’s room shows trainees’ sessions. Accounts are made on the server with ',
        h('code', null, 'npm run --silent educator:add -- EMAIL'),
        '.',
      ),
      form,
    ),
    'Sign in',
  );
}

async function signOut(): Promise<void> {
  try {
    await api('POST', '/logout', {});
  } catch {
    // Signed out already (expired): the sign-in form is what to show either way.
  }
  showSignIn('You have signed out.');
}

/** Draws the view the address names. */
async function route(): Promise<void> {
  if (!me) {
    showSignIn();
    return;
  }
  const mine = ++drawing;
  const [path = '', search = ''] = (window.location.hash || '#/sessions').slice(1).split('?');
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const section = `#/${parts[0] ?? 'sessions'}`;
  drawNav(section);
  main.replaceChildren(h('p', { class: 'loading', attrs: { role: 'status' } }, 'Loading…'));
  try {
    if (!personas) personas = (await fetch('/api/personas').then((r) => r.json())) as PersonaSummary[];
    const clients = personas;
    let el: HTMLElement;
    let title: string;
    if (parts[0] === 'sessions' && parts[1]) {
      el = await sessionReview(parts[1]);
      title = 'Session';
    } else if (parts[0] === 'agreement') {
      el = await agreementView(ctx, filtersFrom(params), clients);
      title = 'Agreement';
    } else if (parts[0] === 'cohorts' && parts[1]) {
      el = await cohortView(parts[1]);
      title = `Cohort ${parts[1]}`;
    } else if (parts[0] === 'cohorts') {
      el = await cohortsView();
      title = 'Cohorts';
    } else if (parts[0] === 'assignments') {
      el = await assignmentsView(ctx, clients);
      title = 'Assignments';
    } else {
      el = await sessionsView(ctx, filtersFrom(params), clients);
      title = 'Sessions';
    }
    if (mine === drawing) mount(el, title);
  } catch (err) {
    if (mine !== drawing) return;
    if (err instanceof ApiError && err.status === 401) {
      showSignIn('Your sign-in has ended. Sign in again to go on.');
      return;
    }
    mount(
      h(
        'section',
        { class: 'view' },
        h('h2', { attrs: { tabindex: -1 } }, 'Something went wrong'),
        note(err instanceof Error ? err.message : String(err), 'alert'),
      ),
      'Error',
    );
  }
}

window.addEventListener('hashchange', () => void route());

try {
  me = await api<EducatorMe>('GET', '/me');
  await route();
} catch (err) {
  showSignIn(err instanceof ApiError && err.status !== 401 ? err.message : null);
}
