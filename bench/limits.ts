/**
 * The targets of DESIGN §10 as numbers, and the pass/fail checks the report prints beside each
 * figure. A missed target is reported, never thrown: the harness exits 0 either way.
 */
import type { ColdSample } from './criticalPath.js';
import type { CallScenario } from './scenarios.js';
import { percentile } from './stats.js';

export const TARGETS = {
  /**
   * Cold latency may exceed the measured upstream critical path by this much: the gateway's own
   * time (bench/criticalPath.ts).
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
 * The declared critical path: dependent calls × the simulated latency. A lower bound of what the
 * upstream takes (it leaves out the simulators' time to build and send an answer); shown beside the
 * measured one, never judged against.
 */
export function criticalPathMs(scenario: CallScenario, latencyMs: number): number {
  return scenario.dependentCalls * latencyMs;
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
  /** Upstream calls equal the minimum in every sample. */
  calls: Check;
  /** p50 of the gateway's own time (latency − measured upstream critical path) ≤ coldSlackMs. */
  latency: Check;
}

export function coldChecks(scenario: CallScenario, samples: readonly ColdSample[]): ColdChecks {
  const calls = samples.map((sample) => sample.calls);
  const same = calls.every((count) => count === calls[0]);
  const median = medianByGatewayTime(samples);
  return {
    calls: {
      figure: `${scenario.id}: upstream calls`,
      target: `= ${scenario.minimumCalls} (minimum) in every sample`,
      measured: calls.length === 0 ? '—' : same ? String(calls[0]) : calls.join('/'),
      pass: calls.length > 0 && calls.every((count) => count === scenario.minimumCalls),
    },
    latency: {
      figure: `${scenario.id}: cold latency, p50 of ${samples.length} samples by the gateway's own time`,
      target: `≤ upstream critical path + ${TARGETS.coldSlackMs} ms`,
      measured:
        median === undefined
          ? '—'
          : `${median.latencyMs.toFixed(1)} ms = ${median.upstreamMs.toFixed(1)} ms upstream (${median.upstreamCalls} calls) + ${median.gatewayMs.toFixed(1)} ms gateway`,
      pass: median !== undefined && median.gatewayMs <= TARGETS.coldSlackMs,
    },
  };
}

export function warmChecks(
  id: string,
  measured: { maxRps: number; p99AtLoadMs: number; bareRps?: number },
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
  if (measured.bareRps !== undefined) {
    const ratio = measured.maxRps / measured.bareRps;
    checks.push({
      figure: `${id} warm: req/s ÷ bare Fastify (same bytes)`,
      target: `≥ ${TARGETS.warmVsBare}`,
      measured: ratio.toFixed(2),
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
