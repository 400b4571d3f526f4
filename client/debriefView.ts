import { HELPFUL_MOVES, MOVE_LABELS, type Move, ROADBLOCKS } from '../contract/moves.js';
import type { Band, Debrief, KeyMoment, MitiSummary, PersonaSummary } from '../contract/session.js';
import { renderChart } from './chart.js';
import { h } from './dom.js';
import { BAND_LABELS, duration, meterValue, OUTCOME_LABELS, outcomeSentence, signed } from './format.js';
import { nextSessionButton, renderPracticeReview } from './practiceReview.js';

export interface DebriefActions {
  onDownloadMarkdown: () => void;
  onDownloadJson: () => void;
  onRestart: () => void;
  /** Starts the next session with the same client; resolves with a refusal's sentence, or null. */
  onNextSession?: () => Promise<string | null>;
}

const KIND_LABELS: Record<KeyMoment['kind'], string> = {
  rise: 'Trust rose',
  fall: 'Trust fell',
  disclosure: 'Disclosure',
  rupture: 'Rupture',
  repair: 'Repair',
};

function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: `debrief-section debrief-${id}`, attrs: { 'aria-labelledby': `debrief-${id}-title` } },
    h('h3', { attrs: { id: `debrief-${id}-title` } }, title),
    ...children,
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A table inside a box that scrolls sideways on its own, so a phone's page never does. */
function tableWrap(...args: Parameters<typeof h<'table'>>): HTMLElement {
  return h('div', { class: 'table-wrap' }, h(...args));
}

function bandCell(band: Band | null): HTMLElement {
  return h('td', { class: `band band-${band ?? 'none'}` }, band ? BAND_LABELS[band] : 'Not enough data');
}

function mitiTable(s: MitiSummary): HTMLElement {
  const row = (measure: string, value: string, fair: string, good: string, band: Band | null) =>
    h(
      'tr',
      null,
      h('th', { attrs: { scope: 'row' } }, measure),
      h('td', null, value),
      h('td', null, fair),
      h('td', null, good),
      bandCell(band),
    );
  const pct = (n: number | null) => (n === null ? '—' : `${n}%`);
  return tableWrap(
    'table',
    { class: 'miti' },
    h(
      'caption',
      null,
      [
        count(s.reflections, 'reflection'),
        count(s.questions, 'question'),
        count(s.roadblocks, 'roadblock'),
      ].join(', '),
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...['Measure', 'You', 'Fair', 'Good', 'Your band'].map((t) =>
          h('th', { attrs: { scope: 'col' } }, t),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      row(
        'Reflections to questions',
        s.reflectionToQuestion === null ? '—' : `${s.reflectionToQuestion} : 1`,
        '1 : 1',
        '2 : 1',
        s.bands.reflectionToQuestion,
      ),
      row('Open questions', pct(s.percentOpen), '50%', '70%', s.bands.percentOpen),
      row('Complex reflections', pct(s.percentComplex), '40%', '50%', s.bands.percentComplex),
      row('Roadblocks', String(s.roadblocks), '—', 'none', s.bands.roadblocks),
    ),
  );
}

function moveTable(counts: Debrief['moveCounts']): HTMLElement {
  const rows = (moves: readonly Move[], roadblock: boolean) =>
    moves
      .filter((m) => (counts[m] ?? 0) > 0)
      .map((m) =>
        h(
          'tr',
          { class: roadblock ? 'roadblock' : 'helpful' },
          h('th', { attrs: { scope: 'row' } }, MOVE_LABELS[m]),
          h('td', null, roadblock ? 'Roadblock' : 'Skill'),
          h('td', { class: 'num' }, counts[m] ?? 0),
        ),
      );
  const all = [...rows(HELPFUL_MOVES, false), ...rows(ROADBLOCKS, true)];
  if (all.length === 0) return h('p', null, 'No counselling moves were recognised in this session.');
  return tableWrap(
    'table',
    { class: 'moves' },
    h('caption', { class: 'visually-hidden' }, 'How often each move was used'),
    h(
      'thead',
      null,
      h('tr', null, ...['Move', 'Kind', 'Times'].map((t) => h('th', { attrs: { scope: 'col' } }, t))),
    ),
    h('tbody', null, ...all),
  );
}

function momentItem(m: KeyMoment): HTMLElement {
  return h(
    'li',
    { class: `moment-item moment-${m.kind}` },
    h(
      'p',
      { class: 'moment-head' },
      h('span', { class: 'badge' }, KIND_LABELS[m.kind]),
      ` Turn ${m.turn} · trust ${signed(m.trustChange)}`,
    ),
    h('blockquote', null, h('p', null, m.said)),
    h('p', { class: 'moment-reason' }, h('span', { class: 'label' }, 'Why: '), m.reason),
  );
}

/** The debrief: what helped and what hurt, with the trainee's own words. */
export function renderDebrief(persona: PersonaSummary, d: Debrief, actions: DebriefActions): HTMLElement {
  const reached = d.disclosures.reached.length;
  const facts = h(
    'dl',
    { class: 'facts' },
    h('div', null, h('dt', null, 'Outcome'), h('dd', null, OUTCOME_LABELS[d.outcome])),
    h('div', null, h('dt', null, 'Turns'), h('dd', null, d.turns)),
    h('div', null, h('dt', null, 'Duration'), h('dd', null, duration(d.durationMs))),
    h('div', null, h('dt', null, 'Final trust'), h('dd', null, meterValue(d.finalMeters.trust))),
    h('div', null, h('dt', null, 'Final openness'), h('dd', null, meterValue(d.finalMeters.openness))),
  );

  const disclosures = section(
    'disclosures',
    'Disclosures reached',
    h(
      'p',
      { class: 'disclosure-count' },
      h('strong', null, `${reached} of ${d.disclosures.total}`),
      ` things ${persona.name} could share ${reached === 1 ? 'was' : 'were'} reached.`,
    ),
    reached > 0 ? h('ul', null, ...d.disclosures.reached.map((t) => h('li', null, t))) : null,
  );

  const moments = section(
    'moments',
    'Key moments',
    d.keyMoments.length > 0
      ? h('ol', { class: 'moments' }, ...d.keyMoments.map(momentItem))
      : h('p', null, 'No single turn moved trust much either way.'),
  );

  const alternatives = section(
    'alternatives',
    'Roadblocks and better alternatives',
    d.alternatives.length > 0
      ? h(
          'ol',
          { class: 'alternatives' },
          ...d.alternatives.map((a) =>
            h(
              'li',
              null,
              h(
                'p',
                { class: 'alt-head' },
                h('span', { class: 'badge roadblock' }, MOVE_LABELS[a.move]),
                ` Turn ${a.turn}`,
              ),
              h('p', null, 'You said: ', h('q', null, a.said)),
              h('p', null, 'Instead, try: ', h('q', { class: 'instead' }, a.instead)),
              h('p', { class: 'why' }, a.why),
            ),
          ),
        )
      : h('p', null, 'No roadblocks: well done.'),
  );

  const risk = d.risk
    ? section(
        'risk',
        'Risk',
        h('p', { class: 'risk-note' }, d.risk.note),
        d.risk.asked.length > 0
          ? h(
              'ul',
              { class: 'risk-asked' },
              ...d.risk.asked.map((a) =>
                h('li', null, `Turn ${a.turn}: `, h('q', null, a.said), ` (${RISK_MANNERS[a.manner]})`),
              ),
            )
          : null,
      )
    : null;

  const listening = d.listening
    ? section(
        'listening',
        'Listening',
        h(
          'ul',
          { class: 'listening' },
          h('li', null, `Reflections ${persona.name} had to correct: ${d.listening.misread}`),
          h('li', null, `Things said that were not so: ${d.listening.wrongFacts}`),
          h('li', null, `Turns that said the same thing a third time: ${d.listening.repeated}`),
        ),
      )
    : null;

  const actionBar = h(
    'div',
    { class: 'debrief-actions' },
    h(
      'button',
      { attrs: { type: 'button' }, on: { click: actions.onDownloadMarkdown } },
      'Download transcript (Markdown)',
    ),
    h(
      'button',
      { attrs: { type: 'button' }, on: { click: actions.onDownloadJson } },
      'Download transcript (JSON)',
    ),
    h('button', { attrs: { type: 'button' }, on: { click: () => window.print() } }, 'Print'),
    actions.onNextSession ? nextSessionButton(persona.name, actions.onNextSession) : null,
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: actions.onRestart } },
      'Practise with another client',
    ),
  );
  const practice = d.practice
    ? section(
        'practice',
        'Practice: turns tried again, ideas and sessions',
        ...renderPracticeReview(persona, d),
      )
    : null;

  return h(
    'section',
    { class: 'view debrief', attrs: { 'aria-labelledby': 'debrief-title' } },
    h('h2', { attrs: { id: 'debrief-title', tabindex: -1 } }, `Debrief: session with ${persona.name}`),
    h('p', { class: `outcome outcome-${d.outcome}` }, outcomeSentence(d.outcome, persona.name)),
    facts,
    actionBar,
    section('chart', 'Trust and openness over time', renderChart(d.timeline, d.keyMoments)),
    disclosures,
    section('summary', 'Your skills against the MITI bands', mitiTable(d.summary)),
    section('moves', 'Moves you used', moveTable(d.moveCounts)),
    practice,
    moments,
    alternatives,
    risk,
    listening,
  );
}

const RISK_MANNERS: Record<NonNullable<Debrief['risk']>['asked'][number]['manner'], string> = {
  direct: 'asked directly about suicide',
  indirect: 'asked about self-harm or not wanting to be here',
  others: 'asked about harming someone else',
  safety: 'asked about safety',
};
