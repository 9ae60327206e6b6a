/** What the crowdAI data source hands to resolvers. */
export type ChallengeStatus = 'UPCOMING' | 'ACTIVE' | 'ENDED' | 'UNKNOWN';
export type SubmissionStatus = 'PENDING' | 'QUEUED' | 'PROCESSING' | 'SCORED' | 'FAILED' | 'UNKNOWN';

export interface CrowdAIRoundModel {
  roundId: number;
  name: string | null;
  active: boolean | null;
  submissionLimit: number | null;
  submissionLimitPeriod: string | null;
  startsAt: string | null;
  endsAt: string | null;
  minimumScore: number | null;
  minimumScoreSecondary: number | null;
  rankingWindow: number | null;
  scorePrecision: number | null;
  failedSubmissions: number | null;
  parallelSubmissions: number | null;
}

export interface CrowdAIChallengeModel {
  __typename: 'CrowdAIChallenge';
  platform: 'CROWDAI';
  nativeId: string;
  url: null;
  challengeId: number;
  name: string;
  description: null;
  status: ChallengeStatus;
  platformStatus: string;
  /** From the rounds, when the detail was read. */
  startsAt: string | null;
  endsAt: string | null;
  primarySortOrder: string | null;
  secondarySortOrder: string | null;
  perpetual: boolean | null;
  /** Null when only listed: the resolver reads the detail. */
  rounds: CrowdAIRoundModel[] | null;
}

export interface CrowdAISubmissionModel {
  __typename: 'CrowdAISubmission';
  platform: 'CROWDAI';
  nativeId: string;
  url: null;
  submissionId: number;
  challengeId: number;
  challengeName: string | null;
  roundId: number | null;
  status: SubmissionStatus;
  platformStatus: string;
  submittedAt: string | null;
  score: number | null;
  scoreSecondary: number | null;
  submitter: string | null;
  participantId: number;
  participantAffiliation: string | null;
  meta: unknown;
  descriptionMarkdown: string | null;
  files: Array<{ fileId: number; s3Key: string | null; signedUrl: string | null }>;
}

export interface CrowdAIParticipantModel {
  __typename: 'CrowdAIParticipant';
  platform: 'CROWDAI';
  nativeId: string;
  participantId: number;
  name: string | null;
  email: string | null;
}

export interface CrowdAISubmissionInfoModel {
  gradingStatus: string | null;
  gradingMessage: string | null;
  postChallenge: boolean | null;
  mediaContentType: string | null;
  updatedAt: string | null;
}

export interface CrowdAIGradeResultModel {
  submissionId: number | null;
  message: string;
  submissionsRemaining: number | null;
  /** When the participant's slots reset (the platform's `reset_dttm`/`reset_date`), ISO. */
  resetAt: string | null;
}

export type CrowdAINodeModel = CrowdAIChallengeModel | CrowdAISubmissionModel | CrowdAIParticipantModel;
