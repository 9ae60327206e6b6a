import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrowdCentSimulator, type CrowdCentSimulator } from '../../simulators/index.js';
import { ALICE, at } from '../support/stack.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RATE_LIMIT = 12;

interface Replica {
  url: string;
  child: ChildProcess;
}

/** `npm start`'s entry point in its own Node process, configured like a production replica. */
async function startReplica(env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /crowdgraph is up: (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`replica exited with ${String(code)}:\n${output}`));
    });
  });
  return { url, child };
}

/** SIGTERM, as an orchestrator sends it; resolves with the exit code. */
async function stopReplica(replica: Replica): Promise<number | null> {
  if (replica.child.exitCode !== null) return replica.child.exitCode;
  const exited = once(replica.child, 'exit') as Promise<[number | null, string | null]>;
  replica.child.kill('SIGTERM');
  const [code] = await exited;
  return code;
}

async function post(replica: Replica, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await request(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crowdcent-api-key': ALICE },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, body: await response.body.json() };
}

/**
 * Two gateway processes — not two apps in one process — against the real Redis on 127.0.0.1:6379:
 * whatever one replica learns (cached data, persisted query hashes, rate-limit counts) the other uses.
 */
describe('two gateway processes on one Redis', () => {
  let sim: CrowdCentSimulator;
  let one: Replica;
  let two: Replica;
  let sent = 0;
  const send = (replica: Replica, body: unknown) => {
    sent += 1;
    return post(replica, body);
  };

  beforeAll(async () => {
    sim = await startCrowdCentSimulator({ trainingRows: 50 });
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      // Not 'test': Apollo changes its signal handling under NODE_ENV=test, and the drain is checked.
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SIMULATORS: 'off',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CACHE_NAMESPACE: `procs-${randomUUID()}`,
      CROWDGRAPH_SECRET: randomBytes(32).toString('base64url'),
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      CROWDCENT_BASE_URL: sim.baseUrl,
      CROWDFLOWER_ENABLED: 'false',
      GRAND_CHALLENGE_ENABLED: 'false',
      CROWDAI_ENABLED: 'false',
      ARENA_ENABLED: 'false',
    };
    [one, two] = await Promise.all([startReplica(env), startReplica(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([one, two].filter(Boolean).map((replica) => stopReplica(replica)));
    await sim?.close();
  });

  it('runs as separate processes', () => {
    expect(one.child.pid).toBeDefined();
    expect(one.child.pid).not.toBe(two.child.pid);
    expect(one.url).not.toBe(two.url);
  });

  it('serves a query cached by the first replica from the second with zero upstream calls', async () => {
    const query = `{ crowdcent { challenges { nodes { slug trainingDatasets { nodes { version } } } } } }`;
    const first = await send(one, { query });
    expect(at(first.body, 'errors')).toBeUndefined();
    const calls = sim.log.count({ path: /^\/api\// });
    expect(calls).toBeGreaterThan(0);
    const second = await send(two, { query });
    expect(second.body).toEqual(first.body);
    expect(sim.log.count({ path: /^\/api\// })).toBe(calls);
  });

  it('answers a persisted query hash on the replica that never saw the query', async () => {
    const query = `{ crowdcent { viewer { username } } }`;
    const hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const unknown = await send(two, { extensions });
    expect(at(unknown.body, 'errors', 0, 'extensions', 'code')).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await send(one, { query, extensions });
    expect(at(registered.body, 'data', 'crowdcent', 'viewer', 'username')).toBe('alice');
    const byHash = await send(two, { extensions });
    expect(at(byHash.body, 'data', 'crowdcent', 'viewer', 'username')).toBe('alice');
  });

  it('counts the rate limit across both replicas', async () => {
    const replicas = [one, two];
    const statuses: number[] = [];
    // Alternate between the replicas until one refuses. A per-process counter would allow
    // RATE_LIMIT requests on each; a shared one refuses the (RATE_LIMIT + 1)th overall.
    while (sent < RATE_LIMIT * 2) {
      const replica = replicas[sent % 2] ?? one;
      const { status, body } = await send(replica, { query: '{ platforms { name } }' });
      statuses.push(status);
      if (status === 429) {
        expect(at(body, 'errors', 0, 'extensions', 'code')).toBe('RATE_LIMITED');
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    expect(sent).toBe(RATE_LIMIT + 1);
  });

  it('drains and exits 0 on SIGTERM', async () => {
    // Exit code 1 means the 15 s forced-exit fallback fired: something in the drain never settled.
    expect(await stopReplica(one)).toBe(0);
  }, 30_000);
});
