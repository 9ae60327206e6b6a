import { z } from 'zod';
import { dateText } from '../core/index.js';

/**
 * CrowdCent's JSON shapes as the reference documents them (shared/platforms/crowdcent.md §3).
 * Unknown extra fields are allowed: the platform adds fields between client versions.
 */
export const challengeWire = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullish(),
  start_date: dateText.nullish(),
  end_date: dateText.nullish(),
  is_active: z.boolean(),
});
export type ChallengeWire = z.infer<typeof challengeWire>;

export const trainingDatasetWire = z.object({
  id: z.number().int(),
  challenge_slug: z.string().optional(),
  version: z.string(),
  is_latest: z.boolean(),
  feature_description: z.string().nullish(),
  target_description: z.string().nullish(),
  uploaded_at: dateText.nullish(),
  download_url: z.string().nullish(),
});
export type TrainingDatasetWire = z.infer<typeof trainingDatasetWire>;

export const inferenceDataWire = z.object({
  id: z.number().int(),
  challenge_slug: z.string().optional(),
  // Mostly a datetime with microseconds; a bare YYYY-MM-DD is seen in fixtures.
  release_date: dateText,
  submission_deadline: dateText,
  is_processed: z.boolean().optional(),
  download_url: z.string().nullish(),
  time_remaining: z.string().nullish(),
});
export type InferenceDataWire = z.infer<typeof inferenceDataWire>;

const scoreMap = z.record(z.string(), z.number().nullable());

export const submissionWire = z.object({
  id: z.number().int(),
  username: z.string().nullish(),
  challenge_slug: z.string().optional(),
  inference_data_release_date: dateText,
  submitted_at: dateText.nullish(),
  status: z.string(),
  slot: z.number().int(),
  score_details: scoreMap.nullish(),
  percentile_details: scoreMap.nullish(),
  prediction_file: z.string().nullish(),
  is_experimental: z.boolean().optional(),
  notes: z.string().nullish(),
});
export type SubmissionWire = z.infer<typeof submissionWire>;

export const matchInfoWire = z.object({
  matched_ids: z.number().int().nullish(),
  unmatched_ids: z.number().int().nullish(),
  message: z.string().nullish(),
});

/** 201/200 answer to a submission: the Submission plus upload extras. */
export const submitResultWire = submissionWire.extend({
  match_info: matchInfoWire.nullish(),
  queued_for_next: z.boolean().nullish(),
  queue_error_code: z.string().nullish(),
  queue_error: z.string().nullish(),
});

/** 202 answer: queued for the next period, no Submission yet. */
export const queuedResultWire = z.object({
  match_info: matchInfoWire.nullish(),
  status: z.string(),
  message: z.string().nullish(),
  slot: z.number().int().nullish(),
  challenge: z.string().nullish(),
});

export const authCheckWire = z.object({
  username: z.string(),
  allow_trading: z.boolean().optional(),
});

export const errorBodyWire = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});
