import type { Hint, Hints, Result } from '../contract/events.js';
import type { SeenTurn, SeenEntry } from '../contract/session.js';
import { h } from './dom.js';
import { HintPanel } from './hintPanel.js';

/** What the session view needs to offer rewinds and hints; either can be switched off. */
export interface PracticeOptions {
  /** "Try that again" on each of the trainee's turns (`settings.rewinds`). */
  rewinds: boolean;
  /** "What could I say?" (`settings.hints`). */
  hints: boolean;
  /** The trainee asked to say turn `turn` again. */
  onRewind: (turn: number) => void;
  /** The trainee asked for ideas; resolves with the server's answer. */
  onHint: () => Promise<Result<Hints>>;
}

/** Ideas the trainee was shown, and the client's line they answered, for the transcript download. */
export interface HintRecord {
  /** The turn of the client's line (0: the opening). */
  afterTurn: number;
  /** That line's words: a turn later tried again had other words then. */
  clientSaid: string;
  suggestions: Hint[];
}

/** Records ideas given at this point of the conversation (after the client's last line). */
export function hintRecord(transcript: readonly SeenEntry[], suggestions: Hint[]): HintRecord {
  const last = transcript.findLast((e) => e.speaker === 'client');
  return { afterTurn: last?.turn ?? 0, clientSaid: last?.text ?? '', suggestions };
}

/**
 * Whether a client reply answers a line this page did not send (another tab on the same session,
 * or a turn said again there after a rewind): the page must then fetch the transcript, since the
 * reply does not carry the trainee's words. A reply this page already shows is not news.
 */
export function isUnaskedReply(transcript: readonly SeenEntry[], turn: SeenTurn, pending: boolean): boolean {
  if (pending || turn.turn === 0 || turn.ended === 'trainee' || turn.ended === 'time-limit') return false;
  return !transcript.some((e) => e.speaker === 'client' && e.turn === turn.turn && e.text === turn.text);
}

/** The sentence over the reply box after a rewind: which turn is being said again, and what was said. */
export function retryNote(turn: number, said: string | undefined): string {
  return said === undefined
    ? `Saying turn ${turn} again. The client is back where they were before it.`
    : `Saying turn ${turn} again. The client is back where they were before you said: “${said}”`;
}

const RETRY_NOTE_ID = 'retry-note';
const RETRY_HELP_ID = 'retry-help';

/**
 * The practice controls of a live session: a "Try that again" button on each of the trainee's
 * turns, the note over the reply box after a rewind, and the hint panel under it.
 */
export class PracticeControls {
  /** Goes above the reply box: what is being retried (empty otherwise). */
  readonly note: HTMLElement;
  /** Goes under the reply box: the hint panel, or nothing when hints are off. */
  readonly panel: HTMLElement | null;
  private readonly hints: HintPanel | null;
  private readonly buttons = new Set<HTMLButtonElement>();
  private ready = false;
  private ended = false;

  constructor(
    private readonly opts: PracticeOptions,
    fill: (text: string) => void,
  ) {
    this.note = h(
      'div',
      { class: 'retry-area' },
      h('p', { class: 'retry-note', attrs: { id: RETRY_NOTE_ID } }),
      // Describes every "Try that again" button; hidden text can still be a description.
      h(
        'p',
        { attrs: { id: RETRY_HELP_ID, hidden: true } },
        'Goes back to just before this turn so you can say it differently. Later turns are set aside and shown in the debrief.',
      ),
    );
    this.hints = opts.hints ? new HintPanel(opts.onHint, fill) : null;
    this.panel = this.hints?.element ?? null;
  }

  /** A trainee line now has its turn number: give it its "Try that again" button. */
  turnShown(line: { element: HTMLElement; turn: number | null }): void {
    if (!this.opts.rewinds || this.ended || line.turn === null) return;
    if (line.element.querySelector('button.retry')) return;
    const turn = line.turn;
    const button = h(
      'button',
      {
        class: 'retry',
        attrs: { type: 'button', 'aria-describedby': RETRY_HELP_ID, 'data-retry': turn },
        on: { click: () => this.opts.onRewind(turn) },
      },
      'Try that again',
      h('span', { class: 'visually-hidden' }, ` (turn ${turn})`),
    );
    button.disabled = !this.ready;
    this.buttons.add(button);
    line.element.querySelector('.speaker')?.append(' ', button);
  }

  /** Whether the trainee can act now (connected, not waiting for the client, session live). */
  setReady(ready: boolean): void {
    this.ready = ready && !this.ended;
    for (const b of this.buttons) b.disabled = !this.ready;
    this.hints?.setReady(this.ready);
  }

  /** The client has answered: the turn being retried is said, and the ideas' moment has passed. */
  clientSpoke(): void {
    this.note.querySelector('.retry-note')?.replaceChildren();
    this.hints?.clear();
  }

  /** After a rewind: say which turn is being retried; returns the note's id for the reply box. */
  showRetry(turn: number, said: string | undefined): string {
    const p = this.note.querySelector('.retry-note');
    if (p) p.textContent = retryNote(turn, said);
    return RETRY_NOTE_ID;
  }

  /** The session is over: nothing can be retried or hinted any more. */
  end(): void {
    this.ended = true;
    for (const b of this.buttons) b.remove();
    this.buttons.clear();
    this.note.querySelector('.retry-note')?.replaceChildren();
    this.hints?.end();
  }
}
