import path from 'node:path';
import { buildPage } from '../buildPage.js';

// `npm run build`: builds the page into dist/client with Vite, and records what it was built
// from, so `npm start` knows it is current (and a production start can serve it without Vite).
const root = path.resolve(import.meta.dirname, '../..');
const started = Date.now();
const out = await buildPage(root);
process.stderr.write(
  `built the page into ${path.relative(process.cwd(), out) || '.'} in ${Date.now() - started} ms\n`,
);
