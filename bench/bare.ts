/**
 * The baseline of DESIGN §10: a bare Fastify route in its own process that answers every
 * POST /graphql with exactly the bytes in the file given as argv[2] (the gateway's warm answer), as
 * `application/json`. What the HTTP stack alone sustains here; a warm cache hit can approach it only
 * by skipping execution and serialization. Prints `BARE_UP <origin>`.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: bare.ts <response-bytes-file>');
  process.exit(2);
}
const bytes = readFileSync(file);
const app = Fastify({ logger: false });
app.post('/graphql', async (_request, reply) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(bytes),
);
const origin = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`BARE_UP ${origin}`);
process.on('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
