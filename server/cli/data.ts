import path from 'node:path';
import { readConfig } from '../config.js';
import { backupTo, deleteTrainee, purgeOlderThan } from '../course/dataCare.js';

// npm run data:purge -- --older-than DAYS [--dry-run]
// npm run data:delete -- --trainee NAME [--dry-run]
// npm run data:backup -- FILE
// See server/course/dataCare.ts for what each does with SQLite and with PostgreSQL.
const [command, ...args] = process.argv.slice(2);

function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The value after a flag (`--trainee Ana`), or undefined. */
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const dryRun = args.includes('--dry-run');
const sessions = (n: number) => `${n} session${n === 1 ? '' : 's'}`;
const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = readConfig(process.env);
  if (command === 'purge') {
    const raw = option('--older-than');
    const days = Number(raw);
    if (raw === undefined || !Number.isInteger(days) || days < 1) {
      stop('Usage: npm run data:purge -- --older-than DAYS [--dry-run]   (DAYS a whole number, 1 or more)');
    }
    const { ids, cutoff } = await purgeOlderThan(config, days, { dryRun });
    const when = new Date(cutoff).toISOString();
    say(
      dryRun
        ? `Would delete ${sessions(ids.length)} last active before ${when}${ids.length ? `: ${ids.join(', ')}` : '.'}`
        : `Deleted ${sessions(ids.length)} last active before ${when} (older than ${days} days), with their turns, debriefs and labels.`,
    );
  } else if (command === 'delete') {
    const name = option('--trainee');
    if (name === undefined) stop('Usage: npm run data:delete -- --trainee NAME [--dry-run]');
    const ids = await deleteTrainee(config, name, { dryRun });
    if (ids.length === 0) say(`No sessions of a trainee named '${name}' (the whole name, ignoring case).`);
    else
      say(
        dryRun
          ? `Would delete ${sessions(ids.length)} of '${name}': ${ids.join(', ')}`
          : `Deleted ${sessions(ids.length)} of '${name}', with their turns, debriefs and labels.`,
      );
  } else if (command === 'backup') {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) stop('Usage: npm run data:backup -- FILE');
    // npm runs scripts from the project's folder; a relative FILE means where the command was typed.
    const copy = await backupTo(config, path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
    say(
      `Backed up the SQLite database to ${file}: ${sessions(copy.sessions)}, schema version ${copy.version}, ` +
        `${Math.ceil(copy.bytes / 1024)} kB, checked.`,
    );
  } else {
    stop(
      'Usage: tsx server/cli/data.ts purge|delete|backup … (see npm run data:purge, data:delete, data:backup)',
    );
  }
} catch (err) {
  stop(err instanceof Error ? err.message : String(err));
}
