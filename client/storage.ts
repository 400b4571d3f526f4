import type { HintRecord } from './practice.js';

/** What the page keeps between reloads: the session to resume (per tab) and display preferences. */
export interface SavedSession {
  sessionId: string;
  resumeToken: string;
}

export interface Prefs {
  coaching: boolean;
  meters: boolean;
}

const SESSION_KEY = 'rapport.session';
const PREFS_KEY = 'rapport.prefs';
const DEFAULT_PREFS: Prefs = { coaching: true, meters: true };

// Storage can throw (private mode, disabled cookies): the page must still work without it.
export function read(store: () => Storage, key: string): unknown {
  try {
    const raw = store().getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

export function write(store: () => Storage, key: string, value: unknown): void {
  try {
    if (value === null) store().removeItem(key);
    else store().setItem(key, JSON.stringify(value));
  } catch {
    // Not saving only costs the resume after a reload.
  }
}

const session = () => window.sessionStorage;
export const local = () => window.localStorage;

export function loadSession(): SavedSession | null {
  const v = read(session, SESSION_KEY) as Partial<SavedSession> | null;
  return v && typeof v.sessionId === 'string' && typeof v.resumeToken === 'string'
    ? { sessionId: v.sessionId, resumeToken: v.resumeToken }
    : null;
}

export function saveSession(s: SavedSession | null): void {
  write(session, SESSION_KEY, s);
}

export function loadPrefs(): Prefs {
  const v = read(local, PREFS_KEY) as Partial<Prefs> | null;
  return {
    coaching: typeof v?.coaching === 'boolean' ? v.coaching : DEFAULT_PREFS.coaching,
    meters: typeof v?.meters === 'boolean' ? v.meters : DEFAULT_PREFS.meters,
  };
}

export function savePrefs(p: Prefs): void {
  write(local, PREFS_KEY, p);
}

const HINTS_KEY = 'rapport.hints';

/** The ideas asked for in a session (per tab, like the session itself), so a reload keeps them. */
export function loadHintLog(sessionId: string): HintRecord[] {
  const v = read(session, HINTS_KEY) as { sessionId?: unknown; hints?: unknown } | null;
  return v?.sessionId === sessionId && Array.isArray(v.hints) ? (v.hints as HintRecord[]) : [];
}

export function saveHintLog(sessionId: string, hints: readonly HintRecord[]): void {
  write(session, HINTS_KEY, { sessionId, hints });
}
