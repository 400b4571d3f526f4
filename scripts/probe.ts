/**
 * `npm run probe [-- --file probe.yaml] [--json] [--verbose] [personas/x.yaml …]`: runs the
 * listening probe (corpus/probe.yaml, or another file of the same shape) on each persona and
 * prints what it found: everyday questions answered on topic, whether the risk question was
 * answered, trust earned by a wrong-feeling reflection, a third repetition and gibberish, and
 * repeated lines and cues in a 20-turn session. Exit 1 when a persona misses a target.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadPersonaFiles, personaFilesIn } from '../server/personas/loadPersonas.js';
import { exitQuietlyOnClosedPipe } from '../server/personas/quietPipe.js';
import { type ProbeResult, probeSchema, runProbe } from './probe/run.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write(
    [
      'npm run probe -- [--verbose] [--json] [--file probe.yaml] [persona files…]',
      '  Plays the listening probe (corpus/probe.yaml) against each persona in personas/, or the files named.',
      '  --verbose  every question and reply, not only a miss',
      '  --json     one JSON line per persona',
      '  --file     another probe file of the same shape',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const fileAt = args.indexOf('--file');
const probeFile = fileAt >= 0 ? args[fileAt + 1] : 'corpus/probe.yaml';
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const named = args.filter((a, i) => !a.startsWith('--') && (fileAt < 0 || i !== fileAt + 1));
if (!probeFile) {
  process.stderr.write('Name the probe file after --file, e.g. --file corpus/probe.yaml\n');
  process.exit(2);
}

const probe = probeSchema.parse(parse(readFileSync(probeFile, 'utf8')));
const { personas, errors } = loadPersonaFiles(named.length > 0 ? named : personaFilesIn('personas'));
for (const error of errors) process.stderr.write(`${error.message}\n`);

/** What the issue asks of every persona. */
export function misses(r: ProbeResult): string[] {
  const out: string[] = [];
  if (r.onTopic < Math.ceil(0.8 * r.asked))
    out.push(`answered ${r.onTopic} of ${r.asked} questions on topic`);
  if (!r.riskAnswered) out.push('did not answer the risk question');
  if (r.wrongFeelingEarned > 0) out.push(`earned ${r.wrongFeelingEarned} from a wrong reflection`);
  if (r.thirdRepeatEarned > 0) out.push(`earned ${r.thirdRepeatEarned} from a third repetition`);
  if (r.gibberishEarned > 0) out.push(`earned ${r.gibberishEarned} from gibberish`);
  if (r.repeatedLines > 0) out.push(`repeated ${r.repeatedLines} lines in the session`);
  if (r.cuesWithinThree > 0) out.push(`showed ${r.cuesWithinThree} cues again within three turns`);
  return out;
}

let failed = errors.length > 0;
for (const persona of personas.values()) {
  const r = runProbe(persona, probe);
  const missed = misses(r);
  if (missed.length > 0) failed = true;
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...r, misses: missed })}\n`);
    continue;
  }
  process.stdout.write(
    `${missed.length === 0 ? 'pass' : 'MISS'}  ${r.persona}: on topic ${r.onTopic}/${r.asked}, risk ${r.riskAnswered ? 'answered' : 'NOT answered'}, ` +
      `earned from wrong reflection ${r.wrongFeelingEarned}, third repetition ${r.thirdRepeatEarned}, gibberish ${r.gibberishEarned}, ` +
      `repeated lines ${r.repeatedLines}, cues within 3 turns ${r.cuesWithinThree} (${r.sessionTurns}-turn session)\n`,
  );
  for (const m of missed) process.stdout.write(`   ✗ ${m}\n`);
  for (const line of r.repeated) process.stdout.write(`     said twice: ${line}\n`);
  for (const cue of r.cuesBack) process.stdout.write(`     cue back within three turns: ${cue}\n`);
  if (verbose || missed.length > 0) {
    for (const a of r.answers) {
      process.stdout.write(`   ${a.onTopic ? ' ' : '✗'} ${a.ask}\n       → ${a.reply}\n`);
      // A miss says which words would have shown the reply is on the subject.
      if (!a.onTopic) process.stdout.write(`       (no word of: ${a.words.join(', ')})\n`);
    }
    process.stdout.write(`     risk → ${r.riskReply}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
