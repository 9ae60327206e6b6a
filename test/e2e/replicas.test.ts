import { createHash, randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startCrowdCentSimulator } from '../../simulators/index.js';
import { ALICE, at, startStack, type Stack } from '../support/stack.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

async function persisted(
  stack: Stack,
  hash: string,
  query?: string,
): Promise<{ status: number; body: unknown }> {
  const response = await request(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crowdcent-api-key': ALICE },
    body: JSON.stringify({
      ...(query ? { query } : {}),
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  });
  return { status: response.statusCode, body: await response.body.json() };
}

/** Two gateway processes' worth of state on one Redis: cache, persisted queries, rate limit. */
describe('replicas sharing Redis', () => {
  const stacks: Stack[] = [];
  afterEach(async () => {
    await Promise.all(stacks.splice(0).map((s) => s.close()));
  });

  it('serves a persisted query registered on one replica from the other', async () => {
    const sim = await startCrowdCentSimulator({ trainingRows: 50 });
    try {
      const env = { REDIS_URL, CACHE_NAMESPACE: `apq-${randomUUID()}` };
      const one = await startStack({ sim, env });
      const two = await startStack({ sim, env });
      stacks.push(one, two);
      const query = `{ crowdcent { challenges { totalCount } } }`;
      const hash = createHash('sha256').update(query).digest('hex');
      const unknown = await persisted(two, hash);
      expect(at(unknown.body, 'errors', 0, 'extensions', 'code')).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registered = await persisted(one, hash, query);
      expect(at(registered.body, 'data', 'crowdcent', 'challenges', 'totalCount')).toBe(2);
      const calls = sim.log.count({ path: /^\/api\// });
      const fromOther = await persisted(two, hash);
      expect(at(fromOther.body, 'data', 'crowdcent', 'challenges', 'totalCount')).toBe(2);
      // The data came from the shared cache as well: no upstream call for the second replica.
      expect(sim.log.count({ path: /^\/api\// })).toBe(calls);
    } finally {
      await Promise.all(stacks.splice(0).map((s) => s.close()));
      await sim.close();
    }
  });
});
