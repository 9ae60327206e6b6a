import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import type { Client } from 'graphql-ws';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGrandChallengeSimulator, type GrandChallengeSimulator } from '../../simulators/index.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';
import { RESEARCHER, at } from '../support/stack.js';
import { wsClient, wsSubscribe, type Subscriber } from '../support/subscriptions.js';

const INTERVAL_MS = 200;

/** The machine is shared with benchmarks that stop gateways they started: one more try if a start is killed. */
async function startReplica(env: Record<string, string>): Promise<GatewayProcess> {
  try {
    return await startGatewayProcess(env);
  } catch {
    return startGatewayProcess(env);
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const asResearcher = { 'x-grand-challenge-token': RESEARCHER };

/**
 * Two gateway processes on the real Redis at 127.0.0.1:6379, each with its own subscribers to the
 * same job: one process owns the watcher and polls, the other relays what it publishes.
 */
describe('subscriptions across two gateway processes on one Redis', () => {
  let gc: GrandChallengeSimulator;
  let one: GatewayProcess;
  let two: GatewayProcess;
  const clients: Client[] = [];
  const namespace = `subs-${randomUUID()}`;

  beforeAll(async () => {
    gc = await startGrandChallengeSimulator({ jobStepMs: 0 });
    const env = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CACHE_NAMESPACE: namespace,
      // The same secret, so the same credential has the same fingerprint (watch key) in both.
      CROWDGRAPH_SECRET: randomBytes(32).toString('base64url'),
      GRAND_CHALLENGE_BASE_URL: gc.baseUrl,
      GRAND_CHALLENGE_POLL_MS: String(INTERVAL_MS),
      SUBSCRIPTION_MAX_POLL_MS: String(INTERVAL_MS),
      SUBSCRIPTION_LEASE_MS: '1500',
      CROWDCENT_ENABLED: 'false',
      CROWDFLOWER_ENABLED: 'false',
      CROWDAI_ENABLED: 'false',
      ARENA_ENABLED: 'false',
    };
    [one, two] = await Promise.all([startReplica(env), startReplica(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all([one, two].filter(Boolean).map((replica) => replica.stop()));
    await gc?.close();
  });

  it('polls a watched job once per interval between them; the other process takes over when the owner’s subscribers leave', async () => {
    const response = await request(`${one.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asResearcher },
      body: JSON.stringify({ query: `{ grandChallenge { jobs(first: 100) { nodes { id pk status } } } }` }),
    });
    const jobs = at(await response.body.json(), 'data', 'grandChallenge', 'jobs', 'nodes') as Array<{
      id: string;
      pk: string;
      status: string;
    }>;
    const job = jobs.find((candidate) => candidate.status === 'PENDING' || candidate.status === 'QUEUED')!;
    expect(job).toBeDefined();
    const polls = () => gc.log.count({ method: 'GET', path: `/api/v1/algorithms/jobs/${job.pk}/` });
    const query = `subscription($id: ID!) { jobUpdated(id: $id) { status platformStatus } }`;
    const subscribe = (replica: GatewayProcess): { client: Client; subscriber: Subscriber } => {
      const client = wsClient(replica.origin, asResearcher);
      clients.push(client);
      return { client, subscriber: wsSubscribe(client, query, { id: job.id }) };
    };
    // Process one subscribes first, so it takes the lease: the takeover below is then exercised.
    const onOne = Array.from({ length: 5 }, () => subscribe(one));
    await Promise.all(onOne.map((entry) => entry.subscriber.waitFor(1)));
    const onTwo = Array.from({ length: 5 }, () => subscribe(two));
    const all = [...onOne, ...onTwo].map((entry) => entry.subscriber);
    await Promise.all(all.map((subscriber) => subscriber.waitFor(1)));

    // What the replicas keep in Redis names the watch by credential fingerprint, never the credential.
    const redis = createClient({ url: 'redis://127.0.0.1:6379' });
    await redis.connect();
    const keys = await redis.keys(`${namespace}:watch:*`);
    const channels = await redis.pubSubChannels(`${namespace}:watch:*`);
    const lastState = await redis.get(keys.find((key) => key.includes(':last:')) ?? '');
    redis.destroy();
    expect(keys.some((key) => key.includes(':lease:'))).toBe(true);
    expect(channels).toHaveLength(1);
    for (const text of [...keys, ...channels, lastState ?? '']) expect(text).not.toContain(RESEARCHER);
    expect(keys.join(' ')).toMatch(
      /GRAND_CHALLENGE\|GrandChallengeAlgorithmJob\|[^|]+\|cred:[A-Za-z0-9_-]{22}/,
    );

    gc.log.reset();
    await sleep(INTERVAL_MS * 10);
    // One owner for both processes: about 10 polls in the window, not 20. (The lower bounds are loose:
    // the suite shares two cores with other processes, and a poll can come late, never twice.)
    expect(polls()).toBeGreaterThanOrEqual(4);
    expect(polls()).toBeLessThanOrEqual(13);

    // A change reaches every subscriber of both processes (the owner's directly, the other's over pub/sub).
    gc.advanceJobs(1);
    await Promise.all(all.map((subscriber) => subscriber.waitFor(2)));
    const second = all.map((subscriber) => JSON.stringify(subscriber.results[1]));
    expect(new Set(second).size).toBe(1);

    // Process one's subscribers leave: it releases the lease and process two takes over the polling.
    await Promise.all(onOne.map((entry) => entry.client.dispose()));
    await sleep(INTERVAL_MS * 3);
    gc.log.reset();
    await sleep(INTERVAL_MS * 10);
    expect(polls()).toBeGreaterThanOrEqual(3);
    expect(polls()).toBeLessThanOrEqual(13);
    gc.advanceJobs(1);
    await Promise.all(onTwo.map((entry) => entry.subscriber.waitFor(3)));

    // Last subscribers gone: nobody polls.
    await Promise.all(onTwo.map((entry) => entry.client.dispose()));
    await sleep(INTERVAL_MS * 3);
    gc.log.reset();
    await sleep(INTERVAL_MS * 5);
    expect(polls()).toBe(0);
  }, 60_000);
});
