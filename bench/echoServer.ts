/**
 * The transport's floor: a bare socket.io server that does the least a turn can do — answer
 * one acknowledged emit and push one event back. Same Node, same socket.io, same loopback as
 * Rapport, no express, no storage, no engine. Run as a child process by bench/transport.ts.
 */
import http from 'node:http';
import { Server } from 'socket.io';

const httpServer = http.createServer((_req, res) => {
  res.writeHead(404).end();
});
const io = new Server(httpServer, { serveClient: false });

io.on('connection', (socket) => {
  let turn = 0;
  socket.on('say', (payload: { text?: unknown }, ack: unknown) => {
    turn++;
    if (typeof ack === 'function') ack({ ok: true, data: { turn } });
    socket.emit('echo', { turn, text: typeof payload?.text === 'string' ? payload.text : '' });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Echo is running at http://127.0.0.1:${port}/\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
