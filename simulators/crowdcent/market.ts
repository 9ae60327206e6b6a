import { clamp01, hashSeed, rng, draw } from '../core/random.js';
import type { ChallengeSeed } from './seed.js';
import { CRYPTO_SYMBOLS, EQUITY_TICKERS } from './symbols.js';

/**
 * The fake market behind every file and score: universes, features and the realised targets
 * that evaluate predictions. All values are pure functions of (challenge, period, id), so files
 * can be regenerated at any time and always agree with the scores.
 */

/** Predictions keyed by column name (`pred_10d`, …), aligned with `ids`. */
export interface Predictions {
  readonly ids: readonly string[];
  readonly columns: Readonly<Record<string, Float64Array>>;
}

export function universe(challenge: ChallengeSeed): readonly string[] {
  return challenge.universe === 'crypto' ? CRYPTO_SYMBOLS : EQUITY_TICKERS;
}

/** Ids in one period's inference file: ~4% of the universe drops out each day (delistings, stale data). */
export function periodIds(challenge: ChallengeSeed, periodIndex: number): string[] {
  return universe(challenge).filter((id) => draw(challenge.slug, 'listed', periodIndex, id) >= 0.04);
}

/** Realised cross-sectional rank of an id's forward return, the hidden truth scores use. */
export function realisedTarget(
  challenge: ChallengeSeed,
  periodIndex: number,
  id: string,
  horizon: string,
): number {
  return draw(challenge.slug, 'target', periodIndex, id, horizon);
}

export function predictionColumns(challenge: ChallengeSeed): string[] {
  return challenge.horizons.map((horizon) => `pred_${horizon}`);
}

/**
 * Predictions of a model with the given skill (0 = noise, 1 = perfect): what the seeded users
 * submitted and what the meta model aggregates.
 */
export function modelPredictions(
  challenge: ChallengeSeed,
  periodIndex: number,
  skill: number,
  seed: string,
): Predictions {
  const ids = periodIds(challenge, periodIndex);
  const random = rng(hashSeed(challenge.slug, periodIndex, seed));
  const columns: Record<string, Float64Array> = {};
  for (const horizon of challenge.horizons) {
    columns[`pred_${horizon}`] = Float64Array.from(ids, (id) => {
      const truth = realisedTarget(challenge, periodIndex, id, horizon);
      return clamp01(0.5 + skill * (truth - 0.5) + (1 - skill) * (random() - 0.5));
    });
  }
  return { ids, columns };
}

/**
 * Feature rows for the given ids: 20 signals at lags 0/5/10/15, where longer lags drift further
 * from today's value, the way rolling features do.
 */
export function featureColumns(rows: number, seed: number): Float64Array[] {
  const random = rng(seed);
  const columns: Float64Array[] = [];
  for (let feature = 0; feature < 20; feature += 1) {
    const lagged = [0, 5, 10, 15].map(() => new Float64Array(rows));
    for (let row = 0; row < rows; row += 1) {
      const today = random();
      lagged.forEach((column, lag) => {
        column[row] = lag === 0 ? today : clamp01(today + (random() - 0.5) * lag * 0.25);
      });
    }
    columns.push(...lagged);
  }
  return columns;
}
