/**
 * `npm run bench`: nested queries, cold and warm, against the simulators with a fixed added
 * upstream latency. Loopback only, bounded in time. Writes bench/RESULTS.md.
 *
 * Scope today: one process hosts simulators, gateway and load loop, except the dedicated warm row,
 * which spawns the gateway as its own process (the performance issue moves the rest and adds the
 * remaining scenarios).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Pool } from 'undici';
import { createGateway, type Gateway } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { startGatewayProcess } from '../test/support/gatewayProcess.js';
import {
  CROWDCENT_DEMO_USERS,
  CROWDFLOWER_DEMO_USERS,
  GRAND_CHALLENGE_DEMO_USERS,
  startCrowdCentSimulator,
  startCrowdFlowerSimulator,
  startGrandChallengeSimulator,
} from '../simulators/index.js';

const LATENCY_MS = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 20);
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

const CROWDCENT_NESTED = `{ challenges(platforms: [CROWDCENT]) { nodes { ... on CrowdCentChallenge { slug latestTrainingDataset { version }
  submissions { nodes { submissionId status score } } } } } }`;
const crowdflowerNested = (jobId: number, units: number): string =>
  `{ crowdflower { job(jobId: ${jobId}) { units(first: ${units}) { nodes { unitId judgments { worker { id } } } } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** One POST of `query`, failing loudly on any error; resolves with its latency in ms. */
async function timedQuery(pool: Pool, query: string): Promise<number> {
  const started = performance.now();
  const response = await pool.request({
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.body.text();
  if (response.statusCode !== 200 || text.includes('"errors"'))
    throw new Error(`query failed: ${text.slice(0, 300)}`);
  return performance.now() - started;
}

interface Running {
  gateway: Gateway;
  pool: Pool;
  query(query: string): Promise<number>;
  close(): Promise<void>;
}

async function startGateway(env: Record<string, string>, connections = 1): Promise<Running> {
  const gateway = await createGateway(
    loadConfig({ SIMULATORS: 'off', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env }),
  );
  await gateway.app.listen({ port: 0, host: '127.0.0.1' });
  const address = gateway.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections });
  return {
    gateway,
    pool,
    query: (query) => timedQuery(pool, query),
    close: async () => {
      await pool.close();
      await gateway.close();
    },
  };
}

async function main(): Promise<void> {
  const crowdcent = await startCrowdCentSimulator({ latencyMs: LATENCY_MS, trainingRows: 200 });
  let platformNow = Date.now();
  const crowdflower = await startCrowdFlowerSimulator({
    latencyMs: LATENCY_MS,
    judgingIntervalMs: 0,
    now: () => new Date(platformNow),
  });
  const grandChallenge = await startGrandChallengeSimulator({ latencyMs: LATENCY_MS, jobStepMs: 0 });
  const env = {
    GRAND_CHALLENGE_BASE_URL: grandChallenge.baseUrl,
    GRAND_CHALLENGE_TOKEN: GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'editor')!.token,
    CROWDCENT_BASE_URL: crowdcent.baseUrl,
    CROWDCENT_API_KEY: CROWDCENT_DEMO_USERS[0]!.apiKey,
    CROWDFLOWER_BASE_URL: crowdflower.baseUrl,
    CROWDFLOWER_API_KEY: CROWDFLOWER_DEMO_USERS[0]!.apiKey,
  };
  const rows: string[] = [];

  /** Cold: a fresh gateway (empty cache) per run; calls counted at the simulator. */
  const cold = async (
    name: string,
    query: string,
    count: () => number,
    reset: () => void,
    minimum: string,
    path: string,
  ) => {
    const times: number[] = [];
    let calls = 0;
    for (let run = 0; run < 5; run += 1) {
      const running = await startGateway(env);
      reset();
      times.push(await running.query(query));
      calls = count();
      await running.close();
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${name} | ${percentile(times, 50).toFixed(1)} ms p50 | ${calls} | ${minimum} | ${path} |`);
  };
  const ccCalls = () => crowdcent.log.count({ path: /^\/api\// });
  const cfCalls = () => crowdflower.log.count({ path: /^\/v1\// });

  await cold(
    'CrowdCent: challenges → latest training data + submissions',
    CROWDCENT_NESTED,
    ccCalls,
    () => crowdcent.log.reset(),
    '5 (1 list + 2 per challenge; no bulk endpoints)',
    `${2 * LATENCY_MS} ms (2 dependent calls)`,
  );
  await cold(
    'CrowdFlower: running job → 50 units → judgments → worker',
    crowdflowerNested(1204373, 50),
    cfCalls,
    () => crowdflower.log.reset(),
    '52 (job, units page, 1 per unit: v1 has no bulk unit read for a job that can still change)',
    `${3 * LATENCY_MS} ms (job, then units page, then units in parallel)`,
  );
  // Finished jobs read units and judgments from the job's JSON report once the platform built it.
  const warmUp = await startGateway(env);
  await warmUp.query(`{ crowdflower { job(jobId: 1204356) { report { status } } } }`);
  await warmUp.close();
  platformNow += 60_000;
  for (const units of [50, 100]) {
    await cold(
      `CrowdFlower: finished job → ${units} units → judgments → worker (report built)`,
      crowdflowerNested(1204356, units),
      cfCalls,
      () => crowdflower.log.reset(),
      '3 (job, units page, report) — flat in the number of units',
      `${3 * LATENCY_MS} ms (job, units page, report)`,
    );
  }

  const gcCalls = () => grandChallenge.log.count({ path: /^\/api\/v1\// });
  for (const items of [50, 200]) {
    await cold(
      `Grand Challenge: archive → ${items} items → socket values → images`,
      `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: ${items}) { nodes { values { image { name width } } } } } } }`,
      gcCalls,
      () => grandChallenge.log.reset(),
      "4 (archive by slug, items page, the archive's images in pages of 1000) — flat in the number of items",
      `${3 * LATENCY_MS} ms (archive, items, images)`,
    );
  }
  for (const sets of [5, 20]) {
    await cold(
      `Grand Challenge: reader study → ${sets} display sets → answers → readers`,
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: ${sets}) { nodes { answers { answer worker { name } } } } } } }`,
      gcCalls,
      () => grandChallenge.log.reset(),
      "3 (study by slug, display sets page, the study's answers) — flat in the number of display sets",
      `${3 * LATENCY_MS} ms`,
    );
  }

  // Warm: one gateway, cache filled, closed-loop load for WARM_SECONDS.
  const warm = await startGateway(env, CONCURRENCY);
  await warm.query(CROWDCENT_NESTED);
  crowdcent.log.reset();
  const latencies: number[] = [];
  const deadline = performance.now() + WARM_SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) latencies.push(await warm.query(CROWDCENT_NESTED));
    }),
  );
  latencies.sort((a, b) => a - b);
  const rps = latencies.length / WARM_SECONDS;
  rows.push(
    `| CrowdCent nested query warm, ${CONCURRENCY} concurrent, ${WARM_SECONDS} s | ${rps.toFixed(0)} req/s; p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms | ${ccCalls()} in total | 0 | — |`,
  );
  await warm.close();

  // The same, with the gateway in its own process (production mode, request logs off) and the load
  // loop here: what one dedicated gateway process sustains on this machine.
  const dedicated = await startGatewayProcess({
    ...env,
    NODE_ENV: 'production',
    CROWDGRAPH_SECRET: 'bench-secret-bench-secret-bench-secret-0',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const dedicatedPool = new Pool(dedicated.origin, { connections: CONCURRENCY });
  const post = (query: string) => timedQuery(dedicatedPool, query);
  await post(CROWDCENT_NESTED);
  crowdcent.log.reset();
  const dedicatedLatencies: number[] = [];
  const dedicatedDeadline = performance.now() + WARM_SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < dedicatedDeadline) dedicatedLatencies.push(await post(CROWDCENT_NESTED));
    }),
  );
  dedicatedLatencies.sort((a, b) => a - b);
  rows.push(
    `| CrowdCent nested query warm, gateway in its own process, ${CONCURRENCY} concurrent, ${WARM_SECONDS} s | ${(dedicatedLatencies.length / WARM_SECONDS).toFixed(0)} req/s; p50 ${percentile(dedicatedLatencies, 50).toFixed(1)} ms, p99 ${percentile(dedicatedLatencies, 99).toFixed(1)} ms; gateway RSS peak ${dedicated.peakRssMiB().toFixed(0)} MiB | ${ccCalls()} in total | 0 | — |`,
  );
  await dedicatedPool.close();
  await dedicated.stop();
  await crowdcent.close();
  await crowdflower.close();
  await grandChallenge.close();

  const report = `# Benchmark results

Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}; ${cpus().length} cores, Node ${process.version}.
Upstream: the simulators with ${LATENCY_MS} ms added latency per request, on loopback. Cold rows: a fresh
gateway (empty cache) per run, median of 5; upstream calls counted by the simulator. Simulators, gateway
and load loop share one process except in the row that says otherwise (gateway spawned as
\`server/main.ts\`), so the shared-process throughput understates a dedicated gateway process.

| scenario | measured | upstream calls | minimum the platform allows | critical path |
|---|---|---|---|---|
${rows.join('\n')}
`;
  // The soak (bench/soak.ts) owns its own section: keep it.
  const path = new URL('./RESULTS.md', import.meta.url);
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const soak = previous.indexOf('\n## Soak');
  writeFileSync(path, soak >= 0 ? `${report}${previous.slice(soak)}` : report);
  console.log(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
