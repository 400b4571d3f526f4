import { isSpecificTopic } from '../simulation/topics.js';
import { SPEAKING_PHASES, type Persona } from './schema.js';

/** A problem that the schema alone cannot see, with the field path it concerns. */
export interface SemanticIssue {
  path: (string | number)[];
  message: string;
}

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
          message: `'${topic}' never matches: it has only small or generic words (like 'talk', 'today', 'feel', 'happened'), which any open question uses; name the subject instead`,
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
  return issues;
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
