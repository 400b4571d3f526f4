/**
 * `npm run personas:test [persona files…] [golden files…]`: runs the golden transcripts
 * (personas/tests/*.golden.yaml by default) through the real scorer and client, and reports every
 * expectation missed. A persona file named beside them (any `.yaml` that is not `.golden.yaml`,
 * e.g. a draft outside personas/) is used in place of the one in personas/ with the same id.
 * `--verbose` prints each turn. Exit 1 if any transcript fails or a file cannot be used.
 */
import { runGolden } from '../../engine/simulation/golden.js';
import { goldenFilesIn, loadGoldenFile } from '../personas/loadGolden.js';
import { loadPersonaDir, loadPersonaFiles } from '../personas/loadPersonas.js';
import { exitQuietlyOnClosedPipe } from '../personas/quietPipe.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const USAGE =
  'npm run personas:test -- [--verbose] [persona files…] [golden files…]\n  Runs the golden files named, or personas/tests/*.golden.yaml; a persona file named is used in place of the one in personas/ with its id. --verbose: every turn.\n';
if (args.includes('--help')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const unknown = args.find((a) => a.startsWith('--') && a !== '--verbose');
if (unknown) {
  process.stdout.write(`${unknown} is not an option of personas:test.\n${USAGE}`);
  process.exit(2);
}
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
const isGolden = (file: string) => /\.golden\.ya?ml$/i.test(file);
const drafts = named.filter((file) => !isGolden(file));
const goldens = named.filter(isGolden);
const files = goldens.length > 0 ? goldens : drafts.length > 0 ? [] : goldenFilesIn('personas/tests');
const out = (line: string) => process.stdout.write(`${line}\n`);

const library = loadPersonaDir('personas');
const drafted = loadPersonaFiles(drafts);
const personas = new Map([...library.personas, ...drafted.personas]);
const errors = [...library.errors, ...drafted.errors];
for (const error of errors) out(error.message);
if (drafts.length > 0 && goldens.length === 0)
  out('name a golden file (name.golden.yaml) after the persona file');
let failed = errors.length > 0 || files.length === 0;
if (files.length === 0 && drafts.length === 0) out('no golden transcripts found in personas/tests');

for (const file of files) {
  const { golden, errors: fileErrors } = loadGoldenFile(file, personas);
  for (const error of fileErrors) out(error);
  if (fileErrors.length > 0) failed = true;
  const persona = golden && personas.get(golden.persona);
  if (!golden || !persona) continue;
  for (const transcript of golden.transcripts) {
    const result = runGolden(persona, transcript, golden.seed);
    out(`${result.passed ? 'pass' : 'FAIL'}  ${golden.persona}: ${result.name}`);
    if (verbose || !result.passed) {
      result.log.forEach((turn, i) => {
        const extra = [turn.disclosure && `disclosed ${turn.disclosure}`, turn.ended && `ended ${turn.ended}`]
          .filter(Boolean)
          .join(', ');
        out(
          `   ${i + 1}. ${turn.phase} trust ${turn.trust.toFixed(1)} openness ${turn.openness.toFixed(1)}${extra ? ` (${extra})` : ''}`,
        );
        out(`      trainee: ${turn.say}`);
        out(`      client:  ${turn.reply}${turn.cue ? ` [${turn.cue}]` : ''}  (from ${turn.from})`);
      });
    }
    for (const failure of result.failures) out(`   ✗ ${failure}`);
    if (!result.passed) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
