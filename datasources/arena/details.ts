import { refused, type ArenaRefusal } from './errors.js';
import type { ArenaExtraScores } from './models.js';

/**
 * `update_job_details` (shared/platforms/arena.md §5): what a worker posts when a job finished.
 * Every field is optional, as in transit from the Python client (a `None` is simply absent).
 */
export interface ArenaJobDetailsInput {
  /** Default true: `done`; false: `failed`. */
  success?: boolean | undefined;
  /** Required when `success`; in [0, 1]. */
  scoreTest?: number | null | undefined;
  /** In [0, 1]. */
  scoreValidation?: number | null | undefined;
  /** Predicted labels per split; each as long as the split. */
  labelsTraining?: readonly number[] | null | undefined;
  labelsTest?: readonly number[] | null | undefined;
  labelsValidation?: readonly number[] | null | undefined;
  extraScoresTest?: Readonly<ArenaExtraScores> | null | undefined;
  extraScoresValidation?: Readonly<ArenaExtraScores> | null | undefined;
  /** At most 10 000 characters. */
  message?: string | null | undefined;
  /** Filenames of pictures already uploaded to the job. */
  pictures?: readonly string[] | null | undefined;
}

const MESSAGE_LIMIT = 10_000;

function scoreProblem(name: string, value: number | null | undefined): ArenaRefusal | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0 || value > 1)
    return refused('VALIDATION_ERROR', `${name} must be a number in [0, 1] (it is ${value}).`, name);
  return undefined;
}

function labelsProblem(name: string, value: readonly number[] | null | undefined): ArenaRefusal | undefined {
  if (value === null || value === undefined) return undefined;
  if (!value.every((label) => Number.isSafeInteger(label)))
    return refused('VALIDATION_ERROR', `${name} must be a list of whole numbers.`, name);
  return undefined;
}

function extraProblem(
  name: string,
  value: Readonly<ArenaExtraScores> | null | undefined,
): ArenaRefusal | undefined {
  if (value === null || value === undefined) return undefined;
  for (const [key, score] of Object.entries(value)) {
    if (typeof score === 'string' || (typeof score === 'number' && Number.isFinite(score))) continue;
    return refused('VALIDATION_ERROR', `${name}: the value of "${key}" must be a number or a string.`, name);
  }
  return undefined;
}

/**
 * The checks Arena would make that need nothing but the input, made before any call so a bad
 * result never leaves the gateway. Label counts against the split sizes are left to the platform.
 */
export function jobDetailsProblem(input: ArenaJobDetailsInput): ArenaRefusal | undefined {
  const success = input.success ?? true;
  if (success && (input.scoreTest === null || input.scoreTest === undefined))
    return refused('VALIDATION_ERROR', 'scoreTest is required when the job succeeded.', 'scoreTest');
  if (input.message && input.message.length > MESSAGE_LIMIT)
    return refused('VALIDATION_ERROR', `message must be at most ${MESSAGE_LIMIT} characters.`, 'message');
  if (input.pictures?.some((name) => name.trim() === ''))
    return refused('VALIDATION_ERROR', 'pictures must be filenames.', 'pictures');
  return (
    scoreProblem('scoreTest', input.scoreTest) ??
    scoreProblem('scoreValidation', input.scoreValidation) ??
    labelsProblem('labelsTraining', input.labelsTraining) ??
    labelsProblem('labelsTest', input.labelsTest) ??
    labelsProblem('labelsValidation', input.labelsValidation) ??
    extraProblem('extraScoresTest', input.extraScoresTest) ??
    extraProblem('extraScoresValidation', input.extraScoresValidation)
  );
}

const json = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : JSON.stringify(value);

/** The form fields: lists and dicts as JSON text, absent values left out (§1 "Field values"). */
export function jobDetailsForm(input: ArenaJobDetailsInput): Record<string, string | undefined> {
  return {
    success: (input.success ?? true) ? 'true' : 'false',
    score_test:
      input.scoreTest === null || input.scoreTest === undefined ? undefined : String(input.scoreTest),
    score_validation:
      input.scoreValidation === null || input.scoreValidation === undefined
        ? undefined
        : String(input.scoreValidation),
    labels_training: json(input.labelsTraining),
    labels_test: json(input.labelsTest),
    labels_validation: json(input.labelsValidation),
    extra_scores_test: json(input.extraScoresTest),
    extra_scores_validation: json(input.extraScoresValidation),
    message: input.message ?? undefined,
    pictures: json(input.pictures),
  };
}
