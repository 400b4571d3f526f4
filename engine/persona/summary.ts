import type { PersonaSummary } from '../../contract/session.js';
import type { Persona } from './schema.js';

/**
 * What the browser may know about a persona. Built field by field (never by spreading) so that
 * educator notes, background and disclosure text can never leak by accident.
 */
export function toSummary(persona: Persona): PersonaSummary {
  return {
    id: persona.id,
    name: persona.name,
    age: persona.age,
    pronouns: persona.pronouns,
    referral: persona.referral,
    difficulty: persona.difficulty,
    tags: [...persona.tags],
    contentNotes: [...persona.contentNotes],
    disclosureCount: persona.disclosures.length,
  };
}
