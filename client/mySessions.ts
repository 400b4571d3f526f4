import type { EndReason } from '../contract/session.js';
import { h } from './dom.js';
import { OUTCOME_LABELS } from './format.js';
import { local, read, type SavedSession, write } from './storage.js';

/**
 * "My sessions": the sessions started in this browser, kept in localStorage (not the tab's
 * sessionStorage), so a trainee can reopen a debrief after closing the tab. Each keeps its resume
 * token, which opens that session and nothing else; a shared computer's trainees each see the
 * sessions under their own name, and can forget them.
 */
export interface MySession extends SavedSession {
  personaId: string;
  personaName: string;
  startedAt: number;
  /** The name it was started under; null for a session without one. */
  trainee: string | null;
  /** null while the page last knew it open. */
  outcome: EndReason | null;
}

const KEY = 'rapport.mySessions';
/** The most kept: older ones drop off. */
const MAX_KEPT = 50;

const same = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

function all(): MySession[] {
  const v = read(local, KEY);
  if (!Array.isArray(v)) return [];
  return v.filter(
    (s): s is MySession =>
      typeof s?.sessionId === 'string' &&
      typeof s.resumeToken === 'string' &&
      typeof s.personaName === 'string' &&
      typeof s.startedAt === 'number',
  );
}

/** This trainee's sessions on this browser, newest first. */
export function mySessions(trainee: string | null): MySession[] {
  return all()
    .filter((s) => same(s.trainee, trainee))
    .sort((a, b) => b.startedAt - a.startedAt);
}

export function rememberSession(session: MySession): void {
  write(local, KEY, [session, ...all().filter((s) => s.sessionId !== session.sessionId)].slice(0, MAX_KEPT));
}

export function markEnded(sessionId: string, outcome: EndReason): void {
  const sessions = all();
  const found = sessions.find((s) => s.sessionId === sessionId);
  if (!found || found.outcome === outcome) return;
  found.outcome = outcome;
  write(local, KEY, sessions);
}

/** Forgets one session (the server no longer has it), or every session of a trainee. */
export function forgetSessions(which: { sessionId: string } | { trainee: string | null }): void {
  write(
    local,
    KEY,
    all().filter((s) =>
      'sessionId' in which ? s.sessionId !== which.sessionId : !same(s.trainee, which.trainee),
    ),
  );
}

const when = (t: number) =>
  new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The list with a button per session; null when there is nothing to list. */
export function renderMySessions(
  trainee: string | null,
  onOpen: (session: MySession) => void,
  onForget: () => void,
): HTMLElement | null {
  const sessions = mySessions(trainee);
  if (sessions.length === 0) return null;
  return h(
    'section',
    { class: 'my-sessions', attrs: { 'aria-labelledby': 'my-sessions-title' } },
    h('h3', { attrs: { id: 'my-sessions-title' } }, 'My sessions'),
    h(
      'p',
      { class: 'lede' },
      trainee
        ? `Sessions ${trainee} started in this browser.`
        : 'Sessions started in this browser without a name.',
    ),
    h(
      'ul',
      { class: 'my-sessions-list' },
      ...sessions.map((s) =>
        h(
          'li',
          null,
          h(
            'span',
            { class: 'my-session-what' },
            h('strong', null, s.personaName),
            ` · ${when(s.startedAt)} · `,
          ),
          h('span', { class: 'my-session-outcome' }, s.outcome ? OUTCOME_LABELS[s.outcome] : 'Not finished'),
          ' ',
          h(
            'button',
            { attrs: { type: 'button' }, on: { click: () => onOpen(s) } },
            s.outcome ? 'Open debrief' : 'Continue',
            // The visible words first, so voice control users can say them; then which session.
            h(
              'span',
              { class: 'visually-hidden' },
              ` of the session with ${s.personaName}, ${when(s.startedAt)}`,
            ),
          ),
        ),
      ),
    ),
    h(
      'button',
      { class: 'link-button', attrs: { type: 'button' }, on: { click: onForget } },
      'Forget these sessions on this browser',
    ),
  );
}
