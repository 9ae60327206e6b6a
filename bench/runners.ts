/**
 * How each kind of scenario is measured, against the simulators process and gateway processes.
 * Single timed requests are sent from the harness (it is idle otherwise); throughput runs go
 * through the load-generator process.
 */
import { FormData, request } from 'undici';
import type { GatewayProcess } from '../test/support/gatewayProcess.js';
import { coldSampleOf, type ColdSample } from './criticalPath.js';
import { TARGETS } from './limits.js';
import type { LoadResult } from './load.js';
import {
  incident,
  runLoad,
  sampleRss,
  startBenchGateway,
  type RssSample,
  type SimulatorsProcess,
} from './processes.js';
import { at } from '../test/support/json.js';
import { warmUpsFor, type CallScenario } from './scenarios.js';
import { LARGE_FILE_DATASET, OTHER_ACCOUNT_HEADERS, totalOf } from './simulation.js';
import { percentile } from './stats.js';

/** `{ __typename }` requests a fresh gateway answers before a cold sample: HTTP and Apollo paths warm. */
const WARM_UP_REQUESTS = 50;
/** Runs of the measured query under other accounts before its cold sample. */
const SAME_QUERY_WARM_UPS = 3;
/** Cold samples of one scenario that may be lost (and run again) before the run stops. */
const MAX_SAMPLE_RETRIES = 3;

export interface Settings {
  latencyMs: number;
  coldSamples: number;
  warmSeconds: number;
  connections: number;
  downloadBytes: number;
  uploadRows: number;
}

/** One POST; fails loudly on a non-200 or GraphQL errors. Resolves with latency and body. */
export async function timedQuery(
  origin: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ ms: number; text: string; data: unknown }> {
  const started = performance.now();
  const response = await request(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const text = await response.body.text();
  const ms = performance.now() - started;
  const body: unknown = JSON.parse(text);
  if (response.statusCode !== 200 || at(body, 'errors') !== undefined) {
    throw new Error(`query failed (${response.statusCode}): ${text.slice(0, 400)}`);
  }
  return { ms, text, data: at(body, 'data') };
}

/** One POST whose answer is not checked (a warm-up under another account may be refused). */
async function anyAnswer(origin: string, query: string, headers: Record<string, string>): Promise<void> {
  const response = await request(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  await response.body.dump();
}

export interface ColdResult {
  scenario: CallScenario;
  /** Each timed sample: latency, measured upstream critical path, the gateway's own time, calls. */
  samples: ColdSample[];
  /** Latency of each sample, ms. */
  samplesMs: number[];
  /** Latency percentiles, ms. */
  p50: number;
  p95: number;
  p99: number;
  /** p50 of the measured upstream critical path, ms, and the calls on that sample's path. */
  upstreamP50: number;
  upstreamCallsP50: number;
  /** p50 of the gateway's own time (latency − measured upstream critical path), ms. */
  gatewayP50: number;
  /** Upstream calls of each sample (deterministic: all equal when the gateway is). */
  calls: number[];
  /** Largest VmHWM of the fresh gateway processes, MiB. */
  rssPeakMiB: number;
  /** Why the answer was not what the minimum assumes, if it was not. */
  problem: string | undefined;
}

/**
 * Cold: every sample in a freshly started gateway process, so its cache is empty and Arena has no
 * session. Before the timed query the process is warmed with `{ __typename }` and with the other
 * scenarios whose upstream data are disjoint (`warmUpsFor`): the figure is a cache miss in a process
 * whose shared code paths (HTTP, execution, loaders, transport) have run, not a first-ever run.
 * After the timed query the simulators' timeline of it (cleared by the reset just before) gives the
 * measured upstream critical path of the sample (bench/criticalPath.ts); the rest is the gateway's.
 */
export async function runCold(
  simulators: SimulatorsProcess,
  scenario: CallScenario,
  settings: Settings,
): Promise<ColdResult> {
  const warmUps = warmUpsFor(scenario);
  const samples: ColdSample[] = [];
  let rssPeakMiB = 0;
  let problem: string | undefined;
  for (let sample = 0, failures = 0; sample < settings.coldSamples; sample += 1) {
    await simulators.ready();
    const gateway = await startBenchGateway(simulators.urls);
    try {
      for (let i = 0; i < WARM_UP_REQUESTS; i += 1) await timedQuery(gateway.origin, '{ __typename }');
      for (const other of warmUps) await timedQuery(gateway.origin, other.query);
      // The measured query itself, as other accounts (other cache scopes): its own code paths
      // (validation schemas, mappers, resolvers) are warm, its own scope's cache is still empty.
      for (let round = 0; round < SAME_QUERY_WARM_UPS; round += 1) {
        await anyAnswer(gateway.origin, scenario.query, OTHER_ACCOUNT_HEADERS);
      }
      await simulators.reset();
      const { ms, data } = await timedQuery(gateway.origin, scenario.query);
      const timeline = await simulators.timeline();
      const calls = totalOf(await simulators.counts());
      samples.push(coldSampleOf(ms, timeline, scenario.dependentCalls, calls));
      problem ??= scenario.check(data);
      rssPeakMiB = Math.max(rssPeakMiB, gateway.peakRssMiB());
    } catch (error) {
      // Retries for samples lost to the machine (a child killed from outside); a query the
      // gateway answers with errors fails every time and stops the run.
      failures += 1;
      if (failures > MAX_SAMPLE_RETRIES) throw error;
      incident(`${scenario.id}: a cold sample failed and ran again: ${String(error).slice(0, 160)}`);
      sample -= 1;
    } finally {
      await gateway.stop();
    }
  }
  const samplesMs = samples.map((sample) => sample.latencyMs);
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const ascending = (values: number[]) => values.sort((a, b) => a - b);
  const upstreamP50 = percentile(ascending(samples.map((sample) => sample.upstreamMs)), 50);
  return {
    scenario,
    samples,
    samplesMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    upstreamP50,
    upstreamCallsP50:
      samples.find((sample) => sample.upstreamMs === upstreamP50)?.upstreamCalls ?? Number.NaN,
    gatewayP50: percentile(ascending(samples.map((sample) => sample.gatewayMs)), 50),
    calls: samples.map((sample) => sample.calls),
    rssPeakMiB,
    problem,
  };
}

export interface ThroughputResult {
  max: LoadResult;
  /** The same load at TARGETS.warmLoadShare of `max.rps` (absent for baselines). */
  atLoad: LoadResult | undefined;
  /** Upstream calls per answered request over both runs. */
  callsPerQuery: number;
  rss: RssSample;
}

/**
 * Throughput against a running server: as fast as it answers, then (`atLoad`) a fixed rate at 80%
 * of that for the latency percentiles. The query must already be warm (primed by the caller).
 */
export async function runThroughput(
  simulators: SimulatorsProcess,
  origin: string,
  pid: number | undefined,
  query: string,
  settings: Settings,
  options: { atLoad: boolean; uniqueAlias?: boolean },
): Promise<ThroughputResult> {
  const base = {
    url: `${origin}/graphql`,
    query,
    connections: settings.connections,
    seconds: settings.warmSeconds,
    ...(options.uniqueAlias ? { uniqueAlias: true } : {}),
  };
  // Discarded: lets the server's JIT settle on this query before anything is recorded.
  await runLoad({ ...base, seconds: Math.max(1, settings.warmSeconds / 2) });
  await simulators.reset();
  const rss = pid !== undefined ? sampleRss(pid) : undefined;
  const max = await runLoad(base);
  const atLoad = options.atLoad
    ? await runLoad({ ...base, overallRate: Math.max(1, Math.round(max.rps * TARGETS.warmLoadShare)) })
    : undefined;
  const calls = totalOf(await simulators.counts());
  const requests = max.requests + (atLoad?.requests ?? 0);
  return {
    max,
    atLoad,
    callsPerQuery: requests > 0 ? calls / requests : Number.NaN,
    rss: rss?.stop() ?? { startMiB: Number.NaN, peakMiB: Number.NaN, growthMiB: Number.NaN },
  };
}

export interface StreamResult {
  bytes: number;
  seconds: number;
  calls: number;
  rss: RssSample;
}

/** A training file of `settings.downloadBytes` through the gateway's /files link, streamed and counted. */
export async function runDownload(
  simulators: SimulatorsProcess,
  gateway: GatewayProcess,
): Promise<StreamResult> {
  const { data } = await timedQuery(
    gateway.origin,
    `query($slug: String!) { crowdcent { challenge(slug: $slug) { latestTrainingDataset { downloadUrl } } } }`,
    { slug: LARGE_FILE_DATASET.slug },
  );
  const url = at(data, 'crowdcent', 'challenge', 'latestTrainingDataset', 'downloadUrl');
  if (typeof url !== 'string') throw new Error('no downloadUrl for the large training file');
  await simulators.reset();
  const rss = sampleRss(gateway.child.pid ?? 0);
  const started = performance.now();
  const response = await request(url);
  if (response.statusCode !== 200) throw new Error(`download answered ${response.statusCode}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Buffer).length;
  const seconds = (performance.now() - started) / 1000;
  return { bytes, seconds, calls: totalOf(await simulators.counts()), rss: rss.stop() };
}

/** `rows` JSON lines as a multipart upload into a new CrowdFlower job (borrowed from the e2e test). */
export async function runUpload(
  simulators: SimulatorsProcess,
  gateway: GatewayProcess,
  rows: number,
): Promise<StreamResult & { rowsSent: unknown }> {
  const created = await timedQuery(
    gateway.origin,
    `mutation { createCrowdFlowerJob(input: { attributes: { title: "Bench bulk reviews" } }) { job { jobId } } }`,
  );
  const jobId = at(created.data, 'createCrowdFlowerJob', 'job', 'jobId');
  if (typeof jobId !== 'number') throw new Error('createCrowdFlowerJob returned no jobId');
  const lines =
    Array.from({ length: rows }, (_, i) => JSON.stringify({ text: `review number ${i}`, stars: i % 5 })).join(
      '\n',
    ) + '\n';
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { rowsSent userErrors { message } } }`,
      variables: { input: { jobId, file: null, format: 'JSON_LINES' } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([lines], { type: 'application/x-ndjson' }), 'reviews.jsonl');
  await simulators.reset();
  const rss = sampleRss(gateway.child.pid ?? 0);
  const started = performance.now();
  const response = await request(`${gateway.origin}/graphql`, {
    method: 'POST',
    body: form,
    headers: { 'apollo-require-preflight': 'true' },
  });
  const text = await response.body.text();
  const seconds = (performance.now() - started) / 1000;
  const body: unknown = JSON.parse(text);
  if (response.statusCode !== 200 || at(body, 'errors') !== undefined) {
    throw new Error(`upload failed (${response.statusCode}): ${text.slice(0, 400)}`);
  }
  return {
    bytes: Buffer.byteLength(lines),
    seconds,
    calls: totalOf(await simulators.counts()),
    rss: rss.stop(),
    rowsSent: at(body, 'data', 'uploadCrowdFlowerUnits', 'rowsSent'),
  };
}
