import { MAX_MESSAGE_LENGTH } from '../contract/events.js';
import { h } from './dom.js';

/**
 * The reply box: Enter sends, Shift+Enter starts a new line, a counter near the length limit,
 * and an alert line for errors. It knows nothing of sockets: `onSubmit` gets the trimmed text.
 */
export class Composer {
  readonly element: HTMLFormElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly error: HTMLElement;
  private readonly counter: HTMLElement;

  constructor(private readonly onSubmit: (text: string) => void) {
    this.textarea = h('textarea', {
      attrs: {
        id: 'message',
        rows: 3,
        maxlength: MAX_MESSAGE_LENGTH,
        'aria-describedby': 'composer-hint',
        autocomplete: 'off',
      },
      on: {
        keydown: (e) => {
          // Never send in the middle of an IME composition.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            this.submit();
          }
        },
        input: () => this.updateCounter(),
      },
    });
    this.sendButton = h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Send');
    this.error = h('p', { class: 'error', attrs: { role: 'alert' } });
    this.counter = h('span', { class: 'counter', attrs: { 'aria-live': 'polite' } });
    this.element = h(
      'form',
      {
        class: 'composer',
        on: {
          submit: (e) => {
            e.preventDefault();
            this.submit();
          },
        },
      },
      h('label', { attrs: { for: 'message' } }, 'Your reply'),
      h('div', { class: 'composer-row' }, this.textarea, this.sendButton),
      h(
        'p',
        { class: 'hint', attrs: { id: 'composer-hint' } },
        'Enter sends; Shift+Enter starts a new line. ',
        this.counter,
      ),
      this.error,
    );
  }

  private submit(): void {
    const text = this.textarea.value.trim();
    if (text.length === 0) {
      this.showError('Type something before sending.');
      return;
    }
    this.onSubmit(text);
  }

  private updateCounter(): void {
    const n = this.textarea.value.length;
    this.counter.textContent =
      n > MAX_MESSAGE_LENGTH * 0.8 ? `${MAX_MESSAGE_LENGTH - n} characters left.` : '';
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(text: string) {
    this.textarea.value = text;
    this.updateCounter();
  }

  /** Reads a note (by id) with the reply box, before the usual hint; null for the hint alone. */
  describe(noteId: string | null): void {
    this.textarea.setAttribute('aria-describedby', noteId ? `${noteId} composer-hint` : 'composer-hint');
  }

  showError(message: string | null): void {
    this.error.textContent = message ?? '';
  }

  /** `canSend` governs the button; `closed` disables the box itself (the session is over). */
  setState(canSend: boolean, closed: boolean): void {
    this.sendButton.disabled = !canSend;
    this.textarea.disabled = closed;
  }

  focus(): void {
    this.textarea.focus();
  }
}
