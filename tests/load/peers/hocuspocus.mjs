// @hocuspocus/server 3.4 with no extensions: documents live in memory only, any token is accepted.
// Plain JavaScript so that, like the other servers, it runs under plain `node` with no loader in the process.
// Usage: HOST=127.0.0.1 PORT=1234 node peers/hocuspocus.mjs
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env.PORT ?? 1234),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
});
await server.listen();
console.log(`hocuspocus listening on ${server.address.address}:${server.address.port}`);
