import { addEducator } from '../course/accounts.js';
import { readConfig } from '../config.js';
import { openCourseOnly } from '../store/openCourse.js';
import { readSecret } from './secret.js';

// npm run --silent educator:add -- EMAIL [--reset]
// Makes an educator account (or, with --reset, gives one a new password and signs it out
// everywhere). The password is read from standard input: typed twice without echo at a
// terminal, or the first line of whatever is piped in. Works while the server is running.
const args = process.argv.slice(2);
const reset = args.includes('--reset');
const [email, ...extra] = args.filter((a) => a !== '--reset');

function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!email || extra.length > 0 || email.startsWith('-')) {
  stop(
    'Usage: npm run --silent educator:add -- EMAIL [--reset]   (the password is read from standard input)',
  );
}

const password = process.stdin.isTTY
  ? await (async () => {
      const first = await readSecret(`Password for ${email}: `);
      const again = await readSecret('Once more: ');
      if (first !== again) stop('The two passwords differ; nothing was changed.');
      return first;
    })()
  : await readFirstLine();

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

let opened: Awaited<ReturnType<typeof openCourseOnly>> | undefined;
try {
  opened = await openCourseOnly(readConfig(process.env));
  const done = await addEducator(opened.course, email, password, { reset });
  process.stdout.write(
    done === 'added'
      ? `Educator account made for ${email.toLowerCase()}. Sign in at /educator on the Rapport server.\n`
      : `New password set for ${email.toLowerCase()}; every browser signed in with the old one is signed out.\n`,
  );
} catch (err) {
  await opened?.close();
  stop(err instanceof Error ? err.message : String(err));
}
await opened.close();
