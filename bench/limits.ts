/**
 * The targets of DESIGN §10 as numbers, and the pass/fail checks the report prints beside each
 * figure. A missed target is reported, never thrown: the harness exits 0 either way.
 */
import type { CallScenario } from './scenarios.js';

export const TARGETS = {
  /** Cold latency may exceed the critical path by this much. */
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

export function criticalPathMs(scenario: CallScenario, latencyMs: number): number {
  return scenario.dependentCalls * latencyMs;
}

export function coldChecks(
  scenario: CallScenario,
  latencyMs: number,
  measured: { p50Ms: number; calls: number },
): Check[] {
  const limitMs = criticalPathMs(scenario, latencyMs);
  return [
    {
      figure: `${scenario.id}: upstream calls`,
      target: `= ${scenario.minimumCalls} (minimum)`,
      measured: String(measured.calls),
      pass: measured.calls === scenario.minimumCalls,
    },
    {
      figure: `${scenario.id}: cold p50 latency`,
      target: `≤ ${limitMs} + ${TARGETS.coldSlackMs} ms`,
      measured: `${measured.p50Ms.toFixed(1)} ms`,
      pass: measured.p50Ms <= limitMs + TARGETS.coldSlackMs,
    },
  ];
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
