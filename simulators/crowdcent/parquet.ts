import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { featureColumns, periodIds, realisedTarget, universe, type Predictions } from './market.js';
import { clamp01, hashSeed, rng } from '../core/random.js';
import { featureNames, type ChallengeSeed, type TrainingSeed } from './seed.js';
import { eodhdId } from './symbols.js';
import { US_PER_DAY, US_PER_MS, type Micros } from './time.js';
import type { Period } from './periods.js';

/** Generators for every Parquet file the platform serves, in the layouts of the reference §6. */

const toBytes = (columnData: ColumnSource[]): Uint8Array =>
  new Uint8Array(parquetWriteBuffer({ columnData }));

const dayStart = (us: Micros): Date => new Date(Math.floor(us / US_PER_DAY) * (US_PER_DAY / US_PER_MS));

function keyColumns(
  challenge: ChallengeSeed,
  ids: readonly string[],
  dates: readonly Date[],
): ColumnSource[] {
  return [
    { name: 'id', data: [...ids], type: 'STRING' },
    { name: 'eodhd_id', data: ids.map((id) => eodhdId(id, challenge.universe)), type: 'STRING' },
    { name: 'date', data: [...dates], type: 'TIMESTAMP' },
  ];
}

function featureSources(rows: number, seed: number): ColumnSource[] {
  const names = featureNames();
  return featureColumns(rows, seed).map((data, index) => ({
    name: names[index] ?? 'feature',
    data,
    type: 'DOUBLE',
  }));
}

/** Weekly snapshots of the whole universe up to the upload date, `rows` rows in all. */
export function trainingFile(challenge: ChallengeSeed, dataset: TrainingSeed, rows: number): Uint8Array {
  const ids = universe(challenge);
  const snapshots = Math.max(1, Math.ceil(rows / ids.length));
  const rowIds: string[] = [];
  const rowDates: Date[] = [];
  for (let row = 0; row < rows; row += 1) {
    const snapshot = Math.floor(row / ids.length);
    rowIds.push(ids[row % ids.length] ?? '');
    rowDates.push(dayStart(dataset.uploadedAt - (snapshots - snapshot) * 7 * US_PER_DAY));
  }
  const seed = hashSeed(challenge.slug, 'training', dataset.version);
  const features = featureSources(rows, seed);
  const driver = features[0]?.data;
  const random = rng(seed + 1);
  // targets lean on feature_1_lag0 so a model trained on the file has something to find
  const targets: ColumnSource[] = challenge.horizons.map((horizon) => ({
    name: `target_${horizon}`,
    type: 'DOUBLE',
    data: Float64Array.from({ length: rows }, (_, row) => {
      const signal = driver instanceof Float64Array ? (driver[row] ?? 0.5) : 0.5;
      return clamp01(0.5 + 0.3 * (signal - 0.5) + 0.8 * (random() - 0.5));
    }),
  }));
  return toBytes([...keyColumns(challenge, rowIds, rowDates), ...features, ...targets]);
}

/** One row per listed id, dated the release day; same columns as training without targets. */
export function inferenceFile(challenge: ChallengeSeed, period: Period): Uint8Array {
  const ids = periodIds(challenge, period.index);
  const dates = ids.map(() => dayStart(period.release));
  const features = featureSources(ids.length, hashSeed(challenge.slug, 'inference', period.index));
  return toBytes([...keyColumns(challenge, ids, dates), ...features]);
}

/** One row per id per closed period: the crowd's aggregate, decently but not perfectly skilled. */
export function metaModelFile(challenge: ChallengeSeed, periods: readonly Period[]): Uint8Array {
  const ids: string[] = [];
  const releaseDates: Date[] = [];
  const columns = new Map<string, number[]>(challenge.horizons.map((h) => [`pred_${h}`, []]));
  for (const period of periods) {
    const random = rng(hashSeed(challenge.slug, 'meta', period.index));
    for (const id of periodIds(challenge, period.index)) {
      ids.push(id);
      releaseDates.push(new Date(Math.floor(period.release / US_PER_MS)));
      for (const horizon of challenge.horizons) {
        const truth = realisedTarget(challenge, period.index, id, horizon);
        columns.get(`pred_${horizon}`)?.push(clamp01(0.5 + 0.4 * (truth - 0.5) + 0.5 * (random() - 0.5)));
      }
    }
  }
  const predictions: ColumnSource[] = [...columns].map(([name, values]) => ({
    name,
    data: Float64Array.from(values),
    type: 'DOUBLE',
  }));
  return toBytes([
    { name: 'id', data: ids, type: 'STRING' },
    ...predictions,
    { name: 'release_date', data: releaseDates, type: 'TIMESTAMP' },
  ]);
}

/** A participant's upload, as the seeded users would have written it. */
export function predictionFile(predictions: Predictions): Uint8Array {
  return toBytes([
    { name: 'id', data: [...predictions.ids], type: 'STRING' },
    ...Object.entries(predictions.columns).map(([name, data]): ColumnSource => ({
      name,
      data,
      type: 'DOUBLE',
    })),
  ]);
}
