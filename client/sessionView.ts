import type { MoveDetail } from '../contract/analysis.js';
import {
  type SeenTurn,
  type EndReason,
  isGoodbyeReason,
  type Meters,
  type PersonaSummary,
  type Phase,
} from '../contract/session.js';
import type { SessionSettings } from '../contract/events.js';
import { highlightEvidence, renderCoaching } from './coaching.js';
import { Composer } from './composer.js';
import { h } from './dom.js';
import { createEndDialog } from './endDialog.js';
import { clock, duration, outcomeSentence } from './format.js';
import { MetersPanel } from './meters.js';
import { PracticeControls, type PracticeOptions } from './practice.js';
import type { Prefs } from './storage.js';

export interface SessionViewOptions {
  persona: PersonaSummary;
  /** When the session started, in this browser's clock. */
  startedAt: number;
  prefs: Prefs;
  /** What the session offers: an assignment may switch the meters or coaching off for good. */
  settings?: SessionSettings;
  /** The trainee pressed Send (or Enter) with non-empty text. */
  onSend: (text: string) => void;
  /** The trainee confirmed ending the session. */
  onEnd: () => void;
  onPrefs: (prefs: Prefs) => void;
  /** Rewinds and hints (see practice.ts); without it the session offers neither. */
  practice?: PracticeOptions;
}

/** A trainee line on screen; its turn and coaching arrive with the client's reply. */
export interface TraineeLine {
  element: HTMLElement;
  text: string;
  turn: number | null;
}

/** "Meters are off", "Coaching is off", or both. */
function lockedNote(off: { meters: boolean; coaching: boolean }): string {
  if (off.meters && off.coaching) return 'Meters and coaching are off';
  return off.meters ? 'Meters are off' : 'Coaching is off';
}

function toggle(label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = h('input', {
    attrs: { type: 'checkbox', role: 'switch', checked },
    on: { change: () => onChange(input.checked) },
  });
  return h('label', { class: 'switch' }, input, h('span', null, label));
}

/** The conversation screen: log, composer, meters, coaching, timer and the end dialog. */
export class SessionView {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly composer: Composer;
  private readonly endButton: HTMLButtonElement;
  private readonly timer: HTMLElement;
  private readonly dialog: HTMLDialogElement;
  private readonly meters = new MetersPanel();
  private readonly practice: PracticeControls | null;
  private readonly lines: TraineeLine[] = [];
  private readonly interval: number;
  private prefs: Prefs;
  /** The trainee's own choices, kept apart from what an assignment switched off. */
  private chosen: Prefs;
  private connected = true;
  private waiting = false;
  private ended = false;
  private lastMeters: Meters | undefined;

  constructor(private readonly opts: SessionViewOptions) {
    const name = opts.persona.name;
    const off = { meters: opts.settings?.meters === false, coaching: opts.settings?.coaching === false };
    this.chosen = { ...opts.prefs };
    this.prefs = { coaching: opts.prefs.coaching && !off.coaching, meters: opts.prefs.meters && !off.meters };

    this.timer = h(
      'span',
      { class: 'timer', attrs: { role: 'timer', 'aria-label': 'Session time' } },
      '00:00',
    );
    this.endButton = h(
      'button',
      {
        class: 'danger',
        attrs: { type: 'button', 'aria-haspopup': 'dialog' },
        on: { click: () => this.confirmEnd() },
      },
      'End session',
    );
    const bar = h(
      'div',
      { class: 'session-bar' },
      h('h2', { attrs: { id: 'session-title', tabindex: -1 } }, `Session with ${name}`),
      h('span', { class: 'timer-wrap' }, h('span', { class: 'visually-hidden' }, 'Time: '), this.timer),
      h(
        'div',
        { class: 'switches', attrs: { role: 'group', 'aria-label': 'Display' } },
        off.coaching ? null : toggle('Coaching', this.prefs.coaching, (on) => this.setPref('coaching', on)),
        off.meters ? null : toggle('Meters', this.prefs.meters, (on) => this.setPref('meters', on)),
        off.coaching || off.meters
          ? h('span', { class: 'locked-note' }, `${lockedNote(off)} for this assignment`)
          : null,
      ),
      this.endButton,
    );

    this.log = h('div', {
      class: 'log',
      attrs: { role: 'log', 'aria-live': 'polite', 'aria-label': `Conversation with ${name}`, tabindex: 0 },
    });
    this.typing = h(
      'p',
      { class: 'typing', attrs: { 'aria-hidden': 'true' } },
      h('span', { class: 'dots' }, h('span', null), h('span', null), h('span', null)),
      ` ${name} is typing…`,
    );
    this.typing.hidden = true;

    this.composer = new Composer((text) => this.send(text));
    this.practice = opts.practice
      ? new PracticeControls(opts.practice, (text) => {
          this.composer.value = text;
          this.composer.focus();
        })
      : null;

    const referral = h(
      'section',
      { class: 'referral', attrs: { 'aria-labelledby': 'referral-title' } },
      h('h2', { class: 'panel-title', attrs: { id: 'referral-title' } }, 'Referral note'),
      h('p', null, `${name}, ${opts.persona.age} (${opts.persona.pronouns}). `, opts.persona.referral),
    );

    this.dialog = createEndDialog(
      name,
      () => this.opts.onEnd(),
      () => this.endButton,
    );

    this.element = h(
      'section',
      { class: 'view session', attrs: { 'aria-labelledby': 'session-title' } },
      bar,
      h(
        'div',
        { class: 'session-body' },
        h(
          'div',
          { class: 'conversation' },
          this.log,
          this.typing,
          this.practice?.note,
          this.composer.element,
          this.practice?.panel,
        ),
        h('div', { class: 'side' }, this.meters.element, referral),
      ),
      this.dialog,
    );
    this.applyPrefs();
    this.tick();
    this.interval = window.setInterval(() => this.tick(), 1000);
  }

  private confirmEnd(): void {
    if (this.ended) return;
    this.dialog.returnValue = '';
    this.dialog.showModal();
  }

  private send(text: string): void {
    if (this.ended) return;
    if (!this.connected) {
      this.showError('Not connected to the server. Wait a moment while the page reconnects.');
      return;
    }
    if (this.waiting) {
      this.showError(`Wait for ${this.opts.persona.name} to reply before sending again.`);
      return;
    }
    this.showError(null);
    this.composer.value = '';
    this.opts.onSend(text);
  }

  private setPref(key: keyof Prefs, on: boolean): void {
    this.prefs = { ...this.prefs, [key]: on };
    this.chosen = { ...this.chosen, [key]: on };
    this.applyPrefs();
    this.opts.onPrefs(this.chosen);
  }

  private applyPrefs(): void {
    this.element.classList.toggle('coaching-off', !this.prefs.coaching);
    this.element.classList.toggle('meters-off', !this.prefs.meters);
  }

  private tick(): void {
    const elapsed = Date.now() - this.opts.startedAt;
    this.timer.textContent = clock(elapsed);
    this.timer.setAttribute('aria-label', `Session time ${duration(elapsed)}`);
  }

  private updateControls(): void {
    this.composer.setState(this.connected && !this.waiting && !this.ended, this.ended);
    this.practice?.setReady(this.connected && !this.waiting && !this.ended);
    this.endButton.disabled = this.ended;
  }

  /** Shows the latest turn (call again once a redrawn view is on the page). */
  scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** Adds the trainee's line; `turn` and `moves` are known at once only when redrawing. */
  addTraineeLine(text: string, turn: number | null = null, moves: readonly MoveDetail[] = []): TraineeLine {
    const body = h('p', { class: 'text' });
    body.append(...highlightEvidence(text, moves));
    const element = h(
      'div',
      { class: 'entry trainee', attrs: turn === null ? { 'data-pending': 'true' } : { 'data-turn': turn } },
      h('p', { class: 'speaker' }, 'You'),
      body,
    );
    const line: TraineeLine = { element, text, turn };
    this.lines.push(line);
    this.practice?.turnShown(line);
    this.log.append(element);
    this.scrollToEnd();
    return line;
  }

  /** The server refused a line: take it off the log and give the text back to edit. */
  withdrawLine(line: TraineeLine, message: string): void {
    line.element.remove();
    this.lines.splice(this.lines.indexOf(line), 1);
    if (this.composer.value.trim() === '') this.composer.value = line.text;
    this.setWaiting(false);
    this.showError(message);
    this.composer.focus();
  }

  /** The client speaks: the reply with its cue, the coaching for the line it answers, the meters. */
  addClientTurn(turn: SeenTurn): void {
    this.typing.hidden = true;
    // A goodbye (the trainee ended the session, or time ran out) answers no line of the trainee's.
    const goodbye = isGoodbyeReason(turn.ended);
    const answered = goodbye
      ? undefined
      : (this.lines.find((l) => l.turn === turn.turn) ?? this.lines.find((l) => l.turn === null));
    if (answered && turn.turn > 0) {
      answered.turn = turn.turn;
      answered.element.removeAttribute('data-pending');
      answered.element.setAttribute('data-turn', String(turn.turn));
      if (turn.feedback) {
        const body = answered.element.querySelector('.text');
        body?.replaceChildren(...highlightEvidence(answered.text, turn.feedback.moves));
        answered.element.querySelector('.coaching')?.remove();
        answered.element.append(renderCoaching(turn.turn, turn.feedback));
      }
      this.practice?.turnShown(answered);
    }
    const entry = h(
      'div',
      { class: 'entry client', attrs: goodbye ? { 'data-goodbye': turn.ended } : { 'data-turn': turn.turn } },
      h('p', { class: 'speaker' }, this.opts.persona.name),
      turn.cue ? h('p', { class: 'cue' }, `(${turn.cue})`) : null,
      h('p', { class: 'text' }, turn.text),
      turn.disclosure
        ? h('p', { class: 'disclosure-note' }, `Disclosure reached: ${turn.disclosure.title}`)
        : null,
    );
    this.log.append(entry);
    this.meters.update(turn.meters, turn.state, this.lastMeters);
    this.lastMeters = turn.meters;
    if (this.practice) {
      this.practice.clientSpoke();
      this.composer.describe(null);
    }
    this.setWaiting(false);
    this.scrollToEnd();
  }

  /** The client has started "typing" its reply. */
  showTyping(): void {
    if (!this.ended) this.typing.hidden = false;
    this.scrollToEnd();
  }

  setWaiting(waiting: boolean): void {
    this.waiting = waiting;
    if (!waiting) this.typing.hidden = true;
    this.updateControls();
  }

  setConnected(connected: boolean): void {
    this.connected = connected;
    this.updateControls();
  }

  showError(message: string | null): void {
    this.composer.showError(message);
  }

  /** The session ended by the client or a limit: say so and offer the debrief. */
  showEnded(reason: EndReason, onDebrief: () => void): void {
    if (this.ended) return;
    this.ended = true;
    this.typing.hidden = true;
    if (this.dialog.open) this.dialog.close('end');
    window.clearInterval(this.interval);
    this.practice?.end();
    const button = h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: onDebrief } },
      'Read your debrief',
    );
    this.log.append(
      h(
        'div',
        { class: 'entry system' },
        h('p', null, outcomeSentence(reason, this.opts.persona.name)),
        button,
      ),
    );
    this.updateControls();
    this.scrollToEnd();
    button.focus();
  }

  /** What the trainee has typed and not sent (kept when the conversation is redrawn). */
  get draft(): string {
    return this.composer.value;
  }

  set draft(text: string) {
    this.composer.value = text;
  }

  focusComposer(): void {
    this.composer.focus();
  }

  /**
   * After a rewind: the meters exactly as the server has them, and a note over the reply box
   * (read with it when it takes focus) saying which turn is being said again.
   */
  retrying(turn: number, said: string | undefined, meters: Meters | undefined, phase: Phase): void {
    this.meters.update(meters, phase);
    this.lastMeters = meters;
    const note = this.practice?.showRetry(turn, said);
    if (note) this.composer.describe(note);
  }

  /** Stops the timer; call when the view is taken off the page. */
  destroy(): void {
    window.clearInterval(this.interval);
  }
}
