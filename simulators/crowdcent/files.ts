import { metaModelFile, inferenceFile, trainingFile } from './parquet.js';
import type { Period } from './periods.js';
import type { ChallengeSeed, TrainingSeed } from './seed.js';
import type { CrowdCentState } from './state.js';

/** Object keys of the platform's files; each is generated the first time someone downloads it. */

export function trainingObject(
  state: CrowdCentState,
  challenge: ChallengeSeed,
  dataset: TrainingSeed,
): string {
  const key = `challenges/${challenge.slug}/training_data/${dataset.version}/${challenge.slug}_training_v${dataset.version}.parquet`;
  const large = state.largeTrainingFile;
  if (large !== undefined && large.slug === challenge.slug) state.storage.defineSynthetic(key, large.bytes);
  else state.storage.define(key, () => trainingFile(challenge, dataset, state.trainingRows));
  return key;
}

export function inferenceObject(state: CrowdCentState, challenge: ChallengeSeed, period: Period): string {
  const key = `challenges/${challenge.slug}/inference_data/${period.date}/inference_data.parquet`;
  state.storage.define(key, () => inferenceFile(challenge, period));
  return key;
}

/** The meta model covers every period whose window has closed; a new file appears each day. */
export function metaModelObject(
  state: CrowdCentState,
  challenge: ChallengeSeed,
  closed: readonly Period[],
): string {
  const last = closed.at(-1)?.date ?? 'empty';
  const key = `challenges/${challenge.slug}/meta_model/${last}/meta_model.parquet`;
  state.storage.define(key, () => metaModelFile(challenge, closed));
  return key;
}
