import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { ACME, ALICE, BOB, ManualClock, apiCalls, at, startStack, type Stack } from '../support/stack.js';

const NESTED = `{ challenges { nodes { ... on CrowdCentChallenge { slug
  latestTrainingDataset { version } submissions { nodes { submissionId submitter } } } } } }`;
const RUNNING_JOB = 1204373;
const JOB_TITLE = `{ crowdflower { job(jobId: ${RUNNING_JOB}) { title } } }`;
const REDIS_URL = 'redis://127.0.0.1:6379';

function wholeResponseCount(metrics: string, result: 'hit' | 'miss' | 'stored'): number {
  const match = new RegExp(`crowdgraph_whole_response_cache_total\\{result="${result}"\\} (\\d+)`).exec(
    metrics,
  );
  return match ? Number(match[1]) : 0;
}

async function metricsOf(stack: Stack): Promise<string> {
  return (await stack.gateway.app.inject({ method: 'GET', url: '/metrics' })).payload;
}

/**
 * Whole answers replayed to repeated queries (DESIGN §10: a warm hit skips execution and
 * serialization), on both cache backends: the memory one, and the real Redis on 127.0.0.1:6379
 * under a namespace of its own per test.
 */
describe.each([
  { backend: 'memory', env: (): Record<string, string> => ({}) },
  {
    backend: 'redis',
    env: (): Record<string, string> => ({ REDIS_URL, CACHE_NAMESPACE: `test-${randomUUID()}` }),
  },
])('whole-answer cache ($backend)', ({ env }) => {
  const stacks: Stack[] = [];
  afterEach(async () => {
    await Promise.all(stacks.splice(0).map((stack) => stack.close()));
  });

  async function stack(options: Parameters<typeof startStack>[0] = {}): Promise<Stack> {
    const started = await startStack({ ...options, env: { ...env(), ...options.env } });
    stacks.push(started);
    return started;
  }

  it('replays the same bytes to a repeated query without executing it', async () => {
    const gateway = await stack();
    const first = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    const callsAfterFirst = apiCalls(gateway.sim);
    const second = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(second.text).toBe(first.text);
    expect(apiCalls(gateway.sim)).toBe(callsAfterFirst);
    const metrics = await metricsOf(gateway);
    expect(wholeResponseCount(metrics, 'stored')).toBe(1);
    expect(wholeResponseCount(metrics, 'hit')).toBe(1);
    // Counted like an executed operation, so dashboards see the traffic.
    expect(metrics).toMatch(/crowdgraph_graphql_requests_total\{operation="anonymous",outcome="ok"\} 2/);
  });

  it("never replays one caller's answer to another credential", async () => {
    const gateway = await stack();
    await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    const bob = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': BOB });
    const submitters = (
      at(bob.body.data, 'challenges', 'nodes') as Array<{
        submissions: { nodes: Array<{ submitter: string }> };
      }>
    ).flatMap((challenge) => challenge.submissions.nodes.map((submission) => submission.submitter));
    expect(new Set(submitters)).toEqual(new Set(['bob']));
    expect(wholeResponseCount(await metricsOf(gateway), 'hit')).toBe(0);
  });

  it('answers a query after a write through the gateway with the written value (read your writes)', async () => {
    const gateway = await stack({ crowdflower: {} });
    const headers = { 'x-crowdflower-key': ACME };
    const before = await gateway.gql(JOB_TITLE, undefined, headers);
    expect(before.body.errors).toBeUndefined();
    await gateway.gql(JOB_TITLE, undefined, headers); // now replayed whole
    const renamed = await gateway.gql(
      `mutation($input: UpdateCrowdFlowerJobInput!) { updateCrowdFlowerJob(input: $input) { job { title } userErrors { code } } }`,
      { input: { jobId: RUNNING_JOB, attributes: { title: 'Renamed while cached' } } },
      headers,
    );
    expect(at(renamed.body.data, 'updateCrowdFlowerJob', 'job', 'title')).toBe('Renamed while cached');
    const after = await gateway.gql(JOB_TITLE, undefined, headers);
    expect(at(after.body.data, 'crowdflower', 'job', 'title')).toBe('Renamed while cached');
  });

  it('answers Cache-Control: no-cache from the platform, and the fresh read then serves every caller', async () => {
    const gateway = await stack({ crowdflower: {} });
    const headers = { 'x-crowdflower-key': ACME };
    await gateway.gql(JOB_TITLE, undefined, headers);
    await gateway.gql(JOB_TITLE, undefined, headers); // now replayed whole
    // Renamed at the platform itself, not through the gateway: nothing here knows.
    const renamed = await request(`${gateway.cf!.baseUrl}/jobs/${RUNNING_JOB}.json?key=${ACME}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'job[title]=Renamed+at+the+platform',
    });
    expect(renamed.statusCode).toBe(200);
    await renamed.body.dump();
    const cached = await gateway.gql(JOB_TITLE, undefined, headers);
    expect(at(cached.body.data, 'crowdflower', 'job', 'title')).not.toBe('Renamed at the platform');
    const calls = gateway.cf!.log.count({});

    const fresh = await gateway.gql(JOB_TITLE, undefined, { ...headers, 'cache-control': 'no-cache' });
    expect(at(fresh.body.data, 'crowdflower', 'job', 'title')).toBe('Renamed at the platform');
    expect(gateway.cf!.log.count({})).toBe(calls + 1);

    // The fresh body replaced the cached one and voided the answer built on the old one.
    const after = await gateway.gql(JOB_TITLE, undefined, headers);
    expect(at(after.body.data, 'crowdflower', 'job', 'title')).toBe('Renamed at the platform');
    const pragma = await gateway.gql(JOB_TITLE, undefined, { ...headers, pragma: 'no-cache' });
    expect(pragma.text).toBe(after.text);
    expect(gateway.cf!.log.count({})).toBe(calls + 2);
  });

  it('does not keep an answer with errors', async () => {
    const gateway = await stack();
    gateway.sim.faults.set({ path: /submissions/, status: 500 });
    const failed = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(failed.body.errors?.length).toBeGreaterThan(0);
    gateway.sim.faults.clear();
    const retried = await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(retried.body.errors).toBeUndefined();
    expect(wholeResponseCount(await metricsOf(gateway), 'hit')).toBe(0);
  });

  it('stops replaying an answer once the upstream data behind it is no longer fresh', async () => {
    const clock = new ManualClock();
    const gateway = await stack({ clock });
    await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    const callsWhileFresh = apiCalls(gateway.sim);
    clock.advance(60 * 60_000);
    await gateway.gql(NESTED, undefined, { 'x-crowdcent-api-key': ALICE });
    expect(apiCalls(gateway.sim)).toBeGreaterThan(callsWhileFresh);
    expect(wholeResponseCount(await metricsOf(gateway), 'hit')).toBe(1);
  });

  it('does not replay mutations', async () => {
    const gateway = await stack({ crowdflower: {} });
    const headers = { 'x-crowdflower-key': ACME };
    const mutation = `mutation { updateCrowdFlowerJob(input: { jobId: ${RUNNING_JOB}, attributes: { title: "Twice" } }) { job { title } } }`;
    await gateway.gql(mutation, undefined, headers);
    const writesAfterFirst = gateway.cf!.log.count({ method: 'PUT' });
    await gateway.gql(mutation, undefined, headers);
    expect(gateway.cf!.log.count({ method: 'PUT' })).toBe(writesAfterFirst + 1);
  });
});

describe('whole-answer cache shared through Redis', () => {
  it("lets a second replica replay the first one's answer, and a write on either void it on both", async () => {
    const namespace = `test-${randomUUID()}`;
    const env = { REDIS_URL, CACHE_NAMESPACE: namespace };
    const first = await startStack({ env, crowdflower: {} });
    const second = await startStack({ env, sim: first.sim, cf: first.cf! });
    try {
      const headers = { 'x-crowdflower-key': ACME };
      const answer = await first.gql(JOB_TITLE, undefined, headers);
      const calls = first.cf!.log.count({});
      const replayed = await second.gql(JOB_TITLE, undefined, headers);
      expect(replayed.text).toBe(answer.text);
      expect(first.cf!.log.count({})).toBe(calls);
      await first.gql(
        `mutation { updateCrowdFlowerJob(input: { jobId: ${RUNNING_JOB}, attributes: { title: "Renamed on replica one" } }) { job { title } } }`,
        undefined,
        headers,
      );
      const after = await second.gql(JOB_TITLE, undefined, headers);
      expect(at(after.body.data, 'crowdflower', 'job', 'title')).toBe('Renamed on replica one');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
