import type { Period } from './periods.js';
import { featureDescription, targetDescription, type ChallengeSeed, type TrainingSeed } from './seed.js';
import type { CrowdCentState } from './state.js';
import type { SubmissionRecord } from './submissions.js';
import { isoMicros, isoSeconds, US_PER_HOUR, US_PER_SECOND, type Micros } from './time.js';

/** JSON shapes exactly as reference §3 lists them, field order included. */

export function challengeJson(challenge: ChallengeSeed): Record<string, unknown> {
  return {
    id: challenge.id,
    name: challenge.name,
    slug: challenge.slug,
    description: challenge.description,
    start_date: isoSeconds(challenge.startDate),
    end_date: challenge.endDate === null ? null : isoSeconds(challenge.endDate),
    is_active: challenge.isActive,
  };
}

const challengeUrl = (origin: string, challenge: ChallengeSeed): string =>
  `${origin}/api/challenges/${challenge.slug}`;

export function trainingJson(
  origin: string,
  challenge: ChallengeSeed,
  dataset: TrainingSeed,
): Record<string, unknown> {
  return {
    id: dataset.id,
    challenge_slug: challenge.slug,
    version: dataset.version,
    is_latest: dataset.isLatest,
    feature_description: featureDescription(challenge),
    target_description: targetDescription(challenge),
    uploaded_at: isoMicros(dataset.uploadedAt),
    download_url: `${challengeUrl(origin, challenge)}/training_data/${dataset.version}/download/`,
  };
}

/** "1.7 hours" as in the reference; minutes near the end; "Closed" once the deadline passed. */
function timeRemaining(period: Period, now: Micros): string {
  const left = period.deadline - now;
  if (left <= 0) return 'Closed';
  if (left < US_PER_HOUR) return `${Math.max(1, Math.round(left / (60 * US_PER_SECOND)))} minutes`;
  return `${(left / US_PER_HOUR).toFixed(1)} hours`;
}

export function inferenceJson(
  origin: string,
  challenge: ChallengeSeed,
  period: Period,
  now: Micros,
): Record<string, unknown> {
  return {
    id: period.id,
    challenge_slug: challenge.slug,
    release_date: isoMicros(period.release),
    submission_deadline: isoMicros(period.deadline),
    is_processed: period.published <= now,
    download_url: `${challengeUrl(origin, challenge)}/inference_data/${period.date}/download/`,
    time_remaining: timeRemaining(period, now),
  };
}

export function submissionJson(
  state: CrowdCentState,
  origin: string,
  record: SubmissionRecord,
  now: Micros,
): Record<string, unknown> {
  const evaluation = state.submissions.evaluation(record, now);
  return {
    id: record.id,
    username: record.username,
    challenge_slug: record.challenge.slug,
    inference_data_release_date: isoMicros(record.period.release),
    submitted_at: isoMicros(record.submittedAt),
    status: state.submissions.status(record, now),
    slot: record.slot,
    score_details: evaluation?.scores ?? null,
    percentile_details: evaluation?.percentiles ?? null,
    // presigned afresh on every read, like S3 URLs from a storage backend
    prediction_file: state.storage.signedUrl(origin, record.fileKey, now),
    is_experimental: record.isExperimental,
    notes: record.notes,
  };
}
