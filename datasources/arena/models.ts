/** What the Arena data source hands to resolvers (codegen maps the GraphQL types onto these). */
type Platform = { platform: 'ARENA' };

export type ArenaJobStatus =
  'PENDING' | 'QUEUED' | 'RUNNING' | 'PAUSED' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'UNKNOWN';
export type ArenaRoundStatus = 'UPCOMING' | 'ACTIVE' | 'ENDED' | 'UNKNOWN';
export type ArenaSplit = 'TRAINING' | 'TEST' | 'VALIDATION';

/** A team (`/api/groups/`). Not a gateway concept of its own: exposed as `job.group`. */
export interface ArenaGroupModel extends Platform {
  __typename: 'ArenaGroup';
  /** The group id. */
  nativeId: string;
  name: string;
  public: boolean;
  /** Usernames, in joining order. */
  members: string[];
  createdAt: string;
}

/** A competition round: the gateway's Challenge. */
export interface ArenaRoundModel extends Platform {
  __typename: 'ArenaRound';
  nativeId: string;
  url: null;
  name: string;
  description: string | null;
  status: ArenaRoundStatus;
  /** `open` or `closed`: the platform's `is_open`, as words. */
  platformStatus: 'open' | 'closed';
  isOpen: boolean;
  startsAt: string;
  /** Null when open-ended. */
  endsAt: string | null;
  /** Native ids of the round's datasets. */
  datasetIds: string[];
  participants: string[];
}

export interface ArenaSplitCounts {
  training: number;
  test: number;
  validation: number;
}

/** A dataset of labelled points: the gateway's Dataset, kind COLLECTION (points are browsed, not downloaded). */
export interface ArenaDatasetModel extends Platform {
  __typename: 'ArenaDataset';
  nativeId: string;
  url: null;
  name: string;
  description: string | null;
  kind: 'COLLECTION';
  createdAt: string;
  /** Arena has no file per dataset; the points are read through `listPoints`. */
  downloadPath: null;
  featureCount: number;
  classes: number[];
  counts: ArenaSplitCounts;
}

/** One labelled point. `label` is null where the platform hides it (validation points, non-admins). */
export interface ArenaPointModel extends Platform {
  __typename: 'ArenaPoint';
  nativeId: string;
  datasetId: string;
  features: number[];
  label: number | null;
  split: ArenaSplit;
}

/**
 * A picture a worker attached to a job. `nativeId` is `<job id>/<filename>`: jobs list their
 * pictures by URL only, and the filename is unique within a job (the platform renames clashes).
 */
export interface ArenaPictureModel extends Platform {
  __typename: 'ArenaPicture';
  nativeId: string;
  jobId: string;
  filename: string;
  /** Absolute URL on the platform (for `api.openFile`). */
  url: string;
  /** Path under the base URL (for `api.openDownload`); null when the picture lives elsewhere. */
  downloadPath: string | null;
  /** The platform's picture id; null when the picture is known only from a job's `pictures` list. */
  pictureId: string | null;
  contentType: string | null;
  uploadedAt: string | null;
}

export interface ArenaJobLabels {
  training: number[] | null;
  test: number[] | null;
  validation: number[] | null;
}

export type ArenaExtraScores = Record<string, string | number>;

/** A submitted algorithm run: the gateway's Job (and, finished in a round, a Submission). */
export interface ArenaJobModel extends Platform {
  __typename: 'ArenaJob';
  nativeId: string;
  url: null;
  /** The algorithm name: Arena jobs have no title of their own. */
  title: string;
  status: ArenaJobStatus;
  /** `pending`, `running`, `done` or `failed`. */
  platformStatus: string;
  algorithm: string;
  params: Record<string, unknown>;
  datasetId: string;
  roundId: string | null;
  groupName: string | null;
  /** Username of the student who submitted it. */
  owner: string;
  /** Username of the worker that claimed it. */
  worker: string | null;
  createdAt: string;
  startedAt: string | null;
  /** The latest lifecycle change (finished, else started, else created). */
  updatedAt: string;
  completedAt: string | null;
  success: boolean | null;
  scoreTest: number | null;
  scoreValidation: number | null;
  extraScoresTest: ArenaExtraScores | null;
  extraScoresValidation: ArenaExtraScores | null;
  message: string | null;
  /** Null when the job came from a list (lists leave labels out): load the job itself for them. */
  labels: ArenaJobLabels | null;
  pictures: ArenaPictureModel[];
}

/** What a worker needs to run a job (`get_job_params`, admin only). */
export interface ArenaJobParamsModel {
  jobId: string;
  algorithm: string;
  datasetId: string;
  params: Record<string, unknown>;
}

/** An admin account that polls for jobs: the gateway's Worker. */
export interface ArenaWorkerModel extends Platform {
  __typename: 'ArenaWorker';
  /** The username. */
  nativeId: string;
  username: string;
  name: string;
  /** Null when only the username is known (a non-admin cannot list workers). */
  lastSeen: string | null;
  currentJobId: string | null;
  jobsDone: number | null;
}

/** The logged-in account (`/api/me/`). */
export interface ArenaMeModel {
  username: string;
  isAdmin: boolean;
  groups: string[];
  roundIds: string[];
}

export type ArenaNodeModel =
  | ArenaGroupModel
  | ArenaRoundModel
  | ArenaDatasetModel
  | ArenaPointModel
  | ArenaJobModel
  | ArenaPictureModel
  | ArenaWorkerModel;
