export { personaJsonSchema, personaJsonSchemaText } from './jsonSchema.js';
export { checkPersona, type SemanticIssue } from './semantic.js';
export {
  type Disclosure,
  type Dynamics,
  type Persona,
  type PersonaInput,
  personaSchema,
  REPLY_GROUPS,
  REPLY_KEYS,
  type ReplyGroup,
  type ReplyKey,
  SPEAKING_PHASES,
  type SpeakingPhase,
} from './schema.js';
export { toSummary } from './summary.js';
