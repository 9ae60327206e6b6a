import { z } from 'zod';

/** crowdAI `/api` shapes (shared/platforms/crowdai.md §3). */
const nullableString = z.string().nullish();

export const challengeWire = z.object({
  id: z.number().int(),
  challenge: z.string(),
  status_cd: z.string(),
  primary_sort_order_cd: nullableString,
  secondary_sort_order_cd: nullableString,
  perpetual_challenge: z.boolean().nullish(),
});
export type ChallengeWire = z.infer<typeof challengeWire>;

export const roundWire = z.object({
  id: z.number().int(),
  challenge_id: z.number().int(),
  challenge_round: nullableString,
  active: z.boolean().nullish(),
  submission_limit: z.number().int().nullish(),
  submission_limit_period_cd: nullableString,
  start_dttm: nullableString,
  end_dttm: nullableString,
  minimum_score: z.number().nullish(),
  minimum_score_secondary: z.number().nullish(),
  ranking_window: z.number().int().nullish(),
  score_precision: z.number().int().nullish(),
  failed_submissions: z.number().int().nullish(),
  parallel_submissions: z.number().int().nullish(),
});
export type RoundWire = z.infer<typeof roundWire>;

export const challengeDetailWire = z.object({
  message: challengeWire.extend({ challenge_rounds: z.array(roundWire).default([]) }),
});
export const challengeListWire = z.object({ message: z.array(challengeWire) });

export const submissionWire = z.object({
  id: z.number().int(),
  challenge_id: z.number().int(),
  participant_id: z.number().int(),
  challenge_name: nullableString,
  challenge_round_id: z.number().int().nullish(),
  created_at: nullableString,
  participant_name: nullableString,
  participant_email: nullableString,
  participant_firstname: nullableString,
  participant_lastname: nullableString,
  participant_affiliation: nullableString,
  grading_status_cd: z.string(),
  score: z.number().nullish(),
  score_secondary: z.number().nullish(),
  meta: z.unknown().optional(),
  description_markdown: nullableString,
  submission_files: z
    .array(
      z.object({ id: z.number().int(), submission_file_s3_key: nullableString, aws_url: nullableString }),
    )
    .default([]),
});
export type SubmissionWire = z.infer<typeof submissionWire>;

export const participantWire = z.object({ id: z.number().int(), name: z.string(), email: nullableString });

export const keyCheckWire = z.object({ message: z.string(), participant_id: z.number().int().nullish() });

export const submissionInfoWire = z.object({ message: z.string(), body: z.string().nullish() });

export const submissionInfoBodyWire = z.object({
  id: z.number().int(),
  grading_status_cd: nullableString,
  grading_message: nullableString,
  post_challenge: z.boolean().nullish(),
  media_content_type: nullableString,
  updated_at: nullableString,
});

/** POST/PATCH answers: `submission_id` is an int on POST and the URL's string on PATCH. */
export const gradeAnswerWire = z.object({
  message: z.string(),
  submission_id: z.union([z.number().int(), z.string()]).nullish(),
  submissions_remaining: z.number().int().nullish(),
  reset_dttm: nullableString,
  reset_date: nullableString,
});

export const presignWire = z.object({
  message: z.string(),
  participant_id: z.number().int().nullish(),
  s3_key: nullableString,
  presigned_url: nullableString,
});

export const messageWire = z.object({ message: z.unknown() });
