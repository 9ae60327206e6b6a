import { z } from 'zod';
import { dateText, jsonObject } from '../core/index.js';

/**
 * Arena's JSON shapes (shared/platforms/arena.md §4). Timestamps are ISO 8601 UTC; ids are positive
 * integers. Fields the contract does not list pass through unvalidated and unused.
 */
const id = z.number().int().positive();

export const groupWire = z.object({
  id,
  name: z.string(),
  public: z.boolean(),
  members: z.array(z.string()),
  created_at: dateText,
});
export type GroupWire = z.infer<typeof groupWire>;

/** `GET /api/groups/`: an object keyed by group name. */
export const groupsWire = z.record(z.string(), groupWire);

export const roundWire = z.object({
  id,
  name: z.string(),
  description: z.string().nullish(),
  datasets: z.array(id),
  opens_at: dateText,
  closes_at: dateText.nullable(),
  is_open: z.boolean(),
  participants: z.array(z.string()),
});
export type RoundWire = z.infer<typeof roundWire>;
export const roundsWire = z.array(roundWire);

const count = z.number().int().nonnegative();

export const datasetWire = z.object({
  id,
  name: z.string(),
  description: z.string().nullish(),
  n_features: count,
  classes: z.array(z.number().int()),
  counts: z.object({ training: count, test: count, validation: count }),
  created_at: dateText,
});
export type DatasetWire = z.infer<typeof datasetWire>;

/** `GET /api/datasets/`: an object keyed by the dataset id as a string. */
export const datasetsWire = z.record(z.string().regex(/^\d+$/), datasetWire);

export const splitWire = z.enum(['training', 'test', 'validation']);
export type SplitWire = z.infer<typeof splitWire>;

export const pointWire = z.object({
  id,
  features: z.array(z.number()),
  /** Null on validation points for non-admins. */
  label: z.number().int().nullable(),
  split: splitWire,
});
export type PointWire = z.infer<typeof pointWire>;
export const pointsWire = z.array(pointWire);

export const jobParamsWire = z.object({ algorithm: z.string(), dataset: id, params: jsonObject });
export type JobParamsWire = z.infer<typeof jobParamsWire>;

const extraScores = z.record(z.string(), z.union([z.string(), z.number()]));
const labels = z.array(z.number().int());

export const jobWire = z.object({
  id,
  algorithm: z.string(),
  dataset: id,
  params: jsonObject,
  status: z.string(),
  owner: z.string(),
  group: z.string().nullable(),
  round: id.nullable(),
  worker: z.string().nullable(),
  created_at: dateText,
  started_at: dateText.nullable(),
  finished_at: dateText.nullable(),
  success: z.boolean().nullable(),
  score_test: z.number().nullable(),
  score_validation: z.number().nullable(),
  extra_scores_test: extraScores.nullable(),
  extra_scores_validation: extraScores.nullable(),
  message: z.string().nullable(),
  pictures: z.array(z.string()),
  // Detail route only: absent from lists, null on the detail of a job without results.
  labels_training: labels.nullish(),
  labels_test: labels.nullish(),
  labels_validation: labels.nullish(),
});
export type JobWire = z.infer<typeof jobWire>;
export const jobsWire = z.array(jobWire);

/** `GET /api/jobs/next/` (`ping`): a bare job id, or null when no job is pending. */
export const nextJobWire = id.nullable();

export const pictureWire = z.object({
  id,
  job: id,
  filename: z.string(),
  url: z.string(),
  content_type: z.string(),
  uploaded_at: dateText,
});
export type PictureWire = z.infer<typeof pictureWire>;
export const picturesWire = z.array(pictureWire);

export const workerWire = z.object({
  username: z.string(),
  last_seen: dateText.nullable(),
  current_job: id.nullable(),
  jobs_done: count,
});
export type WorkerWire = z.infer<typeof workerWire>;
export const workersWire = z.array(workerWire);

export const meWire = z.object({
  username: z.string(),
  is_admin: z.boolean(),
  groups: z.array(z.string()),
  rounds: z.array(id),
});
export type MeWire = z.infer<typeof meWire>;

/** Every `/api/` error except CSRF (§6); `fields` only on 400. */
export const errorWire = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ErrorWire = z.infer<typeof errorWire>;
