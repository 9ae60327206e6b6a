/**
 * The targets of DESIGN §10 as numbers, and the pass/fail checks the report prints beside each
 * figure. A missed target is reported, never thrown: the harness exits 0 either way.
 */
import type { ColdSample } from './criticalPath.js';
import { steadyDependentCalls, steadyMinimumCalls, type CallScenario } from './scenarios.js';
import { percentile } from './stats.js';

export const TARGETS = {
  /**
   * Steady-state cold latency may exceed the measured upstream critical path by this much: the
   * gateway's own time (bench/criticalPath.ts).
   */
  coldSlackMs: 5,
  /** Warm throughput: at least this share of the bare Fastify route with the same bytes… */
  warmVsBare: 0.8,
  /** …and never below this, in one process. */
  warmMinRps: 2_500,
  /** p99 at 80% of the measured maximum rate. */
  warmP99Ms: 25,
  /** Share of the warm rate at which latency is measured. */
  warmLoadShare: 0.8,
  /** Warm but not answerable whole from cache, against `{ __typename }`. */
  partialVsTypename: 0.4,
  downloadGrowthMiB: 64,
  uploadGrowthMiB: 128,
} as const;

export interface Check {
  figure: string;
  target: string;
  measured: string;
  pass: boolean;
}

export const mark = (pass: boolean): string => (pass ? 'pass' : '**FAIL**');

/**
 * The declared critical path of a cache-cold read in a running gateway: its dependent calls
 * (`steadyDependentCalls`: Arena's login is not repeated) × the simulated latency. A lower bound of
 * what the upstream takes (it leaves out the simulators' time to build and send an answer); shown
 * beside the measured one, never judged against.
 */
export function criticalPathMs(scenario: CallScenario, latencyMs: number): number {
  return steadyDependentCalls(scenario) * latencyMs;
}

/** The sample whose gateway time is the p50 (nearest rank): an actual sample, so its parts add up. */
export function medianByGatewayTime(samples: readonly ColdSample[]): ColdSample | undefined {
  const p50 = percentile(
    samples.map((sample) => sample.gatewayMs).sort((a, b) => a - b),
    50,
  );
  return samples.find((sample) => sample.gatewayMs === p50);
}

/** The cold checks of one scenario; the report's cold tables show these same results. */
export interface ColdChecks {
  /**
   * Upstream calls equal the minimum in every sample: `steadyMinimumCalls` in steady state,
   * `minimumCalls` (Arena's login included) in a fresh process.
   */
  calls: Check;
  /** Steady state: p50 of the gateway's own time (latency − measured upstream path) ≤ coldSlackMs. */
  latency: Check;
}

/** One sample's calls when all samples agree, else each sample's. */
export const countsText = (calls: readonly number[]): string =>
  calls.length === 0 ? '—' : calls.every((count) => count === calls[0]) ? String(calls[0]) : calls.join('/');

/**
 * `steady`: the samples of cache-cold reads in a running gateway (judged on latency); `fresh`: the
 * samples of a first query in a newly started gateway (their calls are checked, not their latency).
 */
export function coldChecks(
  scenario: CallScenario,
  steady: readonly ColdSample[],
  fresh: readonly ColdSample[],
): ColdChecks {
  const steadyMinimum = steadyMinimumCalls(scenario);
  const steadyCalls = steady.map((sample) => sample.calls);
  const freshCalls = fresh.map((sample) => sample.calls);
  const median = medianByGatewayTime(steady);
  return {
    calls: {
      figure: `${scenario.id}: upstream calls`,
      target:
        steadyMinimum === scenario.minimumCalls
          ? `= ${scenario.minimumCalls} (minimum) in every sample, steady state and fresh process`
          : `= ${steadyMinimum} (minimum) in every steady-state sample, ${scenario.minimumCalls} (with Arena's login) in every fresh-process sample`,
      measured: `${countsText(steadyCalls)} steady state, ${countsText(freshCalls)} fresh process`,
      pass:
        steadyCalls.length > 0 &&
        freshCalls.length > 0 &&
        steadyCalls.every((count) => count === steadyMinimum) &&
        freshCalls.every((count) => count === scenario.minimumCalls),
    },
    latency: {
      figure: `${scenario.id}: cold latency (steady state), p50 of ${steady.length} samples by the gateway's own time`,
      target: `≤ upstream critical path + ${TARGETS.coldSlackMs} ms`,
      measured:
        median === undefined
          ? '—'
          : `${median.latencyMs.toFixed(1)} ms = ${median.upstreamMs.toFixed(1)} ms upstream (${median.upstreamCalls} call${median.upstreamCalls === 1 ? '' : 's'}) + ${median.gatewayMs.toFixed(1)} ms gateway`,
      pass: median !== undefined && median.gatewayMs <= TARGETS.coldSlackMs,
    },
  };
}

export function warmChecks(
  id: string,
  measured: {
    maxRps: number;
    p99AtLoadMs: number;
    /** Interleaved runs of the gateway and of the bare route (same bytes): the best of each is compared. */
    vsBare?: { gatewayRps: readonly number[]; bareRps: readonly number[] };
  },
): Check[] {
  const checks: Check[] = [
    {
      figure: `${id} warm: req/s`,
      target: `≥ ${TARGETS.warmMinRps}`,
      measured: measured.maxRps.toFixed(0),
      pass: measured.maxRps >= TARGETS.warmMinRps,
    },
    {
      figure: `${id} warm: p99 at ${TARGETS.warmLoadShare * 100}% of it`,
      target: `≤ ${TARGETS.warmP99Ms} ms`,
      measured: `${measured.p99AtLoadMs.toFixed(1)} ms`,
      pass: measured.p99AtLoadMs <= TARGETS.warmP99Ms,
    },
  ];
  if (measured.vsBare !== undefined) {
    const best = (runs: readonly number[]): number => Math.max(...runs.filter(Number.isFinite));
    const ratio = best(measured.vsBare.gatewayRps) / best(measured.vsBare.bareRps);
    checks.push({
      figure: `${id} warm: req/s ÷ bare Fastify (same bytes), better of two interleaved runs each`,
      target: `≥ ${TARGETS.warmVsBare}`,
      measured: `${ratio.toFixed(2)} (${measured.vsBare.gatewayRps.map((rps) => rps.toFixed(0)).join(', ')} ÷ ${measured.vsBare.bareRps.map((rps) => rps.toFixed(0)).join(', ')} req/s)`,
      pass: ratio >= TARGETS.warmVsBare,
    });
  }
  return checks;
}

export function partialCheck(how: string, partialRps: number, typenameRps: number): Check {
  const ratio = partialRps / typenameRps;
  return {
    figure: `warm, not answerable whole from cache (${how}): req/s ÷ \`{ __typename }\` req/s`,
    target: `≥ ${TARGETS.partialVsTypename}`,
    measured: ratio.toFixed(2),
    pass: ratio >= TARGETS.partialVsTypename,
  };
}

export function growthCheck(figure: string, growthMiB: number, limitMiB: number): Check {
  return {
    figure,
    target: `≤ ${limitMiB} MiB`,
    measured: `${growthMiB.toFixed(1)} MiB`,
    pass: growthMiB <= limitMiB,
  };
}
