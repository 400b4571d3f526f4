/**
 * Runs async tasks one at a time, in the order they were queued: a single database connection
 * must not have one transaction's statements interleaved with another's.
 */
export function createExclusive() {
  let tail: Promise<unknown> = Promise.resolve();
  return function exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    const run = tail.then(task);
    // The next task waits for this one whether it succeeded or failed.
    tail = run.catch(() => {});
    return run;
  };
}
