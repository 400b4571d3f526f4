import type { MoveDetail } from '../../contract/analysis.js';
import type { LabelsPayload, SessionReview } from '../../contract/educator.js';
import { HELPFUL_MOVES, MOVE_LABELS, type Move, ROADBLOCKS } from '../../contract/moves.js';
import type { ClientTurn, PersonaSummary } from '../../contract/session.js';
import { highlightEvidence, renderCoaching } from '../coaching.js';
import { renderDebrief } from '../debriefView.js';
import { h, uid } from '../dom.js';
import { meterValue } from '../format.js';
import { api, ApiError } from './api.js';
import { heading, outcomeText, when } from './views.js';

const labelList = (moves: readonly Move[]) =>
  moves.length ? moves.map((m) => MOVE_LABELS[m]).join(', ') : 'none';

/**
 * The labels an educator gives one trainee turn: a checkbox per move, helpful and roadblocks,
 * starting from their saved labels (empty until they label it, so they judge the turn for
 * themselves), with a button to start from the scorer's moves instead.
 */
function labelEditor(
  review: SessionReview,
  turn: number,
  scorer: readonly MoveDetail[],
  onSaved: (moves: Move[]) => void,
): HTMLElement {
  const saved = review.labels[turn];
  const summary = h(
    'summary',
    null,
    `Your labels for turn ${turn}: ${saved ? labelList(saved) : 'not labelled yet'}`,
  );
  const boxes = new Map<Move, HTMLInputElement>();
  const group = (title: string, moves: readonly Move[]) => {
    const legendId = uid('labels');
    return h(
      'fieldset',
      { class: 'label-group' },
      h('legend', { attrs: { id: legendId } }, title),
      ...moves.map((m) => {
        const id = uid(`label-${m}`);
        const box = h('input', {
          attrs: { id, type: 'checkbox', value: m, checked: saved?.includes(m) ?? false },
        });
        boxes.set(m, box);
        return h('div', { class: 'check' }, box, h('label', { attrs: { for: id } }, MOVE_LABELS[m]));
      }),
    );
  };
  const status = h('p', { class: 'label-status', attrs: { role: 'status' } });
  const save = async () => {
    const moves = [...boxes].filter(([, b]) => b.checked).map(([m]) => m);
    status.textContent = 'Saving…';
    try {
      const stored = await api<LabelsPayload>(
        'PUT',
        `/sessions/${encodeURIComponent(review.id)}/turns/${turn}/labels`,
        { moves } satisfies LabelsPayload,
      );
      review.labels[turn] = stored.moves;
      summary.textContent = `Your labels for turn ${turn}: ${labelList(stored.moves)}`;
      status.textContent = `Saved: ${labelList(stored.moves)}.`;
      onSaved(stored.moves);
    } catch (err) {
      status.textContent =
        err instanceof ApiError ? err.message : 'The labels could not be saved. Try again.';
    }
  };
  return h(
    'details',
    { class: 'labels' },
    summary,
    h(
      'div',
      { class: 'labels-body' },
      h('p', { class: 'hint' }, `Tick every move turn ${turn} really made, then save.`),
      group('Helpful moves', HELPFUL_MOVES),
      group('Roadblocks', ROADBLOCKS),
      h(
        'div',
        { class: 'label-actions' },
        h(
          'button',
          {
            attrs: { type: 'button' },
            on: {
              click: () => {
                const found = new Set(scorer.map((d) => d.move));
                for (const [m, b] of boxes) b.checked = found.has(m);
              },
            },
          },
          'Start from the scorer’s moves',
        ),
        h(
          'button',
          { class: 'primary', attrs: { type: 'button' }, on: { click: () => void save() } },
          `Save labels for turn ${turn}`,
        ),
      ),
      status,
    ),
  );
}

function clientLine(name: string, c: ClientTurn): HTMLElement {
  return h(
    'div',
    { class: 'entry client' },
    h('p', { class: 'speaker' }, name),
    c.cue ? h('p', { class: 'cue' }, `(${c.cue})`) : null,
    h('p', { class: 'text' }, c.text),
    h(
      'p',
      { class: 'after' },
      `Trust ${meterValue(c.meters.trust)}, openness ${meterValue(c.meters.openness)}, ${c.state}`,
      c.disclosure ? ` · disclosure reached: ${c.disclosure.title}` : '',
    ),
  );
}

/** One session in full: who and what, the transcript turn by turn with the scorer's reading and labels, then the debrief. */
export async function sessionReview(id: string): Promise<HTMLElement> {
  const review = await api<SessionReview>('GET', `/sessions/${encodeURIComponent(id)}`);
  const persona: PersonaSummary = review.persona ?? {
    id: review.personaId,
    name: review.personaId,
    age: 0,
    pronouns: '',
    referral: '',
    difficulty: 'introductory',
    tags: [],
    contentNotes: [],
    disclosureCount: 0,
  };
  const who = review.trainee ?? 'A trainee without a name';
  const s = review.settings;
  const off = (['meters', 'coaching', 'rewinds', 'hints'] as const).filter((k) => !s[k]);
  const fact = (term: string, value: string) => h('div', null, h('dt', null, term), h('dd', null, value));
  const facts = h(
    'dl',
    { class: 'facts' },
    fact('Trainee', who),
    fact('Cohort', review.cohort ?? '—'),
    fact('Client', persona.name),
    fact('Started', when(review.startedAt)),
    fact('Outcome', outcomeText(review)),
    fact('Assignment', review.assignment ?? '—'),
    fact('Switched off', off.length ? off.join(', ') : 'nothing'),
    fact('Time limit', s.minutes ? `${s.minutes} minutes` : 'none'),
    fact('Hints used', String(review.hintsUsed)),
    fact('Turns tried again', String(review.rewinds)),
    fact('Persona file', review.personaHash ? `sha256 ${review.personaHash.slice(0, 12)}` : 'not recorded'),
    fact('Scorer', review.scorerVersion ?? 'not recorded'),
  );

  const ended = review.outcome !== null;
  const log = h('ol', { class: 'review-log' });
  for (const entry of review.transcript) {
    if (entry.speaker === 'client') {
      if (entry.turn === 0 || entry.ended === 'trainee' || entry.ended === 'time-limit') {
        log.append(h('li', { class: 'review-turn' }, clientLine(persona.name, entry)));
      }
      continue;
    }
    const reply = review.transcript.find(
      (e): e is Extract<typeof e, { speaker: 'client' }> =>
        e.speaker === 'client' &&
        e.turn === entry.turn &&
        !(e.ended === 'trainee' || e.ended === 'time-limit'),
    );
    const said = h('p', { class: 'text' }, ...highlightEvidence(entry.text, entry.moves));
    log.append(
      h(
        'li',
        { class: 'review-turn', attrs: { 'data-turn': entry.turn } },
        h(
          'div',
          { class: 'entry trainee' },
          h('p', { class: 'speaker' }, `${who}, turn ${entry.turn}`),
          said,
          reply?.feedback
            ? renderCoaching(entry.turn, reply.feedback)
            : h('p', { class: 'hint' }, `Scorer: ${labelList(entry.moves.map((m) => m.move))}`),
          ended
            ? labelEditor(review, entry.turn, entry.moves, () => {})
            : h('p', { class: 'hint' }, 'Labels can be given once the session has ended.'),
        ),
        reply ? clientLine(persona.name, reply) : null,
      ),
    );
  }

  let debrief: HTMLElement | null = null;
  if (review.debrief) {
    debrief = renderDebrief(persona, review.debrief, {
      onDownloadMarkdown() {},
      onDownloadJson() {},
      onRestart() {},
    });
    // The trainee's buttons (downloads, another client) mean nothing here.
    debrief.querySelector('.debrief-actions')?.remove();
  }

  return h(
    'section',
    { class: 'view room-review' },
    heading(`Session: ${who} with ${persona.name}`),
    h('p', null, h('a', { attrs: { href: '#/sessions' } }, 'Back to the sessions')),
    facts,
    h(
      'section',
      { class: 'review-transcript', attrs: { 'aria-labelledby': 'transcript-title' } },
      h('h3', { attrs: { id: 'transcript-title' } }, 'Transcript'),
      h(
        'p',
        { class: 'hint' },
        'Each turn shows the moves the scorer found (the words that fired them are marked), why the meters moved, and your labels.',
      ),
      log,
    ),
    debrief ?? h('p', { class: 'notice' }, 'The session has not ended, so it has no debrief yet.'),
  );
}
