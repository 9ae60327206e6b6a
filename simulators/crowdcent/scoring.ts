import { periodIds, realisedTarget, type Predictions } from './market.js';
import type { ChallengeSeed } from './seed.js';

/**
 * Scores are computed from the submitted predictions against the fake market's realised
 * targets, so a better file really scores better and the numbers are reproducible.
 */

export type Scores = Record<string, number>;

const NDCG_DEPTH = 40;
/** Reference says ids missing from a submission are scored as 0.5. */
const MISSING_PREDICTION = 0.5;

/** Where the simulated crowd's scores sit, for turning a score into a 0–100 percentile. */
const CROWD = { ndcg: { mean: 0.58, sd: 0.06 }, spearman: { mean: 0.02, sd: 0.08 } };

function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const averageRank = (start + end) / 2;
    for (let k = start; k <= end; k += 1) result[order[k]?.index ?? 0] = averageRank;
    start = end + 1;
  }
  return result;
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let cov = 0;
  let varX = 0;
  let varY = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    cov += dx * dy;
    varX += dx * dx;
    varY += dy * dy;
  }
  return varX === 0 || varY === 0 ? 0 : cov / Math.sqrt(varX * varY);
}

function ndcgAt(depth: number, predicted: readonly number[], truth: readonly number[]): number {
  const discounted = (gains: readonly number[]): number =>
    gains.slice(0, depth).reduce((sum, gain, position) => sum + gain / Math.log2(position + 2), 0);
  const byPrediction = truth.map((gain, index) => ({ gain, score: predicted[index] ?? 0 }));
  byPrediction.sort((a, b) => b.score - a.score);
  const ideal = discounted([...truth].sort((a, b) => b - a));
  return ideal === 0 ? 0 : discounted(byPrediction.map((entry) => entry.gain)) / ideal;
}

/** `ndcg@40_<h>` and `spearman_<h>` for every horizon, over the period's full id list. */
export function scorePredictions(
  challenge: ChallengeSeed,
  periodIndex: number,
  predictions: Predictions,
): Scores {
  const ids = periodIds(challenge, periodIndex);
  const position = new Map(predictions.ids.map((id, index) => [id, index]));
  const ndcg: Scores = {};
  const spearman: Scores = {};
  for (const horizon of challenge.horizons) {
    const column = predictions.columns[`pred_${horizon}`];
    const predicted = ids.map((id) => {
      const index = position.get(id);
      return index === undefined || column === undefined
        ? MISSING_PREDICTION
        : (column[index] ?? MISSING_PREDICTION);
    });
    const truth = ids.map((id) => realisedTarget(challenge, periodIndex, id, horizon));
    ndcg[`ndcg@${NDCG_DEPTH}_${horizon}`] = ndcgAt(NDCG_DEPTH, predicted, truth);
    spearman[`spearman_${horizon}`] = pearson(ranks(predicted), ranks(truth));
  }
  return { ...ndcg, ...spearman };
}

/** Abramowitz–Stegun 7.1.26; plenty for a percentile shown with two decimals. */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Same keys as the scores plus `composite_percentile`, on the 0–100 scale. */
export function percentiles(scores: Scores): Scores {
  const result: Scores = {};
  for (const [key, value] of Object.entries(scores)) {
    const crowd = key.startsWith('ndcg') ? CROWD.ndcg : CROWD.spearman;
    result[key] = round2(100 * normalCdf((value - crowd.mean) / crowd.sd));
  }
  const values = Object.values(result);
  result.composite_percentile = round2(
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length),
  );
  return result;
}
