/**
 * The cold floor's server (bench/replay.ts), in its own process like the gateway: PUT /plan stores a
 * replay plan; each POST /replay then sends the plan's upstream calls wave by wave (a wave's calls
 * together, the next wave once all have answered), JSON.parses every body and answers with the
 * number of calls. Nothing else: what a cold query's upstream calls cost on this machine before any
 * gateway work. Prints `BARE_PROXY_UP <origin>`.
 */
import Fastify from 'fastify';
import { request } from 'undici';
import type { ReplayCall, ReplayPlan } from './replay.js';

let plan: ReplayPlan = [];

const isCall = (value: unknown): value is ReplayCall => {
  if (value === null || typeof value !== 'object') return false;
  const call = value as Record<string, unknown>;
  return (
    typeof call.method === 'string' &&
    typeof call.url === 'string' &&
    call.headers !== null &&
    typeof call.headers === 'object' &&
    Object.values(call.headers).every((v) => typeof v === 'string')
  );
};

async function send(call: ReplayCall): Promise<void> {
  const response = await request(call.url, { method: call.method, headers: call.headers });
  const text = await response.body.text();
  if (response.statusCode >= 400) throw new Error(`${call.method} answered ${response.statusCode}`);
  JSON.parse(text);
}

const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
app.put('/plan', async (req, reply) => {
  const body: unknown = req.body;
  if (!Array.isArray(body) || !body.every((wave) => Array.isArray(wave) && wave.every(isCall))) {
    return reply.code(400).send({ error: 'a plan is a list of waves of calls' });
  }
  plan = body as ReplayPlan;
  return { waves: plan.length };
});
app.post('/replay', async () => {
  let calls = 0;
  for (const wave of plan) {
    await Promise.all(wave.map(send));
    calls += wave.length;
  }
  return { calls };
});

const origin = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`BARE_PROXY_UP ${origin}`);
process.on('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
