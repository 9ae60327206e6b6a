import type { Millis } from './time.js';

/** The simulator's tables; the JSON shapes live in `wire.ts`. */

export type Split = 'training' | 'test' | 'validation';
export const SPLITS: readonly Split[] = ['training', 'test', 'validation'];

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';
export const JOB_STATUSES: readonly JobStatus[] = ['pending', 'running', 'done', 'failed'];

export interface GroupRecord {
  readonly id: number;
  readonly name: string;
  readonly public: boolean;
  /** Usernames in joining order. */
  readonly members: string[];
  readonly createdAt: Millis;
}

export interface RoundRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly datasets: readonly number[];
  readonly opensAt: Millis;
  readonly closesAt: Millis | null;
  readonly participants: string[];
}

export interface PointRecord {
  readonly id: number;
  readonly features: readonly number[];
  readonly label: number;
  readonly split: Split;
}

export interface DatasetRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly nFeatures: number;
  readonly classes: readonly number[];
  readonly createdAt: Millis;
  /** Ordered by id. */
  readonly points: readonly PointRecord[];
}

export type ExtraScores = Record<string, string | number>;

export interface JobResults {
  success: boolean | null;
  scoreTest: number | null;
  scoreValidation: number | null;
  extraScoresTest: ExtraScores | null;
  extraScoresValidation: ExtraScores | null;
  message: string | null;
  labelsTraining: number[] | null;
  labelsTest: number[] | null;
  labelsValidation: number[] | null;
}

export interface JobRecord extends JobResults {
  readonly id: number;
  readonly algorithm: string;
  readonly dataset: number;
  readonly params: Record<string, unknown>;
  readonly owner: string;
  readonly group: string | null;
  readonly round: number | null;
  readonly createdAt: Millis;
  status: JobStatus;
  worker: string | null;
  startedAt: Millis | null;
  finishedAt: Millis | null;
}

export interface PictureRecord {
  readonly id: number;
  readonly job: number;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  readonly uploadedAt: Millis;
}

export interface SessionRecord {
  readonly username: string;
  readonly expiresAt: Millis;
}

export const emptyResults = (): JobResults => ({
  success: null,
  scoreTest: null,
  scoreValidation: null,
  extraScoresTest: null,
  extraScoresValidation: null,
  message: null,
  labelsTraining: null,
  labelsTest: null,
  labelsValidation: null,
});
