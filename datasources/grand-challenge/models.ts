/** What the Grand Challenge data source hands to resolvers. */
type Platform = { platform: 'GRAND_CHALLENGE' };

export type ChallengeStatus = 'UPCOMING' | 'ACTIVE' | 'ENDED' | 'UNKNOWN';
export type JobStatus =
  'PENDING' | 'QUEUED' | 'RUNNING' | 'PAUSED' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'UNKNOWN';
export type SubmissionStatus = 'PENDING' | 'QUEUED' | 'PROCESSING' | 'SCORED' | 'FAILED' | 'UNKNOWN';

export interface GcSocketModel {
  pk: number;
  slug: string;
  title: string;
  description: string | null;
  kind: string;
  superKind: string;
  relativePath: string;
  defaultValue: unknown;
}

/** Where a socket value lives: lets its image be read with the container's images in one call. */
export type GcContainer =
  | { kind: 'archive'; pk: string }
  | { kind: 'readerStudy'; pk: string }
  | { kind: 'job'; pk: string }
  | { kind: 'evaluation'; pk: string };

export interface GcSocketValueModel {
  pk: number;
  socket: GcSocketModel;
  value: unknown;
  /** Absolute platform URL of the file (`/media/…`), when the socket holds a file. */
  fileUrl: string | null;
  /** Image pk, when the socket holds an image. */
  imagePk: string | null;
  imageApiUrl: string | null;
  container: GcContainer;
}

export interface GcChallengeModel extends Platform {
  __typename: 'GrandChallengeChallenge';
  nativeId: string;
  url: string;
  slug: string;
  name: string;
  description: string | null;
  status: ChallengeStatus;
  platformStatus: string;
  startsAt: string | null;
  endsAt: string | null;
  public: boolean | null;
  submissionTypes: string[];
  publications: string[];
  incentives: string[];
  logo: string | null;
}

export interface GcAlgorithmModel extends Platform {
  __typename: 'GrandChallengeAlgorithm';
  nativeId: string;
  pk: string;
  apiUrl: string;
  url: string;
  slug: string;
  title: string;
  description: string | null;
  averageDurationSeconds: number | null;
  interfaces: Array<{ inputs: GcSocketModel[]; outputs: GcSocketModel[] }>;
}

export interface GcJobModel extends Platform {
  __typename: 'GrandChallengeAlgorithmJob';
  nativeId: string;
  pk: string;
  url: string;
  apiUrl: string;
  title: null;
  status: JobStatus;
  platformStatus: string;
  createdAt: null;
  updatedAt: null;
  completedAt: null;
  algorithmPk: string | null;
  inputs: GcSocketValueModel[];
  outputs: GcSocketValueModel[];
  execDuration: string | null;
  invokeDuration: string | null;
}

export interface GcArchiveModel extends Platform {
  __typename: 'GrandChallengeArchive';
  nativeId: string;
  pk: string;
  apiUrl: string;
  url: string;
  slug: string | null;
  name: string;
  description: string | null;
  kind: 'COLLECTION';
  createdAt: null;
}

export interface GcArchiveItemModel extends Platform {
  __typename: 'GrandChallengeArchiveItem';
  nativeId: string;
  pk: string;
  title: string;
  archivePk: string | null;
  values: GcSocketValueModel[];
}

export interface GcImageModel extends Platform {
  __typename: 'GrandChallengeImage';
  nativeId: string;
  pk: string;
  name: string;
  apiUrl: string;
  files: Array<{ pk: string; fileUrl: string; imageType: string | null }>;
  width: number | null;
  height: number | null;
  depth: number | null;
  shape: number[] | null;
  modality: string | null;
  voxelSizeMm: number[] | null;
}

export interface GcQuestionModel {
  pk: string;
  apiUrl: string;
  readerStudyPk: string | null;
  answerType: string;
  text: string | null;
  required: boolean | null;
  order: number | null;
  options: Array<{ id: number; title: string; default: boolean | null }>;
}

export interface GcReaderStudyModel extends Platform {
  __typename: 'GrandChallengeReaderStudy';
  nativeId: string;
  pk: string;
  slug: string;
  apiUrl: string;
  url: string;
  title: string;
  description: string | null;
  hasGroundTruth: boolean | null;
  questions: GcQuestionModel[];
}

export interface GcDisplaySetModel extends Platform {
  __typename: 'GrandChallengeDisplaySet';
  nativeId: string;
  pk: string;
  apiUrl: string;
  title: string | null;
  readerStudyPk: string | null;
  order: number | null;
  index: number | null;
  description: string | null;
  values: GcSocketValueModel[];
  status: 'UNKNOWN';
  platformStatus: string;
  data: null;
  createdAt: null;
}

export interface GcAnswerModel extends Platform {
  __typename: 'GrandChallengeAnswer';
  nativeId: string;
  pk: string;
  answer: unknown;
  creator: string;
  displaySetPk: string | null;
  questionPk: string | null;
  answerImagePk: string | null;
  createdAt: string | null;
  modifiedAt: string | null;
  isGroundTruth: boolean;
}

export interface GcReaderModel extends Platform {
  __typename: 'GrandChallengeReader';
  nativeId: string;
  name: string;
  username: string;
}

export interface GcEvaluationModel extends Platform {
  __typename: 'GrandChallengeEvaluation';
  nativeId: string;
  pk: string;
  url: null;
  status: SubmissionStatus;
  platformStatus: string;
  submittedAt: string | null;
  score: number | null;
  submitter: string | null;
  rank: number | null;
  rankPerMetric: Record<string, unknown> | null;
  published: boolean | null;
  challengeSlug: string;
  challengeTitle: string | null;
  phaseSlug: string;
  phaseTitle: string;
  comment: string | null;
  outputs: GcSocketValueModel[];
  metrics: unknown;
}

export type GcNodeModel =
  | GcChallengeModel
  | GcAlgorithmModel
  | GcJobModel
  | GcArchiveModel
  | GcArchiveItemModel
  | GcImageModel
  | GcReaderStudyModel
  | GcDisplaySetModel
  | GcAnswerModel
  | GcReaderModel
  | GcEvaluationModel;
