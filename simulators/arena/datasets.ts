import type { PointRecord, Split } from './model.js';
import { gaussian, hashSeed, rng, round, shuffled } from '../core/random.js';

/**
 * The course-sized datasets of the seed: an iris look-alike drawn from the real per-class means
 * and deviations, scikit-learn style two moons, and three interleaved spirals. The points are
 * shuffled, then each class is split 60/20/20 into training/test/validation.
 */

export interface GeneratedDataset {
  readonly name: string;
  readonly description: string;
  readonly nFeatures: number;
  readonly classes: readonly number[];
  readonly samples: ReadonlyArray<{ features: number[]; label: number }>;
}

const IRIS_CLASSES = [
  { mean: [5.006, 3.428, 1.462, 0.246], sd: [0.352, 0.379, 0.174, 0.105] },
  { mean: [5.936, 2.77, 4.26, 1.326], sd: [0.516, 0.314, 0.47, 0.198] },
  { mean: [6.588, 2.974, 5.552, 2.026], sd: [0.636, 0.322, 0.552, 0.275] },
];

export function iris(perClass = 50): GeneratedDataset {
  const next = rng(hashSeed('iris'));
  const samples = IRIS_CLASSES.flatMap(({ mean, sd }, label) =>
    Array.from({ length: perClass }, () => ({
      features: mean.map((m, index) => Math.max(0.1, round(m + (sd[index] ?? 0) * gaussian(next), 1))),
      label,
    })),
  );
  return {
    name: 'iris',
    description:
      "Fisher's iris flowers: sepal and petal length and width in cm; 0 setosa, 1 versicolor, 2 virginica.",
    nFeatures: 4,
    classes: [0, 1, 2],
    samples,
  };
}

export function moons(perClass = 200, noise = 0.15): GeneratedDataset {
  const next = rng(hashSeed('moons'));
  const samples = [0, 1].flatMap((label) =>
    Array.from({ length: perClass }, (_, index) => {
      const t = (Math.PI * index) / (perClass - 1);
      const x = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const y = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      return {
        features: [round(x + noise * gaussian(next), 4), round(y + noise * gaussian(next), 4)],
        label,
      };
    }),
  );
  return {
    name: 'moons',
    description: 'Two interleaving half circles with Gaussian noise (sd 0.15); not linearly separable.',
    nFeatures: 2,
    classes: [0, 1],
    samples,
  };
}

export function spirals(perClass = 200, arms = 3): GeneratedDataset {
  const next = rng(hashSeed('spirals'));
  const samples = Array.from({ length: arms }, (_, label) => label).flatMap((label) =>
    Array.from({ length: perClass }, (_, index) => {
      const r = index / perClass;
      const angle = (label * 2 * Math.PI) / arms + r * 4 + 0.2 * gaussian(next);
      return { features: [round(r * Math.sin(angle), 4), round(r * Math.cos(angle), 4)], label };
    }),
  );
  return {
    name: 'spirals',
    description: 'Three interleaved spiral arms in the plane; a classic for kernel methods.',
    nFeatures: 2,
    classes: Array.from({ length: arms }, (_, label) => label),
    samples,
  };
}

function splitOf(indexInClass: number, classSize: number): Split {
  const training = Math.round(classSize * 0.6);
  const test = Math.round(classSize * 0.2);
  if (indexInClass < training) return 'training';
  return indexInClass < training + test ? 'test' : 'validation';
}

/** Shuffle, then a stratified split; `nextPointId` hands out the global point ids in shuffled order. */
export function toPoints(dataset: GeneratedDataset, nextPointId: () => number): PointRecord[] {
  const sizes = new Map<number, number>();
  for (const { label } of dataset.samples) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  const seen = new Map<number, number>();
  return shuffled(dataset.samples, rng(hashSeed('shuffle', dataset.name))).map((sample) => {
    const index = seen.get(sample.label) ?? 0;
    seen.set(sample.label, index + 1);
    return {
      id: nextPointId(),
      features: sample.features,
      label: sample.label,
      split: splitOf(index, sizes.get(sample.label) ?? 0),
    };
  });
}
