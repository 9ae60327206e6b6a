import { confusionPng, scatterSvg } from './images.js';
import { emptyResults, type DatasetRecord, type JobRecord, type JobResults, type Split } from './model.js';
import { hashSeed, rng, round } from '../core/random.js';
import { SPECS, type PictureKind } from './seedJobSpecs.js';
import type { ArenaState } from './state.js';
import { HOUR, MINUTE, SECOND, type Millis } from './time.js';

/**
 * Builds the jobs of `seedJobSpecs.ts`. Results are computed from predictions drawn against the
 * true labels, so every score matches its label lists.
 */

/** Predictions that hit the true label with probability `accuracy`, else another class. */
function predict(
  dataset: DatasetRecord,
  split: Split,
  accuracy: number,
  next: () => number,
): { truth: number[]; predicted: number[] } {
  const points = dataset.points.filter((point) => point.split === split);
  const truth = points.map((point) => point.label);
  const predicted = truth.map((label) => {
    if (next() < accuracy) return label;
    const others = dataset.classes.filter((candidate) => candidate !== label);
    return others[Math.floor(next() * others.length)] ?? label;
  });
  return { truth, predicted };
}

function accuracyOf({ truth, predicted }: { truth: number[]; predicted: number[] }): number {
  return predicted.filter((label, index) => label === truth[index]).length / Math.max(1, truth.length);
}

function macroF1(
  classes: readonly number[],
  { truth, predicted }: { truth: number[]; predicted: number[] },
): number {
  const scores = classes.map((label) => {
    const tp = predicted.filter((value, index) => value === label && truth[index] === label).length;
    const fp = predicted.filter((value, index) => value === label && truth[index] !== label).length;
    const fn = truth.filter((value, index) => value === label && predicted[index] !== label).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return round(scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length), 4);
}

function confusion(
  classes: readonly number[],
  { truth, predicted }: { truth: number[]; predicted: number[] },
): number[][] {
  return classes.map((row) =>
    classes.map(
      (column) => truth.filter((value, index) => value === row && predicted[index] === column).length,
    ),
  );
}

function results(
  dataset: DatasetRecord,
  jobId: number,
  accuracy: number,
  partial: boolean,
  next: () => number,
): JobResults {
  const training = predict(dataset, 'training', Math.min(1, accuracy + 0.03), next);
  const test = predict(dataset, 'test', accuracy, next);
  const validation = predict(dataset, 'validation', accuracy, next);
  const time = `${(5 + next() * 400).toFixed(3)}ms`;
  return {
    ...emptyResults(),
    success: true,
    scoreTest: accuracyOf(test),
    scoreValidation: partial ? null : accuracyOf(validation),
    extraScoresTest: { time, f1_macro: macroF1(dataset.classes, test) },
    extraScoresValidation: partial ? null : { f1_macro: macroF1(dataset.classes, validation) },
    message: partial ? null : `Training time: ${time} (job ${jobId})`,
    labelsTraining: partial ? null : training.predicted,
    labelsTest: partial ? null : test.predicted,
    labelsValidation: partial ? null : validation.predicted,
  };
}

export function seedJobs(state: ArenaState, start: Millis): void {
  for (const spec of SPECS) {
    const id = state.nextId('job');
    const dataset = state.datasets.get(spec.dataset);
    if (dataset === undefined) throw new Error(`seed job ${id}: no dataset ${spec.dataset}`);
    const next = rng(hashSeed('job', id));
    const createdAt = start - spec.age;
    const claimed = spec.outcome.kind !== 'pending';
    const startedAt = claimed ? createdAt + Math.round(((1 + next() * 4) * MINUTE) / SECOND) * SECOND : null;
    const job: JobRecord = {
      id,
      algorithm: spec.algorithm,
      dataset: spec.dataset,
      params: spec.params,
      owner: spec.owner,
      group: spec.group,
      round: spec.round,
      createdAt,
      status: spec.outcome.kind,
      worker: claimed ? (spec.worker ?? 'backend') : null,
      startedAt: startedAt === null ? null : Math.min(startedAt, start - MINUTE),
      finishedAt: null,
      ...emptyResults(),
    };
    const { outcome } = spec;
    if ((outcome.kind === 'done' || outcome.kind === 'failed') && job.startedAt !== null)
      job.finishedAt = job.startedAt + Math.round(next() * 2 * HOUR) + 1 + Math.floor(next() * 999);
    if (outcome.kind === 'done') {
      Object.assign(job, results(dataset, id, outcome.accuracy, outcome.partial === true, next));
      for (const kind of outcome.pictures ?? [])
        seedPicture(state, job, dataset, kind, (job.finishedAt ?? createdAt) - SECOND);
    } else if (outcome.kind === 'failed') {
      Object.assign(job, { ...emptyResults(), success: false, message: outcome.message });
    }
    state.jobs.set(id, job);
  }
}

function seedPicture(
  state: ArenaState,
  job: JobRecord,
  dataset: DatasetRecord,
  kind: PictureKind,
  at: Millis,
): void {
  const testPoints = dataset.points.filter((point) => point.split === 'test');
  const predicted = job.labelsTest ?? testPoints.map((point) => point.label);
  const bytes =
    kind === 'confusion_matrix.png'
      ? confusionPng(confusion(dataset.classes, { truth: testPoints.map((point) => point.label), predicted }))
      : scatterSvg(
          `${dataset.name}: predicted test labels (job ${job.id})`,
          testPoints.map((point, index) => ({
            x: point.features[0] ?? 0,
            y: point.features[1] ?? 0,
            label: predicted[index] ?? point.label,
          })),
        );
  const id = state.nextId('picture');
  state.pictures.set(id, {
    id,
    job: job.id,
    filename: kind,
    contentType: kind.endsWith('.png') ? 'image/png' : 'image/svg+xml',
    bytes,
    uploadedAt: at,
  });
}
