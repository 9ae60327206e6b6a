import { isoUtc, isoUtcOrNull, upstreamPath } from '../core/index.js';
import type {
  ChallengeStatus,
  CrowdCentChallengeModel,
  CrowdCentInferencePeriodModel,
  CrowdCentMetaModelModel,
  CrowdCentScoreModel,
  CrowdCentSubmissionModel,
  CrowdCentTrainingDatasetModel,
  SubmissionStatus,
} from './models.js';
import type { ChallengeWire, InferenceDataWire, SubmissionWire, TrainingDatasetWire } from './wire.js';

// Written out in each model, not spread from a shared object: an object literal that starts with a
// spread is built slowly (it cost ~10 µs per archive item, most of mapping a 1,000-item page).
const platform = 'CROWDCENT' as const;

/** Dates arrive with and without fractions; clients get one ISO form. */
/** `2025-06-09T14:01:01.161998Z` → `2025-06-09` (the client uses the part before `T` in paths). */
export function releaseDateOf(value: string): string {
  return value.slice(0, 10);
}

export function toChallenge(wire: ChallengeWire, webOrigin: string): CrowdCentChallengeModel {
  const status: ChallengeStatus = wire.is_active
    ? 'ACTIVE'
    : wire.start_date && Date.parse(wire.start_date) > Date.now()
      ? 'UPCOMING'
      : 'ENDED';
  return {
    platform,
    __typename: 'CrowdCentChallenge',
    nativeId: wire.slug,
    url: `${webOrigin}/challenge/${encodeURIComponent(wire.slug)}/`,
    slug: wire.slug,
    challengeId: wire.id,
    name: wire.name,
    description: wire.description ?? null,
    isActive: wire.is_active,
    status,
    platformStatus: wire.is_active ? 'active' : 'inactive',
    startsAt: isoUtcOrNull(wire.start_date),
    endsAt: isoUtcOrNull(wire.end_date),
  };
}

export function toTrainingDataset(wire: TrainingDatasetWire, slug: string): CrowdCentTrainingDatasetModel {
  return {
    platform,
    __typename: 'CrowdCentTrainingDataset',
    kind: 'TRAINING',
    nativeId: `${slug}/${wire.version}`,
    url: null,
    slug,
    name: `${slug} training data v${wire.version}`,
    version: wire.version,
    isLatest: wire.is_latest,
    featureDescription: wire.feature_description ?? null,
    targetDescription: wire.target_description ?? null,
    createdAt: isoUtcOrNull(wire.uploaded_at),
    downloadPath: upstreamPath`/challenges/${slug}/training_data/${wire.version}/download/`,
    filename: `${slug}-training-${wire.version}.parquet`,
  };
}

export function toInferencePeriod(wire: InferenceDataWire, slug: string): CrowdCentInferencePeriodModel {
  const releaseDate = releaseDateOf(wire.release_date);
  const releasedAt = isoUtc(wire.release_date);
  return {
    platform,
    __typename: 'CrowdCentInferencePeriod',
    kind: 'INFERENCE',
    nativeId: `${slug}/${releaseDate}`,
    url: null,
    slug,
    name: `${slug} inference data ${releaseDate}`,
    releaseDate,
    releasedAt,
    submissionDeadline: isoUtc(wire.submission_deadline),
    isProcessed: wire.is_processed ?? true,
    timeRemaining: wire.time_remaining ?? null,
    createdAt: releasedAt,
    downloadPath: upstreamPath`/challenges/${slug}/inference_data/${releaseDate}/download/`,
    filename: `${slug}-inference-${releaseDate}.parquet`,
  };
}

export function toMetaModel(slug: string): CrowdCentMetaModelModel {
  return {
    platform,
    __typename: 'CrowdCentMetaModel',
    kind: 'DERIVED',
    nativeId: slug,
    url: null,
    slug,
    name: `${slug} meta model`,
    createdAt: null,
    downloadPath: upstreamPath`/challenges/${slug}/meta_model/download/`,
    filename: `${slug}-meta-model.parquet`,
  };
}

const statusMap: Record<string, SubmissionStatus> = {
  pending: 'PENDING',
  queued: 'QUEUED',
  processing: 'PROCESSING',
  evaluated: 'SCORED',
  scored: 'SCORED',
  error: 'FAILED',
  failed: 'FAILED',
};

export function toSubmission(wire: SubmissionWire, slug: string): CrowdCentSubmissionModel {
  const scores = scoresOf(wire.score_details ?? null, wire.percentile_details ?? null);
  return {
    platform,
    __typename: 'CrowdCentSubmission',
    nativeId: `${slug}/${wire.id}`,
    url: null,
    slug,
    submissionId: wire.id,
    status: statusMap[wire.status.toLowerCase()] ?? 'UNKNOWN',
    platformStatus: wire.status,
    submittedAt: isoUtcOrNull(wire.submitted_at),
    score: scores.length > 0 ? scores.reduce((sum, s) => sum + s.value, 0) / scores.length : null,
    submitter: wire.username ?? null,
    slot: wire.slot,
    scores,
    scoreDetails: wire.score_details ?? null,
    percentileDetails: wire.percentile_details ?? null,
    compositePercentile: wire.percentile_details?.composite_percentile ?? null,
    isExperimental: wire.is_experimental ?? null,
    notes: wire.notes ?? null,
    predictionFileSignedUrl: wire.prediction_file ?? null,
    periodReleaseDate: releaseDateOf(wire.inference_data_release_date),
  };
}

function scoresOf(
  details: Record<string, number | null> | null,
  percentiles: Record<string, number | null> | null,
): CrowdCentScoreModel[] {
  if (!details) return [];
  return Object.entries(details)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([metric, value]) => ({ metric, value, percentile: percentiles?.[metric] ?? null }));
}
