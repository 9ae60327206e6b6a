/**
 * What the CrowdCent data source hands to resolvers. `__typename` lets the unified interfaces
 * resolve their type without guessing; codegen maps the GraphQL types onto these.
 */
export type ChallengeStatus = 'UPCOMING' | 'ACTIVE' | 'ENDED' | 'UNKNOWN';
export type SubmissionStatus = 'PENDING' | 'QUEUED' | 'PROCESSING' | 'SCORED' | 'FAILED' | 'UNKNOWN';

interface CrowdCentObject {
  platform: 'CROWDCENT';
  nativeId: string;
  url: string | null;
}

export interface CrowdCentChallengeModel extends CrowdCentObject {
  __typename: 'CrowdCentChallenge';
  slug: string;
  challengeId: number;
  name: string;
  description: string | null;
  isActive: boolean;
  status: ChallengeStatus;
  platformStatus: string;
  startsAt: string | null;
  endsAt: string | null;
}

export interface CrowdCentTrainingDatasetModel extends CrowdCentObject {
  __typename: 'CrowdCentTrainingDataset';
  kind: 'TRAINING';
  slug: string;
  name: string;
  version: string;
  isLatest: boolean;
  featureDescription: string | null;
  targetDescription: string | null;
  createdAt: string | null;
  /** Upstream path of the download endpoint (answers 302 to a signed URL). */
  downloadPath: string;
  filename: string;
}

export interface CrowdCentInferencePeriodModel extends CrowdCentObject {
  __typename: 'CrowdCentInferencePeriod';
  kind: 'INFERENCE';
  slug: string;
  name: string;
  releaseDate: string;
  releasedAt: string;
  submissionDeadline: string;
  isProcessed: boolean;
  timeRemaining: string | null;
  createdAt: string;
  downloadPath: string;
  filename: string;
}

export interface CrowdCentMetaModelModel extends CrowdCentObject {
  __typename: 'CrowdCentMetaModel';
  kind: 'DERIVED';
  slug: string;
  name: string;
  createdAt: null;
  downloadPath: string;
  filename: string;
}

export interface CrowdCentScoreModel {
  metric: string;
  value: number;
  percentile: number | null;
}

export interface CrowdCentSubmissionModel extends CrowdCentObject {
  __typename: 'CrowdCentSubmission';
  slug: string;
  submissionId: number;
  status: SubmissionStatus;
  platformStatus: string;
  submittedAt: string | null;
  score: number | null;
  submitter: string | null;
  slot: number;
  scores: CrowdCentScoreModel[];
  scoreDetails: Record<string, number | null> | null;
  percentileDetails: Record<string, number | null> | null;
  compositePercentile: number | null;
  isExperimental: boolean | null;
  notes: string | null;
  /** The platform's signed storage URL; only ever used server-side to stream the file. */
  predictionFileSignedUrl: string | null;
  periodReleaseDate: string;
}

export interface CrowdCentViewerModel {
  username: string;
  allowTrading: boolean;
}

export type CrowdCentNodeModel =
  | CrowdCentChallengeModel
  | CrowdCentTrainingDatasetModel
  | CrowdCentInferencePeriodModel
  | CrowdCentMetaModelModel
  | CrowdCentSubmissionModel;
