import { Fields, type Form } from './form.js';
import {
  SPLITS,
  type DatasetRecord,
  type ExtraScores,
  type JobRecord,
  type JobResults,
  type Split,
} from './model.js';
import type { ArenaState } from './state.js';
import { sanitizeFilename } from './pictures.js';

/** `POST /api/jobs/{id}/details/` (reference §5): every field is checked before anything changes. */

const MESSAGE_LIMIT = 10_000;

function labels(fields: Fields, dataset: DatasetRecord, state: ArenaState, split: Split): number[] | null {
  const name = `labels_${split}`;
  const raw = fields.list(name);
  if (raw === undefined) return null;
  if (!raw.every((value): value is number => typeof value === 'number' && Number.isSafeInteger(value))) {
    fields.add(name, 'Enter a list of whole numbers.');
    return null;
  }
  const expected = state.splitSize(dataset, split);
  if (raw.length !== expected) {
    fields.add(name, `Ensure this list has exactly ${expected} elements (it has ${raw.length}).`);
    return null;
  }
  return raw;
}

function extraScores(fields: Fields, name: string): ExtraScores | null {
  const value = fields.jsonObject(name);
  if (value === undefined) return null;
  const scores: ExtraScores = {};
  for (const [key, score] of Object.entries(value)) {
    if (typeof score === 'string' || (typeof score === 'number' && Number.isFinite(score)))
      scores[key] = score;
    else {
      fields.add(name, `The value of “${key}” must be a number or a string.`);
      return null;
    }
  }
  return scores;
}

function checkPictures(fields: Fields, state: ArenaState, job: JobRecord): void {
  const named = fields.list('pictures');
  if (named === undefined) return;
  const uploaded = new Set(state.picturesOf(job.id).map((picture) => picture.filename));
  for (const entry of named) {
    // the client passes local paths; the upload kept only the sanitised base name
    const filename =
      typeof entry === 'string' || typeof entry === 'number' ? sanitizeFilename(String(entry)) : undefined;
    if (filename === undefined || !uploaded.has(filename))
      fields.add('pictures', `Unknown picture ${JSON.stringify(entry)}: upload it to this job first.`);
  }
}

/** The validated results, or a 400 with every bad field; the job is not touched. */
export function parseJobDetails(state: ArenaState, job: JobRecord, form: Form): JobResults {
  const dataset = state.datasets.get(job.dataset);
  if (dataset === undefined) throw new Error(`job ${job.id} names a missing dataset`);
  const fields = new Fields(form);
  const success = fields.boolean('success', true);
  const scoreTest = fields.decimal('score_test', { required: success, min: 0, max: 1 }) ?? null;
  const scoreValidation = fields.decimal('score_validation', { required: false, min: 0, max: 1 }) ?? null;
  const [labelsTraining, labelsTest, labelsValidation] = SPLITS.map((split) =>
    labels(fields, dataset, state, split),
  );
  const extraScoresTest = extraScores(fields, 'extra_scores_test');
  const extraScoresValidation = extraScores(fields, 'extra_scores_validation');
  const message = form.get('message') ?? null;
  if (message !== null && message.length > MESSAGE_LIMIT)
    fields.add(
      'message',
      `Ensure this value has at most ${MESSAGE_LIMIT} characters (it has ${message.length}).`,
    );
  checkPictures(fields, state, job);
  fields.check('Invalid job details.');
  return {
    success,
    scoreTest,
    scoreValidation,
    extraScoresTest,
    extraScoresValidation,
    message,
    labelsTraining: labelsTraining ?? null,
    labelsTest: labelsTest ?? null,
    labelsValidation: labelsValidation ?? null,
  };
}
