import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACME, at, startStack, type Stack } from '../support/stack.js';

const RUNNING = 1204373;
const FINISHED = 1204356;
const asAcme = { 'x-crowdflower-key': ACME };

function cfCalls(stack: Stack, path?: RegExp): number {
  return stack.cf!.log.count({ path: path ?? /^\/v1\// });
}

/** CrowdFlower reads through the gateway, with upstream calls counted at the simulator. */
describe('CrowdFlower queries through the gateway', () => {
  let stack: Stack;
  let platformNow = Date.now();

  beforeAll(async () => {
    stack = await startStack({ crowdflower: { now: () => new Date(platformNow) } });
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(() => {
    stack.cf!.log.reset();
  });

  it('lists every job across the platform’s 10-a-page list in two upstream calls', async () => {
    const { body } = await stack.gql(
      `{ jobs(platforms: [CROWDFLOWER], first: 50) { pageInfo { hasNextPage } nodes { platform status ... on CrowdFlowerJob { jobId title } } } }`,
      undefined,
      asAcme,
    );
    expect(body.errors).toBeUndefined();
    const nodes = at(body.data, 'jobs', 'nodes') as Array<{ jobId: number; platform: string }>;
    expect(nodes).toHaveLength(17);
    expect(new Set(nodes.map((n) => n.platform))).toEqual(new Set(['CROWDFLOWER']));
    expect(at(body.data, 'jobs', 'pageInfo', 'hasNextPage')).toBe(false);
    expect(cfCalls(stack, /^\/v1\/jobs\.json$/)).toBe(2);
  });

  it('pages jobs with cursors and filters by normalized status', async () => {
    const first = await stack.gql(
      `{ crowdflower { jobs(first: 12) { pageInfo { hasNextPage endCursor } nodes { jobId } } } }`,
      undefined,
      asAcme,
    );
    const page1 = at(first.body.data, 'crowdflower', 'jobs', 'nodes') as Array<{ jobId: number }>;
    expect(page1).toHaveLength(12);
    const after = at(first.body.data, 'crowdflower', 'jobs', 'pageInfo', 'endCursor');
    const second = await stack.gql(
      `query($after: String) { crowdflower { jobs(first: 12, after: $after) { pageInfo { hasNextPage } nodes { jobId } } } }`,
      { after },
      asAcme,
    );
    const page2 = at(second.body.data, 'crowdflower', 'jobs', 'nodes') as Array<{ jobId: number }>;
    expect(page2).toHaveLength(5);
    expect(new Set([...page1, ...page2].map((j) => j.jobId)).size).toBe(17);
    const paused = await stack.gql(
      `{ jobs(status: PAUSED) { nodes { ... on CrowdFlowerJob { jobId platformStatus } } } }`,
      undefined,
      asAcme,
    );
    expect(at(paused.body.data, 'jobs', 'nodes')).toEqual([{ jobId: 1204360, platformStatus: 'paused' }]);
  });

  it('reads a job with its settings, progress, tags, channels and legend', async () => {
    const { body } = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { title status platformStatus judgmentsPerUnit cml
          progress { orderedUnits completedUnitsEstimate fractionComplete } unitsProgress { count done }
          tags channels { enabled available } legend } } }`,
      { id: RUNNING },
      asAcme,
    );
    expect(body.errors).toBeUndefined();
    const job = at(body.data, 'crowdflower', 'job') as Record<string, unknown>;
    expect(job).toMatchObject({ status: 'RUNNING', platformStatus: 'running' });
    expect(at(job, 'progress', 'fractionComplete')).toEqual(expect.any(Number));
    expect(at(job, 'unitsProgress', 'count')).toBe(500);
    expect(Array.isArray(at(job, 'channels', 'available'))).toBe(true);
    expect(Array.isArray(job.tags)).toBe(true);
    expect(cfCalls(stack, /\/channels$/)).toBe(1);
  });

  it('pages units in one upstream call per 1000 units and loads details only when asked', async () => {
    const { body } = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) {
          first: units(first: 3) { pageInfo { hasNextPage endCursor } nodes { unitId data } }
          many: units(first: 300) { nodes { unitId } } } } }`,
      { id: RUNNING },
      asAcme,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'crowdflower', 'job', 'first', 'pageInfo', 'hasNextPage')).toBe(true);
    expect((at(body.data, 'crowdflower', 'job', 'many', 'nodes') as unknown[]).length).toBe(300);
    expect(cfCalls(stack, /\/units\.json$/)).toBe(1);
    expect(cfCalls(stack, /\/units\/\d+\.json$/)).toBe(0);
  });

  it('resolves units → judgments → workers, workers without any call of their own', async () => {
    const { body } = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { units(first: 5) { nodes { unitId status judgmentsCount results
          judgments { judgmentId trust workerTrust answer channel country worker { id workerId } } } } } } }`,
      { id: RUNNING },
      asAcme,
    );
    expect(body.errors).toBeUndefined();
    const units = at(body.data, 'crowdflower', 'job', 'units', 'nodes') as Array<Record<string, unknown>>;
    const judged = units.find((u) => (u.judgments as unknown[]).length > 0)!;
    expect(judged).toBeDefined();
    expect(at(judged, 'judgments', 0, 'worker', 'workerId')).toEqual(expect.any(Number));
    expect(cfCalls(stack, /\/units\/\d+\.json$/)).toBe(5);
    expect(cfCalls(stack, /workers/)).toBe(0);
  });

  it('pages judgment aggregates 100 at a time and fetches one judgment by id', async () => {
    const { body } = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { judgmentAggregates(first: 150) { pageInfo { hasNextPage } nodes { unitId agreement judgmentIds fields } } } } }`,
      { id: FINISHED },
      asAcme,
    );
    expect(body.errors).toBeUndefined();
    const aggregates = at(body.data, 'crowdflower', 'job', 'judgmentAggregates', 'nodes') as Array<{
      judgmentIds: number[];
    }>;
    expect(aggregates).toHaveLength(150);
    expect(cfCalls(stack, /\/judgments\.json$/)).toBe(2);
    const judgmentId = aggregates[0]!.judgmentIds[0];
    const one = await stack.gql(
      `query($job: SafeInt!, $j: SafeInt!) { crowdflower { job(jobId: $job) { judgment(judgmentId: $j) { judgmentId unitId worker { workerId } unitState } } } }`,
      { job: FINISHED, j: judgmentId },
      asAcme,
    );
    expect(at(one.body.data, 'crowdflower', 'job', 'judgment', 'judgmentId')).toBe(judgmentId);
  });

  it('reads a finished job’s units and judgments from its report: flat however many units', async () => {
    // The platform builds reports asynchronously: the first ask answers 202 and starts it.
    const status = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { report { status downloadUrl } } } }`,
      { id: FINISHED },
      asAcme,
    );
    expect(at(status.body.data, 'crowdflower', 'job', 'report', 'status')).toBe('GENERATING');
    platformNow += 60_000;
    const ready = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { report { status downloadUrl } } } }`,
      { id: FINISHED },
      asAcme,
    );
    expect(at(ready.body.data, 'crowdflower', 'job', 'report', 'status')).toBe('READY');

    const nested = (first: number) =>
      `{ crowdflower { job(jobId: ${FINISHED}) { units(first: ${first}) { nodes { unitId status judgments { worker { workerId } } } } } } }`;
    // Each count in a fresh gateway (empty cache) against the same simulator.
    const callsFor = async (first: number): Promise<number> => {
      const fresh = await startStack({ cf: stack.cf!, sim: stack.sim });
      try {
        stack.cf!.log.reset();
        const { body } = await fresh.gql(nested(first), undefined, asAcme);
        expect(body.errors).toBeUndefined();
        const units = at(body.data, 'crowdflower', 'job', 'units', 'nodes') as Array<{
          judgments: unknown[];
        }>;
        expect(units).toHaveLength(first);
        expect(units.every((u) => u.judgments.length > 0)).toBe(true);
        return cfCalls(stack);
      } finally {
        await fresh.close();
      }
    };
    // job + units page + report, whether 50 or 100 units.
    expect(await callsFor(50)).toBe(3);
    expect(await callsFor(100)).toBe(3);
  });

  it('costs an exact, predictable number of calls for jobs → units → judgments → worker', async () => {
    const query = `{ jobs(platforms: [CROWDFLOWER], first: 20) { nodes { ... on CrowdFlowerJob { jobId platformStatus
      units(first: 50) { nodes { judgments { worker { id } } } } } } } }`;
    const measure = async (): Promise<{ calls: number; expected: number }> => {
      const fresh = await startStack({ cf: stack.cf!, sim: stack.sim });
      try {
        stack.cf!.log.reset();
        const { body } = await fresh.gql(query, undefined, asAcme);
        expect(body.errors).toBeUndefined();
        const jobs = at(body.data, 'jobs', 'nodes') as Array<{
          jobId: number;
          platformStatus: string;
          units: { nodes: unknown[] };
        }>;
        // 2 list pages; per job one units page, then one call per unit, except that a finished or
        // canceled job with several units is read from its report in one call once it is built.
        let expected = 2;
        for (const job of jobs) {
          const units = job.units.nodes.length;
          const final = job.platformStatus === 'finished' || job.platformStatus === 'canceled';
          const reportReady = stack.cf!.log.entries.some(
            (e) => e.path === `/v1/jobs/${job.jobId}.csv` && e.status === 200,
          );
          expected += 1 + (final && units > 1 ? 1 + (reportReady ? 0 : units) : units);
        }
        return { calls: cfCalls(stack), expected };
      } finally {
        await fresh.close();
      }
    };
    const cold = await measure();
    expect(cold.calls).toBe(cold.expected);
    // The first ask started the reports; once built, finished jobs cost 2 calls whatever their size.
    platformNow += 60_000;
    const withReports = await measure();
    expect(withReports.calls).toBe(withReports.expected);
    expect(withReports.calls).toBeLessThan(cold.calls);
  });

  it('streams a ready report ZIP through /files without the key in the link', async () => {
    const { body } = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { report(type: JSON) { status downloadUrl } } } }`,
      { id: FINISHED },
      asAcme,
    );
    const url = String(at(body.data, 'crowdflower', 'job', 'report', 'downloadUrl'));
    expect(url).not.toContain(ACME);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('refetches CrowdFlower objects by global id and rejects another account’s job', async () => {
    const { body } = await stack.gql(
      `query($id: SafeInt!) { crowdflower { job(jobId: $id) { id units(first: 1) { nodes { id judgments { id worker { id } } } } } } }`,
      { id: RUNNING },
      asAcme,
    );
    const job = at(body.data, 'crowdflower', 'job');
    const ids = [
      at(job, 'id'),
      at(job, 'units', 'nodes', 0, 'id'),
      at(job, 'units', 'nodes', 0, 'judgments', 0, 'id'),
      at(job, 'units', 'nodes', 0, 'judgments', 0, 'worker', 'id'),
    ];
    const refetched = await stack.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids },
      asAcme,
    );
    expect(
      (at(refetched.body.data, 'nodes') as Array<{ __typename: string }>).map((n) => n.__typename),
    ).toEqual(['CrowdFlowerJob', 'CrowdFlowerUnit', 'CrowdFlowerJudgment', 'CrowdFlowerWorker']);
    const typed = await stack.gql(
      `query($j: ID!, $u: ID!, $w: ID!) { job(id: $j) { status } unit(id: $u) { status } worker(id: $w) { nativeId } wrong: job(id: $u) { status } }`,
      { j: ids[0], u: ids[1], w: ids[3] },
      asAcme,
    );
    expect(typed.body.data).toMatchObject({
      job: { status: 'RUNNING' },
      unit: { status: expect.any(String) },
      wrong: null,
    });
    const lowfunds = await stack.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: ids[0] },
      {
        'x-crowdflower-key': 'dF6hT1sQ9eW3uB5nM8cA',
      },
    );
    expect(at(lowfunds.body.data, 'node')).toBeNull();
  });

  it('answers UNAUTHENTICATED for a wrong key without echoing it anywhere', async () => {
    const wrong = 'WrongKeyWrongKey1234';
    const { body, text } = await stack.gql(`{ crowdflower { jobs { nodes { jobId } } } }`, undefined, {
      'x-crowdflower-key': wrong,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', platform: 'CROWDFLOWER' });
    expect(text).not.toContain(wrong);
    expect(stack.logs.join('\n')).not.toContain(wrong);
    expect(stack.logs.join('\n')).not.toContain(ACME);
  });
});
