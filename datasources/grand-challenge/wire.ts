import { z } from 'zod';
import { jsonObject } from '../core/index.js';

/**
 * Grand Challenge shapes (shared/platforms/grand-challenge.md §4). DRF adds fields over time;
 * unknown keys pass through unvalidated and unused.
 */
const nullableString = z.string().nullish();

function buildPageWire<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    next: nullableString,
    previous: nullableString,
    results: z.array(item),
  });
}

/**
 * Built once per item schema: zod compiles a schema on its first parse, and a page schema made anew
 * for each read was compiled on every one.
 */
const pageWires = new WeakMap<z.ZodType, z.ZodType>();

export function pageWire<T extends z.ZodType>(item: T): ReturnType<typeof buildPageWire<T>> {
  const known = pageWires.get(item);
  if (known) return known as ReturnType<typeof buildPageWire<T>>;
  const built = buildPageWire(item);
  pageWires.set(item, built);
  return built;
}

export const socketWire = z.object({
  pk: z.number().int(),
  slug: z.string(),
  title: z.string(),
  description: nullableString,
  kind: z.string(),
  super_kind: z.string(),
  relative_path: z.string(),
  default_value: z.unknown().optional(),
});
export type SocketWire = z.infer<typeof socketWire>;

export const socketValueWire = z.object({
  pk: z.number().int(),
  interface: socketWire,
  value: z.unknown().optional(),
  file: nullableString,
  image: nullableString,
});
export type SocketValueWire = z.infer<typeof socketValueWire>;

export const algorithmWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  url: z.string(),
  slug: z.string(),
  title: z.string(),
  description: nullableString,
  logo: nullableString,
  average_duration: z.number().nullish(),
  interfaces: z.array(z.object({ inputs: z.array(socketWire), outputs: z.array(socketWire) })).default([]),
});
export type AlgorithmWire = z.infer<typeof algorithmWire>;

export const jobWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  url: z.string(),
  algorithm: z.string(),
  algorithm_image: nullableString,
  inputs: z.array(socketValueWire),
  outputs: z.array(socketValueWire),
  status: z.string(),
  exec_duration: nullableString,
  invoke_duration: nullableString,
});
export type JobWire = z.infer<typeof jobWire>;

export const jobPostWire = z.object({ pk: z.string(), status: z.string() });

export const archiveWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  url: z.string(),
  title: z.string(),
  description: nullableString,
  logo: nullableString,
});
export type ArchiveWire = z.infer<typeof archiveWire>;

export const archiveItemWire = z.object({
  pk: z.string(),
  title: z.string().default(''),
  archive: z.string(),
  values: z.array(socketValueWire),
});
export type ArchiveItemWire = z.infer<typeof archiveItemWire>;

/** ArchiveItemPost / DisplaySetPost: values as CIVPost (slug instead of the socket object). */
export const postWire = z.object({ pk: z.string() });

export const imageFileWire = z.object({
  pk: z.string(),
  file: z.string(),
  image_type: nullableString,
});

export const imageWire = z.object({
  pk: z.string(),
  name: z.string(),
  api_url: z.string(),
  files: z.array(imageFileWire),
  width: z.number().int().nullish(),
  height: z.number().int().nullish(),
  depth: z.number().int().nullish(),
  shape: z.array(z.number().int()).nullish(),
  modality: z.object({ modality: z.string() }).nullish(),
  voxel_width_mm: z.number().nullish(),
  voxel_height_mm: z.number().nullish(),
  voxel_depth_mm: z.number().nullish(),
});
export type ImageWire = z.infer<typeof imageWire>;

export const challengeWire = z.object({
  api_url: z.string(),
  url: z.string(),
  slug: z.string(),
  title: nullableString,
  description: nullableString,
  public: z.boolean().optional(),
  status: z.string(),
  logo: nullableString,
  submission_types: z.array(z.string()).default([]),
  start_date: nullableString,
  end_date: nullableString,
  publications: z.array(z.string()).default([]),
  incentives: z.array(z.string()).default([]),
  created: nullableString,
  modified: nullableString,
});
export type ChallengeWire = z.infer<typeof challengeWire>;

export const questionWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  reader_study: z.string(),
  answer_type: z.string(),
  question_text: nullableString,
  question_text_safe: nullableString,
  required: z.boolean().optional(),
  order: z.number().int().nullish(),
  options: z
    .array(z.object({ id: z.number().int(), title: z.string(), default: z.boolean().nullish() }))
    .default([]),
});
export type QuestionWire = z.infer<typeof questionWire>;

export const readerStudyWire = z.object({
  pk: z.string(),
  slug: z.string(),
  api_url: z.string(),
  url: z.string(),
  title: nullableString,
  title_safe: nullableString,
  description: nullableString,
  logo: nullableString,
  questions: z.array(questionWire).default([]),
  has_ground_truth: z.boolean().optional(),
});
export type ReaderStudyWire = z.infer<typeof readerStudyWire>;

export const displaySetWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  title: nullableString,
  title_safe: nullableString,
  reader_study: z.string(),
  values: z.array(socketValueWire),
  order: z.number().int().nullish(),
  index: z.number().int().nullish(),
  description: nullableString,
});
export type DisplaySetWire = z.infer<typeof displaySetWire>;

export const answerWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  answer: z.unknown().optional(),
  creator: z.string(),
  display_set: nullableString,
  question: z.string(),
  answer_image: nullableString,
  created: nullableString,
  modified: nullableString,
  is_ground_truth: z.boolean(),
});
export type AnswerWire = z.infer<typeof answerWire>;

export const evaluationWire = z.object({
  pk: z.string(),
  method: nullableString,
  submission: z.object({
    pk: z.string(),
    phase: z.object({
      challenge: z.object({ title: nullableString, short_name: z.string() }),
      title: z.string(),
      slug: z.string(),
    }),
    created: nullableString,
    creator: z.object({ username: z.string() }).nullish(),
    comment: nullableString,
  }),
  created: nullableString,
  published: z.boolean().nullish(),
  outputs: z.array(socketValueWire).default([]),
  rank: z.number().int().nullish(),
  rank_score: z.number().nullish(),
  rank_per_metric: jsonObject.nullish(),
  status: z.string(),
  title: nullableString,
});
export type EvaluationWire = z.infer<typeof evaluationWire>;

export const userUploadWire = z.object({
  pk: z.string(),
  api_url: z.string(),
  s3_upload_id: z.string(),
  status: z.string(),
});

export const presignedWire = z.object({ presigned_urls: z.record(z.string(), z.string()) });

export const versionWire = z.object({ latest_version: z.string(), lowest_supported_version: z.string() });

/** DRF error bodies: `{"detail": …}`, `{"<field>": [msg]}`, `{"non_field_errors": [...]}` or a bare list. */
export const drfErrorWire = z.union([z.object({ detail: z.string() }), z.array(z.string()), jsonObject]);
