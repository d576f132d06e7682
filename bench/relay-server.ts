import { createServer } from 'node:http';
import { Server } from 'socket.io';

/**
 * The baseline for `npm run bench:room`: the least a Socket.IO server can do to carry a phone's
 * vote to its room's projector. It joins each socket to a Socket.IO room and forwards every vote
 * as it came, with the room server's transport, buffer limit and ack-then-emit order, but without
 * parsing, rate limits, a store or a tally. docs in bench/README.md ("Room server").
 */
const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

type Ack = (answer: { ok: boolean }) => void;

io.on('connection', (socket) => {
  let room = '';
  socket.on('host', async (code: string, ack: Ack) => {
    await socket.join(`host:${code}`);
    ack({ ok: true });
  });
  socket.on('join', async (code: string, ack: Ack) => {
    room = code;
    await socket.join(`phones:${code}`);
    ack({ ok: true });
  });
  socket.on('vote', (ballot: { tag: string; key: string }, ack: Ack) => {
    ack({ ok: true });
    io.to(`host:${room}`).emit('relay', ballot);
  });
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  console.log(`[relay] listening on port ${typeof address === 'object' && address ? address.port : 0}`);
});

function stop(): void {
  io.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
