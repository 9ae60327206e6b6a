import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startCrowdCentSimulator } from '../../simulators/index.js';
import { ALICE, BOB, ManualClock, at, apiCalls, startStack, type Stack } from '../support/stack.js';

const NESTED = `{ challenges { nodes { ... on CrowdCentChallenge { slug
  latestTrainingDataset { version } submissions { nodes { submissionId submitter } } } } } }`;

const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * The shared cache, against both backends: memory, and the real Redis on 127.0.0.1:6379 under a
 * namespace of its own per test so runs never see each other's entries.
 */
describe.each([
  { backend: 'memory', env: (): Record<string, string> => ({}) },
  {
    backend: 'redis',
    env: (): Record<string, string> => ({ REDIS_URL, CACHE_NAMESPACE: `test-${randomUUID()}` }),
  },
])('upstream response cache ($backend)', ({ backend, env }) => {
  const stacks: Stack[] = [];
  afterEach(async () => {
    await Promise.all(stacks.splice(0).map((stack) => stack.close()));
  });

  async function stack(extra: Record<string, string> = {}, shared?: Stack): Promise<Stack> {
    const started = await startStack({ env: { ...env(), ...extra }, ...(shared ? { sim: shared.sim } : {}) });
    stacks.push(started);
    return started;
  }

  it('answers a repeated nested query with zero upstream calls', async () => {
    const gateway = await stack();
    const first = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(first.body.errors).toBeUndefined();
    const cold = apiCalls(gateway.sim);
    expect(cold).toBe(5); // challenges + 2 × (training_data + submissions)
    const second = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(second.body).toEqual(first.body);
    expect(apiCalls(gateway.sim)).toBe(cold);
    expect(gateway.gateway.cache.backend).toBe(backend);
  });

  it("never serves one key's cached submissions to another key", async () => {
    const gateway = await stack();
    const alice = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    const callsAfterAlice = apiCalls(gateway.sim);
    const bob = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': BOB });
    const submitters = (body: unknown): string[] =>
      (
        at(body, 'challenges', 'nodes') as Array<{ submissions: { nodes: Array<{ submitter: string }> } }>
      ).flatMap((c) => c.submissions.nodes.map((s) => s.submitter));
    expect(new Set(submitters(alice.body.data))).toEqual(new Set(['alice']));
    expect(new Set(submitters(bob.body.data))).toEqual(new Set(['bob']));
    // Bob's query went upstream in full: nothing of Alice's scope answered it.
    expect(apiCalls(gateway.sim) - callsAfterAlice).toBe(5);
  });

  it('coalesces identical concurrent reads into one upstream call', async () => {
    const gateway = await stack();
    gateway.sim.faults.set({ path: /training_data\/$/, delayMs: 100 });
    const query = `{ crowdcent { challenge(slug: "equity-nlp") { trainingDatasets { totalCount } } } }`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => gateway.gql(query, undefined, { 'x-crowdcent-api-key': ALICE })),
    );
    expect(
      answers.every((a) => at(a.body.data, 'crowdcent', 'challenge', 'trainingDatasets', 'totalCount') === 3),
    ).toBe(true);
    expect(gateway.sim.log.count({ path: /training_data\/$/ })).toBe(1);
  });

  it('serves a stale entry, marked in extensions, when the platform fails after the entry expired', async () => {
    const clock = new ManualClock();
    const gateway = await startStack({ env: env(), clock });
    stacks.push(gateway);
    const query = `{ crowdcent { viewer { username } } }`;
    await gateway.gql(query, undefined, { 'x-crowdcent-api-key': ALICE });
    clock.advance(5 * 60_000);
    gateway.sim.faults.set({ path: /auth\/check/, status: 503 });
    const stale = await gateway.gql(query, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(at(stale.body.data, 'crowdcent', 'viewer', 'username')).toBe('alice');
    expect(stale.body.extensions?.stale).toEqual(['CROWDCENT']);
    expect(gateway.sim.log.count({ path: /auth\/check/ })).toBe(4); // 1 fill + 3 failed attempts
    // Past the stale window the failure shows.
    clock.advance(60 * 60_000);
    const failed = await gateway.gql(query, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  if (backend === 'redis') {
    it("lets a second gateway replica serve the first one's cached data with zero upstream calls", async () => {
      const namespace = `test-${randomUUID()}`;
      const sim = await startCrowdCentSimulator({ trainingRows: 100 });
      try {
        const one = await startStack({ sim, env: { REDIS_URL, CACHE_NAMESPACE: namespace } });
        const two = await startStack({ sim, env: { REDIS_URL, CACHE_NAMESPACE: namespace } });
        stacks.push(one, two);
        const first = await one.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
        const calls = apiCalls(sim);
        const second = await two.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
        expect(second.body).toEqual(first.body);
        expect(apiCalls(sim)).toBe(calls);
        // And the fingerprint scoping holds across replicas too.
        await two.gql(NESTED, undefined, { 'x-crowdcent-api-key': BOB });
        expect(apiCalls(sim)).toBe(calls + 5);
      } finally {
        await Promise.all(stacks.splice(0).map((s) => s.close()));
        await sim.close();
      }
    });
  }
});
