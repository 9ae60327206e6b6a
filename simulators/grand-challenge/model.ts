import type { Socket } from './sockets.js';

/** The records one simulator instance holds. Everything is mutable state owned by GcState. */

export interface ImageFileRecord {
  readonly pk: string;
  readonly fileName: string;
  readonly imageType: 'MHD' | 'TIFF' | 'DZI' | null;
  /** Object key; also the path under `/media/`. */
  readonly key: string;
}

export interface DicomInstanceRecord {
  readonly sopInstanceUid: string;
  /** Object key of the Part-10 file. */
  readonly key: string;
}

export interface DicomSetRecord {
  readonly imageSetId: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly instances: readonly DicomInstanceRecord[];
}

export interface ImageRecord {
  readonly pk: string;
  readonly name: string;
  readonly created: number;
  readonly width: number | null;
  readonly height: number | null;
  readonly depth: number | null;
  readonly modality: string | null;
  readonly spacing: readonly [number, number, number] | null;
  readonly windowCenter: number | null;
  readonly windowWidth: number | null;
  readonly patientId: string;
  readonly studyDescription: string;
  readonly seriesDescription: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly files: readonly ImageFileRecord[];
  readonly dicom: DicomSetRecord | null;
  /** Uploader of an image made from user uploads; they may always see it. */
  readonly owner: string | null;
}

/** A file held by a socket value. */
export interface StoredFile {
  readonly key: string;
  readonly fileName: string;
}

/** A socket value (ComponentInterfaceValue): exactly one of value / image / file is set. */
export interface CivRecord {
  readonly pk: number;
  readonly socket: Socket;
  readonly value: unknown;
  readonly imagePk: string | null;
  readonly file: StoredFile | null;
  /** Archive items, display sets, jobs and evaluations holding it; they decide who may see it. */
  readonly holders: Set<Holder>;
}

export interface AlgorithmInterface {
  readonly inputs: readonly Socket[];
  readonly outputs: readonly Socket[];
}

export interface AlgorithmRecord {
  readonly pk: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly public: boolean;
  readonly editors: ReadonlySet<string>;
  readonly users: ReadonlySet<string>;
  readonly interfaces: readonly AlgorithmInterface[];
  /** pk of the active container image. */
  readonly imagePk: string;
  readonly created: number;
  /** Share of jobs that end Failed, so runs look like a real queue's. */
  readonly failureRate: number;
}

export type JobStatus =
  | 'Queued'
  | 'Started'
  | 'Re-Queued'
  | 'Failed'
  | 'Succeeded'
  | 'Cancelled'
  | 'Provisioning'
  | 'Provisioned'
  | 'Executing'
  | 'Executed'
  | 'Parsing Outputs'
  | 'Executing Algorithm'
  | 'External Execution In Progress'
  | 'Validating inputs';

export interface JobRecord {
  readonly kind: 'job';
  readonly pk: string;
  readonly algorithm: AlgorithmRecord;
  readonly interfaceIndex: number;
  readonly creator: string;
  readonly created: number;
  readonly public: boolean;
  /** The statuses this job will pass through, decided when it is created. */
  readonly path: readonly JobStatus[];
  step: number;
  /** Platform time the current step began; due steps are counted from here. */
  anchor: number;
  inputs: CivRecord[];
  outputs: CivRecord[];
  errorMessage: string;
  startedAt: number | null;
  completedAt: number | null;
  /** Equal for jobs on the same inputs, for the "result already exists" check. */
  readonly fingerprint: string | null;
}

export interface ArchiveRecord {
  readonly pk: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly public: boolean;
  readonly editors: ReadonlySet<string>;
  readonly uploaders: ReadonlySet<string>;
  readonly users: ReadonlySet<string>;
}

export interface ArchiveItemRecord {
  readonly kind: 'archiveItem';
  readonly pk: string;
  readonly archive: ArchiveRecord;
  title: string;
  values: CivRecord[];
  readonly created: number;
}

export interface QuestionOption {
  readonly id: number;
  readonly title: string;
  readonly default: boolean | null;
}

export type AnswerType = 'Bool' | 'Choice' | 'Multiple choice' | 'Number' | 'Single line text';

export interface QuestionRecord {
  readonly pk: string;
  readonly readerStudy: ReaderStudyRecord;
  readonly text: string;
  readonly helpText: string;
  readonly answerType: AnswerType;
  readonly required: boolean;
  readonly order: number;
  readonly options: readonly QuestionOption[];
}

export interface ReaderStudyRecord {
  readonly pk: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly editors: ReadonlySet<string>;
  readonly readers: ReadonlySet<string>;
  readonly isEducational: boolean;
  readonly allowAnswerModification: boolean;
  readonly questions: QuestionRecord[];
}

export interface DisplaySetRecord {
  readonly kind: 'displaySet';
  readonly pk: string;
  readonly readerStudy: ReaderStudyRecord;
  title: string;
  order: number;
  values: CivRecord[];
  readonly created: number;
}

export interface AnswerRecord {
  readonly pk: string;
  readonly creator: string;
  readonly question: QuestionRecord;
  readonly displaySet: DisplaySetRecord;
  answer: unknown;
  readonly isGroundTruth: boolean;
  readonly created: number;
  modified: number;
  lastEditMs: number | null;
  totalEditMs: number | null;
}

export type UploadStatus = 'Pending' | 'Initialized' | 'Completed' | 'Aborted';

export interface UploadRecord {
  readonly pk: string;
  readonly creator: string;
  readonly creatorId: number;
  readonly filename: string;
  readonly s3UploadId: string;
  readonly created: number;
  status: UploadStatus;
  /** Object key once completed: `uploads/<user id>/<pk>`. */
  readonly key: string;
}

export type ChallengeStatus = 'OPEN' | 'OPEN_SOON' | 'CLOSED' | 'COMPLETED';

export interface MetricSpec {
  /** Path inside the metrics JSON, e.g. `aggregates.dice.mean`. */
  readonly path: string;
  readonly title: string;
  readonly higherIsBetter: boolean;
}

export interface ChallengeRecord {
  readonly pk: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly hidden: boolean;
  readonly created: number;
  readonly modified: number;
  readonly publications: readonly string[];
  readonly incentives: readonly string[];
  readonly admins: ReadonlySet<string>;
  /** Challenges without an end stay CLOSED rather than COMPLETED once no phase is open. */
  readonly completed: boolean;
  readonly phases: PhaseRecord[];
}

export interface PhaseRecord {
  readonly pk: string;
  readonly challenge: ChallengeRecord;
  readonly title: string;
  readonly slug: string;
  readonly submissionKind: 'Predictions' | 'Algorithm';
  readonly opens: number;
  readonly closes: number | null;
  readonly externalEvaluation: boolean;
  readonly evaluators: ReadonlySet<string>;
  /** Whether everyone may see its published evaluations (the leaderboard). */
  readonly publicLeaderboard: boolean;
  readonly metrics: readonly MetricSpec[];
}

export interface SubmissionRecord {
  readonly pk: string;
  readonly phase: PhaseRecord;
  readonly creator: string;
  readonly created: number;
  readonly comment: string;
  readonly predictionsKey: string | null;
}

export type EvaluationStatus = 'Queued' | 'Succeeded' | 'Failed' | 'External Execution In Progress';

export interface EvaluationRecord {
  readonly kind: 'evaluation';
  readonly pk: string;
  readonly submission: SubmissionRecord;
  readonly created: number;
  status: EvaluationStatus;
  published: boolean;
  /** The metrics JSON once evaluated. */
  metrics: unknown;
  errorMessage: string;
  claimedBy: string | null;
  startedAt: number | null;
  completedAt: number | null;
  outputs: CivRecord[];
}

/** Whatever holds socket values; who may see a value is decided by its holders. */
export type Holder = JobRecord | ArchiveItemRecord | DisplaySetRecord | EvaluationRecord;
