import type { Millis } from './time.js';

/** The platform's records as the simulator keeps them (reference §3); `wire.ts` prints them. */

export type ChallengeStatus = 'draft' | 'running' | 'completed' | 'starting_soon';
export type SortOrder = 'ascending' | 'descending';
export type SecondarySortOrder = SortOrder | 'not_used';
export type LimitPeriod = 'day' | 'week' | 'round';
export type GradingStatus = 'ready' | 'submitted' | 'initiated' | 'graded' | 'failed';

export interface RoundRecord {
  readonly id: number;
  readonly challengeId: number;
  /** `Round 1`, … */
  readonly name: string;
  readonly active: boolean;
  readonly submissionLimit: number;
  readonly period: LimitPeriod;
  readonly startAt: Millis;
  readonly endAt: Millis;
  readonly minimumScore: number | null;
  readonly minimumScoreSecondary: number | null;
  readonly rankingWindow: number;
  readonly scorePrecision: number;
  /** Failed submissions refunded per window. */
  readonly failedSubmissions: number;
  /** 0 = unlimited. */
  readonly parallelSubmissions: number;
  readonly createdAt: Millis;
  readonly updatedAt: Millis;
}

export interface ChallengeRecord {
  readonly id: number;
  /** The title, printed as `challenge`. */
  readonly title: string;
  readonly slug: string;
  /** What graders name the challenge by; not in any API response. */
  readonly clientName: string;
  readonly organizerId: number;
  readonly status: ChallengeStatus;
  readonly primarySortOrder: SortOrder;
  readonly secondarySortOrder: SecondarySortOrder;
  readonly perpetual: boolean;
  /** 0 = not featured; featured challenges list first, lowest sequence first. */
  readonly featuredSequence: number;
  readonly postChallengeSubmissions: boolean;
  readonly rounds: readonly RoundRecord[];
}

export interface SubmissionFileRecord {
  readonly id: number;
  readonly s3Key: string;
}

export interface ClefFields {
  readonly methodDescription: string | null;
  readonly retrievalType: string | null;
  readonly runType: string | null;
  readonly primaryRun: boolean | null;
  readonly otherInfo: string | null;
  readonly additional: string | null;
}

export interface SubmissionRecord {
  readonly id: number;
  readonly challengeId: number;
  readonly participantId: number;
  roundId: number | null;
  readonly createdAt: Millis;
  updatedAt: Millis;
  status: GradingStatus;
  score: number | null;
  scoreSecondary: number | null;
  gradingMessage: string | null;
  meta: Record<string, unknown>;
  descriptionMarkdown: string | null;
  postChallenge: boolean;
  mediaLarge: string | null;
  mediaThumbnail: string | null;
  mediaContentType: string | null;
  readonly files: readonly SubmissionFileRecord[];
  readonly clef: ClefFields | null;
}

export type ClefStatus = 'requested' | 'registered';

export interface ClefTaskRecord {
  readonly id: number;
  readonly name: string;
  readonly registrations: ReadonlyArray<{ readonly participantId: number; readonly status: ClefStatus }>;
}
