/**
 * `npm run bench:subscriptions`: upstream polls per minute for 1, 100 and 1,000 subscribers on
 * each of 10 jobs (issue 9). Simulators run here, the gateway in its own process (production-like, as
 * `npm start` runs it), all on loopback; graphql-ws clients subscribe to `jobUpdated`, and the
 * polls are counted in the simulators' request logs over a fixed window. Writes its own
 * "## Subscriptions" section of bench/RESULTS.md and leaves the others as they are.
 *
 * Environment: BENCH_SUB_WINDOW_SECONDS (15), BENCH_SUB_INTERVAL_MS (1000). Bounded: about 90 s.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { request } from 'undici';
import {
  CROWDFLOWER_DEMO_USERS,
  GRAND_CHALLENGE_DEMO_USERS,
  startCrowdFlowerSimulator,
  startGrandChallengeSimulator,
  type CrowdFlowerSimulator,
  type GrandChallengeSimulator,
} from '../simulators/index.js';
import { startGatewayProcess, type GatewayProcess } from '../test/support/gatewayProcess.js';
import { wsClient, wsSubscribe, type Subscriber } from '../test/support/subscriptions.js';
import { SUBSCRIPTIONS_HEADING, writeResultsSection } from './resultsFile.js';

const WINDOW_MS = Number(process.env.BENCH_SUB_WINDOW_SECONDS ?? 15) * 1_000;
const INTERVAL_MS = Number(process.env.BENCH_SUB_INTERVAL_MS ?? 1_000);
const JOBS = 10;
/** Subscribers share connections as browser tabs would not: at most this many WebSockets. */
const MAX_CONNECTIONS = 50;

const ACME = CROWDFLOWER_DEMO_USERS.find((user) => user.name === 'acme')!.apiKey;
const RESEARCHER = GRAND_CHALLENGE_DEMO_USERS.find((user) => user.username === 'researcher')!.token!;
const CREDENTIALS = { 'x-crowdflower-key': ACME, 'x-grand-challenge-token': RESEARCHER };
const FINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELED']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface WatchedJob {
  id: string;
  platform: 'CROWDFLOWER' | 'GRAND_CHALLENGE';
  /** The simulator path a poll of it requests. */
  path: string;
}

interface Row {
  label: string;
  /** Per job. */
  subscribers: number;
  connections: number;
  polls: number;
  pollsPerMinute: number;
  naivePerMinute: number;
  settledMs: number;
}

async function post(gateway: GatewayProcess, query: string): Promise<unknown> {
  const response = await request(`${gateway.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CREDENTIALS },
    body: JSON.stringify({ query }),
  });
  return response.body.json();
}

/** Ten jobs that stay unfinished while measured: CrowdFlower's (crowd off) first, then Grand Challenge's. */
async function pickJobs(gateway: GatewayProcess): Promise<WatchedJob[]> {
  const body = (await post(
    gateway,
    `{ jobs(platforms: [CROWDFLOWER, GRAND_CHALLENGE], first: 100) { nodes { id platform status ... on CrowdFlowerJob { jobId } ... on GrandChallengeAlgorithmJob { pk } } } }`,
  )) as {
    data?: {
      jobs: { nodes: Array<{ id: string; platform: string; status: string; jobId?: number; pk?: string }> };
    };
  };
  const open = (body.data?.jobs.nodes ?? []).filter((job) => !FINAL.has(job.status));
  const jobs = open.map((job): WatchedJob =>
    job.platform === 'CROWDFLOWER'
      ? { id: job.id, platform: 'CROWDFLOWER', path: `/v1/jobs/${job.jobId}.json` }
      : { id: job.id, platform: 'GRAND_CHALLENGE', path: `/api/v1/algorithms/jobs/${job.pk}/` },
  );
  if (jobs.length < JOBS) throw new Error(`only ${jobs.length} unfinished jobs in the seed`);
  return jobs.slice(0, JOBS);
}

async function measure(
  label: string,
  gateway: GatewayProcess,
  sims: { cf: CrowdFlowerSimulator; gc: GrandChallengeSimulator },
  jobs: readonly WatchedJob[],
  perJob: number,
): Promise<Row> {
  const subscribers = perJob * jobs.length;
  const connections = Math.min(subscribers, MAX_CONNECTIONS);
  const clients: Client[] = Array.from({ length: connections }, () => wsClient(gateway.origin, CREDENTIALS));
  const started = performance.now();
  const subs: Subscriber[] = [];
  for (let index = 0; index < subscribers; index += 1) {
    const job = jobs[index % jobs.length]!;
    subs.push(
      wsSubscribe(
        clients[index % connections]!,
        `subscription($id: ID!) { jobUpdated(id: $id) { id status } }`,
        {
          id: job.id,
        },
      ),
    );
  }
  try {
    await Promise.all(subs.map((subscriber) => subscriber.waitFor(1, 30_000)));
  } catch (error) {
    await Promise.all(clients.map((client) => client.dispose()));
    throw error;
  }
  const settledMs = performance.now() - started;
  sims.cf.log.reset();
  sims.gc.log.reset();
  await sleep(WINDOW_MS);
  const polls = jobs.reduce(
    (sum, job) =>
      sum + (job.platform === 'CROWDFLOWER' ? sims.cf : sims.gc).log.count({ method: 'GET', path: job.path }),
    0,
  );
  const lost = subs.filter((subscriber) => subscriber.error !== undefined).length;
  await Promise.all(clients.map((client) => client.dispose()));
  if (lost > 0 || gateway.child.exitCode !== null || gateway.child.signalCode !== null) {
    throw new Error(`the gateway went away during the window (${lost} subscriptions lost)`);
  }
  await sleep(INTERVAL_MS * 2);
  return {
    label,
    subscribers: perJob,
    connections,
    polls,
    pollsPerMinute: (polls * 60_000) / WINDOW_MS,
    // What each subscriber polling its job itself, once per interval, would cost.
    naivePerMinute: (perJob * jobs.length * 60_000) / INTERVAL_MS,
    settledMs,
  };
}

async function startGateway(
  sims: { cf: CrowdFlowerSimulator; gc: GrandChallengeSimulator },
  maxPollMs: number,
): Promise<GatewayProcess> {
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    CROWDGRAPH_SECRET: randomBytes(32).toString('base64url'),
    RATE_LIMIT_PER_MINUTE: '0',
    // MAX_CONNECTIONS sockets from one address, reopened between rows: the cap is not what is measured.
    SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '0',
    CROWDFLOWER_BASE_URL: sims.cf.baseUrl,
    GRAND_CHALLENGE_BASE_URL: sims.gc.baseUrl,
    CROWDFLOWER_POLL_MS: String(INTERVAL_MS),
    GRAND_CHALLENGE_POLL_MS: String(INTERVAL_MS),
    SUBSCRIPTION_MAX_POLL_MS: String(maxPollMs),
    CROWDCENT_ENABLED: 'false',
    CROWDAI_ENABLED: 'false',
    ARENA_ENABLED: 'false',
  };
  try {
    return await startGatewayProcess(env);
  } catch {
    return startGatewayProcess(env); // a start killed from outside on a shared machine
  }
}

function render(rows: readonly Row[], command: string): string {
  const number = (value: number) => Math.round(value).toLocaleString('en-US');
  const table = rows
    .map(
      (row) =>
        `| ${row.label} | ${number(row.subscribers)} | ${number(row.subscribers * JOBS)} | ${row.connections} | ${number(row.polls)} | **${number(row.pollsPerMinute)}** | ${number(row.pollsPerMinute / JOBS)} | ${number(row.naivePerMinute)} | ${number(row.settledMs)} |`,
    )
    .join('\n');
  return `## Subscriptions

Upstream polls per minute while 1, 100 and 1,000 graphql-ws subscribers watch each of ${JOBS} unfinished
jobs (CrowdFlower and Grand Challenge, in the simulators; the subscriptions share at most
${MAX_CONNECTIONS} WebSocket connections). Polls are the simulators' GETs of the watched jobs, counted
over ${WINDOW_MS / 1_000} s after every subscriber had its first result; poll interval ${INTERVAL_MS} ms. One
watcher per job and credential scope: the count does not move with the number of subscribers.

| run | subscribers per job | subscriptions | connections | polls in window | polls/min | polls/min per job | polls/min if each subscriber polled | all subscribed and first result (ms) |
|---|---|---|---|---|---|---|---|---|
${table}

"backoff on" lets the interval grow ×1.5 per unchanged poll up to 8 s (jobs do not change here), as
\`SUBSCRIPTION_MAX_POLL_MS\` does in production (default 60 s). Measured ${new Date().toISOString()} with
\`${command}\`; gateway in its own process (NODE_ENV=production).
`;
}

async function main(): Promise<void> {
  const cf = await startCrowdFlowerSimulator({ judgingIntervalMs: 0 });
  const gc = await startGrandChallengeSimulator({ jobStepMs: 0 });
  const sims = { cf, gc };
  const rows: Row[] = [];
  let maxPollMs = INTERVAL_MS;
  let gateway = await startGateway(sims, maxPollMs);
  // A run the machine disturbed (the gateway process killed from outside) is measured once more.
  const run = async (label: string, perJob: number, jobs: readonly WatchedJob[]): Promise<Row> => {
    try {
      return await measure(label, gateway, sims, jobs, perJob);
    } catch (error) {
      console.warn(`${label}, ${perJob} per job: ${String(error)}; measuring again with a new gateway`);
      await gateway.stop();
      gateway = await startGateway(sims, maxPollMs);
      return measure(label, gateway, sims, jobs, perJob);
    }
  };
  try {
    const jobs = await pickJobs(gateway);
    for (const perJob of [1, 100, 1_000]) {
      const row = await run(`fixed ${INTERVAL_MS} ms`, perJob, jobs);
      console.log(
        `${perJob} per job: ${row.polls} polls in ${WINDOW_MS / 1_000} s, ${row.pollsPerMinute.toFixed(0)}/min`,
      );
      rows.push(row);
    }
    await gateway.stop();
    maxPollMs = 8_000;
    gateway = await startGateway(sims, maxPollMs);
    const row = await run('backoff on (ceiling 8 s)', 1_000, jobs);
    console.log(`1000 per job, backoff on: ${row.polls} polls, ${row.pollsPerMinute.toFixed(0)}/min`);
    rows.push(row);
  } finally {
    await gateway.stop();
    await cf.close();
    await gc.close();
  }
  writeResultsSection(SUBSCRIPTIONS_HEADING, render(rows, 'npm run bench:subscriptions'));
  console.log('bench/RESULTS.md: ## Subscriptions written');
}

await main();
