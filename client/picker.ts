import type { PersonaSummary } from '../contract/session.js';
import { h, uid } from './dom.js';
import { DIFFICULTY_LABELS } from './format.js';

const DIFFICULTY_ORDER: Record<PersonaSummary['difficulty'], number> = {
  introductory: 0,
  intermediate: 1,
  advanced: 2,
};

export type PersonaLoad = { ok: true; personas: PersonaSummary[] } | { ok: false; message: string };

/** Fetches the public persona summaries. */
export async function fetchPersonas(): Promise<PersonaLoad> {
  try {
    const res = await fetch('/api/personas', { headers: { accept: 'application/json' } });
    if (!res.ok)
      return {
        ok: false,
        message: `The list of clients could not be loaded (HTTP ${res.status}). Reload to try again.`,
      };
    const personas = (await res.json()) as PersonaSummary[];
    return { ok: true, personas };
  } catch {
    return {
      ok: false,
      message: 'The list of clients could not be loaded. Check the server is running and reload.',
    };
  }
}

/** One client's card: name, referral, content notes, tags and its Start button. */
export function personaCard(p: PersonaSummary, onChoose: (p: PersonaSummary) => void): HTMLElement {
  const titleId = uid('persona');
  const disclosures =
    p.disclosureCount === 1 ? '1 thing to disclose' : `${p.disclosureCount} things to disclose`;
  return h(
    'li',
    { class: 'persona-card' },
    h(
      'article',
      { attrs: { 'aria-labelledby': titleId } },
      h(
        'header',
        { class: 'persona-head' },
        h('h3', { attrs: { id: titleId } }, p.name),
        h('span', { class: `badge difficulty difficulty-${p.difficulty}` }, DIFFICULTY_LABELS[p.difficulty]),
      ),
      h('p', { class: 'persona-meta' }, `${p.age} · ${p.pronouns} · ${disclosures}`),
      h('p', { class: 'persona-referral' }, h('span', { class: 'label' }, 'Referral: '), p.referral),
      (p.contentNotes ?? []).length > 0
        ? h(
            'p',
            { class: 'content-notes' },
            h('span', { class: 'label' }, 'Content notes: '),
            (p.contentNotes ?? []).join('; '),
          )
        : null,
      p.tags.length > 0
        ? h(
            'ul',
            { class: 'tags', attrs: { 'aria-label': 'Tags' } },
            ...p.tags.map((t) => h('li', { class: 'tag' }, t)),
          )
        : null,
      h(
        'button',
        {
          class: 'primary',
          attrs: { type: 'button', 'aria-label': `Start session with ${p.name}` },
          on: { click: () => onChoose(p) },
        },
        'Start session',
      ),
    ),
  );
}

/** The client picker: one card per persona. */
export function renderPicker(
  load: PersonaLoad,
  onChoose: (p: PersonaSummary) => void,
  notice: string | null,
): HTMLElement {
  const section = h(
    'section',
    { class: 'view picker', attrs: { 'aria-labelledby': 'picker-title' } },
    h('h2', { attrs: { id: 'picker-title', tabindex: -1 } }, 'Choose a client'),
    h(
      'p',
      { class: 'lede' },
      'Read the referral note, then start a session. Respond as you would in a first counselling session: ',
      'the client opens up as trust grows, and withdraws when it is damaged.',
    ),
  );
  if (notice) section.append(h('p', { class: 'notice', attrs: { role: 'status' } }, notice));
  if (!load.ok) {
    section.append(h('p', { class: 'error', attrs: { role: 'alert' } }, load.message));
    return section;
  }
  if (load.personas.length === 0) {
    section.append(
      h('p', { class: 'notice' }, 'No clients are available yet. Ask your educator to add persona files.'),
    );
    return section;
  }
  // Gentlest clients first, so a new trainee meets an introductory one before an advanced one.
  const sorted = [...load.personas].sort(
    (a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.name.localeCompare(b.name),
  );
  section.append(h('ul', { class: 'persona-list' }, ...sorted.map((p) => personaCard(p, onChoose))));
  return section;
}
