/**
 * `npm run personas:check [files…]`: validates persona files (all of personas/*.yaml when none
 * are named). Each problem is printed as "<file> line L, column C: <field> <plain words>".
 * `--json` prints one JSON line per file instead: { file, ok, errors }. Exit 1 on any error.
 */
import { loadPersonaFiles, personaFilesIn } from '../personas/loadPersonas.js';
import { exitQuietlyOnClosedPipe } from '../personas/quietPipe.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
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

const { personas, errors } = loadPersonaFiles(files);
if (json) {
  for (const file of files) {
    const own = errors.filter((e) => e.file === file);
    process.stdout.write(`${JSON.stringify({ file, ok: own.length === 0, errors: own })}\n`);
  }
} else {
  for (const error of errors) process.stdout.write(`${error.message}\n`);
  const bad = new Set(errors.map((e) => e.file)).size;
  process.stdout.write(
    `${personas.size} persona${personas.size === 1 ? '' : 's'} ok` +
      (bad > 0
        ? `, ${bad} file${bad === 1 ? '' : 's'} with ${errors.length} problem${errors.length === 1 ? '' : 's'}`
        : '') +
      '\n',
  );
}
process.exitCode = errors.length > 0 || files.length === 0 ? 1 : 0;
