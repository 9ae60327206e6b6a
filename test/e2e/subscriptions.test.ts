import { request } from 'undici';
import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { idsOf, predictionsFile } from '../support/parquet.js';
import { CROWDAI_DEMO_PARTICIPANTS } from '../../simulators/index.js';
import {
  ACME,
  CAROL,
  CROWDAI_ADMIN,
  EPFL,
  RESEARCHER,
  at,
  startStack,
  type Stack,
} from '../support/stack.js';
import { uploadMutation } from '../support/upload.js';
import { sseSubscribe, wsClient, wsSubscribe, type Subscriber } from '../support/subscriptions.js';

const INTERVAL_MS = 150;
const asResearcher = { 'x-grand-challenge-token': RESEARCHER };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const JOB_STATUS = `subscription($id: ID!) { jobUpdated(id: $id) { id status platformStatus } }`;
const JOB_STATUS_ONLY = `subscription($id: ID!) { jobUpdated(id: $id) { status } }`;

interface GcJob {
  id: string;
  pk: string;
  status: string;
  platformStatus: string;
}

/**
 * A stack for one describe block, started before its tests and closed after them, and a maker of
 * graphql-ws clients to it that are disposed after each test (`perTest`) or after the block.
 */
function subscriptionStack(
  options: Parameters<typeof startStack>[0],
  started: (stack: Stack) => void,
  dispose: 'perTest' | 'atEnd' = 'atEnd',
): (params: Record<string, string>) => Client {
  let stack: Stack | undefined;
  const clients: Client[] = [];
  const disposeClients = async () => {
    await Promise.all(clients.splice(0).map((created) => created.dispose()));
  };
  beforeAll(async () => {
    stack = await startStack(options);
    started(stack);
  });
  if (dispose === 'perTest') afterEach(disposeClients);
  afterAll(async () => {
    await disposeClients();
    await stack?.close();
  });
  return (params) => {
    if (!stack) throw new Error('the stack has not started');
    const created = wsClient(stack.url, params);
    clients.push(created);
    return created;
  };
}

/** Subscriptions over graphql-ws and SSE, with upstream polls counted at the simulators. */
describe('subscriptions: one upstream poll per interval, however many watchers', () => {
  let stack: Stack;
  const connect = subscriptionStack(
    {
      grandChallenge: {},
      crowdflower: {},
      env: {
        // Backoff off (ceiling = interval), so a poll lands every interval and can be counted.
        GRAND_CHALLENGE_POLL_MS: String(INTERVAL_MS),
        CROWDFLOWER_POLL_MS: String(INTERVAL_MS),
        SUBSCRIPTION_MAX_POLL_MS: String(INTERVAL_MS),
        SUBSCRIPTIONS_PER_CONNECTION: '60',
      },
    },
    (started) => (stack = started),
    'perTest',
  );
  const client = (params: Record<string, string> = asResearcher) => connect(params);

  async function gcJobs(headers: Record<string, string> = asResearcher): Promise<GcJob[]> {
    const { body } = await stack.gql(
      `{ grandChallenge { jobs(first: 100) { nodes { id pk status platformStatus } } } }`,
      undefined,
      headers,
    );
    expect(body.errors).toBeUndefined();
    return at(body.data, 'grandChallenge', 'jobs', 'nodes') as GcJob[];
  }

  const jobPolls = (pk: string) =>
    stack.gc!.log.count({ method: 'GET', path: `/api/v1/algorithms/jobs/${pk}/` });

  async function watcherGauge(): Promise<number> {
    const response = await request(`${stack.url}/metrics`);
    const text = await response.body.text();
    return Number(/^crowdgraph_watchers (\d+)$/m.exec(text)?.[1]);
  }

  it('50 concurrent subscribers to one job cause one upstream poll per interval, and none once they leave', async () => {
    const job = (await gcJobs()).find((candidate) => candidate.status === 'RUNNING')!;
    const subscribers: Subscriber[] = [];
    for (let index = 0; index < 50; index += 1)
      subscribers.push(wsSubscribe(client(), JOB_STATUS, { id: job.id }));
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(1)));
    expect(subscribers.every((s) => at(s.results[0], 'data', 'jobUpdated', 'pk') === undefined)).toBe(true);
    expect(at(subscribers[49]!.results[0], 'data', 'jobUpdated', 'platformStatus')).toBe(job.platformStatus);
    expect(await watcherGauge()).toBe(1);

    stack.gc!.log.reset();
    const windowMs = INTERVAL_MS * 10;
    await sleep(windowMs);
    const polls = jobPolls(job.pk);
    // One watcher: about windowMs / interval polls (50 pollers would make ~500); loose below, as
    // the suite shares two cores and a poll may come late (never twice).
    expect(polls).toBeGreaterThanOrEqual(4);
    expect(polls).toBeLessThanOrEqual(11);
    // Nothing changed, so nobody heard anything after the first state.
    expect(subscribers.every((subscriber) => subscriber.results.length === 1)).toBe(true);

    for (const subscriber of subscribers) subscriber.unsubscribe();
    await sleep(INTERVAL_MS * 2);
    stack.gc!.log.reset();
    await sleep(INTERVAL_MS * 5);
    expect(jobPolls(job.pk)).toBe(0);
    expect(await watcherGauge()).toBe(0);
  });

  it('refuses an unauthenticated subscribe with UNAUTHENTICATED and polls nothing', async () => {
    const job = (await gcJobs())[0]!;
    stack.gc!.log.reset();
    const anonymous = wsSubscribe(client({}), JOB_STATUS, { id: job.id });
    await anonymous.ended;
    expect(anonymous.results).toHaveLength(1);
    expect(at(anonymous.results[0], 'errors', 0, 'extensions', 'code')).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.results)).not.toMatch(/stack|at .*\.ts/);
    const overSse = sseSubscribe(stack.url, JOB_STATUS, { id: job.id });
    await overSse.ended;
    expect(at(overSse.results[0], 'errors', 0, 'extensions', 'code')).toBe('UNAUTHENTICATED');
    expect(jobPolls(job.pk)).toBe(0);
  });

  it('refuses jobsUpdated on a named platform that has no jobs with BAD_USER_INPUT naming it, watching nothing', async () => {
    stack.gc!.log.reset();
    const mixed = wsSubscribe(
      client(),
      `subscription { jobsUpdated(platforms: [GRAND_CHALLENGE, CROWDCENT]) { id } }`,
    );
    await mixed.ended;
    expect(mixed.results).toEqual([
      {
        errors: [
          expect.objectContaining({
            message: '`jobsUpdated` watches CrowdFlower, Grand Challenge and Arena jobs; CrowdCent has none.',
            path: ['jobsUpdated'],
            extensions: { code: 'BAD_USER_INPUT', platform: 'CROWDCENT', field: 'platforms' },
          }),
        ],
      },
    ]);
    // Grand Challenge was named too, but the subscription was refused as a whole.
    expect(await watcherGauge()).toBe(0);
    expect(stack.gc!.log.count({ method: 'GET' })).toBe(0);

    const two = wsSubscribe(client(), `subscription { jobsUpdated(platforms: [CROWDAI, CROWDCENT]) { id } }`);
    await two.ended;
    expect(at(two.results[0], 'errors', 0, 'message')).toMatch(/crowdAI and CrowdCent have none\.$/);
    expect(at(two.results[0], 'errors', 0, 'extensions', 'platform')).toBe('CROWDAI');
  });

  it('streams over Server-Sent Events with credentials in headers, sharing the WebSocket subscribers’ watcher', async () => {
    const job = (await gcJobs()).find((candidate) => candidate.status === 'RUNNING')!;
    const overWs = wsSubscribe(client(), JOB_STATUS, { id: job.id });
    const overSse = sseSubscribe(stack.url, JOB_STATUS, { id: job.id }, asResearcher);
    await Promise.all([overWs.waitFor(1), overSse.waitFor(1)]);
    expect(overSse.results[0]).toEqual(overWs.results[0]);
    expect(await watcherGauge()).toBe(1);
    const metrics = await (await request(`${stack.url}/metrics`)).body.text();
    expect(metrics).toMatch(/crowdgraph_subscriptions\{transport="sse"\} 1/);
    expect(metrics).toMatch(/crowdgraph_subscriptions\{transport="websocket"\} 1/);
    overSse.unsubscribe();
    const started = stack.logs.filter((line) => line.includes('subscription started'));
    expect(started.some((line) => line.includes('"transport":"sse"'))).toBe(true);
    expect(started.some((line) => line.includes('"transport":"websocket"'))).toBe(true);
    // Credentials never reach a log line, whichever transport carried them.
    expect(stack.logs.join('\n')).not.toContain(RESEARCHER);
  });

  it('emits a CrowdFlower job again as judgments arrive', async () => {
    const { body } = await stack.gql(
      `{ jobs(platforms: [CROWDFLOWER], status: RUNNING) { nodes { id ... on CrowdFlowerJob { jobId judgmentsCount } } } }`,
      undefined,
      { 'x-crowdflower-key': ACME },
    );
    const job = (
      at(body.data, 'jobs', 'nodes') as Array<{ id: string; jobId: number; judgmentsCount: number }>
    )[0]!;
    const subscriber = wsSubscribe(
      client({ 'x-crowdflower-key': ACME }),
      `subscription($id: ID!) { jobUpdated(id: $id) { status ... on CrowdFlowerJob { judgmentsCount } } }`,
      { id: job.id },
    );
    await subscriber.waitFor(1);
    const before = at(subscriber.results[0], 'data', 'jobUpdated', 'judgmentsCount') as number;
    expect(stack.cf!.tick(1)).toBeGreaterThan(0);
    await subscriber.waitFor(2);
    expect(at(subscriber.results[1], 'data', 'jobUpdated', 'judgmentsCount') as number).toBeGreaterThan(
      before,
    );
    expect(stack.cf!.log.count({ path: `/v1/jobs/${job.jobId}.json` })).toBeGreaterThan(0);
  });

  it('applies the query limits to subscription documents and refuses queries on the streaming transports', async () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: id`).join(' ');
    const tooMany = wsSubscribe(client(), `subscription($id: ID!) { jobUpdated(id: $id) { ${aliases} } }`, {
      id: 'x',
    });
    await tooMany.ended;
    expect(JSON.stringify(tooMany.error)).toContain('QUERY_TOO_COMPLEX');
    const query = wsSubscribe(client(), `{ __typename }`);
    await query.ended;
    expect(JSON.stringify(query.error)).toContain('HTTP POST /graphql');
  });

  it('caps the subscriptions one WebSocket connection may hold', async () => {
    const job = (await gcJobs()).find((candidate) => candidate.status === 'RUNNING')!;
    const shared = client();
    const subscribers = Array.from({ length: 61 }, () => wsSubscribe(shared, JOB_STATUS, { id: job.id }));
    await Promise.all(subscribers.slice(0, 60).map((subscriber) => subscriber.waitFor(1)));
    await subscribers[60]!.ended;
    expect(JSON.stringify(subscribers[60]!.error)).toContain('at most 60 subscriptions');
    expect(subscribers.slice(0, 60).every((subscriber) => subscriber.error === undefined)).toBe(true);
  });

  it('refuses a WebSocket or SSE subscription from a page of another origin, and accepts the gateway’s own', async () => {
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`${stack.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
          origin,
        });
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.once('open', () => {
          socket.close();
          resolve(101);
        });
        socket.once('error', () => resolve(-1));
      });
    expect(await open('http://evil.example')).toBe(403);
    expect(await open(stack.url)).toBe(101);
    const foreignSse = await request(`${stack.url}/graphql`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        origin: 'http://evil.example',
      },
      body: JSON.stringify({ query: JOB_STATUS, variables: { id: 'x' } }),
    });
    expect(foreignSse.statusCode).toBe(403);
    await foreignSse.body.dump();
  });

  it('answers an SSE subscription with the request id, once', async () => {
    const response = await request(`${stack.url}/graphql`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        'x-request-id': 'sse-request-1',
      },
      body: JSON.stringify({ query: JOB_STATUS, variables: { id: 'x' } }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(response.headers['x-request-id']).toBe('sse-request-1');
    // The id is not one this API issued: one error event, then the stream completes.
    expect(await response.body.text()).toContain('BAD_USER_INPUT');
  });

  it('refuses a subscription sent as a plain HTTP POST with a message saying where they are served', async () => {
    const response = await stack.gql(JOB_STATUS, { id: 'x' }, asResearcher);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/WebSocket .* Server-Sent Events/);
  });
  it('jobsUpdated with a platform named twice watches it once: each job arrives once', async () => {
    const subscriber = wsSubscribe(
      client(),
      `subscription { jobsUpdated(platforms: [GRAND_CHALLENGE, GRAND_CHALLENGE], status: [PENDING, QUEUED, RUNNING]) { id } }`,
    );
    const running = (await gcJobs()).filter((job) => ['PENDING', 'QUEUED', 'RUNNING'].includes(job.status));
    await subscriber.waitFor(running.length);
    // a second stream of the same jobs would have arrived with the first: give it time to show
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = subscriber.results.map((result) => at(result, 'data', 'jobsUpdated', 'id'));
    expect(ids).toHaveLength(running.length);
    expect(new Set(ids)).toEqual(new Set(running.map((job) => job.id)));
  });

  // These two move every unfinished job of the simulator on: they run last.
  it('jobsUpdated lists matching jobs, then each job whose selected fields changed', async () => {
    const subscriber = wsSubscribe(
      client(),
      `subscription { jobsUpdated(platforms: [GRAND_CHALLENGE], status: [PENDING, QUEUED, RUNNING]) { id status platformStatus } }`,
    );
    const running = (await gcJobs()).filter((job) => ['PENDING', 'QUEUED', 'RUNNING'].includes(job.status));
    await subscriber.waitFor(running.length);
    expect(new Set(subscriber.results.map((result) => at(result, 'data', 'jobsUpdated', 'id')))).toEqual(
      new Set(running.map((job) => job.id)),
    );
    const moved = stack.gc!.advanceJobs(1);
    expect(moved).toBeGreaterThan(0);
    await subscriber.waitFor(running.length + 1);
    const update = subscriber.results[running.length];
    expect(running.map((job) => job.id)).toContain(at(update, 'data', 'jobsUpdated', 'id'));
  });

  it('follows a Grand Challenge job to completion: every step, then complete; a status-only subscriber hears only status changes', async () => {
    const job = (await gcJobs()).find((candidate) => ['PENDING', 'QUEUED'].includes(candidate.status))!;
    expect(job).toBeDefined();
    const full = wsSubscribe(client(), JOB_STATUS, { id: job.id });
    const statusOnly = wsSubscribe(client(), JOB_STATUS_ONLY, { id: job.id });
    await Promise.all([full.waitFor(1), statusOnly.waitFor(1)]);
    for (let step = 1; step <= 12; step += 1) {
      if (full.results.length < step) break;
      if (at(full.results.at(-1), 'data', 'jobUpdated', 'status') === 'SUCCEEDED') break;
      if (at(full.results.at(-1), 'data', 'jobUpdated', 'status') === 'FAILED') break;
      stack.gc!.advanceJobs(1);
      await full.waitFor(step + 1);
    }
    await Promise.all([full.ended, statusOnly.ended]);
    expect(full.error).toBeUndefined();
    const steps = full.results.map((result) => at(result, 'data', 'jobUpdated', 'platformStatus'));
    const success = [
      'Validating inputs',
      'Queued',
      'Provisioning',
      'Provisioned',
      'Executing',
      'Executed',
      'Parsing Outputs',
      'Succeeded',
    ];
    const failure = ['Validating inputs', 'Queued', 'Provisioning', 'Provisioned', 'Executing', 'Failed'];
    // From wherever the job was when subscribed, every status of its path in order.
    const from = (path: string[]) => path.slice(path.indexOf(String(steps[0])));
    expect([from(success), from(failure)]).toContainEqual(steps);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const statuses = statusOnly.results.map((result) => at(result, 'data', 'jobUpdated', 'status'));
    const normalized = full.results.map((result) => at(result, 'data', 'jobUpdated', 'status'));
    expect(statuses).toEqual(normalized.filter((status, index) => status !== normalized[index - 1]));
    expect(statuses.length).toBeLessThan(steps.length);
    // Completed by the server: the watcher stopped, the job is no longer polled.
    await sleep(INTERVAL_MS);
    stack.gc!.log.reset();
    await sleep(INTERVAL_MS * 3);
    expect(jobPolls(job.pk)).toBe(0);
  });
});

const backend = { 'x-arena-username': 'backend', 'x-arena-password': 'foobar' };
const backend2 = { 'x-arena-username': 'backend2', 'x-arena-password': 'foobar2' };

/** Arena: a job claimed by a worker and finished, watched by two accounts that both see it. */
describe('subscriptions on Arena jobs', () => {
  let stack: Stack;
  const client = subscriptionStack(
    {
      arena: {},
      env: { ARENA_POLL_MS: String(INTERVAL_MS), SUBSCRIPTION_MAX_POLL_MS: String(INTERVAL_MS) },
    },
    (started) => (stack = started),
  );

  it('emits a job as a worker claims and finishes it; a subscriber with other credentials gets its own watcher', async () => {
    const list = wsSubscribe(
      client(backend),
      `subscription { jobsUpdated(platforms: [ARENA], status: [RUNNING, SUCCEEDED]) { id status } }`,
    );
    await sleep(INTERVAL_MS * 2);
    const seenBefore = list.results.length;
    const claimed = await stack.gql(
      `mutation { claimNextArenaJob { job { id nativeId status } } }`,
      undefined,
      backend,
    );
    expect(claimed.body.errors).toBeUndefined();
    const job = at(claimed.body.data, 'claimNextArenaJob', 'job') as {
      id: string;
      nativeId: string;
      status: string;
    };
    expect(job.status).toBe('RUNNING');
    await list.waitFor(seenBefore + 1);
    expect(list.results.slice(seenBefore).map((result) => at(result, 'data', 'jobsUpdated'))).toContainEqual({
      id: job.id,
      status: 'RUNNING',
    });

    const watchers = async () => {
      const text = await (await request(`${stack.url}/metrics`)).body.text();
      return Number(/^crowdgraph_watchers (\d+)$/m.exec(text)?.[1]);
    };
    const before = await watchers();
    const query = `subscription($id: ID!) { jobUpdated(id: $id) { id status } }`;
    const first = wsSubscribe(client(backend), query, { id: job.id });
    const firstToo = wsSubscribe(client(backend), query, { id: job.id });
    const second = wsSubscribe(client(backend2), query, { id: job.id });
    await Promise.all([first.waitFor(1), firstToo.waitFor(1), second.waitFor(1)]);
    expect(at(second.results[0], 'data', 'jobUpdated')).toEqual({ id: job.id, status: 'RUNNING' });
    // backend's two subscribers share a watcher; backend2 has its own.
    expect((await watchers()) - before).toBe(2);
    const jobPolls = () => stack.arena!.log.count({ method: 'GET', path: `/api/jobs/${job.nativeId}/` });
    stack.arena!.log.reset();
    await sleep(INTERVAL_MS * 10);
    // Two credential scopes, two watchers: about twice what one watcher polls in the window (~10).
    expect(jobPolls()).toBeGreaterThanOrEqual(11);
    expect(jobPolls()).toBeLessThanOrEqual(22);

    const finished = await stack.gql(
      `mutation($id: String!) { updateArenaJobDetails(input: { jobId: $id, scoreTest: 0.93 }) { job { status } userErrors { message } } }`,
      { id: job.nativeId },
      backend,
    );
    expect(at(finished.body.data, 'updateArenaJobDetails', 'job', 'status')).toBe('SUCCEEDED');
    await Promise.all([first.ended, firstToo.ended, second.ended]);
    for (const subscriber of [first, firstToo, second]) {
      expect(subscriber.results.map((result) => at(result, 'data', 'jobUpdated', 'status'))).toEqual([
        'RUNNING',
        'SUCCEEDED',
      ]);
    }
    await list.waitFor(seenBefore + 2);
    expect(list.results.at(-1)).toEqual({ data: { jobsUpdated: { id: job.id, status: 'SUCCEEDED' } } });
  });
});

/** CrowdCent: a submission watched from PENDING until the period closes and it is scored. */
describe('subscriptions on CrowdCent submissions', () => {
  let stack: Stack;
  let platformNow = Date.now();
  const client = subscriptionStack(
    {
      simulator: { now: () => new Date(platformNow) },
      env: { CROWDCENT_POLL_MS: String(INTERVAL_MS), SUBSCRIPTION_MAX_POLL_MS: String(INTERVAL_MS) },
    },
    (started) => (stack = started),
  );

  it('emits a submission as it is scored, then completes', async () => {
    const asCarol = { 'x-crowdcent-api-key': CAROL };
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { currentInferencePeriod { downloadUrl } } } }`,
      undefined,
      asCarol,
    );
    const file = await fetch(
      String(at(body.data, 'crowdcent', 'challenge', 'currentInferencePeriod', 'downloadUrl')),
    );
    const ids = await idsOf(new Uint8Array(await file.arrayBuffer()));
    const submitted = await uploadMutation({
      url: stack.url,
      query: `mutation($input: SubmitCrowdCentPredictionsInput!) { submitCrowdCentPredictions(input: $input) { submission { id status } userErrors { code } } }`,
      input: { challengeSlug: 'hyperliquid-ranking', slot: 3 },
      file: { bytes: predictionsFile(ids), filename: 'p.parquet' },
      headers: asCarol,
    });
    const submission = at(submitted.body.data, 'submitCrowdCentPredictions', 'submission') as {
      id: string;
      status: string;
    };
    expect(submission.status).toBe('PENDING');

    const connection = client(asCarol);
    const subscriber = wsSubscribe(
      connection,
      `subscription($id: ID!) { submissionUpdated(id: $id) { id status score } }`,
      { id: submission.id },
    );
    await subscriber.waitFor(1);
    expect(at(subscriber.results[0], 'data', 'submissionUpdated')).toEqual({
      id: submission.id,
      status: 'PENDING',
      score: null,
    });
    // The inference window closes and the platform scores the submission.
    platformNow += 4 * 3_600_000;
    await subscriber.ended;
    expect(subscriber.results).toHaveLength(2);
    expect(at(subscriber.results[1], 'data', 'submissionUpdated', 'status')).toBe('SCORED');
    expect(typeof at(subscriber.results[1], 'data', 'submissionUpdated', 'score')).toBe('number');
  });
});

/** A failing platform: the watcher waits (retry budget, breaker, Retry-After), it does not spin. */
describe('subscriptions while the platform fails', () => {
  let stack: Stack;
  const client = subscriptionStack(
    {
      grandChallenge: {},
      env: {
        GRAND_CHALLENGE_POLL_MS: '50',
        SUBSCRIPTION_MAX_POLL_MS: '50',
        BREAKER_FAILURES: '3',
        BREAKER_OPEN_SECONDS: '30',
      },
    },
    (started) => (stack = started),
  );

  it('backs off on 429 Retry-After and stops calling while the breaker is open, keeping its subscribers', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { jobs(first: 100) { nodes { id pk status } } } }`,
      undefined,
      asResearcher,
    );
    const jobs = at(body.data, 'grandChallenge', 'jobs', 'nodes') as GcJob[];
    const job = jobs.find((candidate) => candidate.status === 'RUNNING')!;
    const path = `/api/v1/algorithms/jobs/${job.pk}/`;
    const connection = client(asResearcher);
    const subscriber = wsSubscribe(connection, JOB_STATUS, { id: job.id });
    await subscriber.waitFor(1);

    // 429 with Retry-After: 1 s — over a second, a handful of calls, not one per 50 ms interval.
    stack.gc!.faults.set({ path: new RegExp(path), status: 429, retryAfterSeconds: 1 });
    stack.gc!.log.reset();
    await sleep(1_000);
    expect(stack.gc!.log.count({ path })).toBeLessThanOrEqual(6);

    // 503s open the breaker (3 failures): then no call at all while it is open.
    stack.gc!.faults.clear();
    stack.gc!.faults.set({ path: new RegExp(path), status: 503 });
    await sleep(1_500);
    stack.gc!.log.reset();
    await sleep(1_000);
    expect(stack.gc!.log.count({ path })).toBe(0);
    const metrics = await (await request(`${stack.url}/metrics`)).body.text();
    expect(metrics).toMatch(
      /crowdgraph_watch_polls_total\{platform="GRAND_CHALLENGE",outcome="failed"\} [1-9]/,
    );
    // Transient failures are not the subscriber's business: still subscribed, nothing sent.
    expect(subscriber.error).toBeUndefined();
    expect(subscriber.results).toHaveLength(1);
  });
});

/** crowdAI: a submission a grader has initiated, watched until the grade is posted. */
describe('subscriptions on crowdAI submissions', () => {
  let stack: Stack;
  const client = subscriptionStack(
    {
      crowdai: {},
      env: { CROWDAI_POLL_MS: String(INTERVAL_MS), SUBSCRIPTION_MAX_POLL_MS: String(INTERVAL_MS) },
    },
    (started) => (stack = started),
  );

  it('emits a submission while it is graded, then completes', async () => {
    const asEpfl = { 'x-crowdai-key': EPFL };
    const participant = CROWDAI_DEMO_PARTICIPANTS.find((p) => p.name === 'AnikaR')!;
    const initiated = await stack.gql(
      `mutation($input: GradeCrowdAISubmissionInput!) { gradeCrowdAISubmission(input: $input) { submissionId userErrors { message } } }`,
      {
        input: {
          participantApiKey: participant.apiKey,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'INITIATED',
        },
      },
      asEpfl,
    );
    const submissionId = at(initiated.body.data, 'gradeCrowdAISubmission', 'submissionId') as number;
    expect(submissionId).toEqual(expect.any(Number));
    const id = Buffer.from(`CROWDAI:CrowdAISubmission:${submissionId}`).toString('base64url');
    const connection = client({ 'x-crowdai-key': CROWDAI_ADMIN });
    const subscriber = wsSubscribe(
      connection,
      `subscription($id: ID!) { submissionUpdated(id: $id) { status score } }`,
      { id },
    );
    await subscriber.waitFor(1);
    expect(at(subscriber.results[0], 'data', 'submissionUpdated')).toEqual({
      status: 'PROCESSING',
      score: null,
    });
    await stack.gql(
      `mutation($input: UpdateCrowdAISubmissionInput!) { updateCrowdAISubmission(input: $input) { userErrors { code } } }`,
      { input: { submissionId, gradingStatus: 'GRADED', score: 0.95 } },
      asEpfl,
    );
    await subscriber.ended;
    expect(subscriber.results.map((result) => at(result, 'data', 'submissionUpdated'))).toEqual([
      { status: 'PROCESSING', score: null },
      { status: 'SCORED', score: 0.95 },
    ]);
  });
});

/** REDIS_URL set but Redis away: the watchers poll on their own; subscriptions go on. */
describe('subscriptions while Redis is away', () => {
  let stack: Stack;
  const client = subscriptionStack(
    {
      grandChallenge: {},
      env: {
        REDIS_URL: 'redis://127.0.0.1:1',
        GRAND_CHALLENGE_POLL_MS: String(INTERVAL_MS),
        SUBSCRIPTION_MAX_POLL_MS: String(INTERVAL_MS),
      },
    },
    (started) => (stack = started),
  );

  it('still polls, emits changes and completes', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { jobs(first: 100) { nodes { id status } } } }`,
      undefined,
      asResearcher,
    );
    const jobs = at(body.data, 'grandChallenge', 'jobs', 'nodes') as GcJob[];
    const job = jobs.find((candidate) => candidate.status === 'RUNNING')!;
    const connection = client(asResearcher);
    const subscriber = wsSubscribe(connection, JOB_STATUS_ONLY, { id: job.id });
    await subscriber.waitFor(1);
    stack.gc!.advanceJobs(10);
    await subscriber.ended;
    expect(subscriber.error).toBeUndefined();
    expect(subscriber.results.map((result) => at(result, 'data', 'jobUpdated', 'status'))).toEqual([
      'RUNNING',
      expect.stringMatching(/^(SUCCEEDED|FAILED)$/),
    ]);
    expect(stack.logs.some((line) => line.includes('watch coordination backend failing'))).toBe(true);
  });
});
