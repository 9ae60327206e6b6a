import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ARENA_DEMO_USERS } from '../../simulators/index.js';
import { startStack, type Stack } from '../support/stack.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const alice = ARENA_DEMO_USERS.find((user) => user.username === 'alice')!;
const asAlice = { 'x-arena-username': alice.username, 'x-arena-password': alice.password };

/** Long enough that the job list answers well after the look-ahead reads started. */
const LATENCY_MS = 30;

/** Shared-cache look-ups (hit, miss or stale) the gateway made for one Arena resource so far. */
async function cacheReads(stack: Stack, resource: string): Promise<number> {
  const { values } = await stack.gateway.metrics.cacheRequests.get();
  return values
    .filter((v) => v.labels.platform === 'ARENA' && v.labels.resource === resource)
    .reduce((sum, v) => sum + v.value, 0);
}

/**
 * A whole Arena list that a request both reads ahead (beside the job list) and later loads (jobs'
 * datasets and rounds) is one read: one shared-cache look-up — one Redis round trip — and one
 * upstream call, not one per reader. Against both cache backends, and for `Cache-Control: no-cache`.
 */
describe.each([
  { backend: 'memory', env: (): Record<string, string> => ({}) },
  {
    backend: 'redis',
    env: (): Record<string, string> => ({ REDIS_URL, CACHE_NAMESPACE: `test-${randomUUID()}` }),
  },
])('Arena whole-list reads per request ($backend)', ({ env }) => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.close();
    stack = undefined;
  });

  it.each([
    { freshness: 'cached', headers: {} as Record<string, string> },
    { freshness: 'no-cache', headers: { 'cache-control': 'no-cache' } },
  ])(
    'reads the dataset and round lists once for the look-ahead and the jobs’ loaders ($freshness)',
    async ({ headers }) => {
      stack = await startStack({ env: env(), arena: { latencyMs: LATENCY_MS } });
      const query = `{ arena { jobs(first: 5) { nodes { status dataset { name } round { name } } } } }`;
      const { body } = await stack.gql(query, undefined, { ...asAlice, ...headers });
      expect(body.errors).toBeUndefined();
      const nodes = (body.data as { arena: { jobs: { nodes: Array<{ dataset: unknown }> } } }).arena.jobs
        .nodes;
      expect(nodes.length).toBeGreaterThan(1);
      expect(nodes.every((node) => node.dataset !== null)).toBe(true);
      const log = stack.arena!.log;
      expect(log.count({ path: '/api/datasets/' })).toBe(1);
      expect(log.count({ path: '/api/rounds/' })).toBe(1);
      expect(await cacheReads(stack, 'datasets')).toBe(1);
      expect(await cacheReads(stack, 'rounds')).toBe(1);
    },
  );

  it('serves the root list fields and the loaders from the same read', async () => {
    stack = await startStack({ env: env(), arena: { latencyMs: LATENCY_MS } });
    const { body } = await stack.gql(
      `{ arena { datasets { name } rounds { name datasets { name } } round(roundId: "1") { name }
          dataset(datasetId: "1") { name } jobs(first: 5) { nodes { dataset { name } round { name } } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(await cacheReads(stack, 'datasets')).toBe(1);
    expect(await cacheReads(stack, 'rounds')).toBe(1);
  });
});
