import type { Hint, Hints, Result } from '../contract/events.js';
import { MOVE_LABELS } from '../contract/moves.js';
import { h } from './dom.js';

/**
 * "What could I say?": asks the server for one to three ideas drawn from this moment and lists
 * them in a live region, so a screen reader announces them. Nothing is ever sent for the trainee:
 * "Use these words" only puts an example in the reply box to edit.
 */
export class HintPanel {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly region: HTMLElement;
  private ready = false;
  private asking = false;
  private off = false;

  constructor(
    private readonly ask: () => Promise<Result<Hints>>,
    private readonly fill: (text: string) => void,
  ) {
    this.button = h(
      'button',
      {
        class: 'hint-button',
        attrs: { type: 'button', 'aria-controls': 'hint-region' },
        on: { click: () => void this.request() },
      },
      'What could I say?',
    );
    // Present (and empty) from the start: a live region added together with its text is often not read.
    this.region = h('div', {
      class: 'hint-region',
      attrs: {
        id: 'hint-region',
        role: 'region',
        'aria-live': 'polite',
        'aria-label': 'Ideas for what to say next',
      },
    });
    this.element = h('div', { class: 'hint-panel' }, this.button, this.region);
  }

  private update(): void {
    this.button.disabled = !this.ready || this.asking || this.off;
  }

  setReady(ready: boolean): void {
    this.ready = ready;
    this.update();
  }

  private async request(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    this.update();
    this.region.setAttribute('aria-busy', 'true');
    const r = await this.ask();
    this.asking = false;
    this.region.removeAttribute('aria-busy');
    if (r.ok) this.show(r.data.suggestions);
    else {
      if (r.error.code === 'hint_disabled') this.off = true;
      this.region.replaceChildren(h('p', { class: 'error' }, r.error.message));
    }
    this.update();
  }

  private show(suggestions: readonly Hint[]): void {
    if (suggestions.length === 0) {
      this.region.replaceChildren(
        h('p', null, 'No particular idea stands out here: listen, and say back what you heard.'),
      );
      return;
    }
    this.region.replaceChildren(
      h('p', { class: 'hint-lede' }, 'Ideas for your next reply. Put them in your own words:'),
      h('ol', { class: 'suggestions' }, ...suggestions.map((s, i) => this.item(s, i + 1))),
    );
  }

  private item(s: Hint, n: number): HTMLElement {
    return h(
      'li',
      { class: 'suggestion', attrs: { 'data-move': s.move } },
      h('p', { class: 'suggestion-move' }, MOVE_LABELS[s.move]),
      h('p', { class: 'suggestion-text' }, h('q', null, s.text)),
      h('p', { class: 'why' }, s.why),
      h(
        'button',
        { attrs: { type: 'button' }, on: { click: () => this.fill(s.text) } },
        'Use these words',
        h('span', { class: 'visually-hidden' }, ` (idea ${n}, not sent)`),
      ),
    );
  }

  /** Takes the ideas away (the client has answered: they were for the moment before). */
  clear(): void {
    this.region.replaceChildren();
  }

  end(): void {
    this.off = true;
    this.clear();
    this.update();
  }
}
