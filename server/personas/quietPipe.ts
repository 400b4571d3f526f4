/**
 * Makes a CLI stop quietly when whoever reads its output goes away, as `head` does in
 * `npm run personas:test | head`: the next write fails with EPIPE, which is not an error worth a
 * stack trace. Any other write error still surfaces.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    // Nobody is reading any more: what is left to say has nowhere to go.
    process.exit(process.exitCode ?? 0);
  });
}
