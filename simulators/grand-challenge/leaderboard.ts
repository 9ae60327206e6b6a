import { isJsonObject } from './http.js';
import type { ChallengeRecord, ChallengeStatus, EvaluationRecord, PhaseRecord } from './model.js';
import type { GcState } from './state.js';

/** Challenge status and evaluation ranks, both derived on every read from the clock and the results. */

export function challengeStatus(challenge: ChallengeRecord, now: number): ChallengeStatus {
  const { phases } = challenge;
  if (phases.some((phase) => phase.opens <= now && (phase.closes === null || now < phase.closes)))
    return 'OPEN';
  if (phases.some((phase) => phase.opens > now)) return 'OPEN_SOON';
  return challenge.completed ? 'COMPLETED' : 'CLOSED';
}

/** A dotted path (`aggregates.dice.mean`) into a metrics JSON. */
export function metricAt(metrics: unknown, path: string): number | undefined {
  let node: unknown = metrics;
  for (const key of path.split('.')) {
    if (!isJsonObject(node)) return undefined;
    node = node[key];
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : undefined;
}

export interface Ranking {
  /** 1-based competition rank; 0 = unranked (failed, pending or unpublished). */
  readonly rank: number;
  readonly rankScore: number | null;
  readonly rankPerMetric: Readonly<Record<string, number>> | null;
}

export const UNRANKED: Ranking = { rank: 0, rankScore: null, rankPerMetric: null };

/** Competition ranking ("1224"): ties share a rank, the next rank skips. */
function ranksBy(values: ReadonlyMap<string, number>, higherIsBetter: boolean): Map<string, number> {
  const sorted = [...values.entries()].sort(([, a], [, b]) => (higherIsBetter ? b - a : a - b));
  const ranks = new Map<string, number>();
  sorted.forEach(([pk, value], index) => {
    const previous = sorted[index - 1];
    const tied = previous !== undefined && previous[1] === value;
    ranks.set(pk, tied ? (ranks.get(previous[0]) ?? index + 1) : index + 1);
  });
  return ranks;
}

/**
 * Ranks the phase's published, succeeded evaluations by its first metric, the platform's
 * "absolute" scoring method [inference]; the per-metric ranks are reported alongside.
 */
export function rankPhase(state: GcState, phase: PhaseRecord): Map<string, Ranking> {
  const ranked: EvaluationRecord[] = [];
  for (const evaluation of state.evaluations.values()) {
    if (evaluation.submission.phase === phase && evaluation.published && evaluation.status === 'Succeeded')
      ranked.push(evaluation);
  }
  const primary = phase.metrics[0];
  const result = new Map<string, Ranking>();
  if (primary === undefined) return result;
  const perMetric = phase.metrics.map((metric) => {
    const values = new Map<string, number>();
    for (const evaluation of ranked) {
      const value = metricAt(evaluation.metrics, metric.path);
      if (value !== undefined) values.set(evaluation.pk, value);
    }
    return { metric, values, ranks: ranksBy(values, metric.higherIsBetter) };
  });
  const [overall] = perMetric;
  for (const evaluation of ranked) {
    const score = overall?.values.get(evaluation.pk);
    if (score === undefined) continue;
    const rankPerMetric: Record<string, number> = {};
    for (const { metric, ranks } of perMetric) {
      const rank = ranks.get(evaluation.pk);
      if (rank !== undefined) rankPerMetric[metric.path] = rank;
    }
    result.set(evaluation.pk, {
      rank: overall?.ranks.get(evaluation.pk) ?? 0,
      rankScore: score,
      rankPerMetric,
    });
  }
  return result;
}
