import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrowdCentSimulator, type CrowdCentSimulator } from '../../simulators/index.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';
import { ALICE, at } from '../support/stack.js';

const RATE_LIMIT = 12;

async function post(replica: GatewayProcess, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await request(`${replica.origin}/graphql`, {
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
  let one: GatewayProcess;
  let two: GatewayProcess;
  let sent = 0;
  const send = (replica: GatewayProcess, body: unknown) => {
    sent += 1;
    return post(replica, body);
  };

  beforeAll(async () => {
    sim = await startCrowdCentSimulator({ trainingRows: 50 });
    const env = {
      // Not 'test': Apollo changes its signal handling under NODE_ENV=test, and the drain is checked.
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
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
    [one, two] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([one, two].filter(Boolean).map((replica) => replica.stop()));
    await sim?.close();
  });

  it('runs as separate processes', () => {
    expect(one.child.pid).toBeDefined();
    expect(one.child.pid).not.toBe(two.child.pid);
    expect(one.origin).not.toBe(two.origin);
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
    expect(await one.stop()).toBe(0);
  }, 30_000);
});
