/**
 * `npm run personas:check [files…]`: validates persona files (all of personas/*.yaml when none
 * are named). Each problem is printed as "<file> line L, column C: <field> <plain words>", each
 * warning the same after "warning: " (the persona still loads: e.g. an older file without a risk
 * section). `--json` prints one JSON line per file instead: { file, ok, errors, warnings }. Exit 1
 * on any error; warnings alone exit 0.
 */
import { loadPersonaFiles, personaFilesIn } from '../personas/loadPersonas.js';
import { exitQuietlyOnClosedPipe } from '../personas/quietPipe.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const USAGE =
  'npm run personas:check -- [--json] [persona files…]\n  Checks the files named, or every persona in personas/. --json: one JSON line per file.\n';
if (args.includes('--help')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
if (unknown) {
  process.stdout.write(`${unknown} is not an option of personas:check.\n${USAGE}`);
  process.exit(2);
}
const json = args.includes('--json');
const named = args.filter((a) => a !== '--json');
// Naming a file twice should not look like two personas sharing an id.
const files = named.length > 0 ? [...new Set(named)] : filesInPersonas();

function filesInPersonas(): string[] {
  try {
    return personaFilesIn('personas');
  } catch {
    process.stdout.write(
      'No personas/ folder here: run this from the project root, or name the files to check.\n',
    );
    return [];
  }
}

const { personas, errors, warnings } = loadPersonaFiles(files);
if (json) {
  for (const file of files) {
    const own = errors.filter((e) => e.file === file);
    const warned = warnings.filter((e) => e.file === file);
    process.stdout.write(
      `${JSON.stringify({ file, ok: own.length === 0, errors: own, warnings: warned })}\n`,
    );
  }
} else {
  for (const error of errors) process.stdout.write(`${error.message}\n`);
  for (const warning of warnings) process.stdout.write(`warning: ${warning.message}\n`);
  const bad = new Set(errors.map((e) => e.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  process.stdout.write(
    `${plural(personas.size, 'persona')} ok` +
      (bad > 0 ? `, ${plural(bad, 'file')} with ${plural(errors.length, 'problem')}` : '') +
      (warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : '') +
      '\n',
  );
}
process.exitCode = errors.length > 0 || files.length === 0 ? 1 : 0;
