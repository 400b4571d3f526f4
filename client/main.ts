import type { ResumePayload, SessionSettings, StartPayload } from '../contract/events.js';
import {
  type SeenTurn,
  type Debrief,
  type EndReason,
  isGoodbyeReason,
  type Meters,
  type PersonaSummary,
  type Phase,
  type SeenEntry,
} from '../contract/session.js';
import { renderDebrief } from './debriefView.js';
import { h } from './dom.js';
import { type Link, readLink, renderHome } from './home.js';
import { loadIdentity } from './identity.js';
import { forgetSessions, markEnded, type MySession, rememberSession } from './mySessions.js';
import { fetchPersonas, type PersonaLoad } from './picker.js';
import { type HintRecord, hintRecord, isUnaskedReply } from './practice.js';
import { SessionView, type TraineeLine } from './sessionView.js';
import { connectSocket, request } from './socket.js';
import {
  loadHintLog,
  loadPrefs,
  loadSession,
  type Prefs,
  saveHintLog,
  savePrefs,
  saveSession,
} from './storage.js';
import { download, fileName, toJson, toMarkdown } from './transcript.js';
import './styles.css';

/** The session the page is showing, as far as the page knows it. */
interface Active {
  sessionId: string;
  resumeToken: string;
  persona: PersonaSummary;
  transcript: SeenEntry[];
  startedAt: number;
  ended: EndReason | null;
  debrief: Debrief | null;
  pending: TraineeLine | null;
  /** What the page offers in this session (an educator's assignment can switch things off). */
  settings: SessionSettings;
  /** The ideas the trainee asked for, for the transcript download. */
  hints: HintRecord[];
}

const main = document.getElementById('main')!;
const connection = document.getElementById('connection')!;
const socket = connectSocket();
let prefs: Prefs = loadPrefs();
let personas: PersonaLoad | null = null;
/** What the address asked for (`?persona=`, `?assignment=`), read once. */
let link: Promise<Link> | null = null;
let active: Active | null = null;
let view: SessionView | null = null;
let screen: 'boot' | 'picker' | 'session' | 'debrief' = 'boot';
let everConnected = false;

/** Puts a screen on the page; focus goes to its heading so keyboard and screen reader users follow. */
function mount(el: HTMLElement, title: string, next: SessionView | null = null): void {
  if (view && view !== next) view.destroy();
  view = next;
  main.replaceChildren(el);
  document.title = `${title} — Rapport`;
  if (!next) el.querySelector<HTMLElement>('h2')?.focus();
}

let connectionTimer: number | undefined;
/**
 * The connection banner, a status region that is always on the page (a live region added or
 * unhidden together with its text is often not announced); empty, it takes no space.
 */
function setConnection(message: string | null, clearAfterMs?: number): void {
  window.clearTimeout(connectionTimer);
  connection.textContent = message ?? '';
  if (message !== null && clearAfterMs)
    connectionTimer = window.setTimeout(() => setConnection(null), clearAfterMs);
}

/** A seed in the address (`?seed=7`) replays the same conversation: handy for teaching and tests. */
function seedFromUrl(): number | undefined {
  const raw = new URLSearchParams(window.location.search).get('seed');
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

async function showPicker(notice: string | null = null): Promise<void> {
  screen = 'picker';
  link ??= readLink();
  if (!personas?.ok) personas = await fetchPersonas();
  const target = await link;
  if (screen !== 'picker') return;
  mount(
    renderHome({
      load: personas,
      notice,
      link: target,
      onStart: (p, assignment) => void start(p, assignment ? { assignment } : {}),
      onOpen: (s) => openMine(s),
    }),
    target.kind === 'assignment' ? 'Your assignment' : 'Choose a client',
  );
}

/** Reopens one of "My sessions": its debrief, or the conversation where it was left. */
function openMine(s: MySession): void {
  saveSession({ sessionId: s.sessionId, resumeToken: s.resumeToken });
  active = null;
  void resume();
}

function buildSessionView(a: Active): SessionView {
  const v = new SessionView({
    persona: a.persona,
    startedAt: a.startedAt,
    prefs,
    settings: a.settings,
    onSend: (text) => void say(text),
    onEnd: () => void end(),
    onPrefs: (p) => {
      prefs = p;
      savePrefs(p);
    },
    practice: {
      rewinds: a.settings.rewinds,
      hints: a.settings.hints,
      onRewind: (turn) => void rewind(turn),
      onHint: () => hint(),
    },
  });
  v.setConnected(socket.connected);
  return v;
}

/** Draws the session; `retry` says which turn is being said again after a rewind. */
function showSession(
  a: Active,
  retry?: { turn: number; said: string | undefined; meters: Meters | undefined; state: Phase },
): void {
  screen = 'session';
  const v = buildSessionView(a);
  if (view) v.draft = view.draft;
  // Drawn before it is mounted, so a resumed conversation is not read out line by line.
  for (const e of a.transcript) {
    if (e.speaker === 'trainee') v.addTraineeLine(e.text, e.turn, e.moves);
    else v.addClientTurn(e);
  }
  // Move focus to the reply box only if it was in the view being replaced, or nowhere.
  const focused = document.activeElement;
  const focusWasOurs = !focused || focused === document.body || main.contains(focused);
  if (retry) v.retrying(retry.turn, retry.said, retry.meters, retry.state);
  mount(v.element, `Session with ${a.persona.name}`, v);
  v.scrollToEnd();
  if (a.ended) v.showEnded(a.ended, () => void showDebrief());
  else if (focusWasOurs || retry) v.focusComposer();
}

/**
 * Starts a session with a client, as the trainee named on this page; `continueFrom` (a finished
 * session's id and token) makes it the next session with the same client, and `assignment` an
 * educator's assignment. Returns the refusal's sentence, or null once started.
 */
async function start(
  persona: PersonaSummary,
  { continueFrom, assignment }: { continueFrom?: ResumePayload; assignment?: string } = {},
): Promise<string | null> {
  const buttons = main.querySelectorAll('button');
  for (const b of buttons) b.disabled = true;
  const seed = seedFromUrl();
  const trainee = loadIdentity();
  const payload: StartPayload = { personaId: persona.id };
  if (seed !== undefined) payload.seed = seed;
  if (continueFrom) payload.continueFrom = continueFrom;
  if (trainee) payload.trainee = trainee;
  if (assignment) payload.assignment = assignment;
  const r = await request(socket, 'session:start', payload);
  if (!r.ok) {
    for (const b of buttons) b.disabled = false;
    if (!continueFrom) void showPicker(r.error.message);
    return r.error.message;
  }
  const { sessionId, resumeToken, opening, settings } = r.data;
  saveSession({ sessionId, resumeToken });
  rememberSession({
    sessionId,
    resumeToken,
    personaId: r.data.persona.id,
    personaName: r.data.persona.name,
    startedAt: Date.now(),
    trainee: trainee?.name ?? null,
    outcome: null,
  });
  active = {
    sessionId,
    resumeToken,
    persona: r.data.persona,
    transcript: [{ speaker: 'client', at: Date.now(), ...opening }],
    startedAt: Date.now(),
    ended: null,
    debrief: null,
    pending: null,
    settings,
    hints: [],
  };
  showSession(active);
  return null;
}

async function say(text: string): Promise<void> {
  if (!active || !view) return;
  const line = view.addTraineeLine(text);
  active.pending = line;
  view.setWaiting(true);
  const r = await request(socket, 'trainee:say', { text });
  // The reply may already be here (the server can answer before acknowledging).
  if (!r.ok && active?.pending === line) {
    active.pending = null;
    view?.withdrawLine(line, r.error.message);
  }
}

function onClientSay(turn: SeenTurn): void {
  if (!active || !view || active.ended) return;
  // A reply to a line typed in another tab carries no trainee words: fetch the conversation.
  if (isUnaskedReply(active.transcript, turn, active.pending !== null)) {
    void resume();
    return;
  }
  // A goodbye when the trainee ends the session or time runs out is not a turn: it keeps the last
  // turn's number, answers no pending line, and comes once.
  const goodbye = isGoodbyeReason(turn.ended);
  const seen = (e: SeenEntry) =>
    e.speaker === 'client' && (goodbye ? e.state === 'ended' : e.turn === turn.turn);
  if (active.transcript.some(seen)) return;
  const line = active.pending;
  if (line && turn.turn > 0 && !goodbye) {
    active.transcript.push({
      speaker: 'trainee',
      turn: turn.turn,
      text: line.text,
      at: Date.now(),
      moves: turn.feedback?.moves ?? [],
    });
    active.pending = null;
  }
  active.transcript.push({ speaker: 'client', at: Date.now(), ...turn });
  view.addClientTurn(turn);
}

/** "Try that again": back to just before `turn`, then the same turn is said afresh. */
async function rewind(turn: number): Promise<void> {
  if (!active || !view || active.ended) return;
  const a = active;
  const said = a.transcript.find((e) => e.speaker === 'trainee' && e.turn === turn)?.text;
  const r = await request(socket, 'session:rewind', { toTurn: turn });
  if (active !== a) return;
  if (!r.ok) {
    if (r.error.code === 'rewind_disabled') {
      a.settings = { ...a.settings, rewinds: false };
      showSession(a);
    }
    view?.showError(r.error.message);
    return;
  }
  a.transcript = r.data.transcript;
  a.pending = null;
  showSession(a, { turn, said, meters: r.data.meters, state: r.data.state });
}

/** "What could I say?": the server's ideas for this moment, kept for the transcript download. */
async function hint() {
  const a = active;
  const r = await request(socket, 'session:hint', {});
  if (r.ok && a && active === a) {
    a.hints.push(hintRecord(a.transcript, r.data.suggestions));
    saveHintLog(a.sessionId, a.hints);
  }
  return r;
}

function onEnded(reason: EndReason, debrief: Debrief): void {
  if (!active) return;
  active.ended = reason;
  active.debrief = debrief;
  markEnded(active.sessionId, reason);
  if (screen === 'debrief') return;
  if (reason === 'trainee') void showDebrief();
  else view?.showEnded(reason, () => void showDebrief());
}

async function end(): Promise<void> {
  if (!active) return;
  const r = await request(socket, 'session:end', {});
  if (!r.ok) {
    view?.showError(r.error.message);
    return;
  }
  onEnded(r.data.outcome, r.data);
}

function exportFile(kind: 'md' | 'json'): void {
  if (!active) return;
  const now = new Date();
  const { persona, transcript, debrief, hints } = active;
  if (kind === 'md')
    download(
      fileName(persona.id, now, 'md'),
      'text/markdown',
      toMarkdown(persona, transcript, debrief, now, hints),
    );
  else
    download(
      fileName(persona.id, now, 'json'),
      'application/json',
      toJson(persona, transcript, debrief, now, hints),
    );
}

async function showDebrief(): Promise<void> {
  if (!active) return;
  if (!active.debrief) {
    const r = await request(socket, 'session:end', {});
    if (!r.ok) {
      view?.showError(r.error.message);
      return;
    }
    active.debrief = r.data;
  }
  screen = 'debrief';
  const { persona, sessionId, resumeToken } = active;
  mount(
    renderDebrief(persona, active.debrief, {
      onDownloadMarkdown: () => exportFile('md'),
      onDownloadJson: () => exportFile('json'),
      onNextSession: () => start(persona, { continueFrom: { sessionId, resumeToken } }),
      onRestart: () => {
        saveSession(null);
        active = null;
        void showPicker();
      },
    }),
    'Debrief',
  );
}

/** Picks the conversation up again after a reload, a dropped connection or a server restart. */
async function resume(): Promise<void> {
  const saved = loadSession();
  if (!saved) return;
  // A finished session on screen needs nothing more from the server.
  if (active?.sessionId === saved.sessionId && active.debrief && screen === 'debrief') return;
  const r = await request(socket, 'session:resume', saved);
  if (!r.ok) {
    if (r.error.code === 'internal') {
      setConnection(r.error.message);
      return;
    }
    saveSession(null);
    forgetSessions({ sessionId: saved.sessionId });
    active = null;
    void showPicker(`${r.error.message} Choose a client to start again.`);
    return;
  }
  const { persona, transcript, ended, debrief, settings } = r.data;
  if (ended) markEnded(saved.sessionId, ended);
  const first = transcript[0];
  const sameSession = active?.sessionId === saved.sessionId;
  active = {
    sessionId: saved.sessionId,
    resumeToken: saved.resumeToken,
    persona,
    transcript,
    // Both clocks are wall clocks; keep the earlier one if this page already knew the session.
    startedAt: sameSession && active ? active.startedAt : Math.min(Date.now(), first?.at ?? Date.now()),
    ended: ended ?? null,
    debrief: debrief ?? null,
    pending: null,
    settings,
    hints: sameSession && active ? active.hints : loadHintLog(saved.sessionId),
  };
  if (ended) await showDebrief();
  else showSession(active);
}

socket.on('connect', () => {
  setConnection(connection.textContent ? 'Reconnected.' : null, 2000);
  view?.setConnected(true);
  const first = !everConnected;
  everConnected = true;
  if (loadSession()) void resume();
  else if (first) void showPicker();
});

socket.on('disconnect', (reason) => {
  view?.setConnected(false);
  // socket.io reconnects by itself except when the server closed the socket on purpose.
  if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000);
  setConnection('Connection lost. Reconnecting…');
});

socket.on('connect_error', () => {
  setConnection(
    everConnected ? 'Connection lost. Reconnecting…' : 'Cannot reach the Rapport server. Retrying…',
  );
  // Without a connection the picker can still show the clients; starting waits for the socket.
  if (!everConnected && screen === 'boot' && !loadSession()) void showPicker();
});

socket.on('client:typing', () => view?.showTyping());
socket.on('client:say', onClientSay);
socket.on('session:ended', ({ reason, debrief }) => onEnded(reason, debrief));
// Another tab tried a turn again: this one redraws the session as the server now has it.
socket.on('session:rewound', () => {
  if (active && !active.ended) void resume();
});

main.replaceChildren(
  h(
    'p',
    { class: 'loading', attrs: { role: 'status' } },
    loadSession() ? 'Resuming your session…' : 'Loading…',
  ),
);
