import { analyse } from '../analysis/analyse.js';
import { familiesOf } from '../simulation/listening.js';
import { DEPTHS } from '../simulation/selectReply.js';
import { SUBJECTS } from '../simulation/subjects.js';
import { genericWordsOf, isSpecificTopic } from '../simulation/topics.js';
import { type Line, SPEAKING_PHASES, type Persona } from './schema.js';

/**
 * A problem that the schema alone cannot see, with the field path it concerns. An error stops the
 * file loading; a warning is reported and the persona still loads (an older file keeps working).
 */
export interface SemanticIssue {
  path: (string | number)[];
  message: string;
  level?: 'error' | 'warning';
}

const BUILT_IN = new Map(SUBJECTS.map((s) => [s.id, s]));

/**
 * Checks that need the whole persona: disclosure prerequisites exist and form no cycle, ids are
 * unique, phase thresholds and floors are in order, every phase has replies, and every topic has
 * a word that can match (the engine ignores small and generic words).
 */
export function checkPersona(persona: Persona): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const d = persona.dynamics;
  const t = d.thresholds;

  if (!(t.tentative < t.open && t.open < t.disclosing)) {
    issues.push({
      path: ['dynamics', 'thresholds'],
      message: `must rise from tentative to open to disclosing, got ${t.tentative}, ${t.open}, ${t.disclosing}`,
    });
  }
  if (!(d.walkOutBelow < d.withdrawBelow)) {
    issues.push({
      path: ['dynamics', 'walkOutBelow'],
      message: `must be lower than withdrawBelow (${d.withdrawBelow}), got ${d.walkOutBelow}`,
    });
  }
  if (!(d.withdrawBelow < t.tentative)) {
    issues.push({
      path: ['dynamics', 'withdrawBelow'],
      message: `must be lower than thresholds.tentative (${t.tentative}), got ${d.withdrawBelow}`,
    });
  }
  if (persona.start.trust <= d.walkOutBelow) {
    issues.push({
      path: ['start', 'trust'],
      message: `must be above dynamics.walkOutBelow (${d.walkOutBelow}), or the client walks out at once`,
    });
  }

  for (const phase of SPEAKING_PHASES) {
    if ((persona.replies[phase]?.default.length ?? 0) === 0) {
      issues.push({ path: ['replies', phase, 'default'], message: 'needs at least one reply line' });
    }
  }

  const ids = new Map<string, number>();
  persona.disclosures.forEach((disclosure, index) => {
    if (ids.has(disclosure.id)) {
      issues.push({
        path: ['disclosures', index, 'id'],
        message: `repeats the id '${disclosure.id}' of disclosure ${ids.get(disclosure.id)! + 1}`,
      });
    } else ids.set(disclosure.id, index);
  });
  persona.disclosures.forEach((disclosure, index) => {
    disclosure.topics.forEach((topic, t) => {
      if (!isSpecificTopic(topic)) {
        issues.push({
          path: ['disclosures', index, 'topics', t],
          message: `'${topic}' never matches: ${listWords(genericWordsOf(topic))} ${genericWordsOf(topic).length === 1 ? 'is a small or generic word' : 'are all small or generic words'}, which any open question uses (like 'talk', 'today', 'feel', 'happened'); add a word that names this subject, or use another word for it`,
        });
      }
    });
  });
  persona.disclosures.forEach((disclosure, index) => {
    disclosure.requires.forEach((required, r) => {
      if (!ids.has(required)) {
        issues.push({
          path: ['disclosures', index, 'requires', r],
          message: `names '${required}', which is not a disclosure of this persona`,
        });
      } else if (required === disclosure.id) {
        issues.push({ path: ['disclosures', index, 'requires', r], message: 'cannot require itself' });
      }
    });
  });

  const cycle = findCycle(persona);
  if (cycle) {
    issues.push({
      path: ['disclosures', ids.get(cycle[0]!) ?? 0, 'requires'],
      message: `prerequisites go round in a circle: ${cycle.join(' → ')}`,
    });
  }
  issues.push(...checkListening(persona));
  return issues;
}

/**
 * The listening fields (answers, risk, feelings): mistakes that would silently do nothing are
 * errors; what an older file simply lacks is a warning, and the client falls back to defaults.
 */
function checkListening(persona: Persona): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const warn = (path: (string | number)[], message: string) =>
    issues.push({ path, message, level: 'warning' });

  for (const [id, answer] of Object.entries(persona.answers)) {
    if (!BUILT_IN.has(id) && !answer.words) {
      issues.push({
        path: ['answers', id],
        message: `is not a built-in subject (${[...BUILT_IN.keys()].join(', ')}): give it words (words: [...]) to make it a subject of this persona's own, or check the spelling`,
      });
    }
    if (!answer.guarded && !answer.tentative && !answer.open && !answer.closed) {
      issues.push({
        path: ['answers', id],
        message: 'has no lines: add guarded (the short version), open (more) or closed (a plain yes or no)',
      });
    } else if (!answer.guarded) {
      warn(
        ['answers', id],
        'has no guarded lines: a guarded client asked about it gets a general line instead; add the short version under guarded',
      );
    }
  }
  const missing = SUBJECTS.filter((s) => !persona.answers[s.id]);
  if (missing.length > 0) {
    warn(
      ['answers'],
      `leaves ${missing.length} everyday subject${missing.length === 1 ? '' : 's'} uncovered: ${missing
        .map((s) => (s.label === s.id ? s.id : `${s.id} (${s.label})`))
        .join(
          ', ',
        )}; asked about ${missing.length === 1 ? 'it' : 'them'}, the client answers with a general line from the phase's pool. Add answers (see docs/personas.md, "Answers")`,
    );
  }
  if (!persona.risk) {
    warn(
      ['risk'],
      'is missing: asked about suicide, self-harm or harming others, the client gives a plain, safe no (\'No. Nothing like that.\'). Add a risk section with what this client would honestly say, by phase (see docs/personas.md, "Risk")',
    );
  }
  if (persona.risk && !persona.risk.safety) {
    warn(
      ['risk'],
      'has no safety lines: asked "Are you safe at home?", the client answers with the lines for suicide and self-harm, and a line such as \'No. Nothing like that.\' answers it the wrong way round. Add risk.safety with what this client would say about being safe, by phase (see docs/personas.md, "Risk")',
    );
  }
  if (persona.feelings.length === 0) {
    warn(
      ['feelings'],
      'is empty: a reflection that names a feeling fits only if the client has shown it in its own words, so most are corrected. List what the client feels (see docs/personas.md, "Feelings")',
    );
  }
  persona.feelings.forEach((f, i) => {
    if (familiesOf(f.feeling).length === 0) {
      issues.push({
        path: ['feelings', i, 'feeling'],
        message: `'${f.feeling}' is not a feeling word the scorer knows, so no reflection can match it; use a plain feeling word such as sad, angry, scared, guilty, ashamed, lonely, numb, exhausted, anxious or relieved`,
      });
    }
  });

  // The reply order answers a risk question before anything else: a `notSo` phrase that is one
  // ("you want to die") is answered from `risk`, and its correction is never said.
  persona.notSo.forEach((entry, i) => {
    entry.says.forEach((phrase, j) => {
      if (analyse(phrase).moves.includes('risk_question')) {
        warn(
          ['notSo', i, 'says', j],
          `'${phrase}' is heard as a question about risk, and a risk question is always answered from risk, so this correction is never said for it. Write what the client would answer in risk (see docs/personas.md, "Risk"), and keep notSo for facts a trainee may get wrong`,
        );
      }
    });
  });

  issues.push(...checkNeeds(persona));

  if (persona.contentNotes.length === 0) {
    warn(
      ['contentNotes'],
      'is empty: trainees see no content notes before they start. List what the session touches on, in a few plain words each (e.g. "bereavement", "a road traffic collision")',
    );
  }
  const { warm, guarded, hurt } = persona.returning.openings;
  if (!warm && !guarded && !hurt) {
    warn(
      ['returning'],
      'has no openings: in a later session the client opens with a first-session line, as if you had never met. Add returning.openings (warm, guarded, hurt; see docs/personas.md, "Returning")',
    );
  }
  persona.disclosures.forEach((d, i) => {
    if (!d.recall) {
      warn(
        ['disclosures', i],
        `'${d.id}' has no recall lines: asked about it in a later session, the client says its more lines without referring back to last time. Add recall ("Like I said last week…")`,
      );
    }
  });

  const cuePhases = new Map<string, { phase: string; once: boolean }>();
  for (const phase of SPEAKING_PHASES) {
    (persona.cues[phase] ?? []).forEach((cue, i) => {
      // Cues are chosen by phase, never by what the trainee said: `needs` would silently do nothing.
      if (cue.needs.length > 0) {
        warn(
          ['cues', phase, i, 'needs'],
          `is not used on a cue: a cue is shown by phase, whatever the trainee said, so '${cue.text}' may come with any reply. Remove needs; to show a gesture only once, use once: true`,
        );
      }
      const seen = cuePhases.get(cue.text);
      const first = seen?.phase;
      // A gesture marked once in both places can only happen once: no repeat to warn about.
      if (seen && first !== phase && !(seen.once && cue.once)) {
        warn(
          ['cues', phase, i],
          `'${cue.text}' is also a ${first} cue: the same gesture in two phases repeats; write a different one, or mark a one-off gesture once: true`,
        );
      } else if (!seen) cuePhases.set(cue.text, { phase, once: cue.once });
    });
  }
  return issues;
}

/**
 * Where every line that could be said has `needs` and none of their words is said, the client
 * still says the first line (there is nothing else to say): a self-harm line to "Are you safe?",
 * a correction naming anger to a reflection of cheerfulness. Warn where a newcomer's pool is all
 * `needs`, and in `risk` wherever a phase would find no plain line at its depth or shallower.
 */
function checkNeeds(persona: Persona): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const allNeed = (lines: readonly Line[] | undefined): lines is readonly Line[] =>
    !!lines && lines.length > 0 && lines.every((line) => line.needs.length > 0);
  const warn = (path: (string | number)[], message: string) =>
    issues.push({ path, level: 'warning', message });

  const risks = [
    { path: ['risk'], lines: persona.risk },
    { path: ['risk', 'others'], lines: persona.risk?.others },
    { path: ['risk', 'safety'], lines: persona.risk?.safety },
  ];
  for (const { path, lines } of risks) {
    if (!lines) continue;
    const warned = new Set<string>();
    for (const depths of Object.values(DEPTHS)) {
      const chain = depths.filter((depth) => (lines[depth]?.length ?? 0) > 0);
      const first = chain[0];
      if (!first || warned.has(first) || !chain.every((depth) => allNeed(lines[depth]))) continue;
      warned.add(first);
      warn(
        [...path, first],
        `has only lines with needs, and nothing plainer at a shallower depth: a risk question that uses none of their words (such as "Are you safe?") still gets '${lines[first]![0]!.text}'. Add a line without needs that is true whatever was asked`,
      );
    }
  }
  const pools: { path: (string | number)[]; lines: readonly Line[] | undefined }[] = [
    ...(['corrections', 'repetition', 'unclear', 'deflections', 'repairs'] as const).map((field) => ({
      path: [field],
      lines: persona[field],
    })),
    ...persona.notSo.map((entry, i) => ({ path: ['notSo', i, 'correction'], lines: entry.correction })),
    ...SPEAKING_PHASES.map((phase) => ({
      path: ['replies', phase, 'default'],
      lines: persona.replies[phase]?.default,
    })),
  ];
  for (const { path, lines } of pools) {
    if (allNeed(lines)) {
      warn(
        path,
        `has only lines with needs: when the trainee says none of their words, the client still says '${lines[0]!.text}'. Add a line without needs that fits whatever was said`,
      );
    }
  }
  return issues;
}

/** 'a', 'b' and 'c'. */
function listWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "''") : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The first prerequisite cycle found (ids, first repeated at the end), or undefined. */
function findCycle(persona: Persona): string[] | undefined {
  const requires = new Map(persona.disclosures.map((d) => [d.id, d.requires.filter((r) => r !== d.id)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const seen = state.get(id);
    if (seen === 'done') return undefined;
    if (seen === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of requires.get(id) ?? []) {
      if (!requires.has(next)) continue;
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of requires.keys()) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
