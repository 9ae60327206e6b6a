/**
 * How each kind of scenario is measured, against the simulators process and gateway processes.
 * Single timed requests are sent from the harness (it is idle otherwise); throughput runs go
 * through the load-generator process.
 */
import { FormData, request } from 'undici';
import type { GatewayProcess } from '../test/support/gatewayProcess.js';
import { coldSampleOf, type ColdSample } from './criticalPath.js';
import { medianByGatewayTime, TARGETS } from './limits.js';
import type { LoadResult } from './load.js';
import {
  incident,
  runLoad,
  sampleRss,
  startBenchGateway,
  type BareProcess,
  type RssSample,
  type SimulatorsProcess,
} from './processes.js';
import { at } from '../test/support/json.js';
import { steadyDependentCalls, warmUpsFor, type CallScenario } from './scenarios.js';
import { LARGE_FILE_DATASET, OTHER_ACCOUNT_HEADERS, totalOf, type ServedCall } from './simulation.js';
import { arenaSessionCookie, replayPlanOf, type ReplayAuth } from './replay.js';
import { percentile } from './stats.js';
import { SAME_QUERY_WARM_UPS, STEADY_WARM_UPS, WARM_UP_REQUESTS } from './coldMethod.js';

/** Cold samples (or steady-state runs) of a scenario that may be lost and run again before the run stops. */
const MAX_SAMPLE_RETRIES = 3;

/** A cache-cold read in a running gateway: no whole-answer hit, every upstream GET goes to the platform. */
const NO_CACHE_HEADERS: Readonly<Record<string, string>> = { 'cache-control': 'no-cache' };

export interface Settings {
  latencyMs: number;
  /** Steady-state cold samples per scenario, all in one gateway process. */
  coldSamples: number;
  /** Fresh-process cold samples per scenario, each in a newly started gateway process. */
  freshSamples: number;
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
  headers: Readonly<Record<string, string>> = {},
): Promise<{ ms: number; text: string; data: unknown }> {
  const started = performance.now();
  const response = await request(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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

/** The timed samples of one cold measurement and their percentiles. */
export interface ColdSeries {
  /** Each timed sample: latency, measured upstream critical path, the gateway's own time, calls. */
  samples: ColdSample[];
  /** Latency percentiles, ms. */
  p50: number;
  p95: number;
  p99: number;
  /**
   * The sample whose gateway time is the p50: an actual sample, so its latency, upstream path and
   * gateway time add up (the cold check and the report's tables both show this one).
   */
  median: ColdSample | undefined;
  /** Upstream calls of each sample (deterministic: all equal when the gateway is). */
  calls: number[];
}

function coldSeriesOf(samples: ColdSample[]): ColdSeries {
  const ascending = (values: number[]) => values.sort((a, b) => a - b);
  const latencies = ascending(samples.map((sample) => sample.latencyMs));
  return {
    samples,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    median: medianByGatewayTime(samples),
    calls: samples.map((sample) => sample.calls),
  };
}

export interface ColdResult {
  scenario: CallScenario;
  /** Judged: cache-cold reads (`Cache-Control: no-cache`) in one running, warmed-up gateway. */
  steady: ColdSeries;
  /** The floor (informational): the steady state's upstream calls replayed by the bare proxy. */
  floor: ColdSeries;
  /** Informational: each sample the first query of this account's data in a newly started gateway. */
  fresh: ColdSeries;
  /** VmHWM of the steady-state gateway process after its warm-ups and samples, MiB. */
  rssPeakMiB: number;
  /** Why an answer was not what the minimum assumes, if one was not (steady state or fresh). */
  problem: string | undefined;
}

/** Sends the timed query right after a reset of the simulators' counts and timeline; one sample. */
async function coldSample(
  simulators: SimulatorsProcess,
  origin: string,
  scenario: CallScenario,
  dependentCalls: number,
  headers: Readonly<Record<string, string>>,
): Promise<{ sample: ColdSample; timeline: ServedCall[]; problem: string | undefined }> {
  await simulators.reset();
  const { ms, data } = await timedQuery(origin, scenario.query, undefined, headers);
  const timeline = await simulators.timeline();
  const calls = totalOf(await simulators.counts());
  return {
    sample: coldSampleOf(ms, timeline, dependentCalls, calls),
    timeline,
    problem: scenario.check(data),
  };
}

/**
 * Steady state (judged): ONE gateway process, as a long-running gateway is when a cache entry
 * expires. It answers WARM_UP_REQUESTS `{ __typename }`, then the measured query itself as the server-side account
 * with `Cache-Control: no-cache` STEADY_WARM_UPS times ( every upstream call made, every code path of
 * the query run), then the timed samples, each with `Cache-Control: no-cache`: no whole-answer hit and
 * every upstream GET goes to the simulators (the entries it skips are still fresh). Arena's session
 * lives on in the process, so its login is not repeated: `steadyMinimumCalls` calls, of which
 * `steadyDependentCalls` bound the measured critical path. A process lost mid-run is replaced and
 * the whole measurement starts again.
 */
export async function runSteadyCold(
  simulators: SimulatorsProcess,
  scenario: CallScenario,
  samples: number,
): Promise<{
  series: ColdSeries;
  rssPeakMiB: number;
  /** The upstream calls of the first timed sample (the floor replays them). */
  timeline: ServedCall[];
  problem: string | undefined;
}> {
  for (let failures = 0; ;) {
    await simulators.ready();
    const gateway = await startBenchGateway(simulators.urls);
    try {
      for (let i = 0; i < WARM_UP_REQUESTS; i += 1) await timedQuery(gateway.origin, '{ __typename }');
      for (let i = 0; i < STEADY_WARM_UPS; i += 1) {
        await timedQuery(gateway.origin, scenario.query, undefined, NO_CACHE_HEADERS);
      }
      const timed: ColdSample[] = [];
      let problem: string | undefined;
      let timeline: ServedCall[] | undefined;
      for (let i = 0; i < samples; i += 1) {
        const one = await coldSample(
          simulators,
          gateway.origin,
          scenario,
          steadyDependentCalls(scenario),
          NO_CACHE_HEADERS,
        );
        timed.push(one.sample);
        timeline ??= one.timeline;
        problem ??= one.problem;
      }
      return {
        series: coldSeriesOf(timed),
        rssPeakMiB: gateway.peakRssMiB(),
        timeline: timeline ?? [],
        problem,
      };
    } catch (error) {
      // Retries for a process lost to the machine (a child killed from outside); a query the
      // gateway answers with errors fails every time and stops the run.
      failures += 1;
      if (failures > MAX_SAMPLE_RETRIES) throw error;
      incident(
        `${scenario.id}: the steady-state cold run failed and ran again: ${String(error).slice(0, 160)}`,
      );
    } finally {
      await gateway.stop();
    }
  }
}

/**
 * Fresh process (informational): every sample in a newly started gateway process, so its cache is
 * empty and Arena has no session — the first query of this account's data after start. Before it
 * the process answers `{ __typename }`, the other scenarios whose upstream data are disjoint
 * (`warmUpsFor`) and the measured query as other accounts (other cache scopes; their answers may be
 * refused, so the code that validates and maps this account's data may still run for the first
 * time in the sample). The full `minimumCalls` and `dependentCalls` apply.
 */
export async function runFreshCold(
  simulators: SimulatorsProcess,
  scenario: CallScenario,
  samples: number,
): Promise<{ series: ColdSeries; problem: string | undefined }> {
  const warmUps = warmUpsFor(scenario);
  const timed: ColdSample[] = [];
  let problem: string | undefined;
  for (let sample = 0, failures = 0; sample < samples; sample += 1) {
    await simulators.ready();
    const gateway = await startBenchGateway(simulators.urls);
    try {
      for (let i = 0; i < WARM_UP_REQUESTS; i += 1) await timedQuery(gateway.origin, '{ __typename }');
      for (const other of warmUps) await timedQuery(gateway.origin, other.query);
      for (let round = 0; round < SAME_QUERY_WARM_UPS; round += 1) {
        await anyAnswer(gateway.origin, scenario.query, OTHER_ACCOUNT_HEADERS);
      }
      const one = await coldSample(simulators, gateway.origin, scenario, scenario.dependentCalls, {});
      timed.push(one.sample);
      problem ??= one.problem;
    } catch (error) {
      failures += 1;
      if (failures > MAX_SAMPLE_RETRIES) throw error;
      incident(
        `${scenario.id}: a fresh-process cold sample failed and ran again: ${String(error).slice(0, 160)}`,
      );
      sample -= 1;
    } finally {
      await gateway.stop();
    }
  }
  return { series: coldSeriesOf(timed), problem };
}

/**
 * The floor (bench/replay.ts): the bare proxy replays `timeline` — the upstream calls of a
 * steady-state sample, in the same waves — warmed up like the gateway (STEADY_WARM_UPS replays),
 * then `samples` timed replays measured exactly as the gateway's samples are: latency at the
 * harness, the simulators' timeline for the measured critical path, the rest the proxy's own time.
 */
export async function runFloorCold(
  simulators: SimulatorsProcess,
  bareProxy: BareProcess,
  scenario: CallScenario,
  timeline: readonly ServedCall[],
  samples: number,
): Promise<ColdSeries> {
  for (let failures = 0; ;) {
    await simulators.ready();
    try {
      const auth: ReplayAuth = timeline.some((call) => call.platform === 'arena')
        ? { arenaCookie: await arenaSessionCookie(simulators.urls.arena) }
        : {};
      const plan = replayPlanOf(timeline, simulators.urls, auth);
      const stored = await request(`${bareProxy.origin}/plan`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(plan),
      });
      await stored.body.dump();
      if (stored.statusCode !== 200)
        throw new Error(`the bare proxy refused the plan (${stored.statusCode})`);
      const replay = async (): Promise<number> => {
        const started = performance.now();
        const response = await request(`${bareProxy.origin}/replay`, { method: 'POST' });
        const text = await response.body.text();
        const ms = performance.now() - started;
        if (response.statusCode !== 200) throw new Error(`a replay failed (${response.statusCode}): ${text}`);
        return ms;
      };
      for (let i = 0; i < STEADY_WARM_UPS; i += 1) await replay();
      const timed: ColdSample[] = [];
      for (let i = 0; i < samples; i += 1) {
        await simulators.reset();
        const ms = await replay();
        const calls = totalOf(await simulators.counts());
        timed.push(coldSampleOf(ms, await simulators.timeline(), steadyDependentCalls(scenario), calls));
      }
      return coldSeriesOf(timed);
    } catch (error) {
      failures += 1;
      if (failures > MAX_SAMPLE_RETRIES) throw error;
      incident(`${scenario.id}: the floor replay failed and ran again: ${String(error).slice(0, 160)}`);
    }
  }
}

/**
 * Both cold measurements of one scenario: steady state (`settings.coldSamples` samples, judged),
 * then fresh processes (`settings.freshSamples`, informational). In each sample the simulators'
 * timeline of the timed query, cleared just before it, gives its measured upstream critical path
 * (bench/criticalPath.ts); the rest of its latency is the gateway's own time.
 */
export async function runCold(
  simulators: SimulatorsProcess,
  bareProxy: BareProcess,
  scenario: CallScenario,
  settings: Settings,
): Promise<ColdResult> {
  const steady = await runSteadyCold(simulators, scenario, settings.coldSamples);
  const floor = await runFloorCold(simulators, bareProxy, scenario, steady.timeline, settings.coldSamples);
  const fresh = await runFreshCold(simulators, scenario, settings.freshSamples);
  return {
    scenario,
    steady: steady.series,
    floor,
    fresh: fresh.series,
    rssPeakMiB: steady.rssPeakMiB,
    problem: steady.problem ?? fresh.problem,
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
