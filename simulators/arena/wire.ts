import type {
  DatasetRecord,
  GroupRecord,
  JobRecord,
  PictureRecord,
  PointRecord,
  RoundRecord,
} from './model.js';
import type { ArenaState } from './state.js';
import { djangoTime, djangoTimeOrNull, type Millis } from './time.js';
import type { ArenaDemoUser } from './users.js';

/** The JSON objects of reference §4. */

export const groupJson = (group: GroupRecord): unknown => ({
  id: group.id,
  name: group.name,
  public: group.public,
  members: [...group.members],
  created_at: djangoTime(group.createdAt),
});

export const roundJson = (state: ArenaState, round: RoundRecord): unknown => ({
  id: round.id,
  name: round.name,
  description: round.description,
  datasets: [...round.datasets],
  opens_at: djangoTime(round.opensAt),
  closes_at: djangoTimeOrNull(round.closesAt),
  is_open: state.isOpen(round),
  participants: [...round.participants],
});

export const datasetJson = (state: ArenaState, dataset: DatasetRecord): unknown => ({
  id: dataset.id,
  name: dataset.name,
  description: dataset.description,
  n_features: dataset.nFeatures,
  classes: [...dataset.classes],
  counts: {
    training: state.splitSize(dataset, 'training'),
    test: state.splitSize(dataset, 'test'),
    validation: state.splitSize(dataset, 'validation'),
  },
  created_at: djangoTime(dataset.createdAt),
});

/** Ground truth of the validation split is for admins only (reference §7.6). */
export const pointJson = (point: PointRecord, user: ArenaDemoUser): unknown => ({
  id: point.id,
  features: [...point.features],
  label: point.split === 'validation' && !user.admin ? null : point.label,
  split: point.split,
});

export const pictureUrl = (picture: PictureRecord): string =>
  `/media/job_pictures/${picture.job}/${encodeURIComponent(picture.filename)}`;

export const pictureJson = (picture: PictureRecord): unknown => ({
  id: picture.id,
  job: picture.job,
  filename: picture.filename,
  url: pictureUrl(picture),
  content_type: picture.contentType,
  uploaded_at: djangoTime(picture.uploadedAt),
});

/** The list form leaves the label lists out; the detail route adds them. */
export function jobJson(state: ArenaState, job: JobRecord, withLabels: boolean): unknown {
  const body = {
    id: job.id,
    algorithm: job.algorithm,
    dataset: job.dataset,
    params: job.params,
    status: job.status,
    owner: job.owner,
    group: job.group,
    round: job.round,
    worker: job.worker,
    created_at: djangoTime(job.createdAt),
    started_at: djangoTimeOrNull(job.startedAt),
    finished_at: djangoTimeOrNull(job.finishedAt),
    success: job.success,
    score_test: job.scoreTest,
    score_validation: job.scoreValidation,
    extra_scores_test: job.extraScoresTest,
    extra_scores_validation: job.extraScoresValidation,
    message: job.message,
    pictures: state.picturesOf(job.id).map(pictureUrl),
  };
  if (!withLabels) return body;
  return {
    ...body,
    labels_training: job.labelsTraining,
    labels_test: job.labelsTest,
    labels_validation: job.labelsValidation,
  };
}

export function workerJson(state: ArenaState, username: string, lastSeen: Millis | null): unknown {
  let current: JobRecord | undefined;
  let finished = 0;
  for (const job of state.jobs.values()) {
    if (job.worker !== username) continue;
    if (job.status === 'done' || job.status === 'failed') finished += 1;
    if (
      job.status === 'running' &&
      (current === undefined || (job.startedAt ?? 0) >= (current.startedAt ?? 0))
    )
      current = job;
  }
  return {
    username,
    last_seen: djangoTimeOrNull(lastSeen),
    current_job: current?.id ?? null,
    jobs_done: finished,
  };
}
