import type { SessionListItem } from '../../contract/educator.js';
import type { Band } from '../../contract/session.js';
import { h } from '../dom.js';
import { OUTCOME_LABELS } from '../format.js';

/** What every view of the room is given: where to go, and the data it shares. */
export interface RoomContext {
  /** Goes to a route of the room (`#/sessions/ID`), with a message to show there. */
  go: (hash: string, notice?: string) => void;
}

/** A date and time as the educator reads them. */
export const when = (t: number | null) =>
  t === null ? '—' : new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const BAND_WORDS: Record<Band, string> = { below: 'Below fair', fair: 'Fair', good: 'Good' };
export const bandText = (band: Band | null | undefined) => (band ? BAND_WORDS[band] : '—');

export const outcomeText = (s: Pick<SessionListItem, 'outcome'>) =>
  s.outcome ? OUTCOME_LABELS[s.outcome] : 'Not finished';

/** A view's heading, focused when the view opens so keyboard and screen reader users follow. */
export const heading = (text: string) => h('h2', { attrs: { tabindex: -1 } }, text);

/** A table that scrolls sideways in its own box on a narrow screen. */
export function table(caption: string, head: string[], rows: HTMLElement[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'room-table' },
      h('caption', null, caption),
      h('thead', null, h('tr', null, ...head.map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
      h('tbody', null, ...rows),
    ),
  );
}

/** The link that opens a session, with words a screen reader can read out of context. */
export function openLink(s: SessionListItem): HTMLElement {
  return h(
    'a',
    { attrs: { href: `#/sessions/${encodeURIComponent(s.id)}` } },
    'Open',
    h(
      'span',
      { class: 'visually-hidden' },
      ` the session of ${s.trainee ?? 'a trainee without a name'} with ${s.personaName ?? s.personaId}, ${when(s.startedAt)}`,
    ),
  );
}

/** A message in place of a view (nothing found, an error). */
export const note = (text: string, role?: 'alert' | 'status') =>
  h('p', { class: role === 'alert' ? 'error' : 'notice', attrs: role ? { role } : {} }, text);
