import type { Meters, Phase } from '../contract/session.js';
import { h, uid } from './dom.js';
import { meterValue, signed } from './format.js';

const PHASE_LABELS: Record<Phase, string> = {
  guarded: 'Guarded',
  tentative: 'Tentative',
  open: 'Open',
  disclosing: 'Disclosing',
  withdrawn: 'Withdrawn',
  ended: 'Ended',
};

interface MeterParts {
  root: HTMLElement;
  bar: HTMLElement;
  fill: HTMLElement;
  value: HTMLElement;
  delta: HTMLElement;
}

function meter(name: 'trust' | 'openness', label: string): MeterParts {
  const labelId = uid(`${name}-label`);
  const fill = h('span', { class: 'meter-fill' });
  const value = h('span', { class: 'meter-value' });
  const delta = h('span', { class: 'meter-delta' });
  const bar = h(
    'div',
    {
      class: `meter meter-${name}`,
      attrs: {
        role: 'meter',
        'aria-labelledby': labelId,
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': 0,
        'data-meter': name,
      },
    },
    fill,
  );
  const root = h(
    'div',
    { class: 'meter-row' },
    h('span', { class: 'meter-label', attrs: { id: labelId } }, label),
    bar,
    h('span', { class: 'meter-readout', attrs: { 'aria-hidden': 'true' } }, value, delta),
  );
  return { root, bar, fill, value, delta };
}

/** The trust and openness meters with the client's phase. `update` animates to new values. */
export class MetersPanel {
  readonly element: HTMLElement;
  private readonly trust: MeterParts;
  private readonly openness: MeterParts;
  private readonly phase: HTMLElement;

  constructor() {
    this.trust = meter('trust', 'Trust');
    this.openness = meter('openness', 'Openness');
    this.phase = h('span', { class: 'phase-value' });
    this.element = h(
      'section',
      { class: 'meters', attrs: { 'aria-labelledby': 'meters-title' } },
      h('h2', { class: 'panel-title', attrs: { id: 'meters-title' } }, 'How the client feels'),
      this.trust.root,
      this.openness.root,
      h('p', { class: 'phase' }, 'Phase: ', this.phase),
    );
  }

  /** `meters` is absent while an assignment has the meters off: the server does not send them. */
  update(meters: Meters | undefined, phase: Phase, previous?: Meters): void {
    if (meters) {
      this.set(this.trust, meters.trust, previous?.trust);
      this.set(this.openness, meters.openness, previous?.openness);
    }
    this.phase.textContent = PHASE_LABELS[phase];
    this.phase.className = `phase-value phase-${phase}`;
  }

  private set(parts: MeterParts, value: number, previous: number | undefined): void {
    const v = meterValue(value);
    const change = previous === undefined ? 0 : value - previous;
    const bar = parts.bar;
    bar.setAttribute('aria-valuenow', String(v));
    bar.setAttribute(
      'aria-valuetext',
      previous === undefined ? `${v} out of 100` : `${v} out of 100, ${signed(change)} this turn`,
    );
    // CSSOM writes are allowed under the page's CSP (inline style attributes are not).
    parts.fill.style.width = `${Math.max(0, Math.min(100, value))}%`;
    parts.value.textContent = String(v);
    parts.delta.textContent = previous === undefined || Math.abs(change) < 0.05 ? '' : ` ${signed(change)}`;
    parts.delta.className = `meter-delta ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`;
  }
}
