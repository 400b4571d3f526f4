import { z } from 'zod';
import type { ClientTurn } from '../../contract/session.js';
import type { Persona } from '../../engine/persona/schema.js';
import { type EngineState, openSession, traineeTurn } from '../../engine/simulation/engineSession.js';
import { keysOf, saysAny } from '../../engine/simulation/hearing.js';

/** A probe file (corpus/probe.yaml is ours): the lines a pretend trainee says, and how each is judged. */
export const probeSchema = z
  .object({
    warmUp: z.array(z.string().min(1)).default([]),
    questions: z.array(
      z.object({ ask: z.string().min(1), onTopic: z.array(z.string().min(1)).min(1) }).strict(),
    ),
    risk: z.string().min(1),
    wrongFeeling: z.string().min(1),
    repeated: z.string().min(1),
    gibberish: z.string().min(1),
    session: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type Probe = z.output<typeof probeSchema>;

/** What one persona did under the probe. */
export interface ProbeResult {
  persona: string;
  /** Everyday questions whose answer was on topic, of those asked. */
  onTopic: number;
  asked: number;
  /** Each question, the reply and whether it was on topic. */
  answers: { ask: string; reply: string; onTopic: boolean; words: string[] }[];
  /** The risk question got an answer from the client's risk lines (or the safe default). */
  riskAnswered: boolean;
  riskReply: string;
  /** Trust earned by the turn's moves (gains less caps), for each must-earn-nothing check. */
  wrongFeelingEarned: number;
  thirdRepeatEarned: number;
  gibberishEarned: number;
  /** In the 20-turn session: reply lines said twice, and cues back within three turns. */
  repeatedLines: number;
  /** The lines said more than once, and the cues back within three turns, to look for in the file. */
  repeated: string[];
  cuesBack: string[];
  cuesWithinThree: number;
  sessionTurns: number;
}

/** Trust the trainee's moves earned this turn: gains less caps (not decay, floors or disclosure). */
export function earned(reply: ClientTurn): number {
  const sum = (reply.feedback?.changes ?? [])
    .filter((c) => c.meter === 'trust' && (c.rule.startsWith('gain.') || c.rule.startsWith('cap.')))
    .reduce((s, c) => s + c.amount, 0);
  return Math.round(sum * 100) / 100;
}

/** A session after the warm-up, and a way to say the next line in it. */
function session(persona: Persona, probe: Probe, seed: number) {
  let state: EngineState = openSession(persona, seed).state;
  const say = (line: string) => {
    const out = traineeTurn(persona, state, line);
    state = out.state;
    return { reply: out.reply, source: out.source };
  };
  for (const line of probe.warmUp) say(line);
  return say;
}

/** Runs the whole probe on one persona. Pure and seeded: the same seed gives the same result. */
export function runProbe(persona: Persona, probe: Probe, seed = 1): ProbeResult {
  let say = session(persona, probe, seed);
  const answers = probe.questions.map((q) => {
    const { reply } = say(q.ask);
    const text = `${reply.text}`;
    return { ask: q.ask, reply: text, onTopic: saysAny(keysOf(text), q.onTopic), words: q.onTopic };
  });

  say = session(persona, probe, seed);
  const risk = say(probe.risk);

  say = session(persona, probe, seed);
  const wrong = say(probe.wrongFeeling);

  say = session(persona, probe, seed);
  say(probe.repeated);
  say(probe.repeated);
  const third = say(probe.repeated);

  say = session(persona, probe, seed);
  const gibberish = say(probe.gibberish);

  let state = openSession(persona, seed).state;
  const lines: string[] = [];
  const cues: { cue: string; turn: number }[] = [];
  const cuesBack: string[] = [];
  for (const [i, line] of probe.session.entries()) {
    const out = traineeTurn(persona, state, line);
    state = out.state;
    if (out.reply.ended) break;
    lines.push(out.reply.text);
    const cue = out.reply.cue;
    if (cue) {
      if (cues.some((c) => c.cue === cue && i - c.turn < 3)) cuesBack.push(cue);
      cues.push({ cue, turn: i });
    }
  }

  return {
    persona: persona.id,
    onTopic: answers.filter((a) => a.onTopic).length,
    asked: answers.length,
    answers,
    riskAnswered: risk.source.startsWith('risk.') && !risk.reply.ended,
    riskReply: risk.reply.text,
    wrongFeelingEarned: earned(wrong.reply),
    thirdRepeatEarned: earned(third.reply),
    gibberishEarned: earned(gibberish.reply),
    repeatedLines: lines.length - new Set(lines).size,
    repeated: [...new Set(lines.filter((line, i) => lines.indexOf(line) !== i))],
    cuesBack,
    cuesWithinThree: cuesBack.length,
    sessionTurns: lines.length,
  };
}
