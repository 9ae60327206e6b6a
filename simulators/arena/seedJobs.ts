import { confusionPng, scatterSvg } from './images.js';
import { emptyResults, type DatasetRecord, type JobRecord, type JobResults, type Split } from './model.js';
import { hashSeed, rng, round } from './random.js';
import type { ArenaState } from './state.js';
import { DAY, HOUR, MINUTE, SECOND, type Millis } from './time.js';

/**
 * 26 jobs, oldest first: 1–19 finished (16 `done`, 3 `failed`: 6, 12, 17), 20–21 `running`
 * (backend, backend2), 22–26 `pending` in queue order. Results are computed from predictions
 * drawn against the true labels, so every score matches its label lists.
 */

type Outcome =
  | { kind: 'done'; accuracy: number; partial?: boolean; pictures?: readonly PictureKind[] }
  | { kind: 'failed'; message: string }
  | { kind: 'running' }
  | { kind: 'pending' };

type PictureKind = 'confusion_matrix.png' | 'decision_boundary.svg';

interface JobSpec {
  owner: string;
  group: string | null;
  round: number | null;
  dataset: number;
  algorithm: string;
  params: Record<string, unknown>;
  /** Age at seed time. */
  age: Millis;
  worker?: 'backend' | 'backend2';
  outcome: Outcome;
}

const done = (accuracy: number, extra: Partial<Extract<Outcome, { kind: 'done' }>> = {}): Outcome => ({
  kind: 'done',
  accuracy,
  ...extra,
});

const SPECS: readonly JobSpec[] = [
  {
    owner: 'alice',
    group: 'team-a',
    round: 1,
    dataset: 1,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'gaussian', estimator: 'ml' },
    age: 40 * DAY,
    worker: 'backend',
    outcome: done(0.95, { pictures: ['confusion_matrix.png'] }),
  },
  {
    owner: 'bob',
    group: 'team-a',
    round: 1,
    dataset: 1,
    algorithm: 'knn',
    params: { k: 5 },
    age: 39 * DAY,
    worker: 'backend',
    outcome: done(0.93),
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 1,
    dataset: 1,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'epanechnikov', estimator: 'ml', shape: 0.5 },
    age: 38 * DAY,
    worker: 'backend2',
    outcome: done(0.9),
  },
  {
    owner: 'dave',
    group: null,
    round: 1,
    dataset: 2,
    algorithm: 'svm',
    params: { C: 1, kernel: 'rbf', gamma: 2 },
    age: 37 * DAY,
    worker: 'backend',
    outcome: done(0.97, { pictures: ['decision_boundary.svg'] }),
  },
  {
    owner: 'alice',
    group: 'team-a',
    round: 1,
    dataset: 2,
    algorithm: 'label_propagation',
    params: { gamma: 20 },
    age: 36 * DAY,
    worker: 'backend2',
    outcome: done(0.88, { partial: true }),
  },
  {
    owner: 'bob',
    group: 'team-a',
    round: 1,
    dataset: 2,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'gaussian', estimator: 'cv' },
    age: 35 * DAY,
    worker: 'backend',
    outcome: {
      kind: 'failed',
      message:
        'Traceback (most recent call last):\n  File "program/kde.py", line 41, in do_stuff\n    raise ValueError("unknown estimator: %s" % estimator)\nValueError: unknown estimator: cv',
    },
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 1,
    dataset: 2,
    algorithm: 'knn',
    params: { k: 15 },
    age: 30 * DAY,
    worker: 'backend',
    outcome: done(0.96),
  },
  {
    owner: 'dave',
    group: null,
    round: 1,
    dataset: 1,
    algorithm: 'decision_tree',
    params: { max_depth: 3 },
    age: 20 * DAY,
    worker: 'backend2',
    outcome: done(0.92),
  },
  {
    owner: 'alice',
    group: null,
    round: null,
    dataset: 1,
    algorithm: 'naive_bayes',
    params: {},
    age: 18 * DAY,
    worker: 'backend',
    outcome: done(0.94),
  },
  {
    owner: 'bob',
    group: null,
    round: null,
    dataset: 3,
    algorithm: 'knn',
    params: { k: 3 },
    age: 16 * DAY,
    worker: 'backend',
    outcome: done(0.9),
  },
  {
    owner: 'carol',
    group: null,
    round: null,
    dataset: 3,
    algorithm: 'svm',
    params: { C: 10, kernel: 'linear' },
    age: 15 * DAY,
    worker: 'backend2',
    outcome: done(0.41),
  },
  {
    owner: 'dave',
    group: 'team-c',
    round: null,
    dataset: 2,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'tophat', estimator: 'ml', shape: 0.001 },
    age: 14 * DAY,
    worker: 'backend',
    outcome: {
      kind: 'failed',
      message:
        'Traceback (most recent call last):\n  File "program/kde.py", line 77, in do_stuff\n    inv = np.linalg.inv(cov)\nnumpy.linalg.LinAlgError: Singular matrix',
    },
  },
  {
    owner: 'alice',
    group: 'team-a',
    round: 2,
    dataset: 3,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'gaussian', estimator: 'ml', shape: 0.1 },
    age: 9 * DAY,
    worker: 'backend',
    outcome: done(0.93, { pictures: ['decision_boundary.svg', 'confusion_matrix.png'] }),
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 2,
    dataset: 2,
    algorithm: 'svm',
    params: { C: 3, kernel: 'rbf', gamma: 5 },
    age: 8 * DAY,
    worker: 'backend',
    outcome: done(0.985),
  },
  {
    owner: 'alice',
    group: 'team-a',
    round: 2,
    dataset: 3,
    algorithm: 'label_propagation',
    params: { gamma: 50 },
    age: 7 * DAY,
    worker: 'backend2',
    outcome: done(0.86, { partial: true }),
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 2,
    dataset: 3,
    algorithm: 'knn',
    params: { k: 7 },
    age: 5 * DAY,
    worker: 'backend',
    outcome: done(0.95),
  },
  {
    owner: 'alice',
    group: 'team-a',
    round: 2,
    dataset: 3,
    algorithm: 'svm',
    params: { C: 100, kernel: 'rbf', gamma: 30 },
    age: 3 * DAY,
    worker: 'backend2',
    outcome: { kind: 'failed', message: 'Worker gave up: training did not finish within 600 s.' },
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 2,
    dataset: 2,
    algorithm: 'decision_tree',
    params: { max_depth: 6 },
    age: 2 * DAY,
    worker: 'backend',
    outcome: done(0.94),
  },
  {
    owner: 'bob',
    group: 'team-a',
    round: null,
    dataset: 1,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'gaussian', estimator: 'ml', shape: 0.3 },
    age: DAY,
    worker: 'backend',
    outcome: done(0.96),
  },
  {
    owner: 'alice',
    group: 'team-a',
    round: 2,
    dataset: 3,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'gaussian', estimator: 'ml', shape: 0.05 },
    age: 30 * MINUTE,
    worker: 'backend',
    outcome: { kind: 'running' },
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 2,
    dataset: 2,
    algorithm: 'knn',
    params: { k: 11 },
    age: 25 * MINUTE,
    worker: 'backend2',
    outcome: { kind: 'running' },
  },
  {
    owner: 'dave',
    group: null,
    round: null,
    dataset: 1,
    algorithm: 'svm',
    params: { C: 1, kernel: 'poly', degree: 3 },
    age: 15 * MINUTE,
    outcome: { kind: 'pending' },
  },
  {
    owner: 'bob',
    group: 'team-a',
    round: null,
    dataset: 2,
    algorithm: 'naive_bayes',
    params: {},
    age: 12 * MINUTE,
    outcome: { kind: 'pending' },
  },
  {
    owner: 'alice',
    group: 'team-a',
    round: 2,
    dataset: 2,
    algorithm: 'parzen_window',
    params: { kdeKernel: 'gaussian', estimator: 'ml' },
    age: 8 * MINUTE,
    outcome: { kind: 'pending' },
  },
  {
    owner: 'carol',
    group: 'team-b',
    round: 2,
    dataset: 3,
    algorithm: 'label_propagation',
    params: { gamma: 35 },
    age: 5 * MINUTE,
    outcome: { kind: 'pending' },
  },
  {
    owner: 'dave',
    group: 'team-c',
    round: null,
    dataset: 3,
    algorithm: 'decision_tree',
    params: { max_depth: 10 },
    age: 2 * MINUTE,
    outcome: { kind: 'pending' },
  },
];

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
