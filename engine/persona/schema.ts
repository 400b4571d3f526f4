import { z } from 'zod';
import { MOVES, type Move } from '../../contract/moves.js';

/**
 * The persona file format. Everything an educator can leave out has a default, so a minimal
 * persona is an id, a name, a referral note, a starting point and one reply per phase.
 */

const percent = z.number().min(0).max(100);
const line = z.string().trim().min(1);
const multiplier = z.number().min(0).max(10);
const id = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes');

/** One line the client can say (or one cue), with when it may be used. */
export interface Line {
  text: string;
  /** Said only when the trainee's words include one of these phrases (empty: any time). */
  needs: string[];
  /** Used at most once in a session. */
  once: boolean;
}

/**
 * A line is plain text, or `{ text, needs, once }`: `needs` lists words the trainee must have
 * said for the line to fit ("Far away is a good way of putting it" needs `far away`); `once`
 * keeps a line or cue to one showing a session ("takes her coat off").
 */
const lineEntry = z
  .union([
    line,
    z
      .object({
        text: line,
        needs: z
          .array(line)
          .min(1)
          .optional()
          .describe('Said only when the trainee used one of these words or phrases.'),
        once: z.boolean().optional().describe('Used at most once in a session.'),
      })
      .strict(),
  ])
  .transform(
    (entry): Line =>
      typeof entry === 'string'
        ? { text: entry, needs: [], once: false }
        : { text: entry.text, needs: entry.needs ?? [], once: entry.once ?? false },
  );
const lines = z.array(lineEntry).min(1);

/** A line as written in a file. */
export type LineInput = string | { text: string; needs?: string[]; once?: boolean };

/** Plain lines as the parsed form, for defaults. */
export function plainLines(...texts: string[]): Line[] {
  return texts.map((text) => ({ text, needs: [], once: false }));
}

/** Reply pools that can be keyed by move: a single move, or a group of moves. */
export const REPLY_GROUPS = ['reflection', 'question', 'support', 'roadblock'] as const;
export type ReplyGroup = (typeof REPLY_GROUPS)[number];
export const REPLY_KEYS = ['default', ...REPLY_GROUPS, ...MOVES] as const;
export type ReplyKey = (typeof REPLY_KEYS)[number];

/** The phases a persona writes replies and cues for (`ended` uses `endings`). */
export const SPEAKING_PHASES = ['guarded', 'tentative', 'open', 'disclosing', 'withdrawn'] as const;
export type SpeakingPhase = (typeof SPEAKING_PHASES)[number];

const replyPool = z
  .object({
    default: lines.describe('Lines used when no more specific pool fits the trainee’s dominant move.'),
    ...Object.fromEntries([...REPLY_GROUPS, ...MOVES].map((key) => [key, lines.optional()] as const)),
  })
  .strict()
  .describe(
    'Lines for one phase, keyed by the trainee’s dominant move (e.g. `empathy`), a group ' +
      '(`reflection`, `question`, `support`, `roadblock`) or `default`.',
  ) as z.ZodType<
  { default: Line[] } & Partial<Record<Exclude<ReplyKey, 'default'>, Line[]>>,
  { default: LineInput[] } & Partial<Record<Exclude<ReplyKey, 'default'>, LineInput[]>>
>;

const thresholds = z
  .object({
    tentative: percent.default(25).describe('Trust at which the client becomes tentative.'),
    open: percent.default(45).describe('Trust at which the client opens up.'),
    disclosing: percent.default(65).describe('Trust at which the client starts disclosing.'),
  })
  .strict();

const dynamics = z
  .object({
    gainRate: z
      .number()
      .min(0)
      .max(50)
      .default(12)
      .describe('Trust gained by one full-strength helpful move at zero trust (scaled by headroom).'),
    opennessRate: z.number().min(0).max(50).default(16).describe('Like gainRate, for openness.'),
    lossRate: z
      .number()
      .min(0)
      .max(1)
      .default(0.25)
      .describe('Share of current trust lost to one full-strength roadblock.'),
    minLoss: z.number().min(0).max(20).default(1.5).describe('Smallest trust loss for any roadblock.'),
    trustCapPerTurn: z
      .number()
      .min(0)
      .max(100)
      .default(6)
      .describe('Most trust that can be gained in one turn: rapport that comes too fast is suspect.'),
    opennessLead: z.number().min(0).max(100).default(15).describe('How far openness may run ahead of trust.'),
    thresholds: thresholds.default({ tentative: 25, open: 45, disclosing: 65 }),
    withdrawBelow: percent.default(10).describe('Trust under which a hurt client withdraws.'),
    walkOutBelow: percent.default(4).describe('Trust under which the client walks out.'),
    ruptureAt: z
      .number()
      .min(0)
      .default(1.2)
      .describe('Harm of one roadblock (weight × strength × sensitivity) that causes a rupture.'),
    harmsBeforeWalkOut: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe('Roadblocks while withdrawn before the client walks out.'),
    decay: z.number().min(0).max(1).default(0.03).describe('Share of the gap to baseline lost each turn.'),
    baselineDrop: z
      .number()
      .min(0)
      .max(100)
      .default(5)
      .describe('How far the baseline falls after a rupture.'),
    probeCost: z
      .number()
      .min(0)
      .max(50)
      .default(3)
      .describe('Trust lost when asked about a topic the client is not ready for (× probing sensitivity).'),
    turnLimit: z
      .number()
      .int()
      .min(1)
      .max(500)
      .default(40)
      .describe('Trainee turns before the session ends.'),
    cueChance: z.number().min(0).max(1).default(0.6).describe('Chance a reply comes with a non-verbal cue.'),
    tooFastMoves: z
      .array(z.enum(MOVES))
      .default(['affirmation', 'self_disclosure'])
      .describe('Moves that buy no trust while the client is still guarded (flattery, over-familiarity).'),
  })
  .strict();

const disclosure = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes'),
    title: line.describe('Public title, shown as "disclosure reached: <title>".'),
    topics: z
      .array(line)
      .min(1)
      .describe(
        'Words and phrases that mean the trainee is asking about this. Small and generic words ' +
          '(talk, today, feel, happened…) are ignored, so each topic needs a word naming the subject.',
      ),
    minTrust: percent.default(0),
    minOpenness: percent.default(0),
    requires: z.array(z.string()).default([]).describe('Ids of disclosures that must come first.'),
    volunteer: z.boolean().default(true).describe('Whether the client may bring this up unasked once ready.'),
    text: line.describe('What the client says when disclosing.'),
    cue: line.optional(),
    more: lines
      .optional()
      .describe('Said when asked about it again after disclosing: more of the story, never the same words.'),
    recall: lines
      .optional()
      .describe(
        'Said in a later session when asked about it again: the client refers back ("Like I said last week…").',
      ),
  })
  .strict();

const returning = z
  .object({
    drift: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe(
        'How far trust (and openness) fall back toward the baseline between sessions: 0 none, 1 all the way.',
      ),
    openings: z
      .object({
        warm: lines.optional().describe('The last session ended well (trust at `open` or above).'),
        guarded: lines.optional().describe('The last session ended part of the way there.'),
        hurt: lines.optional().describe('The last session ended in a walk-out or while withdrawn.'),
      })
      .strict()
      .default({})
      .describe('How the client opens a later session, by how the last one ended (else `opening`).'),
  })
  .strict();

/** Lines by how far the client has opened up: the short version first, more when open. */
const byDepth = {
  guarded: lines.optional().describe('The short version: guarded, tentative (unless given) and withdrawn.'),
  tentative: lines.optional().describe('A little more, once tentative.'),
  open: lines.optional().describe('More, once open or disclosing.'),
};

const answer = z
  .object({
    words: z
      .array(line)
      .min(1)
      .optional()
      .describe(
        'Words and phrases that mean a question is about this subject: added to a built-in ' +
          'subject, or the words of a subject of the persona’s own.',
      ),
    ...byDepth,
    closed: lines.optional().describe('The plain answer to a yes/no question on this subject.'),
  })
  .strict();

const riskLines = z
  .object({
    ...byDepth,
    disclosing: lines.optional().describe('When disclosing (else `open`).'),
  })
  .strict();

const risk = riskLines
  .extend({
    others: riskLines
      .optional()
      .describe('Answers to a question about harming someone else (else the lines above).'),
    safety: riskLines
      .optional()
      .describe(
        'Answers to a question about being safe, e.g. "Are you safe at home?" (else the lines above).',
      ),
  })
  .strict();

const feeling = z
  .object({
    feeling: line.describe('A feeling word the scorer knows, e.g. guilty, scared, numb, angry.'),
    about: z.string().default('').describe('What it is about, for educators and the guide.'),
    strength: z.enum(['mild', 'moderate', 'strong']).default('moderate'),
  })
  .strict();

const notSo = z
  .object({
    says: z
      .array(line)
      .min(1)
      .describe('Phrases a trainee might say that get the facts wrong, e.g. "Lena died".'),
    correction: lines.describe('How the client puts it right.'),
  })
  .strict();

const endings = z
  .object({
    walkout: lines.prefault(['I think I need to go now.']),
    'turn-limit': lines.prefault(['I think that’s our time. Thank you.']),
    'time-limit': lines.prefault(['I think that’s our time. Thank you.']),
    trainee: lines.prefault(['Okay. Thank you.']),
  })
  .strict();

export const personaSchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .describe('Path to persona.schema.json, for editors that read it from the file.'),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes')
      .describe('Stable id, e.g. `maya`: lower-case letters, digits and dashes.'),
    name: line.describe('The name the client goes by.'),
    age: z.number().int().min(10).max(110),
    pronouns: line.default('they/them').describe('e.g. she/her, he/him, they/them.'),
    difficulty: z
      .enum(['introductory', 'intermediate', 'advanced'])
      .default('intermediate')
      .describe('How hard the client is for a trainee, shown in the persona picker.'),
    tags: z.array(line).default([]).describe('Short public tags for the picker, e.g. [trauma, grief].'),
    referral: line.describe('The public referral note: all the trainee sees before the session.'),
    contentNotes: z
      .array(line)
      .default([])
      .describe(
        'Public content notes shown on the card before a session starts, e.g. "a road traffic collision", "bereavement".',
      ),
    educatorNotes: z.string().default('').describe('For educators only; never sent to the browser.'),
    background: z.string().default('').describe('Private backstory; never sent to the browser.'),
    culture: z.string().default('').describe('Culture and identity notes for educators.'),
    start: z
      .object({ trust: percent.default(20), openness: percent.default(15) })
      .strict()
      .default({ trust: 20, openness: 15 })
      .describe('Trust and openness (0–100) when the session begins; trust is also the first baseline.'),
    dynamics: dynamics
      .default(dynamics.parse({}))
      .describe(
        'How fast trust and openness move, where the phases begin, and when the client withdraws or leaves.',
      ),
    sensitivities: (
      z
        .object(Object.fromEntries(MOVES.map((move) => [move, multiplier.optional()] as const)))
        .strict() as unknown as z.ZodType<Partial<Record<Move, number>>>
    )
      .default({})
      .describe('Multipliers per move: `probing: 2.5` makes probing hurt two and a half times as much.'),
    opening: lines.describe('The client’s first line(s); one is chosen.'),
    replies: z
      .object(
        Object.fromEntries(SPEAKING_PHASES.map((phase) => [phase, replyPool] as const)) as Record<
          SpeakingPhase,
          typeof replyPool
        >,
      )
      .strict()
      .describe(
        'What the client says in each phase, by the trainee’s dominant move; every phase needs `default`.',
      ),
    deflections: lines
      .prefault(['I’d rather not go into that right now.', 'Can we… not, just yet?'])
      .describe('Said when asked about something the client is not ready to share.'),
    repairs: lines
      .prefault(['…Okay. Thank you for saying that.'])
      .describe('Said when the trainee repairs a rupture.'),
    answers: z
      .record(id, answer)
      .default({})
      .describe(
        'What the client says when asked about a subject (sleep, work, home, family, friends, ' +
          'evenings, eating, health, drinking, reason, hopes, feeling-now, past-help, or one of ' +
          'the persona’s own with `words`), by depth.',
      ),
    risk: risk
      .optional()
      .describe(
        'How the client answers a question about suicide, self-harm, harm to others or safety, by ' +
          'phase. Honest and consistent with the file. Without it the client gives a plain, safe no.',
      ),
    feelings: z
      .array(feeling)
      .default([])
      .describe('What the client feels: a reflection naming one of these (or a near one) fits.'),
    notSo: z
      .array(notSo)
      .default([])
      .describe('What is simply not so: a reflection that says it gets the facts wrong and is corrected.'),
    corrections: lines
      .prefault(['No… that’s not really it.', 'I wouldn’t put it like that.'])
      .describe('Said when a reflection names a feeling the client does not have.'),
    repetition: lines
      .prefault(['You’ve said that already.', 'I think you asked me that.'])
      .describe('Said when the trainee says the same thing a third time, or asks again what was answered.'),
    unclear: lines
      .prefault(['Sorry? I didn’t follow that.', 'I’m not sure what you mean.'])
      .describe('Said when the trainee’s words cannot be understood (keyboard gibberish).'),
    cues: (
      z
        .object(Object.fromEntries(SPEAKING_PHASES.map((phase) => [phase, lines.optional()] as const)))
        .strict() as unknown as z.ZodType<
        Partial<Record<SpeakingPhase, Line[]>>,
        Partial<Record<SpeakingPhase, LineInput[]>>
      >
    )
      .default({})
      .describe('Non-verbal cues by phase, shown as stage directions ("looks at the floor").'),
    disclosures: z.array(disclosure).default([]).describe('Staged disclosures, shallowest first.'),
    returning: returning
      .prefault({})
      .describe('The same client in a later session: how it opens, and how far trust drifts back.'),
    endings: endings.prefault({}).describe('The client’s last line, by how the session ended.'),
  })
  .strict();

export type Persona = z.output<typeof personaSchema>;
export type PersonaInput = z.input<typeof personaSchema>;
export type Disclosure = Persona['disclosures'][number];
export type Dynamics = Persona['dynamics'];
export type Answer = Persona['answers'][string];
export type Risk = NonNullable<Persona['risk']>;
