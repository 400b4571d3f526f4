import type { AssignmentSummary, SessionSettings } from '../contract/events.js';
import type { PersonaSummary } from '../contract/session.js';
import { h } from './dom.js';
import { type IdentityPanel, loadIdentity, renderIdentity } from './identity.js';
import { forgetSessions, type MySession, renderMySessions } from './mySessions.js';
import { personaCard, type PersonaLoad, renderPicker } from './picker.js';
import './forms.css';
import './home.css';

/**
 * What the page's address asks for: `/?persona=ID` opens on that client's card, and
 * `/?assignment=CODE` on an educator's assignment (its client, settings and time limit fixed).
 */
export type Link =
  | { kind: 'none' }
  | { kind: 'persona'; id: string }
  | { kind: 'assignment'; assignment: AssignmentSummary }
  | { kind: 'unknown-assignment'; message: string };

/** Reads the link from the address, fetching the assignment it names. */
export async function readLink(search = window.location.search): Promise<Link> {
  const params = new URLSearchParams(search);
  const code = params.get('assignment');
  if (code) {
    try {
      const res = await fetch(`/api/assignments/${encodeURIComponent(code)}`, {
        headers: { accept: 'application/json' },
      });
      if (res.ok) return { kind: 'assignment', assignment: (await res.json()) as AssignmentSummary };
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      return {
        kind: 'unknown-assignment',
        message: body?.error?.message ?? `The assignment could not be loaded (HTTP ${res.status}).`,
      };
    } catch {
      return {
        kind: 'unknown-assignment',
        message: 'The assignment could not be loaded. Reload to try again.',
      };
    }
  }
  const persona = params.get('persona');
  return persona ? { kind: 'persona', id: persona } : { kind: 'none' };
}

/** What an assignment switches on and off, in words. */
function settingsList(s: SessionSettings): HTMLElement {
  const item = (what: string, value: string) =>
    h('li', null, h('span', { class: 'label' }, `${what}: `), value);
  return h(
    'ul',
    { class: 'assignment-settings', attrs: { 'aria-label': 'What this session offers' } },
    item('Trust and openness meters', s.meters ? 'shown' : 'hidden'),
    item('Coaching after each reply', s.coaching ? 'on' : 'off'),
    item('Trying a turn again', s.rewinds ? 'allowed' : 'not allowed'),
    item('Hints', s.hints ? 'allowed' : 'not allowed'),
    item('Time limit', s.minutes ? `${s.minutes} minutes` : 'none'),
  );
}

export interface HomeOptions {
  load: PersonaLoad;
  notice: string | null;
  link: Link;
  /** Start a session with this client, under an assignment when one is given. */
  onStart: (persona: PersonaSummary, assignment: string | null) => void;
  /** Reopen one of "My sessions". */
  onOpen: (session: MySession) => void;
}

/**
 * The first screen: who is practising, the clients to choose from (or the assignment the link
 * names, or the one client it names), and "My sessions".
 */
export function renderHome(o: HomeOptions): HTMLElement {
  const mine = h('div', { class: 'my-sessions-slot' });
  const drawMine = () => {
    const name = loadIdentity()?.name ?? null;
    const list = renderMySessions(name, o.onOpen, () => {
      forgetSessions({ trainee: name });
      drawMine();
    });
    mine.replaceChildren(...(list ? [list] : []));
  };
  const assignment = o.link.kind === 'assignment' ? o.link.assignment : null;
  const identity: IdentityPanel = renderIdentity({ required: assignment !== null, onChange: drawMine });
  drawMine();

  if (assignment) return renderAssignment(assignment, identity, mine, o);

  let load = o.load;
  let notice = o.notice;
  let narrowed = false;
  if (o.link.kind === 'unknown-assignment')
    notice = `${o.link.message} You can practise with any client below.`;
  if (o.link.kind === 'persona' && load.ok) {
    const id = o.link.id;
    const one = load.personas.filter((p) => p.id === id);
    if (one.length > 0) {
      load = { ok: true, personas: one };
      narrowed = true;
    } else notice = `There is no client called '${id}'. Choose one from the list.`;
  }
  const picker = renderPicker(load, (p) => o.onStart(p, null), notice);
  picker.querySelector('.lede')?.after(identity.element);
  if (narrowed) picker.append(h('p', null, h('a', { attrs: { href: '/' } }, 'Show all clients')));
  picker.append(mine);
  return picker;
}

function renderAssignment(
  a: AssignmentSummary,
  identity: IdentityPanel,
  mine: HTMLElement,
  o: HomeOptions,
): HTMLElement {
  const start = (p: PersonaSummary) => {
    if (!loadIdentity()) {
      identity.ask('Enter your name first: your educator needs it to find this session.');
      return;
    }
    o.onStart(p, a.code);
  };
  return h(
    'section',
    { class: 'view picker assignment', attrs: { 'aria-labelledby': 'assignment-title' } },
    h(
      'h2',
      { attrs: { id: 'assignment-title', tabindex: -1 } },
      a.title ? `Assignment: ${a.title}` : 'Your assignment',
    ),
    h(
      'p',
      { class: 'lede' },
      `Your educator set this session${a.cohort ? ` for ${a.cohort}` : ''}: read the referral note, then start. `,
      'Respond as you would in a first counselling session.',
    ),
    identity.element,
    o.notice ? h('p', { class: 'notice', attrs: { role: 'status' } }, o.notice) : null,
    settingsList(a.settings),
    h('ul', { class: 'persona-list' }, personaCard(a.persona, start)),
    h('p', null, h('a', { attrs: { href: '/' } }, 'Practise with any client instead')),
    mine,
  );
}
