/**
 * The scorer as a JSON-lines filter: each stdin line `{ "text": "...", "previous"?: "...", "cue"?: "..." }`
 * gives one stdout line `{ "moves": [...], "details": [...] }`, in order. A line that cannot be read
 * gives `{ "error": "..." }` on its own line, so output stays aligned with input. Nothing else is
 * written to stdout. Usage: npm run --silent score < turns.jsonl
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyse } from '../../engine/analysis/analyse.js';

const Line = z.object({
  text: z.string(),
  previous: z.string().optional(),
  cue: z.string().optional(),
});

/** Score one input line; never throws. */
function scoreLine(line: string): string {
  if (line.trim() === '') return JSON.stringify({ error: 'Empty line: send one JSON object per line.' });
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({
      error: 'Line is not valid JSON: send one object per line, e.g. {"text":"How are you?"}.',
    });
  }
  const parsed = Line.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `field "${issue.path.join('.')}"` : 'line';
    return JSON.stringify({
      error: `Invalid ${where}: ${issue?.message ?? 'unreadable'}. Expected {"text": string, "previous"?: string, "cue"?: string}.`,
    });
  }
  const { text, previous, cue } = parsed.data;
  const analysis = analyse(text, {
    ...(previous !== undefined ? { previous } : {}),
    ...(cue !== undefined ? { cue } : {}),
  });
  return JSON.stringify({ moves: analysis.moves, details: analysis.details });
}

const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of rl) {
  process.stdout.write(`${scoreLine(line)}\n`);
}
