/**
 * V8 settings for the server process, set before anything else is loaded: server/index.ts imports
 * this module first (so `npm start` and every server the benchmarks spawn have them), and the
 * engine benchmark (bench/engine.ts) imports it before the engine, so it measures the engine as
 * the server runs it.
 *
 * `--no-allocation-site-pretenuring`: V8 watches each object and array literal in the code and,
 * once most of what one made survived a young-generation collection, makes that literal allocate
 * straight into the old generation. A turn's objects live for one turn, but early on (while
 * the young generation is still small, and while per-persona caches fill) some of the turn's
 * literals are judged long-lived. From then on each turn leaves a few of its objects in the old
 * generation, dead but only freed by a full collection, and every young object they point to is
 * copied by each young collection as if alive. In the bench's turn loop that was ~220 kB copied
 * per young collection (1.2–1.8 ms, about one turn in 100 — the whole of the turn's p99) against
 * ~20 kB without pretenuring; the allocation per turn and the number of collections are the same.
 * Node documents setting V8 flags after start-up as possibly unpredictable; this one is read only
 * when V8 collects garbage or makes a literal, and is set before any of Rapport's code runs.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--no-allocation-site-pretenuring');
