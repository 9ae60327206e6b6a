import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  CrowdCentChallengeModel as CrowdCentChallengeModelModel,
  CrowdCentTrainingDatasetModel as CrowdCentTrainingDatasetModelModel,
  CrowdCentInferencePeriodModel as CrowdCentInferencePeriodModelModel,
  CrowdCentMetaModelModel as CrowdCentMetaModelModelModel,
  CrowdCentSubmissionModel as CrowdCentSubmissionModelModel,
  CrowdCentScoreModel as CrowdCentScoreModelModel,
  CrowdCentViewerModel as CrowdCentViewerModelModel,
  SubmitOutcome as SubmitOutcomeModel,
  MatchInfo as MatchInfoModel,
} from '../../datasources/crowdcent/index.js';
import type {
  EmptyRootModel as EmptyRootModelModel,
  ChallengeConnectionModel as ChallengeConnectionModelModel,
  ChallengeEdgeModel as ChallengeEdgeModelModel,
  CrowdCentChallengeConnectionModel as CrowdCentChallengeConnectionModelModel,
  CrowdCentChallengeEdgeModel as CrowdCentChallengeEdgeModelModel,
  CrowdCentTrainingDatasetConnectionModel as CrowdCentTrainingDatasetConnectionModelModel,
  CrowdCentTrainingDatasetEdgeModel as CrowdCentTrainingDatasetEdgeModelModel,
  CrowdCentInferencePeriodConnectionModel as CrowdCentInferencePeriodConnectionModelModel,
  CrowdCentInferencePeriodEdgeModel as CrowdCentInferencePeriodEdgeModelModel,
  CrowdCentSubmissionConnectionModel as CrowdCentSubmissionConnectionModelModel,
  CrowdCentSubmissionEdgeModel as CrowdCentSubmissionEdgeModelModel,
  JobConnectionModel as JobConnectionModelModel,
  JobEdgeModel as JobEdgeModelModel,
  CrowdFlowerJobConnectionModel as CrowdFlowerJobConnectionModelModel,
  CrowdFlowerJobEdgeModel as CrowdFlowerJobEdgeModelModel,
  CrowdFlowerUnitConnectionModel as CrowdFlowerUnitConnectionModelModel,
  CrowdFlowerUnitEdgeModel as CrowdFlowerUnitEdgeModelModel,
  CrowdFlowerAggregateConnectionModel as CrowdFlowerAggregateConnectionModelModel,
  CrowdFlowerAggregateEdgeModel as CrowdFlowerAggregateEdgeModelModel,
  CrowdFlowerJobPayloadModel as CrowdFlowerJobPayloadModelModel,
  CrowdFlowerLaunchPayloadModel as CrowdFlowerLaunchPayloadModelModel,
  CrowdFlowerDeletePayloadModel as CrowdFlowerDeletePayloadModelModel,
  CrowdFlowerUploadPayloadModel as CrowdFlowerUploadPayloadModelModel,
  CrowdFlowerUnitPayloadModel as CrowdFlowerUnitPayloadModelModel,
  CrowdFlowerTagsPayloadModel as CrowdFlowerTagsPayloadModelModel,
  CrowdFlowerWorkerPayloadModel as CrowdFlowerWorkerPayloadModelModel,
  CrowdFlowerRegeneratePayloadModel as CrowdFlowerRegeneratePayloadModelModel,
  GcChallengeConnectionModel as GcChallengeConnectionModelModel,
  GcChallengeEdgeModel as GcChallengeEdgeModelModel,
  GcAlgorithmConnectionModel as GcAlgorithmConnectionModelModel,
  GcAlgorithmEdgeModel as GcAlgorithmEdgeModelModel,
  GcAlgorithmJobConnectionModel as GcAlgorithmJobConnectionModelModel,
  GcAlgorithmJobEdgeModel as GcAlgorithmJobEdgeModelModel,
  GcArchiveConnectionModel as GcArchiveConnectionModelModel,
  GcArchiveEdgeModel as GcArchiveEdgeModelModel,
  GcArchiveItemConnectionModel as GcArchiveItemConnectionModelModel,
  GcArchiveItemEdgeModel as GcArchiveItemEdgeModelModel,
  GcReaderStudyConnectionModel as GcReaderStudyConnectionModelModel,
  GcReaderStudyEdgeModel as GcReaderStudyEdgeModelModel,
  GcDisplaySetConnectionModel as GcDisplaySetConnectionModelModel,
  GcDisplaySetEdgeModel as GcDisplaySetEdgeModelModel,
  GcEvaluationConnectionModel as GcEvaluationConnectionModelModel,
  GcEvaluationEdgeModel as GcEvaluationEdgeModelModel,
  GcSocketConnectionModel as GcSocketConnectionModelModel,
  GcSocketEdgeModel as GcSocketEdgeModelModel,
  GcJobPayloadModel as GcJobPayloadModelModel,
  GcArchiveItemPayloadModel as GcArchiveItemPayloadModelModel,
  GcDisplaySetPayloadModel as GcDisplaySetPayloadModelModel,
  GcAnswerPayloadModel as GcAnswerPayloadModelModel,
  CrowdAIChallengeConnectionModel as CrowdAIChallengeConnectionModelModel,
  CrowdAIChallengeEdgeModel as CrowdAIChallengeEdgeModelModel,
  CrowdAISubmissionConnectionModel as CrowdAISubmissionConnectionModelModel,
  CrowdAISubmissionEdgeModel as CrowdAISubmissionEdgeModelModel,
  CrowdAIGradePayloadModel as CrowdAIGradePayloadModelModel,
  ArenaJobConnectionModel as ArenaJobConnectionModelModel,
  ArenaJobEdgeModel as ArenaJobEdgeModelModel,
  ArenaPointConnectionModel as ArenaPointConnectionModelModel,
  ArenaPointEdgeModel as ArenaPointEdgeModelModel,
  ArenaGroupPayloadModel as ArenaGroupPayloadModelModel,
  ArenaRoundPayloadModel as ArenaRoundPayloadModelModel,
  ArenaJobPayloadModel as ArenaJobPayloadModelModel,
  ArenaPicturePayloadModel as ArenaPicturePayloadModelModel,
} from '../support/models.js';
import type {
  CrowdFlowerJobModel as CrowdFlowerJobModelModel,
  CrowdFlowerUnitModel as CrowdFlowerUnitModelModel,
  CrowdFlowerJudgmentModel as CrowdFlowerJudgmentModelModel,
  CrowdFlowerWorkerModel as CrowdFlowerWorkerModelModel,
  CrowdFlowerAggregateModel as CrowdFlowerAggregateModelModel,
  CrowdFlowerOrderModel as CrowdFlowerOrderModelModel,
  CrowdFlowerProgressModel as CrowdFlowerProgressModelModel,
  ChannelsModel as ChannelsModelModel,
  CrowdFlowerCountryModel as CrowdFlowerCountryModelModel,
  CrowdFlowerReportModel as CrowdFlowerReportModelModel,
} from '../../datasources/crowdflower/index.js';
import type {
  GcChallengeModel as GcChallengeModelModel,
  GcSocketModel as GcSocketModelModel,
  GcSocketValueModel as GcSocketValueModelModel,
  GcImageModel as GcImageModelModel,
  GcAlgorithmModel as GcAlgorithmModelModel,
  GcJobModel as GcJobModelModel,
  GcArchiveModel as GcArchiveModelModel,
  GcArchiveItemModel as GcArchiveItemModelModel,
  GcQuestionModel as GcQuestionModelModel,
  GcReaderStudyModel as GcReaderStudyModelModel,
  GcDisplaySetModel as GcDisplaySetModelModel,
  GcAnswerModel as GcAnswerModelModel,
  GcReaderModel as GcReaderModelModel,
  GcEvaluationModel as GcEvaluationModelModel,
} from '../../datasources/grand-challenge/index.js';
import type {
  CrowdAIChallengeModel as CrowdAIChallengeModelModel,
  CrowdAIRoundModel as CrowdAIRoundModelModel,
  CrowdAISubmissionModel as CrowdAISubmissionModelModel,
  CrowdAIParticipantModel as CrowdAIParticipantModelModel,
} from '../../datasources/crowdai/index.js';
import type {
  ArenaRoundModel as ArenaRoundModelModel,
  ArenaGroupModel as ArenaGroupModelModel,
  ArenaDatasetModel as ArenaDatasetModelModel,
  ArenaPointModel as ArenaPointModelModel,
  ArenaPictureModel as ArenaPictureModelModel,
  ArenaJobModel as ArenaJobModelModel,
  ArenaWorkerModel as ArenaWorkerModelModel,
  ArenaJobParamsModel as ArenaJobParamsModelModel,
  ArenaMeModel as ArenaMeModelModel,
  ArenaJobLabels as ArenaJobLabelsModel,
  ArenaSplitCounts as ArenaSplitCountsModel,
} from '../../datasources/arena/index.js';
import type { GatewayContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string };
  /** An ISO-8601 date-time in UTC, e.g. `2025-06-09T14:01:01.161Z`. */
  DateTime: { input: string; output: string };
  /** Arbitrary JSON as the platform returned it (objects of scores, metadata). */
  JSON: { input: unknown; output: unknown };
  /**
   * An integer up to ±2^53−1, serialized as a JSON number. Platforms' numeric ids outgrow GraphQL's
   * 32-bit `Int` (CrowdFlower judgment ids pass 6·10⁹).
   */
  SafeInt: { input: number; output: number };
  /** An absolute http(s) URL. */
  URL: { input: string; output: string };
  /**
   * A file sent with the GraphQL multipart request specification
   * (https://github.com/jaydenseric/graphql-multipart-request-spec). Requests must carry an
   * `apollo-require-preflight: true` (or `x-apollo-operation-name`) header: browsers cannot send that
   * from a cross-site form, which is what keeps uploads CSRF-safe.
   */
  Upload: {
    input: Promise<import('graphql-upload/processRequest.mjs').FileUpload>;
    output: Promise<import('graphql-upload/processRequest.mjs').FileUpload>;
  };
};

/** A new group. */
export type AddArenaGroupInput = {
  /** The group's name; must be unique. */
  name: Scalars['String']['input'];
  /** True (the default) when any student may join it. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A picture to attach to a job. */
export type AddArenaJobPictureInput = {
  /** The job id. */
  jobId: Scalars['String']['input'];
  /** The image file (multipart upload). */
  picture: Scalars['Upload']['input'];
};

/** A case to add to an archive. */
export type AddCaseToGrandChallengeArchiveInput = {
  /** The archive slug. */
  archiveSlug: Scalars['String']['input'];
  /** The case's title; untitled when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The case's socket values. */
  values: Array<GrandChallengeSocketValueInput>;
};

/** A display set to add to a reader study. */
export type AddCaseToGrandChallengeReaderStudyInput = {
  /** The reader study slug. */
  readerStudySlug: Scalars['String']['input'];
  /** The display set's title; untitled when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The display set's socket values. */
  values: Array<GrandChallengeSocketValueInput>;
};

/** A dataset of labelled points. */
export type ArenaDataset = Dataset &
  Node & {
    __typename?: 'ArenaDataset';
    /** The class labels. */
    classes: Array<Scalars['Int']['output']>;
    /** Number of points per split. */
    counts: ArenaSplitCounts;
    /** When the platform published it. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Free-text description; null when the platform has none. */
    description?: Maybe<Scalars['String']['output']>;
    /** Arena has no file per dataset: browse `points`. */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    /** Number of features per point (length of `ArenaPoint.features`). */
    featureCount: Scalars['Int']['output'];
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Always `COLLECTION`: a collection of labelled points. */
    kind: DatasetKind;
    /** Display name. */
    name: Scalars['String']['output'];
    /** The dataset id. */
    nativeId: Scalars['String']['output'];
    /** Always `ARENA`. */
    platform: Platform;
    /** The points, optionally of one split (labels of validation points are hidden from non-admins). */
    points?: Maybe<ArenaPointConnection>;
    /** Arena has no web page per dataset: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A dataset of labelled points. */
export type ArenaDatasetpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  split?: InputMaybe<ArenaSplit>;
};

/** A team of students. */
export type ArenaGroup = Node & {
  __typename?: 'ArenaGroup';
  /** When the group was created; null when not reported. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
  id: Scalars['ID']['output'];
  /** Usernames, in joining order. */
  members: Array<Scalars['String']['output']>;
  /** The group's name (its identifier on Arena; use it to join). */
  name: Scalars['String']['output'];
  /** True when any student may see and join it; private groups are visible only to members and admins. */
  public: Scalars['Boolean']['output'];
};

/** Result of a group mutation. */
export type ArenaGroupPayload = {
  __typename?: 'ArenaGroupPayload';
  /** The group; null when the mutation was refused (see `userErrors`). */
  group?: Maybe<ArenaGroup>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** An algorithm run on a dataset: submitted by a student, claimed and run by a worker. */
export type ArenaJob = Job &
  Node & {
    __typename?: 'ArenaJob';
    /** The algorithm name, e.g. `knn` (what the worker runs). */
    algorithm: Scalars['String']['output'];
    /** When the worker posted its results; null while unfinished. */
    completedAt?: Maybe<Scalars['DateTime']['output']>;
    /** When the student submitted it. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** The dataset it runs on; null when it can no longer be read. */
    dataset?: Maybe<ArenaDataset>;
    /** Further test-split metrics the worker reported, informational only (object of name to string or number, e.g. `{"time": "0.123ms"}`); null when none. */
    extraScoresTest?: Maybe<Scalars['JSON']['output']>;
    /** Further validation-split metrics the worker reported, informational only (object of name to string or number); null when none. */
    extraScoresValidation?: Maybe<Scalars['JSON']['output']>;
    /** The group it was submitted for; null when submitted individually. */
    groupName?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Predicted labels per split (one extra read when the job came from a list). */
    labels?: Maybe<ArenaLabels>;
    /** The worker's message, e.g. the error of a failed job; null when none. */
    message?: Maybe<Scalars['String']['output']>;
    /** The job id. */
    nativeId: Scalars['String']['output'];
    /** The student who submitted it. */
    owner: Scalars['String']['output'];
    /** Hyper-parameters passed to the algorithm. */
    params: Scalars['JSON']['output'];
    /** Pictures the worker attached; empty when none. */
    pictures: Array<ArenaPicture>;
    /** Always `ARENA`. */
    platform: Platform;
    /** `pending`, `running`, `done` or `failed`. */
    platformStatus: Scalars['String']['output'];
    /** The round it was submitted to; null when submitted outside a round. */
    round?: Maybe<ArenaRound>;
    /** Test accuracy, 0–1. */
    scoreTest?: Maybe<Scalars['Float']['output']>;
    /** Validation accuracy, 0–1. */
    scoreValidation?: Maybe<Scalars['Float']['output']>;
    /** When a worker claimed it; null while pending. */
    startedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Normalized status (`pending` → PENDING, `running` → RUNNING, `done` → SUCCEEDED, `failed` → FAILED). */
    status: JobStatus;
    /** True when it finished successfully, false when it failed; null while unfinished. */
    success?: Maybe<Scalars['Boolean']['output']>;
    /** The algorithm name. */
    title?: Maybe<Scalars['String']['output']>;
    /** When it last changed: when it finished, else when it was claimed, else when it was submitted. */
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Arena has no web page per job: always null. */
    url?: Maybe<Scalars['URL']['output']>;
    /** The worker that claimed it. */
    worker?: Maybe<ArenaWorker>;
  };

/** A page of `ArenaJob` results (Relay connection). */
export type ArenaJobConnection = {
  __typename?: 'ArenaJobConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ArenaJobEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<ArenaJob>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `ArenaJob` in a page, with its cursor. */
export type ArenaJobEdge = {
  __typename?: 'ArenaJobEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: ArenaJob;
};

/** What a worker needs to run a job (admin). */
export type ArenaJobParams = {
  __typename?: 'ArenaJobParams';
  /** The algorithm to run. */
  algorithm: Scalars['String']['output'];
  /** Id of the dataset to run it on. */
  datasetId: Scalars['String']['output'];
  /** The job id. */
  jobId: Scalars['String']['output'];
  /** Hyper-parameters to pass to the algorithm. */
  params: Scalars['JSON']['output'];
};

/** Result of a job mutation. */
export type ArenaJobPayload = {
  __typename?: 'ArenaJobPayload';
  /** The job as it is now; null when refused (see `userErrors`). */
  job?: Maybe<ArenaJob>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Predicted class labels of a job, one per point of each split in the dataset's order; a split is null when the worker did not report it. */
export type ArenaLabels = {
  __typename?: 'ArenaLabels';
  /** Predicted labels of the test points. */
  test?: Maybe<Array<Scalars['Int']['output']>>;
  /** Predicted labels of the training points. */
  training?: Maybe<Array<Scalars['Int']['output']>>;
  /** Predicted labels of the validation points. */
  validation?: Maybe<Array<Scalars['Int']['output']>>;
};

/** A picture a worker attached to a job (a confusion matrix, a decision boundary). */
export type ArenaPicture = {
  __typename?: 'ArenaPicture';
  /** MIME type, e.g. `image/png`; null when not reported. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** Gateway link streaming the picture with the caller's session. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  /** The file name, unique within the job; pass it in `UpdateArenaJobDetailsInput.pictures`. */
  filename: Scalars['String']['output'];
  /** When it was attached; null when not reported. */
  uploadedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Result of attaching a picture. */
export type ArenaPicturePayload = {
  __typename?: 'ArenaPicturePayload';
  /** The attached picture; null when refused (see `userErrors`). */
  picture?: Maybe<ArenaPicture>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** One labelled point. */
export type ArenaPoint = Node & {
  __typename?: 'ArenaPoint';
  /** The feature vector, `featureCount` numbers. */
  features: Array<Scalars['Float']['output']>;
  /** Opaque global ID; pass it to `node(id:)` to refetch this point. */
  id: Scalars['ID']['output'];
  /** Null where the platform hides it. */
  label?: Maybe<Scalars['Int']['output']>;
  /** Which split the point belongs to. */
  split: ArenaSplit;
};

/** A page of `ArenaPoint` results (Relay connection). */
export type ArenaPointConnection = {
  __typename?: 'ArenaPointConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ArenaPointEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<ArenaPoint>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `ArenaPoint` in a page, with its cursor. */
export type ArenaPointEdge = {
  __typename?: 'ArenaPointEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: ArenaPoint;
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQuery = {
  __typename?: 'ArenaQuery';
  /** One dataset by id; null when absent. */
  dataset?: Maybe<ArenaDataset>;
  /** All datasets; null when the platform could not be read. */
  datasets?: Maybe<Array<ArenaDataset>>;
  /** Groups visible to the caller (public ones and the caller's own; admins: all). Null when the platform could not be read. */
  groups?: Maybe<Array<ArenaGroup>>;
  /** One job by id; null when absent or not visible to the caller. */
  job?: Maybe<ArenaJob>;
  /** `get_job_params` (admin). */
  jobParams?: Maybe<ArenaJobParams>;
  /** The caller's jobs and their groups' (admins: all). */
  jobs?: Maybe<ArenaJobConnection>;
  /** One round by id; null when absent. */
  round?: Maybe<ArenaRound>;
  /** All rounds; null when the platform could not be read. */
  rounds?: Maybe<Array<ArenaRound>>;
  /** The account the credentials belong to; null when they could not be read. */
  viewer?: Maybe<ArenaViewer>;
  /** Workers that have polled for jobs (admin). */
  workers?: Maybe<Array<ArenaWorker>>;
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQuerydatasetArgs = {
  datasetId: Scalars['String']['input'];
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQueryjobArgs = {
  jobId: Scalars['String']['input'];
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQueryjobParamsArgs = {
  jobId: Scalars['String']['input'];
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQueryjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  datasetId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  roundId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobStatus>;
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQueryroundArgs = {
  roundId: Scalars['String']['input'];
};

/**
 * An Arena competition round: the course's challenge. Jobs submitted to it on its datasets are the
 * round's submissions.
 */
export type ArenaRound = Challenge &
  Node & {
    __typename?: 'ArenaRound';
    /** The datasets jobs of this round run on; null when the platform could not be read. */
    datasets?: Maybe<Array<ArenaDataset>>;
    /** Description text as the platform gives it (often Markdown). */
    description?: Maybe<Scalars['String']['output']>;
    /** When it closes or closed; null when open-ended. */
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** True while the round accepts jobs (`platformStatus` is `open`). */
    isOpen: Scalars['Boolean']['output'];
    /** Jobs submitted to this round. */
    jobs?: Maybe<ArenaJobConnection>;
    /** Display name. */
    name: Scalars['String']['output'];
    /** The round id. */
    nativeId: Scalars['String']['output'];
    /** Usernames of the participants. */
    participants: Array<Scalars['String']['output']>;
    /** Always `ARENA`. */
    platform: Platform;
    /** `open` or `closed`. */
    platformStatus: Scalars['String']['output'];
    /** When it opened. */
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Normalized status. */
    status: ChallengeStatus;
    /** Arena has no web page per round: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/**
 * An Arena competition round: the course's challenge. Jobs submitted to it on its datasets are the
 * round's submissions.
 */
export type ArenaRoundjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<JobStatus>;
};

/** Result of joining a round. */
export type ArenaRoundPayload = {
  __typename?: 'ArenaRoundPayload';
  /** The round joined; null when refused (see `userErrors`). */
  round?: Maybe<ArenaRound>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Which part of a dataset a point belongs to. */
export type ArenaSplit =
  /** Points whose predictions are scored as `scoreTest`. */
  | 'TEST'
  /** Points to train on; labels visible. */
  | 'TRAINING'
  /** Held-out points scored as `scoreValidation`; labels hidden from non-admins. */
  | 'VALIDATION';

/** How many points a dataset has in each split. */
export type ArenaSplitCounts = {
  __typename?: 'ArenaSplitCounts';
  /** Number of test points. */
  test: Scalars['Int']['output'];
  /** Number of training points. */
  training: Scalars['Int']['output'];
  /** Number of validation points. */
  validation: Scalars['Int']['output'];
};

/** The Arena account behind the credentials in use. */
export type ArenaViewer = {
  __typename?: 'ArenaViewer';
  /** Names of the groups the account belongs to. */
  groups: Array<Scalars['String']['output']>;
  /** True for admins (course staff and workers), who may run jobs and see all of them. */
  isAdmin: Scalars['Boolean']['output'];
  /** Ids of the rounds the account has joined. */
  roundIds: Array<Scalars['String']['output']>;
  /** The account's username. */
  username: Scalars['String']['output'];
};

/** An admin account that polls for jobs and runs them. */
export type ArenaWorker = Node &
  Worker & {
    __typename?: 'ArenaWorker';
    /** Id of the job it is running now; null when idle or unknown to a non-admin caller. */
    currentJobId?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Number of jobs it has finished; null when unknown to a non-admin caller. */
    jobsDone?: Maybe<Scalars['Int']['output']>;
    /** When it last polled for a job; null when it never has, or when the caller is not an admin (the worker is then known only by name). */
    lastSeen?: Maybe<Scalars['DateTime']['output']>;
    /** The worker's username (Arena has no display names). */
    name?: Maybe<Scalars['String']['output']>;
    /** The worker's username. */
    nativeId: Scalars['String']['output'];
    /** Always `ARENA`. */
    platform: Platform;
    /** The admin account's username. */
    username: Scalars['String']['output'];
  };

/** A bonus payment to a contributor. */
export type BonusCrowdFlowerWorkerInput = {
  /** Amount in cents (1 to 10,000). */
  amountCents: Scalars['Int']['input'];
  /** The numeric job id the contributor worked on. */
  jobId: Scalars['SafeInt']['input'];
  /** Why the bonus is paid (shown to the contributor). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The contributor's numeric id. */
  workerId: Scalars['SafeInt']['input'];
};

/** A platform's circuit breaker. */
export type BreakerState =
  /** Calls flow. */
  | 'CLOSED'
  /** One probe call is let through to see whether the platform recovered. */
  | 'HALF_OPEN'
  /** The platform kept failing: calls are refused at once for a while. */
  | 'OPEN';

/** A unit to cancel. */
export type CancelCrowdFlowerUnitInput = {
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** The numeric unit id. */
  unitId: Scalars['SafeInt']['input'];
};

/** A competition or course round on any platform. */
export type Challenge = {
  /** Description text as the platform gives it (often Markdown). */
  description?: Maybe<Scalars['String']['output']>;
  /** When it closes or closed; null when open-ended. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID; pass it to `node(id:)` or `challenge(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The platform's own identifier (a slug or a number as a string). */
  nativeId: Scalars['String']['output'];
  /** Which platform hosts it. */
  platform: Platform;
  /** The platform's own status value, unchanged. */
  platformStatus: Scalars['String']['output'];
  /** When it opened. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Normalized status. */
  status: ChallengeStatus;
  /** The platform's web page for it, where one exists. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** A page of challenges. */
export type ChallengeConnection = {
  __typename?: 'ChallengeConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ChallengeEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<Challenge>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total across the platforms queried; null when a platform does not report totals. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `Challenge` in a page, with its cursor. */
export type ChallengeEdge = {
  __typename?: 'ChallengeEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: Challenge;
};

/** Normalized lifecycle of a challenge, whatever the platform calls it. */
export type ChallengeStatus =
  /** Open for participation. */
  | 'ACTIVE'
  /** Finished or closed. */
  | 'ENDED'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN'
  /** Announced, not yet open. */
  | 'UPCOMING';

/** Result of a worker's ping. */
export type ClaimNextArenaJobPayload = {
  __typename?: 'ClaimNextArenaJobPayload';
  /** The claimed job; null when none was pending. */
  job?: Maybe<ArenaJob>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A job to copy. With neither `allUnits` nor `gold`, only its settings are copied. */
export type CopyCrowdFlowerJobInput = {
  /** Copy every unit. */
  allUnits?: InputMaybe<Scalars['Boolean']['input']>;
  /** Copy only the gold units (ignored with allUnits). */
  gold?: InputMaybe<Scalars['Boolean']['input']>;
  /** Numeric id of the job to copy. */
  jobId: Scalars['SafeInt']['input'];
};

/** A job to submit. */
export type CreateArenaJobInput = {
  /** The algorithm name, e.g. `knn`. */
  algorithm: Scalars['String']['input'];
  /** Id of the dataset to run on. */
  datasetId: Scalars['String']['input'];
  /** Submit for this group (the caller must be a member); individually when omitted. */
  groupName?: InputMaybe<Scalars['String']['input']>;
  /** Hyper-parameters for the algorithm (a JSON object); none when omitted. */
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** Submit to this round; outside any round when omitted. */
  roundId?: InputMaybe<Scalars['String']['input']>;
};

/** A job to create. */
export type CreateCrowdFlowerJobInput = {
  /** The new job's attributes. */
  attributes: CrowdFlowerJobAttributesInput;
};

/** A reader's answer to a question about a display set. */
export type CreateGrandChallengeAnswerInput = {
  /** The answer, shaped by the question's type (true/false, an option id, a number, text, …). */
  answer?: InputMaybe<Scalars['JSON']['input']>;
  /** The display set pk. */
  displaySetPk: Scalars['String']['input'];
  /** The question pk (`GrandChallengeQuestion.pk`). */
  questionPk: Scalars['String']['input'];
};

/** Result of answering a question. */
export type CreateGrandChallengeAnswerPayload = {
  __typename?: 'CreateGrandChallengeAnswerPayload';
  /** The answer created; null when refused. */
  answer?: Maybe<GrandChallengeAnswer>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * A crowdAI challenge. Listing challenges needs the admin key; an organizer reads its own
 * challenges' submissions.
 */
export type CrowdAIChallenge = Challenge &
  Node & {
    __typename?: 'CrowdAIChallenge';
    /** The platform's numeric challenge id. */
    challengeId: Scalars['Int']['output'];
    /** crowdAI's API does not return a description: always null. */
    description?: Maybe<Scalars['String']['output']>;
    /** The last round's end (needs the challenge detail). */
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Display name. */
    name: Scalars['String']['output'];
    /** The numeric challenge id. */
    nativeId: Scalars['String']['output'];
    /** True when the challenge keeps accepting submissions with no end; null when not reported. */
    perpetual?: Maybe<Scalars['Boolean']['output']>;
    /** Always `CROWDAI`. */
    platform: Platform;
    /** `draft`, `starting_soon`, `running` or `completed`. */
    platformStatus: Scalars['String']['output'];
    /** `ascending` or `descending`: which way the primary score ranks. */
    primarySortOrder?: Maybe<Scalars['String']['output']>;
    /** The challenge's rounds (needs the challenge detail); null when it could not be read. */
    rounds?: Maybe<Array<CrowdAIRound>>;
    /** `ascending`, `descending` or `not_used`: which way the secondary (tie-breaking) score ranks; null when not reported. */
    secondarySortOrder?: Maybe<Scalars['String']['output']>;
    /** The first round's start (needs the challenge detail). */
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Normalized status (`running` → ACTIVE, `draft`/`starting_soon` → UPCOMING, `completed` → ENDED). */
    status: ChallengeStatus;
    /** Submissions (the organizer owning the challenge; see `crowdai.submissions`), optionally filtered. */
    submissions?: Maybe<CrowdAISubmissionConnection>;
    /** crowdAI's API gives no page URL: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/**
 * A crowdAI challenge. Listing challenges needs the admin key; an organizer reads its own
 * challenges' submissions.
 */
export type CrowdAIChallengesubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  gradingStatus?: InputMaybe<CrowdAIGradingStatus>;
  roundId?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of `CrowdAIChallenge` results (Relay connection). */
export type CrowdAIChallengeConnection = {
  __typename?: 'CrowdAIChallengeConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdAIChallengeEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdAIChallenge>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `CrowdAIChallenge` in a page, with its cursor. */
export type CrowdAIChallengeEdge = {
  __typename?: 'CrowdAIChallengeEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdAIChallenge;
};

/** Result of posting or updating a grade. */
export type CrowdAIGradePayload = {
  __typename?: 'CrowdAIGradePayload';
  /** The platform's message. */
  message?: Maybe<Scalars['String']['output']>;
  /** When the participant's slots reset. */
  resetAt?: Maybe<Scalars['DateTime']['output']>;
  /** The submission, when the caller's key may read it (admin key). */
  submission?: Maybe<CrowdAISubmission>;
  /** The submission id the platform created or updated (also on some refusals: see userErrors). */
  submissionId?: Maybe<Scalars['Int']['output']>;
  /** Slots left for the participant in the current period. */
  submissionsRemaining?: Maybe<Scalars['Int']['output']>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** The grading state a grader may set. */
export type CrowdAIGradeStatus =
  /** Grading failed; `gradingMessage` is required. */
  | 'FAILED'
  /** Scored: `score` (and optionally `scoreSecondary`) are set. */
  | 'GRADED'
  /** Grading has started. */
  | 'INITIATED'
  /** Received, grading not yet started. */
  | 'SUBMITTED';

/** crowdAI's grading state of a submission (`grading_status`). */
export type CrowdAIGradingStatus =
  /** `failed`: grading failed; see `gradingMessage`. */
  | 'FAILED'
  /** `graded`: scored. */
  | 'GRADED'
  /** `initiated`: the grader is grading it. */
  | 'INITIATED'
  /** `ready`: created, not yet sent for grading. */
  | 'READY'
  /** `submitted`: sent to the grader. */
  | 'SUBMITTED';

/** Media shown with a graded submission: all three or none. */
export type CrowdAIMediaInput = {
  /** e.g. `image/gif`, `video/mp4`, `video/youtube`. */
  contentType: Scalars['String']['input'];
  /** S3 key of the large media (from `uploadCrowdAIMedia`). */
  large: Scalars['String']['input'];
  /** S3 key of the thumbnail (from `uploadCrowdAIMedia`). */
  thumbnail: Scalars['String']['input'];
};

/** A competitor on crowdAI (the id and name the platform exposes; never their API key). */
export type CrowdAIParticipant = Node &
  Worker & {
    __typename?: 'CrowdAIParticipant';
    /** The participant's e-mail; null when the platform does not expose it to the caller. */
    email?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The participant's name; null when the platform does not report it. */
    name?: Maybe<Scalars['String']['output']>;
    /** The participant's name (participants are looked up by name); the numeric id when the name is unknown. */
    nativeId: Scalars['String']['output'];
    /** The platform's numeric participant id. */
    participantId: Scalars['Int']['output'];
    /** Always `CROWDAI`. */
    platform: Platform;
  };

/** The result of validating a participant's API key. */
export type CrowdAIParticipantKeyCheck = {
  __typename?: 'CrowdAIParticipantKeyCheck';
  /** The platform's message, e.g. why the key is invalid. */
  message: Scalars['String']['output'];
  /** The participant the key belongs to; null when invalid. */
  participantId?: Maybe<Scalars['Int']['output']>;
  /** True when the key belongs to a participant. */
  valid: Scalars['Boolean']['output'];
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQuery = {
  __typename?: 'CrowdAIQuery';
  /** One challenge with its rounds (admin key). */
  challenge?: Maybe<CrowdAIChallenge>;
  /** All challenges (admin key). */
  challenges?: Maybe<CrowdAIChallengeConnection>;
  /** A participant by name (admin key). */
  participant?: Maybe<CrowdAIParticipant>;
  /** Is this participant API key valid? (any organizer key). The participant key is never echoed. */
  participantKey?: Maybe<CrowdAIParticipantKeyCheck>;
  /** One submission (admin key). */
  submission?: Maybe<CrowdAISubmission>;
  /**
   * A challenge's submissions, for the organizer owning it (the platform refuses other keys,
   * including the admin key).
   */
  submissions?: Maybe<CrowdAISubmissionConnection>;
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQuerychallengeArgs = {
  challengeId: Scalars['Int']['input'];
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQuerychallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQueryparticipantArgs = {
  name: Scalars['String']['input'];
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQueryparticipantKeyArgs = {
  apiKey: Scalars['String']['input'];
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQuerysubmissionArgs = {
  submissionId: Scalars['Int']['input'];
};

/** crowdAI entry points: reads with the organizer's or admin's key (x-crowdai-key). */
export type CrowdAIQuerysubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  challengeId: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  gradingStatus?: InputMaybe<CrowdAIGradingStatus>;
  roundId?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A round of a challenge, with its submission limits. */
export type CrowdAIRound = {
  __typename?: 'CrowdAIRound';
  /** True for the round open now; null when not reported. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** When the round closes. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Failed submissions refunded per period. */
  failedSubmissions?: Maybe<Scalars['Int']['output']>;
  /** Score the previous round required to enter this one. */
  minimumScore?: Maybe<Scalars['Float']['output']>;
  /** Secondary score the previous round required to enter this one. */
  minimumScoreSecondary?: Maybe<Scalars['Float']['output']>;
  /** The round's name (`challenge_round`), e.g. `Round 1`; null when unnamed. */
  name?: Maybe<Scalars['String']['output']>;
  /** Submissions that may be grading at once (0 = unlimited). */
  parallelSubmissions?: Maybe<Scalars['Int']['output']>;
  /** The round's `ranking_window` setting for leaderboard ranking (platform default 96); null when not reported. */
  rankingWindow?: Maybe<Scalars['Int']['output']>;
  /** The platform's numeric round id. */
  roundId: Scalars['Int']['output'];
  /** Number of decimal places scores are shown with (platform default 3); null when not reported. */
  scorePrecision?: Maybe<Scalars['Int']['output']>;
  /** When the round opens. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Submissions allowed per `submissionLimitPeriod`. */
  submissionLimit?: Maybe<Scalars['Int']['output']>;
  /** `day`, `week` or `round`. */
  submissionLimitPeriod?: Maybe<Scalars['String']['output']>;
};

/** A graded (or grading) entry of a participant. */
export type CrowdAISubmission = Node &
  Submission & {
    __typename?: 'CrowdAISubmission';
    /** Numeric id of its challenge. */
    challengeId: Scalars['Int']['output'];
    /** Name of its challenge; null when not reported. */
    challengeName?: Maybe<Scalars['String']['output']>;
    /** The grader's description of the result, in Markdown; null when none. */
    descriptionMarkdown?: Maybe<Scalars['String']['output']>;
    /** Submitted files, as gateway download links (the platform's signed S3 URLs never reach clients). */
    files: Array<CrowdAISubmissionFile>;
    /** The grader's message (from `submission_info`; one extra call). */
    gradingMessage?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** MIME type of the attached media, e.g. `image/gif`; null when none. */
    mediaContentType?: Maybe<Scalars['String']['output']>;
    /** Free-form metadata the grader attached (a JSON object; `{}` when none). */
    meta?: Maybe<Scalars['JSON']['output']>;
    /** The numeric submission id as a string. */
    nativeId: Scalars['String']['output'];
    /** The participant who submitted it; null when it cannot be read. */
    participant?: Maybe<CrowdAIParticipant>;
    /** Always `CROWDAI`. */
    platform: Platform;
    /** `ready`, `submitted`, `initiated`, `graded` or `failed`. */
    platformStatus: Scalars['String']['output'];
    /** Whether it was made after the round ended (from `submission_info`). */
    postChallenge?: Maybe<Scalars['Boolean']['output']>;
    /** Numeric id of the round it belongs to; null when not reported. */
    roundId?: Maybe<Scalars['Int']['output']>;
    /** The primary score, when graded; ranks per the challenge's `primarySortOrder`. */
    score?: Maybe<Scalars['Float']['output']>;
    /** The secondary (tie-breaking) score, when graded; ranks per `secondarySortOrder`. */
    scoreSecondary?: Maybe<Scalars['Float']['output']>;
    /** Normalized status (`ready` → PENDING, `submitted`/`initiated` → PROCESSING, `graded` → SCORED, `failed` → FAILED). */
    status: SubmissionStatus;
    /** The platform's numeric submission id. */
    submissionId: Scalars['Int']['output'];
    /** When it was created. */
    submittedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The participant's name; null when not reported. */
    submitter?: Maybe<Scalars['String']['output']>;
    /** crowdAI's API gives no page URL: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A page of `CrowdAISubmission` results (Relay connection). */
export type CrowdAISubmissionConnection = {
  __typename?: 'CrowdAISubmissionConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdAISubmissionEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdAISubmission>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `CrowdAISubmission` in a page, with its cursor. */
export type CrowdAISubmissionEdge = {
  __typename?: 'CrowdAISubmissionEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdAISubmission;
};

/** A file attached to a submission. */
export type CrowdAISubmissionFile = {
  __typename?: 'CrowdAISubmissionFile';
  /** Gateway URL (`/files/<token>`) that streams the file; expires. Null when there is no file. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  /** The platform's storage key of the file; null when not reported. */
  s3Key?: Maybe<Scalars['String']['output']>;
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallenge = Challenge &
  Node & {
    __typename?: 'CrowdCentChallenge';
    /** The platform's numeric id. */
    challengeId: Scalars['Int']['output'];
    /** The period whose submission window is open now; null when none is. */
    currentInferencePeriod?: Maybe<CrowdCentInferencePeriod>;
    /** Description text as the platform gives it (often Markdown). */
    description?: Maybe<Scalars['String']['output']>;
    /** When it closes or closed; null when open-ended. */
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The period released on this date; null when absent. */
    inferencePeriod?: Maybe<CrowdCentInferencePeriod>;
    /** Daily inference periods, in the platform's order. */
    inferencePeriods?: Maybe<CrowdCentInferencePeriodConnection>;
    /** True while the challenge runs (the platform's `is_active`). */
    isActive: Scalars['Boolean']['output'];
    /** The version marked latest; null when the challenge has none. */
    latestTrainingDataset?: Maybe<CrowdCentTrainingDataset>;
    /** The meta model (aggregate of all submissions) as a downloadable dataset. */
    metaModel: CrowdCentMetaModel;
    /** Display name, as the platform gives it. */
    name: Scalars['String']['output'];
    /** The challenge slug. */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDCENT`. */
    platform: Platform;
    /** `active` or `inactive` (from `is_active`). */
    platformStatus: Scalars['String']['output'];
    /** The challenge slug, e.g. `hyperliquid-ranking`. */
    slug: Scalars['String']['output'];
    /** When it opened. */
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    /** ACTIVE while `is_active`; otherwise UPCOMING before the start date, ENDED after. */
    status: ChallengeStatus;
    /** One of the caller's submissions by its numeric id; null when absent or not the caller's. */
    submission?: Maybe<CrowdCentSubmission>;
    /** The caller's submissions (only ever the caller's own), optionally for one period. */
    submissions?: Maybe<CrowdCentSubmissionConnection>;
    /** One training dataset by version string, e.g. `1.0`; null when absent. */
    trainingDataset?: Maybe<CrowdCentTrainingDataset>;
    /** All training dataset versions, in the platform's order. */
    trainingDatasets?: Maybe<CrowdCentTrainingDatasetConnection>;
    /** The challenge's page on the CrowdCent site (`/challenge/<slug>/`). */
    url?: Maybe<Scalars['URL']['output']>;
  };

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeinferencePeriodArgs = {
  releaseDate: Scalars['Date']['input'];
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeinferencePeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengesubmissionArgs = {
  submissionId: Scalars['Int']['input'];
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengesubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<CrowdCentPeriodFilter>;
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengetrainingDatasetArgs = {
  version: Scalars['String']['input'];
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengetrainingDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of `CrowdCentChallenge` results (Relay connection). */
export type CrowdCentChallengeConnection = {
  __typename?: 'CrowdCentChallengeConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdCentChallengeEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdCentChallenge>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one. */
  totalCount: Scalars['Int']['output'];
};

/** One `CrowdCentChallenge` in a page, with its cursor. */
export type CrowdCentChallengeEdge = {
  __typename?: 'CrowdCentChallengeEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdCentChallenge;
};

/** One daily inference period: the features to predict on and the submission window. */
export type CrowdCentInferencePeriod = Dataset &
  Node & {
    __typename?: 'CrowdCentInferencePeriod';
    /** The challenge it belongs to; null when it cannot be read. */
    challenge?: Maybe<CrowdCentChallenge>;
    /** Same as `releasedAt`. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Gateway URL of the inference features file. The platform answers 404 until the file is published (`isProcessed`). */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** True while the submission window is open (computed from the deadline at query time). */
    isOpen: Scalars['Boolean']['output'];
    /** True once the platform's quality checks have passed and the file can be downloaded. */
    isProcessed: Scalars['Boolean']['output'];
    /** Always `INFERENCE`. */
    kind: DatasetKind;
    /** `<slug> inference data <YYYY-MM-DD>`. */
    name: Scalars['String']['output'];
    /** `<slug>/<YYYY-MM-DD>`. */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDCENT`. */
    platform: Platform;
    /** The day the period's features were released, `YYYY-MM-DD`; identifies the period within its challenge. */
    releaseDate: Scalars['Date']['output'];
    /** When the features were released. */
    releasedAt: Scalars['DateTime']['output'];
    /** When the submission window closes. */
    submissionDeadline: Scalars['DateTime']['output'];
    /** The platform's human-readable time left, e.g. `1.7 hours`. */
    timeRemaining?: Maybe<Scalars['String']['output']>;
    /** No web page: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A page of `CrowdCentInferencePeriod` results (Relay connection). */
export type CrowdCentInferencePeriodConnection = {
  __typename?: 'CrowdCentInferencePeriodConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdCentInferencePeriodEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdCentInferencePeriod>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one. */
  totalCount: Scalars['Int']['output'];
};

/** One `CrowdCentInferencePeriod` in a page, with its cursor. */
export type CrowdCentInferencePeriodEdge = {
  __typename?: 'CrowdCentInferencePeriodEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdCentInferencePeriod;
};

/** What the platform matched of the uploaded ids against the inference data. */
export type CrowdCentMatchInfo = {
  __typename?: 'CrowdCentMatchInfo';
  /** Number of uploaded ids found in the inference data; null when not reported. */
  matchedIds?: Maybe<Scalars['Int']['output']>;
  /** The platform's summary of the match; null when none. */
  message?: Maybe<Scalars['String']['output']>;
  /** Number of uploaded ids not found in the inference data; null when not reported. */
  unmatchedIds?: Maybe<Scalars['Int']['output']>;
};

/**
 * The meta model of a challenge: an aggregate of all valid submissions. Real time for the Challenger
 * tier; the platform answers 403 (FORBIDDEN) to others on download.
 */
export type CrowdCentMetaModel = Dataset &
  Node & {
    __typename?: 'CrowdCentMetaModel';
    /** The challenge it belongs to; null when it cannot be read. */
    challenge?: Maybe<CrowdCentChallenge>;
    /** Not reported by the platform: always null. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Gateway URL (`/files/<token>`) that streams the meta model file; downloading it needs the Challenger tier (403 otherwise). */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Always `DERIVED`. */
    kind: DatasetKind;
    /** `<slug> meta model`. */
    name: Scalars['String']['output'];
    /** The challenge slug (a challenge has one meta model). */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDCENT`. */
    platform: Platform;
    /** No web page: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** Which inference period to filter submissions by: exactly one of `current` or `releaseDate`. */
export type CrowdCentPeriodFilter = {
  /** Only the period open now. */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the period released on this date. */
  releaseDate?: InputMaybe<Scalars['Date']['input']>;
};

/** CrowdCent Challenge entry points. */
export type CrowdCentQuery = {
  __typename?: 'CrowdCentQuery';
  /** One challenge by slug, active or not; null when absent. */
  challenge?: Maybe<CrowdCentChallenge>;
  /** Active challenges (what the platform lists). */
  challenges?: Maybe<CrowdCentChallengeConnection>;
  /** The account the credential belongs to (validates the key). */
  viewer?: Maybe<CrowdCentViewer>;
};

/** CrowdCent Challenge entry points. */
export type CrowdCentQuerychallengeArgs = {
  slug: Scalars['String']['input'];
};

/** CrowdCent Challenge entry points. */
export type CrowdCentQuerychallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One metric of a scored submission. */
export type CrowdCentScore = {
  __typename?: 'CrowdCentScore';
  /** Metric name, e.g. `ndcg@40_10d`. */
  metric: Scalars['String']['output'];
  /** Percentile among all submissions, 0–100, when reported. */
  percentile?: Maybe<Scalars['Float']['output']>;
  /** The metric's value, as the platform reports it in `score_details`. */
  value: Scalars['Float']['output'];
};

/** A prediction file submitted into a slot for one inference period. */
export type CrowdCentSubmission = Node &
  Submission & {
    __typename?: 'CrowdCentSubmission';
    /** The challenge it was submitted to; null when it cannot be read. */
    challenge?: Maybe<CrowdCentChallenge>;
    /** Composite percentile, when reported. */
    compositePercentile?: Maybe<Scalars['Float']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The inference period it was submitted for; null when the platform no longer lists it. */
    inferencePeriod?: Maybe<CrowdCentInferencePeriod>;
    /** True when marked experimental (not counted for the leaderboard); null when not reported. */
    isExperimental?: Maybe<Scalars['Boolean']['output']>;
    /** `<slug>/<id>`. */
    nativeId: Scalars['String']['output'];
    /** The submitter's free-text notes; null when none. */
    notes?: Maybe<Scalars['String']['output']>;
    /** `percentile_details` as returned (0–100). */
    percentileDetails?: Maybe<Scalars['JSON']['output']>;
    /** Release date of the inference period it was submitted for. */
    periodReleaseDate: Scalars['Date']['output'];
    /** Always `CROWDCENT`. */
    platform: Platform;
    /** Raw status, e.g. `pending`, `evaluated`, `queued`. */
    platformStatus: Scalars['String']['output'];
    /** Gateway URL of the uploaded prediction file (the platform's signed storage URL is never exposed). */
    predictionFileUrl?: Maybe<Scalars['URL']['output']>;
    /** Mean of the scores, when scored. */
    score?: Maybe<Scalars['Float']['output']>;
    /** `score_details` as returned. */
    scoreDetails?: Maybe<Scalars['JSON']['output']>;
    /** One entry per scored metric; empty until evaluated. */
    scores: Array<CrowdCentScore>;
    /** 1-based slot. */
    slot: Scalars['Int']['output'];
    /** Normalized status (`pending` → PENDING, `queued` → QUEUED, `processing` → PROCESSING, `evaluated`/`scored` → SCORED, `error`/`failed` → FAILED). */
    status: SubmissionStatus;
    /** The platform's numeric submission id. */
    submissionId: Scalars['Int']['output'];
    /** When it was uploaded; null when not reported. */
    submittedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The submitter's username (submissions are only ever the caller's own); null when not reported. */
    submitter?: Maybe<Scalars['String']['output']>;
    /** No web page: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A page of `CrowdCentSubmission` results (Relay connection). */
export type CrowdCentSubmissionConnection = {
  __typename?: 'CrowdCentSubmissionConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdCentSubmissionEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdCentSubmission>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one. */
  totalCount: Scalars['Int']['output'];
};

/** One `CrowdCentSubmission` in a page, with its cursor. */
export type CrowdCentSubmissionEdge = {
  __typename?: 'CrowdCentSubmissionEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdCentSubmission;
};

/** One version of a challenge's training data (Parquet). */
export type CrowdCentTrainingDataset = Dataset &
  Node & {
    __typename?: 'CrowdCentTrainingDataset';
    /** The challenge it belongs to; null when it cannot be read. */
    challenge?: Maybe<CrowdCentChallenge>;
    /** When this version was published. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Gateway URL (`/files/<token>`) that streams the Parquet file with the caller's key; expires. */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    /** The platform's description of the feature columns; null when none. */
    featureDescription?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** True for the version the platform marks latest. */
    isLatest: Scalars['Boolean']['output'];
    /** Always `TRAINING`. */
    kind: DatasetKind;
    /** `<slug> training data v<version>`, e.g. `hyperliquid-ranking training data v1.0`. */
    name: Scalars['String']['output'];
    /** `<slug>/<version>`. */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDCENT`. */
    platform: Platform;
    /** The platform's description of the target columns; null when none. */
    targetDescription?: Maybe<Scalars['String']['output']>;
    /** No web page: always null. */
    url?: Maybe<Scalars['URL']['output']>;
    /** The version string, e.g. `1.0`. */
    version: Scalars['String']['output'];
  };

/** A page of `CrowdCentTrainingDataset` results (Relay connection). */
export type CrowdCentTrainingDatasetConnection = {
  __typename?: 'CrowdCentTrainingDatasetConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdCentTrainingDatasetEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdCentTrainingDataset>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one. */
  totalCount: Scalars['Int']['output'];
};

/** One `CrowdCentTrainingDataset` in a page, with its cursor. */
export type CrowdCentTrainingDatasetEdge = {
  __typename?: 'CrowdCentTrainingDatasetEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdCentTrainingDataset;
};

/** The CrowdCent account behind the credential in use. */
export type CrowdCentViewer = {
  __typename?: 'CrowdCentViewer';
  /** The account's `allow_trading` setting: whether its predictions may be used for trading. */
  allowTrading: Scalars['Boolean']['output'];
  /** The account's username. */
  username: Scalars['String']['output'];
};

/** The contributor channels (work marketplaces) of a job. */
export type CrowdFlowerChannels = {
  __typename?: 'CrowdFlowerChannels';
  /** Channels the account may use. */
  available: Array<Scalars['String']['output']>;
  /** Channels the job is ordered on, e.g. `on_demand`, `amt`. */
  enabled: Array<Scalars['String']['output']>;
};

/** A country in a job's include or exclude list. */
export type CrowdFlowerCountry = {
  __typename?: 'CrowdFlowerCountry';
  /** ISO 3166-1 alpha-2 code, e.g. `US`. */
  code: Scalars['String']['output'];
  /** Country name; null when the platform gives only the code. */
  name?: Maybe<Scalars['String']['output']>;
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJob = Job &
  Node & {
    __typename?: 'CrowdFlowerJob';
    /** True when newly uploaded units are ordered automatically. */
    autoOrder?: Maybe<Scalars['Boolean']['output']>;
    /** Enabled and available channels. */
    channels?: Maybe<CrowdFlowerChannels>;
    /** The task form in CrowdFlower Markup Language. */
    cml?: Maybe<Scalars['String']['output']>;
    /** True once the job has finished collecting judgments. */
    completed: Scalars['Boolean']['output'];
    /** When the job finished; null while unfinished. */
    completedAt?: Maybe<Scalars['DateTime']['output']>;
    /** CML fields whose confidence drives unit finalization; null when unset. */
    confidenceFields?: Maybe<Array<Scalars['String']['output']>>;
    /** When the job was created. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Spent so far, USD. */
    crowdCosts?: Maybe<Scalars['Float']['output']>;
    /** Custom CSS of the task form; null when none. */
    css?: Maybe<Scalars['String']['output']>;
    /** Countries whose contributors are excluded; empty when none. */
    excludedCountries: Array<CrowdFlowerCountry>;
    /** CML field → aggregation method. */
    fields?: Maybe<Scalars['JSON']['output']>;
    /** Test questions (gold units) mixed into each assignment (platform default 0). */
    goldPerAssignment?: Maybe<Scalars['Int']['output']>;
    /** Number of gold units (test questions); null when not reported. */
    goldsCount?: Maybe<Scalars['Int']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Countries contributors must be in; empty when unrestricted. */
    includedCountries: Array<CrowdFlowerCountry>;
    /** Instructions shown to contributors (HTML); null when none. */
    instructions?: Maybe<Scalars['String']['output']>;
    /** The platform's numeric job id (may exceed 32 bits). */
    jobId: Scalars['SafeInt']['output'];
    /** Custom JavaScript of the task form; null when none. */
    js?: Maybe<Scalars['String']['output']>;
    /** One judgment by its numeric id; null when absent. */
    judgment?: Maybe<CrowdFlowerJudgment>;
    /** Per-unit judgment aggregates. Read in pages of up to 100. */
    judgmentAggregates?: Maybe<CrowdFlowerJudgmentAggregateConnection>;
    /** Number of judgments collected so far; null when not reported. */
    judgmentsCount?: Maybe<Scalars['Int']['output']>;
    /** How many judgments each unit collects (platform default 3). */
    judgmentsPerUnit?: Maybe<Scalars['Int']['output']>;
    /** Language code of the job, e.g. `en`; null when unset. */
    language?: Maybe<Scalars['String']['output']>;
    /** The generated form keys submitted with the form. */
    legend?: Maybe<Scalars['JSON']['output']>;
    /** How many judgments one contributor may give in this job (`max_judgments_per_contributor`, formerly `…_per_worker`); null when unlimited. */
    maxJudgmentsPerContributor?: Maybe<Scalars['Int']['output']>;
    /** Upper bound of judgments per unit when more are collected for low confidence; null when unset. */
    maxJudgmentsPerUnit?: Maybe<Scalars['Int']['output']>;
    /** Confidence, 0–1, a unit must reach before it finalizes; null when unset. */
    minUnitConfidence?: Maybe<Scalars['Float']['output']>;
    /** The numeric job id, as a string. */
    nativeId: Scalars['String']['output'];
    /** Job options (front_load, after_gold, req_ttl_in_seconds, …) as returned. */
    options?: Maybe<Scalars['JSON']['output']>;
    /** One order (a debit that launched units) by its numeric id; null when absent. */
    order?: Maybe<CrowdFlowerOrder>;
    /** Pages per assignment (platform default 1). */
    pagesPerAssignment?: Maybe<Scalars['Int']['output']>;
    /** Pay per assignment (page of work), in US cents. */
    paymentCents?: Maybe<Scalars['Float']['output']>;
    /** Always `CROWDFLOWER`. */
    platform: Platform;
    /** `unordered`, `running`, `paused`, `finished`, `canceled`, … */
    platformStatus: Scalars['String']['output'];
    /** Progress counters (the platform's ping). */
    progress?: Maybe<CrowdFlowerJobProgress>;
    /** A results report: a gateway download link once the platform has generated it. */
    report?: Maybe<CrowdFlowerReport>;
    /** Normalized status (`unordered` → PENDING, `running` → RUNNING, `paused` → PAUSED, `finished` → SUCCEEDED, `canceled` → CANCELED). */
    status: JobStatus;
    /** Tags of the job. */
    tags?: Maybe<Array<Scalars['String']['output']>>;
    /** The job's title; null when untitled. */
    title?: Maybe<Scalars['String']['output']>;
    /** One unit by its numeric id; null when absent. */
    unit?: Maybe<CrowdFlowerUnit>;
    /** Units in upload order. Read in pages of up to 1000, one upstream call each. */
    units?: Maybe<CrowdFlowerUnitConnection>;
    /** Number of units in the job (gold included); null when not reported. */
    unitsCount?: Maybe<Scalars['Int']['output']>;
    /** Units shown per page of work (platform default 5). */
    unitsPerAssignment?: Maybe<Scalars['Int']['output']>;
    /** Unit count and whether the last upload finished processing. */
    unitsProgress?: Maybe<CrowdFlowerUnitsProgress>;
    /** When the job last changed. */
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
    /** CrowdFlower's API gives no page URL: always null. */
    url?: Maybe<Scalars['URL']['output']>;
    /** URL the platform calls with job events; null when none. */
    webhookUri?: Maybe<Scalars['String']['output']>;
    /** A worker of this job by id (workers have no resource of their own; this resolves without a call). */
    worker: CrowdFlowerWorker;
  };

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJobjudgmentArgs = {
  judgmentId: Scalars['SafeInt']['input'];
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJobjudgmentAggregatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJoborderArgs = {
  orderId: Scalars['SafeInt']['input'];
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJobreportArgs = {
  type?: InputMaybe<CrowdFlowerReportType>;
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJobunitArgs = {
  unitId: Scalars['SafeInt']['input'];
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJobunitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJobworkerArgs = {
  workerId: Scalars['SafeInt']['input'];
};

/** Writable job attributes (the official client's list). Omitted fields are left unchanged. */
export type CrowdFlowerJobAttributesInput = {
  /** Order newly uploaded units automatically. */
  autoOrder?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number of new units that triggers an automatic order. */
  autoOrderThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds to wait for more units before an automatic order. */
  autoOrderTimeout?: InputMaybe<Scalars['Int']['input']>;
  /** The task form in CrowdFlower Markup Language. */
  cml?: InputMaybe<Scalars['String']['input']>;
  /** CML fields whose confidence drives unit finalization. */
  confidenceFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Custom CSS of the task form. */
  css?: InputMaybe<Scalars['String']['input']>;
  /** Your own identifier for the job. */
  customKey?: InputMaybe<Scalars['String']['input']>;
  /** ISO country codes. */
  excludedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** CML field → aggregation method (e.g. `agg`, `all`, `avg`). */
  fields?: InputMaybe<Scalars['JSON']['input']>;
  /** Test questions per assignment. */
  goldPerAssignment?: InputMaybe<Scalars['Int']['input']>;
  /** ISO country codes contributors must be in. */
  includedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Instructions shown to contributors (HTML). */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** Custom JavaScript of the task form. */
  js?: InputMaybe<Scalars['String']['input']>;
  /** Judgments each unit collects. */
  judgmentsPerUnit?: InputMaybe<Scalars['Int']['input']>;
  /** Language code, e.g. `en`. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Judgments one contributor may give in the job. */
  maxJudgmentsPerContributor?: InputMaybe<Scalars['Int']['input']>;
  /** Upper bound of judgments per unit. */
  maxJudgmentsPerUnit?: InputMaybe<Scalars['Int']['input']>;
  /** Confidence, 0–1, a unit must reach before it finalizes. */
  minUnitConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Job options (a JSON object, e.g. `{ "req_ttl_in_seconds": 1800 }`). */
  options?: InputMaybe<Scalars['JSON']['input']>;
  /** Pages per assignment. */
  pagesPerAssignment?: InputMaybe<Scalars['Int']['input']>;
  /** Free-text problem statement of the job. */
  problem?: InputMaybe<Scalars['String']['input']>;
  /** Send each judgment to `webhookUri`. */
  sendJudgmentsWebhook?: InputMaybe<Scalars['Boolean']['input']>;
  /** The job's title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Units per page of work. */
  unitsPerAssignment?: InputMaybe<Scalars['Int']['input']>;
  /** URL the platform calls with job events. */
  webhookUri?: InputMaybe<Scalars['String']['input']>;
};

/** Channels for a job. */
export type CrowdFlowerJobChannelsInput = {
  /** Channel names to order on, e.g. `on_demand` (see `CrowdFlowerChannels.available`). */
  channels: Array<Scalars['String']['input']>;
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
};

/** A page of `CrowdFlowerJob` results (Relay connection). */
export type CrowdFlowerJobConnection = {
  __typename?: 'CrowdFlowerJobConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdFlowerJobEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdFlowerJob>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `CrowdFlowerJob` in a page, with its cursor. */
export type CrowdFlowerJobEdge = {
  __typename?: 'CrowdFlowerJobEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdFlowerJob;
};

/**
 * Result of a job mutation. `job` is the job as the platform returned it after the change; null when
 * nothing changed. A platform refusal the user can act on (wrong state, no funds) is a `userErrors`
 * entry, never a success.
 */
export type CrowdFlowerJobPayload = {
  __typename?: 'CrowdFlowerJobPayload';
  /** The job after the change; null when nothing changed. */
  job?: Maybe<CrowdFlowerJob>;
  /** The platform's message, e.g. `Your job is now collecting judgments!`. */
  message?: Maybe<Scalars['String']['output']>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A job's progress counters (the platform's ping); each null when not reported. */
export type CrowdFlowerJobProgress = {
  __typename?: 'CrowdFlowerJobProgress';
  /** Judgments collected so far. */
  allJudgments?: Maybe<Scalars['Int']['output']>;
  /** All units in the job, gold included. */
  allUnits?: Maybe<Scalars['Int']['output']>;
  /** Estimated completed gold units. */
  completedGoldEstimate?: Maybe<Scalars['Int']['output']>;
  /** Estimated completed ordinary (non-gold) units. */
  completedNonGoldEstimate?: Maybe<Scalars['Int']['output']>;
  /** Estimated units that have all their judgments. */
  completedUnitsEstimate?: Maybe<Scalars['Int']['output']>;
  /** completedUnitsEstimate / orderedUnits, 0–1; null before an order. */
  fractionComplete?: Maybe<Scalars['Float']['output']>;
  /** Gold units (test questions) in the job. */
  goldenUnits?: Maybe<Scalars['Int']['output']>;
  /** Judgments still needed to finish the ordered units. */
  neededJudgments?: Maybe<Scalars['Int']['output']>;
  /** Units ordered so far. */
  orderedUnits?: Maybe<Scalars['Int']['output']>;
  /** Judgments discarded as untrusted (from contributors who failed test questions). */
  taintedJudgments?: Maybe<Scalars['Int']['output']>;
};

/** Names a job. */
export type CrowdFlowerJobRefInput = {
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
};

/** Tags for a job. */
export type CrowdFlowerJobTagsInput = {
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** The tags to set, add or remove. */
  tags: Array<Scalars['String']['input']>;
};

/** One contributor's answer to one unit. */
export type CrowdFlowerJudgment = Judgment &
  Node & {
    __typename?: 'CrowdFlowerJudgment';
    /** When the platform acknowledged it; null when not reported. */
    acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The answer per CML field (checkboxes give arrays). */
    answer?: Maybe<Scalars['JSON']['output']>;
    /** The channel it came through (`external_type`). */
    channel?: Maybe<Scalars['String']['output']>;
    /** The contributor's city; null when not reported. */
    city?: Maybe<Scalars['String']['output']>;
    /** The contributor's country code, e.g. `US`; null when not reported. */
    country?: Maybe<Scalars['String']['output']>;
    /** When the contributor submitted it. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** True when it answers a test question; null when not reported. */
    golden?: Maybe<Scalars['Boolean']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Numeric id of its job. */
    jobId: Scalars['SafeInt']['output'];
    /** The platform's numeric judgment id (may exceed 32 bits). */
    judgmentId: Scalars['SafeInt']['output'];
    /** True when it got a test question wrong; null when not reported. */
    missed?: Maybe<Scalars['Boolean']['output']>;
    /** `<jobId>/<judgmentId>`. */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDFLOWER`. */
    platform: Platform;
    /** The contributor's region; null when not reported. */
    region?: Maybe<Scalars['String']['output']>;
    /** True when the requester rejected it; null when not reported. */
    rejected?: Maybe<Scalars['Boolean']['output']>;
    /** When the contributor opened the task; null when not reported. */
    startedAt?: Maybe<Scalars['DateTime']['output']>;
    /** True when discarded as untrusted; null when not reported. */
    tainted?: Maybe<Scalars['Boolean']['output']>;
    /** Trust of this judgment, 0–1. */
    trust?: Maybe<Scalars['Float']['output']>;
    /** The unit it judges; null when it cannot be read. */
    unit?: Maybe<CrowdFlowerUnit>;
    /** The unit's source row as uploaded. */
    unitData?: Maybe<Scalars['JSON']['output']>;
    /** Numeric id of the unit it judges. */
    unitId: Scalars['SafeInt']['output'];
    /** The unit's platform state when the judgment was reported, e.g. `finalized`. */
    unitState?: Maybe<Scalars['String']['output']>;
    /** The contributor who gave it (resolved without a call). */
    worker?: Maybe<CrowdFlowerWorker>;
    /** The worker's trust at the time, 0–1. */
    workerTrust?: Maybe<Scalars['Float']['output']>;
  };

/** The judgments of one unit, aggregated. */
export type CrowdFlowerJudgmentAggregate = {
  __typename?: 'CrowdFlowerJudgmentAggregate';
  /** Agreement among the unit's judgments, 0–1 (`_agreement`); null when not reported. */
  agreement?: Maybe<Scalars['Float']['output']>;
  /** Per CML field: `{ agg, res }`. */
  fields?: Maybe<Scalars['JSON']['output']>;
  /** Numeric ids of the judgments aggregated (`_ids`). */
  judgmentIds: Array<Scalars['SafeInt']['output']>;
  /** The unit's platform state (`_state`), e.g. `finalized`. */
  state?: Maybe<Scalars['String']['output']>;
  /** The unit; null when it cannot be read. */
  unit?: Maybe<CrowdFlowerUnit>;
  /** Numeric id of the unit. */
  unitId: Scalars['SafeInt']['output'];
  /** When the aggregate last changed (`_updated_at`). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of `CrowdFlowerJudgmentAggregate` results (Relay connection). */
export type CrowdFlowerJudgmentAggregateConnection = {
  __typename?: 'CrowdFlowerJudgmentAggregateConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdFlowerJudgmentAggregateEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdFlowerJudgmentAggregate>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `CrowdFlowerJudgmentAggregate` in a page, with its cursor. */
export type CrowdFlowerJudgmentAggregateEdge = {
  __typename?: 'CrowdFlowerJudgmentAggregateEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdFlowerJudgmentAggregate;
};

/** An order: a debit that sent units of a job to channels for judging. */
export type CrowdFlowerOrder = {
  __typename?: 'CrowdFlowerOrder';
  /** When it was placed. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Numeric id of its job. */
  jobId: Scalars['SafeInt']['output'];
  /** Order details as the platform returned them (e.g. units count, channels). */
  meta?: Maybe<Scalars['JSON']['output']>;
  /** The platform's numeric order id. */
  orderId: Scalars['SafeInt']['output'];
  /** The order type as the platform reports it; null when not reported. */
  type?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** CrowdFlower entry points, with the platform's own numeric ids. */
export type CrowdFlowerQuery = {
  __typename?: 'CrowdFlowerQuery';
  /** One job by its numeric id; null when absent. */
  job?: Maybe<CrowdFlowerJob>;
  /** The account's jobs, newest first, 10 per upstream page. */
  jobs?: Maybe<CrowdFlowerJobConnection>;
};

/** CrowdFlower entry points, with the platform's own numeric ids. */
export type CrowdFlowerQueryjobArgs = {
  jobId: Scalars['SafeInt']['input'];
};

/** CrowdFlower entry points, with the platform's own numeric ids. */
export type CrowdFlowerQueryjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A job's results report (a ZIP file). */
export type CrowdFlowerReport = {
  __typename?: 'CrowdFlowerReport';
  /** Gateway link to the ZIP, when ready. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  /** Ready to download or still being generated. */
  status: CrowdFlowerReportStatus;
  /** Which report. */
  type: CrowdFlowerReportType;
};

/** Whether a report can be downloaded yet. */
export type CrowdFlowerReportStatus =
  /** The platform is still building it; ask again in a few seconds. */
  | 'GENERATING'
  /** Ready: `downloadUrl` streams the ZIP. */
  | 'READY';

/** Which results report to build (the platform's `type=` parameter). */
export type CrowdFlowerReportType =
  /** `aggregated`: one CSV row per unit with aggregated answers. */
  | 'AGGREGATED'
  /** `full`: one CSV row per judgment. */
  | 'FULL'
  /** `gold_report`: test-question performance. */
  | 'GOLD_REPORT'
  /** `json`: one JSON unit per line, with its results. */
  | 'JSON'
  /** `source`: the uploaded source data. */
  | 'SOURCE'
  /** `workset`: per-contributor statistics. */
  | 'WORKSET';

/** Result of a tags mutation. */
export type CrowdFlowerTagsPayload = {
  __typename?: 'CrowdFlowerTagsPayload';
  /** The job; null when refused. */
  job?: Maybe<CrowdFlowerJob>;
  /** The job's tags after the change; null when refused. */
  tags?: Maybe<Array<Scalars['String']['output']>>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** One row of work. */
export type CrowdFlowerUnit = Node &
  Unit & {
    __typename?: 'CrowdFlowerUnit';
    /** Agreement among its judgments, 0–1; null before any judgment. */
    agreement?: Maybe<Scalars['Float']['output']>;
    /** When the unit was uploaded. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** The unit's source row as uploaded (column → value). */
    data?: Maybe<Scalars['JSON']['output']>;
    /** The platform's difficulty estimate for the unit; null when not computed. */
    difficulty?: Maybe<Scalars['Float']['output']>;
    /** True when it is a test question (gold); null when not reported. */
    golden?: Maybe<Scalars['Boolean']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The job it belongs to; null when it cannot be read. */
    job?: Maybe<CrowdFlowerJob>;
    /** Numeric id of the job it belongs to. */
    jobId: Scalars['SafeInt']['output'];
    /** The individual judgments of this unit. */
    judgments?: Maybe<Array<CrowdFlowerJudgment>>;
    /** Number of judgments it has received. */
    judgmentsCount?: Maybe<Scalars['Int']['output']>;
    /** How many times contributors missed it when it is a test question. */
    missedCount?: Maybe<Scalars['Int']['output']>;
    /** `<jobId>/<unitId>`. */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDFLOWER`. */
    platform: Platform;
    /** `new`, `judgable`, `judging`, `finalized`, `golden`, `hidden_gold`, `canceled`. */
    platformStatus: Scalars['String']['output'];
    /** Aggregated answer per CML field: `{ <field>: { agg, confidence } }`. */
    results?: Maybe<Scalars['JSON']['output']>;
    /** Normalized status (`new` → NEW, `judgable` → JUDGABLE, `judging` → IN_PROGRESS, `finalized` → FINALIZED, `golden`/`hidden_gold` → GOLDEN, `canceled` → CANCELED). */
    status: UnitStatus;
    /** The platform's numeric unit id (may exceed 32 bits). */
    unitId: Scalars['SafeInt']['output'];
    /** When the unit last changed. */
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
  };

/** A page of `CrowdFlowerUnit` results (Relay connection). */
export type CrowdFlowerUnitConnection = {
  __typename?: 'CrowdFlowerUnitConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CrowdFlowerUnitEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<CrowdFlowerUnit>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Null: the platform reports no totals (see `job.unitsCount`). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `CrowdFlowerUnit` in a page, with its cursor. */
export type CrowdFlowerUnitEdge = {
  __typename?: 'CrowdFlowerUnitEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: CrowdFlowerUnit;
};

/** Result of a unit mutation. */
export type CrowdFlowerUnitPayload = {
  __typename?: 'CrowdFlowerUnitPayload';
  /** The unit after the change; null when refused. */
  unit?: Maybe<CrowdFlowerUnit>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** State of a job's unit uploads. */
export type CrowdFlowerUnitsProgress = {
  __typename?: 'CrowdFlowerUnitsProgress';
  /** Number of units in the job. */
  count: Scalars['Int']['output'];
  /** True when the last upload has finished processing. */
  done: Scalars['Boolean']['output'];
};

/** Format of an uploaded units file. */
export type CrowdFlowerUploadFormat =
  /** Comma-separated values with a header row. */
  | 'CSV'
  /** One JSON object per line. */
  | 'JSON_LINES';

/** A crowd contributor as seen by one job (CrowdFlower has no worker resource; commands are per job). */
export type CrowdFlowerWorker = Node &
  Worker & {
    __typename?: 'CrowdFlowerWorker';
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Numeric id of the job this view of the worker belongs to (worker commands are per job). */
    jobId: Scalars['SafeInt']['output'];
    /** CrowdFlower exposes no names: always null. */
    name?: Maybe<Scalars['String']['output']>;
    /** `<jobId>/<workerId>`. */
    nativeId: Scalars['String']['output'];
    /** Always `CROWDFLOWER`. */
    platform: Platform;
    /** The contributor's numeric id. */
    workerId: Scalars['SafeInt']['output'];
  };

/** Result of a worker command. */
export type CrowdFlowerWorkerPayload = {
  __typename?: 'CrowdFlowerWorkerPayload';
  /** The platform's message; null when none. */
  message?: Maybe<Scalars['String']['output']>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
  /** The contributor; null when refused. */
  worker?: Maybe<CrowdFlowerWorker>;
};

/** Names a contributor within a job. */
export type CrowdFlowerWorkerRefInput = {
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** The contributor's numeric id. */
  workerId: Scalars['SafeInt']['input'];
};

/** Data a platform offers for download or browsing. */
export type Dataset = {
  /** When the platform published it. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** A gateway URL (`/files/<token>`) that streams the file with the caller's credentials; expires. Null when there is no file. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  /** Opaque global ID; pass it to `node(id:)` or `dataset(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** What the data is for (training, inference, derived, collection). */
  kind: DatasetKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The platform's own identifier for it (format depends on the platform; see the implementing type). */
  nativeId: Scalars['String']['output'];
  /** Which platform offers it. */
  platform: Platform;
  /** The platform's web page for it, where one exists. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** What a dataset is for. */
export type DatasetKind =
  /** A collection of cases or points. */
  | 'COLLECTION'
  /** Data derived from participants' submissions (e.g. a meta model). */
  | 'DERIVED'
  /** Features to predict on for one period or round. */
  | 'INFERENCE'
  /** Labelled data to train on. */
  | 'TRAINING';

/** A contributor whose flag to lift. */
export type DeflagCrowdFlowerWorkerInput = {
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** Why the flag is lifted. */
  reason: Scalars['String']['input'];
  /** The contributor's numeric id. */
  workerId: Scalars['SafeInt']['input'];
};

/** Result of deleting a job. */
export type DeleteCrowdFlowerJobPayload = {
  __typename?: 'DeleteCrowdFlowerJobPayload';
  /** Numeric id of the deleted job; null when refused. */
  deletedJobId?: Maybe<Scalars['SafeInt']['output']>;
  /** The platform's message; null when none. */
  message?: Maybe<Scalars['String']['output']>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A contributor to flag (bar from the job). */
export type FlagCrowdFlowerWorkerInput = {
  /** Why the worker is flagged. */
  flag: Scalars['String']['input'];
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** Keep the flag across the account's jobs. */
  persist?: InputMaybe<Scalars['Boolean']['input']>;
  /** The contributor's numeric id. */
  workerId: Scalars['SafeInt']['input'];
};

/** A grade for a participant's new submission, posted by the challenge's grader. */
export type GradeCrowdAISubmissionInput = {
  /** The challenge's grader name (`challenge_client_name`, from the organizer page). */
  challengeClientName: Scalars['String']['input'];
  /** The round to grade it into; the active round when omitted. */
  challengeRoundId?: InputMaybe<Scalars['Int']['input']>;
  /** A description of the result, in Markdown. */
  descriptionMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** Required when the grade is FAILED. */
  gradingMessage?: InputMaybe<Scalars['String']['input']>;
  /** The grading state to set. */
  gradingStatus: CrowdAIGradeStatus;
  /** Media to show with the submission (upload first with `uploadCrowdAIMedia`). */
  media?: InputMaybe<CrowdAIMediaInput>;
  /** Free-form metadata to attach (a JSON object). */
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** The participant's API key (they give it to the grader). */
  participantApiKey: Scalars['String']['input'];
  /** An entry after the round ended. */
  postChallenge?: InputMaybe<Scalars['Boolean']['input']>;
  /** The primary score; required when GRADED. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** The secondary (tie-breaking) score. */
  scoreSecondary?: InputMaybe<Scalars['Float']['input']>;
};

/** An algorithm (a container image) that runs on inputs as jobs. */
export type GrandChallengeAlgorithm = Node & {
  __typename?: 'GrandChallengeAlgorithm';
  /** Average run time of its jobs, in seconds; null when unknown. */
  averageDurationSeconds?: Maybe<Scalars['Float']['output']>;
  /** Description as the platform gives it; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID; pass it to `node(id:)` to refetch this algorithm. */
  id: Scalars['ID']['output'];
  /** The socket sets it accepts: a job's inputs must match one interface's inputs exactly. */
  interfaces: Array<GrandChallengeAlgorithmInterface>;
  /** The caller's jobs of this algorithm. */
  jobs?: Maybe<GrandChallengeAlgorithmJobConnection>;
  /** The platform's algorithm pk (a UUID). */
  pk: Scalars['String']['output'];
  /** The algorithm slug; identifies it in `grandChallenge.algorithm(slug:)` and `StartGrandChallengeAlgorithmJobInput.algorithmSlug`. */
  slug: Scalars['String']['output'];
  /** Display title. */
  title: Scalars['String']['output'];
  /** The algorithm's page on grand-challenge.org. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** An algorithm (a container image) that runs on inputs as jobs. */
export type GrandChallengeAlgorithmjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of `GrandChallengeAlgorithm` results (Relay connection). */
export type GrandChallengeAlgorithmConnection = {
  __typename?: 'GrandChallengeAlgorithmConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeAlgorithmEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeAlgorithm>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeAlgorithm` in a page, with its cursor. */
export type GrandChallengeAlgorithmEdge = {
  __typename?: 'GrandChallengeAlgorithmEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeAlgorithm;
};

/** One accepted combination of input and output sockets of an algorithm. */
export type GrandChallengeAlgorithmInterface = {
  __typename?: 'GrandChallengeAlgorithmInterface';
  /** Sockets a job must fill, exactly. */
  inputs: Array<GrandChallengeSocket>;
  /** Sockets the algorithm produces. */
  outputs: Array<GrandChallengeSocket>;
};

/** A run of an algorithm on a set of inputs. */
export type GrandChallengeAlgorithmJob = Job &
  Node & {
    __typename?: 'GrandChallengeAlgorithmJob';
    /** The algorithm that ran; null when it cannot be read. */
    algorithm?: Maybe<GrandChallengeAlgorithm>;
    /** Not reported by the platform's job API: always null. */
    completedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Not reported by the platform's job API: always null. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** ISO-8601 duration, e.g. `P0DT00H22M17S`. */
    execDuration?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The values it ran on. */
    inputs: Array<GrandChallengeSocketValue>;
    /** ISO-8601 duration of the whole invocation (start-up included); null when not run yet. */
    invokeDuration?: Maybe<Scalars['String']['output']>;
    /** The job pk (a UUID). */
    nativeId: Scalars['String']['output'];
    /** The values it produced; empty until it succeeds. */
    outputs: Array<GrandChallengeSocketValue>;
    /** The job pk (a UUID); identifies it in `grandChallenge.job(pk:)`. */
    pk: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** The platform's label: `Validating inputs`, `Queued`, `Executing`, `Succeeded`, … */
    platformStatus: Scalars['String']['output'];
    /** Normalized status (`Validating inputs` → PENDING, `Queued`/`Re-Queued` → QUEUED, provisioning and executing labels → RUNNING, `Succeeded` → SUCCEEDED, `Failed` → FAILED, `Cancelled` → CANCELED). */
    status: JobStatus;
    /** Jobs have no title: always null. */
    title?: Maybe<Scalars['String']['output']>;
    /** Not reported by the platform's job API: always null. */
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The job's page on grand-challenge.org. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A page of `GrandChallengeAlgorithmJob` results (Relay connection). */
export type GrandChallengeAlgorithmJobConnection = {
  __typename?: 'GrandChallengeAlgorithmJobConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeAlgorithmJobEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeAlgorithmJob>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeAlgorithmJob` in a page, with its cursor. */
export type GrandChallengeAlgorithmJobEdge = {
  __typename?: 'GrandChallengeAlgorithmJobEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeAlgorithmJob;
};

/** A reader's answer to one question about one display set. */
export type GrandChallengeAnswer = Judgment &
  Node & {
    __typename?: 'GrandChallengeAnswer';
    /** The answer, shaped by the question's type (true/false, an option id, a list of ids, a number, text, …). */
    answer?: Maybe<Scalars['JSON']['output']>;
    /** When the reader answered. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** The display set answered about; null when it cannot be read. */
    displaySet?: Maybe<GrandChallengeDisplaySet>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** True for an editor's ground-truth answer rather than a reader's. */
    isGroundTruth: Scalars['Boolean']['output'];
    /** When the answer last changed; null when not reported. */
    modifiedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The answer pk (a UUID). */
    nativeId: Scalars['String']['output'];
    /** The answer pk (a UUID). */
    pk: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** The question answered; null when it cannot be read. */
    question?: Maybe<GrandChallengeQuestion>;
    /** The reader who answered; null when not reported. */
    worker?: Maybe<GrandChallengeReader>;
  };

/** An archive of cases. */
export type GrandChallengeArchive = Dataset &
  Node & {
    __typename?: 'GrandChallengeArchive';
    /** Not reported by the platform: always null. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Description as the platform gives it; null when none. */
    description?: Maybe<Scalars['String']['output']>;
    /** Archives have no single file. */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The archive's cases. */
    items?: Maybe<GrandChallengeArchiveItemConnection>;
    /** Always `COLLECTION`. */
    kind: DatasetKind;
    /** The archive's title. */
    name: Scalars['String']['output'];
    /** The archive pk (a UUID). */
    nativeId: Scalars['String']['output'];
    /** The archive pk (a UUID). */
    pk: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** The archive slug (from its page URL); null when it cannot be derived. Identifies it in `grandChallenge.archive(slug:)`. */
    slug?: Maybe<Scalars['String']['output']>;
    /** The archive's page on grand-challenge.org. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** An archive of cases. */
export type GrandChallengeArchiveitemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of `GrandChallengeArchive` results (Relay connection). */
export type GrandChallengeArchiveConnection = {
  __typename?: 'GrandChallengeArchiveConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeArchiveEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeArchive>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeArchive` in a page, with its cursor. */
export type GrandChallengeArchiveEdge = {
  __typename?: 'GrandChallengeArchiveEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeArchive;
};

/** One case of an archive: its socket values. */
export type GrandChallengeArchiveItem = Node & {
  __typename?: 'GrandChallengeArchiveItem';
  /** The archive it belongs to; null when it cannot be read. */
  archive?: Maybe<GrandChallengeArchive>;
  /** Opaque global ID; pass it to `node(id:)` to refetch this item. */
  id: Scalars['ID']['output'];
  /** The item pk (a UUID). */
  pk: Scalars['String']['output'];
  /** The case's title (may be empty). */
  title: Scalars['String']['output'];
  /** The case's socket values. */
  values: Array<GrandChallengeSocketValue>;
};

/** A page of `GrandChallengeArchiveItem` results (Relay connection). */
export type GrandChallengeArchiveItemConnection = {
  __typename?: 'GrandChallengeArchiveItemConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeArchiveItemEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeArchiveItem>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeArchiveItem` in a page, with its cursor. */
export type GrandChallengeArchiveItemEdge = {
  __typename?: 'GrandChallengeArchiveItemEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeArchiveItem;
};

/** Result of an archive item mutation. */
export type GrandChallengeArchiveItemPayload = {
  __typename?: 'GrandChallengeArchiveItemPayload';
  /** The item. On a partial failure (created but values refused) it is returned with the userErrors. */
  archiveItem?: Maybe<GrandChallengeArchiveItem>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A public Grand Challenge challenge. Phases appear inside its evaluations. */
export type GrandChallengeChallenge = Challenge &
  Node & {
    __typename?: 'GrandChallengeChallenge';
    /** Short description as the platform gives it; null when none. */
    description?: Maybe<Scalars['String']['output']>;
    /** End date; null when open-ended or not reported. */
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    /**
     * Evaluations (leaderboard entries) of this challenge's phases. The platform filters evaluations
     * by phase id only, so without `phaseSlug` this reads the caller's visible evaluations and keeps
     * this challenge's.
     */
    evaluations?: Maybe<GrandChallengeEvaluationConnection>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Incentives offered, e.g. `Monetary`, `Publication`; empty when none. */
    incentives: Array<Scalars['String']['output']>;
    /** URL of the challenge's logo image; null when none. */
    logo?: Maybe<Scalars['URL']['output']>;
    /** The challenge's title; the slug when it has none. */
    name: Scalars['String']['output'];
    /** The challenge slug (short name). */
    nativeId: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** `OPEN`, `OPEN_SOON`, `CLOSED` or `COMPLETED`. */
    platformStatus: Scalars['String']['output'];
    /** True when listed publicly; null when not reported. */
    public?: Maybe<Scalars['Boolean']['output']>;
    /** Publication links (DOIs, URLs) of the challenge; empty when none. */
    publications: Array<Scalars['String']['output']>;
    /** The challenge slug (short name), e.g. `luna16`; identifies it in `grandChallenge.challenge(slug:)`. */
    slug: Scalars['String']['output'];
    /** Start date; null when the platform does not report one. */
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Normalized status (`OPEN` → ACTIVE, `OPEN_SOON` → UPCOMING, `CLOSED`/`COMPLETED` → ENDED). */
    status: ChallengeStatus;
    /** `Predictions` and/or `Algorithm`. */
    submissionTypes: Array<Scalars['String']['output']>;
    /** The challenge's page on grand-challenge.org. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A public Grand Challenge challenge. Phases appear inside its evaluations. */
export type GrandChallengeChallengeevaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phaseSlug?: InputMaybe<Scalars['String']['input']>;
};

/** A page of `GrandChallengeChallenge` results (Relay connection). */
export type GrandChallengeChallengeConnection = {
  __typename?: 'GrandChallengeChallengeConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeChallengeEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeChallenge>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeChallenge` in a page, with its cursor. */
export type GrandChallengeChallengeEdge = {
  __typename?: 'GrandChallengeChallengeEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeChallenge;
};

/** A set of images and values shown to readers together. */
export type GrandChallengeDisplaySet = Node &
  Unit & {
    __typename?: 'GrandChallengeDisplaySet';
    /** Answers to this display set visible to the caller (readers see their own; editors see all). */
    answers?: Maybe<Array<GrandChallengeAnswer>>;
    /** Not reported by the platform: always null. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Always null: the content is in `values`. */
    data?: Maybe<Scalars['JSON']['output']>;
    /** Description shown to readers (HTML); null when none. */
    description?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** Index within the study as the platform reports it (`index`); null when not reported. */
    index?: Maybe<Scalars['Int']['output']>;
    /** The display set pk (a UUID). */
    nativeId: Scalars['String']['output'];
    /** Position in the study (the platform's `order`, used for sorting); null when not reported. */
    order?: Maybe<Scalars['Int']['output']>;
    /** The display set pk (a UUID); identifies it in `grandChallenge.displaySet(pk:)`. */
    pk: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** Always `display set` (no platform status exists). */
    platformStatus: Scalars['String']['output'];
    /** The reader study it belongs to; null when it cannot be read. */
    readerStudy?: Maybe<GrandChallengeReaderStudy>;
    /** Display sets have no lifecycle on the platform: always `UNKNOWN`. */
    status: UnitStatus;
    /** Display title; null when untitled. */
    title?: Maybe<Scalars['String']['output']>;
    /** The images and values shown together. */
    values: Array<GrandChallengeSocketValue>;
  };

/** A page of `GrandChallengeDisplaySet` results (Relay connection). */
export type GrandChallengeDisplaySetConnection = {
  __typename?: 'GrandChallengeDisplaySetConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeDisplaySetEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeDisplaySet>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeDisplaySet` in a page, with its cursor. */
export type GrandChallengeDisplaySetEdge = {
  __typename?: 'GrandChallengeDisplaySetEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeDisplaySet;
};

/** Result of a display set mutation. */
export type GrandChallengeDisplaySetPayload = {
  __typename?: 'GrandChallengeDisplaySetPayload';
  /** The display set. On a partial failure (created but values refused) it is returned with the userErrors. */
  displaySet?: Maybe<GrandChallengeDisplaySet>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A leaderboard entry: an evaluation of a submission to a challenge phase. */
export type GrandChallengeEvaluation = Node &
  Submission & {
    __typename?: 'GrandChallengeEvaluation';
    /** The challenge; null when it cannot be read. */
    challenge?: Maybe<GrandChallengeChallenge>;
    /** Slug (short name) of the challenge. */
    challengeSlug: Scalars['String']['output'];
    /** The submitter's comment; null when none. */
    comment?: Maybe<Scalars['String']['output']>;
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The evaluation's metrics (the `metrics-json-file` output). */
    metrics?: Maybe<Scalars['JSON']['output']>;
    /** The evaluation pk (a UUID). */
    nativeId: Scalars['String']['output'];
    /** The evaluation's output values (including `metrics-json-file`). */
    outputs: Array<GrandChallengeSocketValue>;
    /** Slug of the phase submitted to. */
    phaseSlug: Scalars['String']['output'];
    /** Title of the phase submitted to. */
    phaseTitle: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** The platform's label, e.g. `Queued`, `Succeeded`. */
    platformStatus: Scalars['String']['output'];
    /** True when shown on the leaderboard; null when not reported. */
    published?: Maybe<Scalars['Boolean']['output']>;
    /** 1 = best; null or 0 when unranked. */
    rank?: Maybe<Scalars['Int']['output']>;
    /** Rank per metric (object of metric path to rank); null when not reported. */
    rankPerMetric?: Maybe<Scalars['JSON']['output']>;
    /** The rank score. */
    score?: Maybe<Scalars['Float']['output']>;
    /** Normalized status (`Queued`/`Re-Queued` → QUEUED, `Validating inputs` → PENDING, `Succeeded` → SCORED, `Failed`/`Cancelled` → FAILED, executing → PROCESSING). */
    status: SubmissionStatus;
    /** When the submission was made (else when the evaluation was created). */
    submittedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Username of the submission's creator; null when hidden. */
    submitter?: Maybe<Scalars['String']['output']>;
    /** No page URL is reported: always null. */
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A page of `GrandChallengeEvaluation` results (Relay connection). */
export type GrandChallengeEvaluationConnection = {
  __typename?: 'GrandChallengeEvaluationConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeEvaluationEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeEvaluation>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeEvaluation` in a page, with its cursor. */
export type GrandChallengeEvaluationEdge = {
  __typename?: 'GrandChallengeEvaluationEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeEvaluation;
};

/** A medical image stored on Grand Challenge, with its geometry and files. */
export type GrandChallengeImage = Node & {
  __typename?: 'GrandChallengeImage';
  /** Number of slices of a 3-D image; null when not reported (e.g. 2-D images). */
  depth?: Maybe<Scalars['Int']['output']>;
  /** The image's stored files; empty when none can be read. */
  files: Array<GrandChallengeImageFile>;
  /** Height in pixels; null when not reported. */
  height?: Maybe<Scalars['Int']['output']>;
  /** Opaque global ID; pass it to `node(id:)` to refetch this image. */
  id: Scalars['ID']['output'];
  /** Imaging modality name, e.g. `CT`, `MR`; null when not reported. */
  modality?: Maybe<Scalars['String']['output']>;
  /** File name of the image. */
  name: Scalars['String']['output'];
  /** The platform's image pk (a UUID). */
  pk: Scalars['String']['output'];
  /** Array shape as the platform reports it (one integer per dimension); null when not reported. */
  shape?: Maybe<Array<Scalars['Int']['output']>>;
  /** Voxel spacing in millimetres as `[width, height, depth]`; null unless the platform reports all three. */
  voxelSizeMm?: Maybe<Array<Scalars['Float']['output']>>;
  /** Width in pixels; null when not reported. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** One stored file of an image (an image may have several, e.g. MHA and TIFF). */
export type GrandChallengeImageFile = {
  __typename?: 'GrandChallengeImageFile';
  /** Gateway link streaming the file. */
  downloadUrl: Scalars['URL']['output'];
  /** The file's format as the platform names it, e.g. `MHD` or `TIFF`; null when not reported. */
  imageType?: Maybe<Scalars['String']['output']>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQuery = {
  __typename?: 'GrandChallengeQuery';
  /** One algorithm by slug; null when absent or not visible. */
  algorithm?: Maybe<GrandChallengeAlgorithm>;
  /** Algorithms visible to the caller. */
  algorithms?: Maybe<GrandChallengeAlgorithmConnection>;
  /** One archive by slug; null when absent or not visible. */
  archive?: Maybe<GrandChallengeArchive>;
  /** One archive item by pk; null when absent or not visible. */
  archiveItem?: Maybe<GrandChallengeArchiveItem>;
  /** Archives visible to the caller. */
  archives?: Maybe<GrandChallengeArchiveConnection>;
  /** One challenge by slug; null when absent. */
  challenge?: Maybe<GrandChallengeChallenge>;
  /** Public challenges. */
  challenges?: Maybe<GrandChallengeChallengeConnection>;
  /** One display set by pk; null when absent or not visible. */
  displaySet?: Maybe<GrandChallengeDisplaySet>;
  /** One evaluation by pk; null when absent or not visible. */
  evaluation?: Maybe<GrandChallengeEvaluation>;
  /** One image by pk; null when absent or not visible. */
  image?: Maybe<GrandChallengeImage>;
  /** One algorithm job by pk; null when absent or not the caller's. */
  job?: Maybe<GrandChallengeAlgorithmJob>;
  /** The caller's algorithm jobs, optionally of one algorithm or with one image as input/output. */
  jobs?: Maybe<GrandChallengeAlgorithmJobConnection>;
  /** Reader studies visible to the caller. */
  readerStudies?: Maybe<GrandChallengeReaderStudyConnection>;
  /** One reader study by slug; null when absent or not visible. */
  readerStudy?: Maybe<GrandChallengeReaderStudy>;
  /** Sockets (component interfaces), optionally one by slug. */
  sockets?: Maybe<GrandChallengeSocketConnection>;
  /** The API versions the platform announces (unauthenticated). */
  version?: Maybe<GrandChallengeVersion>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryalgorithmArgs = {
  slug: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryalgorithmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryarchiveArgs = {
  slug: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryarchiveItemArgs = {
  pk: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryarchivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQuerychallengeArgs = {
  slug: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQuerychallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQuerydisplaySetArgs = {
  pk: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryevaluationArgs = {
  pk: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryimageArgs = {
  pk: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryjobArgs = {
  pk: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  algorithmSlug?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inputImagePk?: InputMaybe<Scalars['String']['input']>;
  outputImagePk?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobStatus>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryreaderStudiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQueryreaderStudyArgs = {
  slug: Scalars['String']['input'];
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQuerysocketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** A question of a reader study. */
export type GrandChallengeQuestion = {
  __typename?: 'GrandChallengeQuestion';
  /** `Bool`, `Choice`, `Number`, `Multiple choice`, `Single line text`, … */
  answerType: Scalars['String']['output'];
  /** The choices (Choice and Multiple choice questions); empty otherwise. */
  options: Array<GrandChallengeQuestionOption>;
  /** Position in the study's question list; null when not reported. */
  order?: Maybe<Scalars['Int']['output']>;
  /** The question pk; pass it as `CreateGrandChallengeAnswerInput.questionPk`. */
  pk: Scalars['String']['output'];
  /** True when readers must answer it; null when not reported. */
  required?: Maybe<Scalars['Boolean']['output']>;
  /** The question text; null when not reported. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One choice of a Choice or Multiple choice question. */
export type GrandChallengeQuestionOption = {
  __typename?: 'GrandChallengeQuestionOption';
  /** True when preselected; null when not reported. */
  default?: Maybe<Scalars['Boolean']['output']>;
  /** The option id; give it as the answer (or in the answer list). */
  id: Scalars['Int']['output'];
  /** The option's label. */
  title: Scalars['String']['output'];
};

/** A reader (username only: the API has no user resource). */
export type GrandChallengeReader = Node &
  Worker & {
    __typename?: 'GrandChallengeReader';
    /** Opaque global ID; pass it to `node(id:)` to refetch this object. */
    id: Scalars['ID']['output'];
    /** The reader's username (no display names are exposed). */
    name?: Maybe<Scalars['String']['output']>;
    /** The reader's username. */
    nativeId: Scalars['String']['output'];
    /** Always `GRAND_CHALLENGE`. */
    platform: Platform;
    /** The reader's username. */
    username: Scalars['String']['output'];
  };

/** A reader study: readers answer questions about display sets. */
export type GrandChallengeReaderStudy = Node & {
  __typename?: 'GrandChallengeReaderStudy';
  /** Description as the platform gives it; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Display sets in study order. With `unansweredBy`, only those that reader has not answered
   * (an editor may ask about any reader).
   */
  displaySets?: Maybe<GrandChallengeDisplaySetConnection>;
  /** True when editors have entered ground-truth answers; null when not reported. */
  hasGroundTruth?: Maybe<Scalars['Boolean']['output']>;
  /** Opaque global ID; pass it to `node(id:)` to refetch this study. */
  id: Scalars['ID']['output'];
  /** The reader study pk (a UUID). */
  pk: Scalars['String']['output'];
  /** The study's questions, in order. */
  questions: Array<GrandChallengeQuestion>;
  /** The reader study slug; identifies it in `grandChallenge.readerStudy(slug:)`. */
  slug: Scalars['String']['output'];
  /** Display title (the slug when it has none). */
  title: Scalars['String']['output'];
  /** The study's page on grand-challenge.org. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** A reader study: readers answer questions about display sets. */
export type GrandChallengeReaderStudydisplaySetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unansweredBy?: InputMaybe<Scalars['String']['input']>;
};

/** A page of `GrandChallengeReaderStudy` results (Relay connection). */
export type GrandChallengeReaderStudyConnection = {
  __typename?: 'GrandChallengeReaderStudyConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeReaderStudyEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeReaderStudy>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeReaderStudy` in a page, with its cursor. */
export type GrandChallengeReaderStudyEdge = {
  __typename?: 'GrandChallengeReaderStudyEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeReaderStudy;
};

/** A socket (component interface): the slot an input or output value goes into. */
export type GrandChallengeSocket = {
  __typename?: 'GrandChallengeSocket';
  /** Value used when none is given (Value sockets); null when none. */
  defaultValue?: Maybe<Scalars['JSON']['output']>;
  /** What the socket holds; null when undescribed. */
  description?: Maybe<Scalars['String']['output']>;
  /** Display kind, e.g. `Image`, `Float`, `PDF file`. */
  kind: Scalars['String']['output'];
  /** The platform's numeric socket id. */
  pk: Scalars['Int']['output'];
  /** Where the value lands in an algorithm container, e.g. `images/ct`. */
  relativePath: Scalars['String']['output'];
  /** The socket slug, e.g. `ct-image`; use it in `GrandChallengeSocketValueInput.socket`. */
  slug: Scalars['String']['output'];
  /** `Image`, `File` or `Value`: decides which source a value may come from. */
  superKind: Scalars['String']['output'];
  /** Display title. */
  title: Scalars['String']['output'];
};

/** A page of `GrandChallengeSocket` results (Relay connection). */
export type GrandChallengeSocketConnection = {
  __typename?: 'GrandChallengeSocketConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<GrandChallengeSocketEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<GrandChallengeSocket>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Total number of items across all pages, not only this one; null when the platform does not report a total. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `GrandChallengeSocket` in a page, with its cursor. */
export type GrandChallengeSocketEdge = {
  __typename?: 'GrandChallengeSocketEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: GrandChallengeSocket;
};

/** A value in a socket: a JSON value, a file or an image. */
export type GrandChallengeSocketValue = {
  __typename?: 'GrandChallengeSocketValue';
  /** Gateway link streaming the file (for File sockets). */
  fileUrl?: Maybe<Scalars['URL']['output']>;
  /** The image (Image sockets); null otherwise. */
  image?: Maybe<GrandChallengeImage>;
  /** The platform's numeric id of this value. */
  pk: Scalars['Int']['output'];
  /**
   * Pass this as `existingSocketValue` in a socket value input to reuse the value elsewhere
   * (same socket only).
   */
  reference: Scalars['String']['output'];
  /** The socket it fills. */
  socket: GrandChallengeSocket;
  /** The JSON value (Value sockets); null for File and Image sockets. */
  value?: Maybe<Scalars['JSON']['output']>;
};

/** One socket's value for a write, from exactly one source. */
export type GrandChallengeSocketValueInput = {
  /** An existing image, by pk (Image sockets). */
  existingImagePk?: InputMaybe<Scalars['String']['input']>;
  /** A `reference` of an existing socket value of the same socket. */
  existingSocketValue?: InputMaybe<Scalars['String']['input']>;
  /** A file, uploaded through the platform's uploads API (File sockets; Image sockets take image files). */
  file?: InputMaybe<Scalars['Upload']['input']>;
  /** Several files forming one image (e.g. DICOM slices) for an Image socket. */
  files?: InputMaybe<Array<Scalars['Upload']['input']>>;
  /** The socket slug, e.g. `ct-image`. */
  socket: Scalars['String']['input'];
  /** A JSON value (Value sockets). */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** The API versions of Grand Challenge. */
export type GrandChallengeVersion = {
  __typename?: 'GrandChallengeVersion';
  /** The latest API version. */
  latest: Scalars['String']['output'];
  /** The oldest API version still supported. */
  lowestSupported: Scalars['String']['output'];
};

/** Work a platform runs or crowds: a CrowdFlower job, a Grand Challenge algorithm job, an Arena job. */
export type Job = {
  /** When it finished; null while unfinished or when the platform does not report it. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created; null when the platform does not report it. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID; pass it to `node(id:)` or `job(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** The platform's own identifier for it (a number or UUID as a string). */
  nativeId: Scalars['String']['output'];
  /** Which platform runs it. */
  platform: Platform;
  /** The platform's own status value, unchanged. */
  platformStatus: Scalars['String']['output'];
  /** Normalized status. */
  status: JobStatus;
  /** Display title, when the platform has one. */
  title?: Maybe<Scalars['String']['output']>;
  /** When it last changed; null when the platform does not report it. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The platform's web page for it; null when the platform has none. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** A page of jobs. */
export type JobConnection = {
  __typename?: 'JobConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<JobEdge>;
  /** The items of this page, without cursors (same order as `edges`). */
  nodes: Array<Job>;
  /** Paging state: whether more pages exist and the cursors to fetch them. */
  pageInfo: PageInfo;
  /** Null when a platform does not report totals. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One `Job` in a page, with its cursor. */
export type JobEdge = {
  __typename?: 'JobEdge';
  /** Cursor to pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The item at this edge. */
  node: Job;
};

/** Normalized state of a job (crowd job, algorithm job, course job). */
export type JobStatus =
  /** Stopped for good by its owner. */
  | 'CANCELED'
  /** Finished with an error. */
  | 'FAILED'
  /** Paused by its owner; may resume. */
  | 'PAUSED'
  /** Created, not yet ordered or queued. */
  | 'PENDING'
  /** Queued to run. */
  | 'QUEUED'
  /** Running or collecting judgments. */
  | 'RUNNING'
  /** Finished successfully. */
  | 'SUCCEEDED'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN';

/** The group to join. */
export type JoinArenaGroupInput = {
  /** The group's name. */
  name: Scalars['String']['input'];
};

/** The round to join. */
export type JoinArenaRoundInput = {
  /** The round id. */
  roundId: Scalars['String']['input'];
};

/** One worker's answer about one unit. */
export type Judgment = {
  /** The answer, field by field. */
  answer?: Maybe<Scalars['JSON']['output']>;
  /** When it was given; null when the platform does not report it. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID; pass it to `node(id:)` or `judgment(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** The platform's own identifier for it (a number or UUID as a string). */
  nativeId: Scalars['String']['output'];
  /** Which platform holds it. */
  platform: Platform;
  /** Who gave it. */
  worker?: Maybe<Worker>;
};

/** An order to place (debits the account). */
export type LaunchCrowdFlowerJobInput = {
  /** Channels to order on (default `on_demand`). */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** How many units to order. */
  unitsCount: Scalars['Int']['input'];
};

/** Result of ordering units. */
export type LaunchCrowdFlowerJobPayload = {
  __typename?: 'LaunchCrowdFlowerJobPayload';
  /** The job after the order; null when refused. */
  job?: Maybe<CrowdFlowerJob>;
  /** The platform's message, e.g. `Your job is now collecting judgments!`. */
  message?: Maybe<Scalars['String']['output']>;
  /** The order placed (also readable later as `job.order(orderId:)`). */
  order?: Maybe<CrowdFlowerOrder>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Does nothing; present so that platform schemas can `extend type Mutation`.
   * @deprecated Placeholder; use a platform mutation.
   */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** Creates a group (admin). */
  addArenaGroup: ArenaGroupPayload;
  /** Attaches a picture to a job (admin), streamed. */
  addArenaJobPicture: ArenaPicturePayload;
  /** Creates an archive item, then sets its values (the platform accepts values only by update). */
  addCaseToGrandChallengeArchive: GrandChallengeArchiveItemPayload;
  /** Creates a display set in a reader study, then sets its values. */
  addCaseToGrandChallengeReaderStudy: GrandChallengeDisplaySetPayload;
  /** Adds tags to a job. */
  addCrowdFlowerJobTags: CrowdFlowerTagsPayload;
  /** Pays a contributor a bonus (debits the account). */
  bonusCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  /** Cancels a job for good. */
  cancelCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Cancels one unit: it gets no more judgments. */
  cancelCrowdFlowerUnit: CrowdFlowerUnitPayload;
  /** The worker's ping (admin): claims the oldest pending job, never the same one twice. */
  claimNextArenaJob: ClaimNextArenaJobPayload;
  /** Turns uploaded gold units into test questions. */
  convertCrowdFlowerTestQuestions: CrowdFlowerJobPayload;
  /** Copies a job's settings, and optionally its units, into a new job. */
  copyCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Submits a job for a worker to run. */
  createArenaJob: ArenaJobPayload;
  /** Creates a job (not yet ordered). */
  createCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Answers a reader-study question about a display set. */
  createGrandChallengeAnswer: CreateGrandChallengeAnswerPayload;
  /** Lifts a contributor's flag. */
  deflagCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  /** Deletes a job. */
  deleteCrowdFlowerJob: DeleteCrowdFlowerJobPayload;
  /** Flags a contributor: bars them from the job (and the account's jobs with `persist`). */
  flagCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  /** Posts a grade for a participant's new submission (the platform enforces its slot limits). Sent once. */
  gradeCrowdAISubmission: CrowdAIGradePayload;
  /** Adds the caller to a group. */
  joinArenaGroup: ArenaGroupPayload;
  /** Registers the caller as a participant of a round. */
  joinArenaRound: ArenaRoundPayload;
  /** Orders units on channels: the job starts collecting judgments (debits the account). */
  launchCrowdFlowerJob: LaunchCrowdFlowerJobPayload;
  /** Sends a contributor a message. */
  notifyCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  /** Pauses a running job. */
  pauseCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Asks the platform to build a fresh report; `job.report` shows when it is ready. */
  regenerateCrowdFlowerReport: RegenerateCrowdFlowerReportPayload;
  /** Rejects the worker's work on the job (Pro/Enterprise accounts). */
  rejectCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  /** Removes tags from a job. */
  removeCrowdFlowerJobTags: CrowdFlowerTagsPayload;
  /** Resumes a paused job. */
  resumeCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Sets the channels a job is ordered on. */
  setCrowdFlowerJobChannels: CrowdFlowerJobPayload;
  /** Replaces a job's tags. */
  setCrowdFlowerJobTags: CrowdFlowerTagsPayload;
  /** Starts an algorithm on inputs (uploads files first, then creates the job). Sent once. */
  startGrandChallengeAlgorithmJob: StartGrandChallengeAlgorithmJobPayload;
  /**
   * Uploads a Parquet prediction file into a slot of the current inference period (multipart upload,
   * streamed to the platform). Sent exactly once, never retried: if the platform's answer is lost the
   * gateway reads the period's submissions back — found, it is returned with `reconciled: true`;
   * not found, the error carries `extensions.outcome: "UNKNOWN"`.
   */
  submitCrowdCentPredictions: SubmitCrowdCentPredictionsPayload;
  /** Posts a finished job's results (admin). Scores outside [0, 1] are refused before any call. */
  updateArenaJobDetails: ArenaJobPayload;
  /** Updates or regrades an existing submission. Sent once. */
  updateCrowdAISubmission: CrowdAIGradePayload;
  /** Changes a job's attributes. */
  updateCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Sets values on an archive item, replacing those of the same sockets. */
  updateGrandChallengeArchiveItem: GrandChallengeArchiveItemPayload;
  /** Sets values on a display set (refused once it has answers). */
  updateGrandChallengeDisplaySet: GrandChallengeDisplaySetPayload;
  /** Uploads grader media for a participant through a presigned URL the gateway uses itself. */
  uploadCrowdAIMedia: UploadCrowdAIMediaPayload;
  /** Adds units from a JSON-lines/CSV upload (streamed, never held whole) or inline rows. */
  uploadCrowdFlowerUnits: UploadCrowdFlowerUnitsPayload;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationaddArenaGroupArgs = {
  input: AddArenaGroupInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationaddArenaJobPictureArgs = {
  input: AddArenaJobPictureInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationaddCaseToGrandChallengeArchiveArgs = {
  input: AddCaseToGrandChallengeArchiveInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationaddCaseToGrandChallengeReaderStudyArgs = {
  input: AddCaseToGrandChallengeReaderStudyInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationaddCrowdFlowerJobTagsArgs = {
  input: CrowdFlowerJobTagsInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationbonusCrowdFlowerWorkerArgs = {
  input: BonusCrowdFlowerWorkerInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationcancelCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationcancelCrowdFlowerUnitArgs = {
  input: CancelCrowdFlowerUnitInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationconvertCrowdFlowerTestQuestionsArgs = {
  input: CrowdFlowerJobRefInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationcopyCrowdFlowerJobArgs = {
  input: CopyCrowdFlowerJobInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationcreateArenaJobArgs = {
  input: CreateArenaJobInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationcreateCrowdFlowerJobArgs = {
  input: CreateCrowdFlowerJobInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationcreateGrandChallengeAnswerArgs = {
  input: CreateGrandChallengeAnswerInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationdeflagCrowdFlowerWorkerArgs = {
  input: DeflagCrowdFlowerWorkerInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationdeleteCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationflagCrowdFlowerWorkerArgs = {
  input: FlagCrowdFlowerWorkerInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationgradeCrowdAISubmissionArgs = {
  input: GradeCrowdAISubmissionInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationjoinArenaGroupArgs = {
  input: JoinArenaGroupInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationjoinArenaRoundArgs = {
  input: JoinArenaRoundInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationlaunchCrowdFlowerJobArgs = {
  input: LaunchCrowdFlowerJobInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationnotifyCrowdFlowerWorkerArgs = {
  input: NotifyCrowdFlowerWorkerInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationpauseCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationregenerateCrowdFlowerReportArgs = {
  input: RegenerateCrowdFlowerReportInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationrejectCrowdFlowerWorkerArgs = {
  input: CrowdFlowerWorkerRefInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationremoveCrowdFlowerJobTagsArgs = {
  input: CrowdFlowerJobTagsInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationresumeCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationsetCrowdFlowerJobChannelsArgs = {
  input: CrowdFlowerJobChannelsInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationsetCrowdFlowerJobTagsArgs = {
  input: CrowdFlowerJobTagsInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationstartGrandChallengeAlgorithmJobArgs = {
  input: StartGrandChallengeAlgorithmJobInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationsubmitCrowdCentPredictionsArgs = {
  input: SubmitCrowdCentPredictionsInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationupdateArenaJobDetailsArgs = {
  input: UpdateArenaJobDetailsInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationupdateCrowdAISubmissionArgs = {
  input: UpdateCrowdAISubmissionInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationupdateCrowdFlowerJobArgs = {
  input: UpdateCrowdFlowerJobInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationupdateGrandChallengeArchiveItemArgs = {
  input: UpdateGrandChallengeArchiveItemInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationupdateGrandChallengeDisplaySetArgs = {
  input: UpdateGrandChallengeDisplaySetInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationuploadCrowdAIMediaArgs = {
  input: UploadCrowdAIMediaInput;
};

/** The root of all writes. Every platform mutation returns a payload with `userErrors` for problems the caller can fix. */
export type MutationuploadCrowdFlowerUnitsArgs = {
  input: UploadCrowdFlowerUnitsInput;
};

/** An object with a globally unique, opaque ID. Refetch any object with `node(id:)`. */
export type Node = {
  /** Opaque global ID; stable for the same platform object. */
  id: Scalars['ID']['output'];
};

/** A message to a contributor. */
export type NotifyCrowdFlowerWorkerInput = {
  /** The numeric job id the contributor worked on. */
  jobId: Scalars['SafeInt']['input'];
  /** The message text. */
  message: Scalars['String']['input'];
  /** The contributor's numeric id. */
  workerId: Scalars['SafeInt']['input'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `first`/`after` paging can continue. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when `last`/`before` paging can continue. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The platforms crowdgraph unifies. */
export type Platform =
  /** Arena: a Django job server for classification courses. */
  | 'ARENA'
  /** crowdAI: open ML challenges graded by external graders. */
  | 'CROWDAI'
  /** CrowdCent Challenge (crowdcent.com): stock and crypto ranking prediction challenges. */
  | 'CROWDCENT'
  /** CrowdFlower / Figure Eight: crowd work jobs, units, judgments and workers. */
  | 'CROWDFLOWER'
  /** Grand Challenge (grand-challenge.org): biomedical-imaging challenges, algorithms and reader studies. */
  | 'GRAND_CHALLENGE';

/** How the gateway sees one platform right now (for operators and dashboards). */
export type PlatformInfo = {
  __typename?: 'PlatformInfo';
  /** The platform's circuit breaker now: OPEN means calls fail fast with UPSTREAM_UNAVAILABLE. */
  breaker: BreakerState;
  /** True when the gateway has a base URL for it (the built-in simulator counts). */
  configured: Scalars['Boolean']['output'];
  /** True when server-side credentials are configured, so callers need not send their own. */
  hasServerCredentials: Scalars['Boolean']['output'];
  /** Which platform this is. */
  name: Platform;
  /** True when the gateway talks to its built-in simulator rather than the real platform. */
  simulated: Scalars['Boolean']['output'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type Query = {
  __typename?: 'Query';
  /** Arena. */
  arena: ArenaQuery;
  /** One challenge by global ID; null when it does not exist. */
  challenge?: Maybe<Challenge>;
  /**
   * Challenges on every configured platform (or those in `platforms`), fetched in parallel. A platform
   * that fails adds an error with its path and code while the others' challenges still arrive.
   */
  challenges: ChallengeConnection;
  /** crowdAI. */
  crowdai: CrowdAIQuery;
  /** CrowdCent Challenge, with its own identifiers (slugs, versions, dates). */
  crowdcent: CrowdCentQuery;
  /** CrowdFlower (Figure Eight). */
  crowdflower: CrowdFlowerQuery;
  /** One dataset by global ID; null when it does not exist. */
  dataset?: Maybe<Dataset>;
  /** Grand Challenge. */
  grandChallenge: GrandChallengeQuery;
  /** One job by global ID. */
  job?: Maybe<Job>;
  /**
   * Jobs on every configured platform (or those in `platforms`) that have jobs, fetched in parallel.
   * A platform that fails adds an error with its path while the others' jobs still arrive.
   */
  jobs: JobConnection;
  /** One judgment by global ID. */
  judgment?: Maybe<Judgment>;
  /** Fetches any object by its global ID. Null when it does not exist or is not visible to the caller. */
  node?: Maybe<Node>;
  /** Fetches several objects by global ID, in order; null in the slot of one that does not exist. */
  nodes: Array<Maybe<Node>>;
  /** The platforms this gateway knows, with their configuration state. */
  platforms: Array<PlatformInfo>;
  /** One submission by global ID; null when it does not exist or is not the caller's. */
  submission?: Maybe<Submission>;
  /** One unit by global ID. */
  unit?: Maybe<Unit>;
  /** One worker by global ID. */
  worker?: Maybe<Worker>;
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QuerychallengeArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QuerychallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  platforms?: InputMaybe<Array<Platform>>;
  status?: InputMaybe<ChallengeStatus>;
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QuerydatasetArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QueryjobArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QueryjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  platforms?: InputMaybe<Array<Platform>>;
  status?: InputMaybe<JobStatus>;
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QueryjudgmentArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QuerysubmissionArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QueryunitArgs = {
  id: Scalars['ID']['input'];
};

/** The root of all reads. Cross-platform fields (`challenges`, `jobs`, `node`) sit beside one entry point per platform (`crowdcent`, `grandChallenge`, `crowdai`, `crowdflower`, `arena`). */
export type QueryworkerArgs = {
  id: Scalars['ID']['input'];
};

/** A report to rebuild. */
export type RegenerateCrowdFlowerReportInput = {
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
  /** Which report (default JSON). */
  type?: InputMaybe<CrowdFlowerReportType>;
};

/** Result of asking for a fresh report. */
export type RegenerateCrowdFlowerReportPayload = {
  __typename?: 'RegenerateCrowdFlowerReportPayload';
  /** The report, usually GENERATING at first; null when refused. */
  report?: Maybe<CrowdFlowerReport>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** An algorithm run to start. */
export type StartGrandChallengeAlgorithmJobInput = {
  /** The algorithm slug. */
  algorithmSlug: Scalars['String']['input'];
  /** One value per input socket; together they must match one of the algorithm's interfaces exactly. */
  inputs: Array<GrandChallengeSocketValueInput>;
};

/** Result of starting an algorithm job. */
export type StartGrandChallengeAlgorithmJobPayload = {
  __typename?: 'StartGrandChallengeAlgorithmJobPayload';
  /** The job as created (status `Validating inputs`); poll `job` for progress. */
  job?: Maybe<GrandChallengeAlgorithmJob>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A participant's entry to a challenge. */
export type Submission = {
  /** Opaque global ID; pass it to `node(id:)` or `submission(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** The platform's own identifier for it (a number as a string, or a composite like `<slug>/<id>`). */
  nativeId: Scalars['String']['output'];
  /** Which platform it was submitted to. */
  platform: Platform;
  /** The platform's own status value, unchanged. */
  platformStatus: Scalars['String']['output'];
  /** The primary score, when scored. Higher is better unless the challenge says otherwise. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Normalized status. */
  status: SubmissionStatus;
  /** When it was submitted; null when the platform does not report it. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Username of the submitter, as the platform reports it. */
  submitter?: Maybe<Scalars['String']['output']>;
  /** The platform's web page for it; null when the platform has none. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** Normalized state of a submission. */
export type SubmissionStatus =
  /** Rejected or failed to score. */
  | 'FAILED'
  /** Received, waiting to be processed or scored. */
  | 'PENDING'
  /** Being processed or graded. */
  | 'PROCESSING'
  /** Waiting for the next round or period to open. */
  | 'QUEUED'
  /** Scored. */
  | 'SCORED'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN';

/** A prediction file to submit to a CrowdCent challenge's current inference period. */
export type SubmitCrowdCentPredictionsInput = {
  /** When the window is closed, queue the file for the next period instead of failing. */
  alsoQueueNext?: InputMaybe<Scalars['Boolean']['input']>;
  /** The challenge slug. */
  challengeSlug: Scalars['String']['input'];
  /** Parquet file with `id` and the challenge's prediction columns (e.g. `pred_10d`, `pred_30d` in [0,1]). */
  file: Scalars['Upload']['input'];
  /** Mark as experimental (not counted for the leaderboard). */
  isExperimental?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free text, at most 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 1-based slot; the platform's default (1) when omitted. */
  slot?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of submitting predictions. */
export type SubmitCrowdCentPredictionsPayload = {
  __typename?: 'SubmitCrowdCentPredictionsPayload';
  /** How the file's ids matched the inference data; null when the platform did not say. */
  matchInfo?: Maybe<CrowdCentMatchInfo>;
  /** The platform's message, e.g. about queueing. */
  message?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation of `queueErrorCode`; null when queueing did not fail. */
  queueError?: Maybe<Scalars['String']['output']>;
  /** Set when the submission succeeded but queueing for the next period failed. */
  queueErrorCode?: Maybe<Scalars['String']['output']>;
  /** True when the file was queued for the next period. */
  queued: Scalars['Boolean']['output'];
  /**
   * True when the platform's answer was lost and the submission was found by reading the period's
   * submissions back (it is never re-sent).
   */
  reconciled: Scalars['Boolean']['output'];
  /** True when the platform replaced an earlier submission in the same slot and period. */
  replaced: Scalars['Boolean']['output'];
  /** The created or replaced submission; null when nothing was created or it was only queued. */
  submission?: Maybe<CrowdCentSubmission>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Live updates of work in progress. None of the platforms push events, so the gateway polls for its
 * subscribers: one watcher per platform object and credential, however many subscribers (and, with
 * Redis, however many gateway replicas), polling once per interval and backing off while nothing
 * changes. Each subscription first emits the object as it is now, then again only when a field it
 * selected changed, and completes after the object reaches a final state.
 *
 * Served over GraphQL over WebSocket (the `graphql-transport-ws` protocol, credentials in
 * `connectionParams`) and over Server-Sent Events (`Accept: text/event-stream`, credentials in
 * headers), both on `/graphql`. A plain HTTP request cannot subscribe.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A job as it progresses: a CrowdFlower job collecting judgments, a Grand Challenge algorithm job
   * moving from Queued to Succeeded, an Arena job being claimed and finished. Completes after
   * SUCCEEDED, FAILED or CANCELED.
   */
  jobUpdated: Job;
  /**
   * Jobs of a list as they change: first every listed job that matches, then each job whose selected
   * fields changed (CrowdFlower: the first page of jobs; Grand Challenge: the 100 most recent; Arena:
   * all the caller's jobs). Never completes on its own.
   */
  jobsUpdated: Job;
  /**
   * A submission as it is scored: a CrowdCent prediction submission, a crowdAI submission being
   * graded. Completes after SCORED or FAILED.
   */
  submissionUpdated: Submission;
};

/**
 * Live updates of work in progress. None of the platforms push events, so the gateway polls for its
 * subscribers: one watcher per platform object and credential, however many subscribers (and, with
 * Redis, however many gateway replicas), polling once per interval and backing off while nothing
 * changes. Each subscription first emits the object as it is now, then again only when a field it
 * selected changed, and completes after the object reaches a final state.
 *
 * Served over GraphQL over WebSocket (the `graphql-transport-ws` protocol, credentials in
 * `connectionParams`) and over Server-Sent Events (`Accept: text/event-stream`, credentials in
 * headers), both on `/graphql`. A plain HTTP request cannot subscribe.
 */
export type SubscriptionjobUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/**
 * Live updates of work in progress. None of the platforms push events, so the gateway polls for its
 * subscribers: one watcher per platform object and credential, however many subscribers (and, with
 * Redis, however many gateway replicas), polling once per interval and backing off while nothing
 * changes. Each subscription first emits the object as it is now, then again only when a field it
 * selected changed, and completes after the object reaches a final state.
 *
 * Served over GraphQL over WebSocket (the `graphql-transport-ws` protocol, credentials in
 * `connectionParams`) and over Server-Sent Events (`Accept: text/event-stream`, credentials in
 * headers), both on `/graphql`. A plain HTTP request cannot subscribe.
 */
export type SubscriptionjobsUpdatedArgs = {
  platforms?: InputMaybe<Array<Platform>>;
  status?: InputMaybe<Array<JobStatus>>;
};

/**
 * Live updates of work in progress. None of the platforms push events, so the gateway polls for its
 * subscribers: one watcher per platform object and credential, however many subscribers (and, with
 * Redis, however many gateway replicas), polling once per interval and backing off while nothing
 * changes. Each subscription first emits the object as it is now, then again only when a field it
 * selected changed, and completes after the object reaches a final state.
 *
 * Served over GraphQL over WebSocket (the `graphql-transport-ws` protocol, credentials in
 * `connectionParams`) and over Server-Sent Events (`Accept: text/event-stream`, credentials in
 * headers), both on `/graphql`. A plain HTTP request cannot subscribe.
 */
export type SubscriptionsubmissionUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** One item of work inside a job: a CrowdFlower unit, a reader-study display set. */
export type Unit = {
  /** When it was created; null when the platform does not report it. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's source data as uploaded. */
  data?: Maybe<Scalars['JSON']['output']>;
  /** Opaque global ID; pass it to `node(id:)` or `unit(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** The platform's own identifier for it (a number or UUID as a string). */
  nativeId: Scalars['String']['output'];
  /** Which platform holds it. */
  platform: Platform;
  /** The platform's own status value, unchanged. */
  platformStatus: Scalars['String']['output'];
  /** Normalized status. */
  status: UnitStatus;
};

/** Normalized state of a unit of work. */
export type UnitStatus =
  /** Withdrawn: will receive no more judgments. */
  | 'CANCELED'
  /** Has all its judgments; results are final. */
  | 'FINALIZED'
  /** A test question (gold). */
  | 'GOLDEN'
  /** Collecting judgments. */
  | 'IN_PROGRESS'
  /** Waiting for judgments. */
  | 'JUDGABLE'
  /** Uploaded, not yet ordered. */
  | 'NEW'
  /** The platform reported a state crowdgraph does not recognise; see `platformStatus`. */
  | 'UNKNOWN';

/** A finished job's results, posted by the worker that ran it. */
export type UpdateArenaJobDetailsInput = {
  /** Further test metrics, informational only: an object of name to string or number. */
  extraScoresTest?: InputMaybe<Scalars['JSON']['input']>;
  /** Further validation metrics, informational only: an object of name to string or number. */
  extraScoresValidation?: InputMaybe<Scalars['JSON']['input']>;
  /** The job id. */
  jobId: Scalars['String']['input'];
  /** Predicted labels of the test points, in the dataset's order. */
  labelsTest?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Predicted labels of the training points, in the dataset's order. */
  labelsTraining?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Predicted labels of the validation points, in the dataset's order. */
  labelsValidation?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** A message for the student, e.g. the error of a failed run. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Filenames of pictures already added to the job. */
  pictures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required when successful; in [0, 1]. */
  scoreTest?: InputMaybe<Scalars['Float']['input']>;
  /** In [0, 1]. */
  scoreValidation?: InputMaybe<Scalars['Float']['input']>;
  /** Default true (`done`); false marks the job `failed`. */
  success?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new grade for an existing submission. */
export type UpdateCrowdAISubmissionInput = {
  /** A description of the result, in Markdown. */
  descriptionMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** Required when the grade is FAILED. */
  gradingMessage?: InputMaybe<Scalars['String']['input']>;
  /** The grading state to set. */
  gradingStatus: CrowdAIGradeStatus;
  /** Media to show with the submission. */
  media?: InputMaybe<CrowdAIMediaInput>;
  /** Metadata to merge into the existing `meta` (or replace it with `metaOverwrite`). */
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** Replace `meta` instead of merging into it. */
  metaOverwrite?: InputMaybe<Scalars['Boolean']['input']>;
  /** The primary score; required when GRADED. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** The secondary (tie-breaking) score. */
  scoreSecondary?: InputMaybe<Scalars['Float']['input']>;
  /** The numeric submission id. */
  submissionId: Scalars['Int']['input'];
};

/** Changes to a job. */
export type UpdateCrowdFlowerJobInput = {
  /** Attributes to change; omitted ones are left unchanged. */
  attributes: CrowdFlowerJobAttributesInput;
  /** The numeric job id. */
  jobId: Scalars['SafeInt']['input'];
};

/** New values for an archive item. */
export type UpdateGrandChallengeArchiveItemInput = {
  /** The item pk (a UUID). */
  archiveItemPk: Scalars['String']['input'];
  /** Values to set; each replaces the item's value of the same socket. */
  values: Array<GrandChallengeSocketValueInput>;
};

/** New values for a display set. */
export type UpdateGrandChallengeDisplaySetInput = {
  /** The display set pk (a UUID). */
  displaySetPk: Scalars['String']['input'];
  /** Values to set; each replaces the display set's value of the same socket. */
  values: Array<GrandChallengeSocketValueInput>;
};

/** A grader media file to upload for a participant. */
export type UploadCrowdAIMediaInput = {
  /** The media file (multipart upload), e.g. a GIF or MP4. */
  file: Scalars['Upload']['input'];
  /** The participant's API key. */
  participantApiKey: Scalars['String']['input'];
};

/** Result of uploading grader media. */
export type UploadCrowdAIMediaPayload = {
  __typename?: 'UploadCrowdAIMediaPayload';
  /** Pass as `media.large` / `media.thumbnail` of a grade. */
  s3Key?: Maybe<Scalars['String']['output']>;
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Units to add, from a file or inline rows. */
export type UploadCrowdFlowerUnitsInput = {
  /** A JSON-lines or CSV file, streamed to the platform. Exactly one of `file` and `rows`. */
  file?: InputMaybe<Scalars['Upload']['input']>;
  /** Add the rows even when their columns differ from the job's existing data. */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  /** The file's format (default JSON_LINES). */
  format?: InputMaybe<CrowdFlowerUploadFormat>;
  /** Add to this job; a new job is created when omitted. */
  jobId?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Rows given inline, one JSON object each (at most 10,000). Exactly one of `file` and `rows`. */
  rows?: InputMaybe<Array<Scalars['JSON']['input']>>;
};

/** Result of adding units. */
export type UploadCrowdFlowerUnitsPayload = {
  __typename?: 'UploadCrowdFlowerUnitsPayload';
  /** The job the units went to (new when `jobId` was omitted); null when refused. */
  job?: Maybe<CrowdFlowerJob>;
  /** Rows sent to the platform. */
  rowsSent: Scalars['Int']['output'];
  /** Problems with the input the caller can fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A problem with the input that the caller can fix. Infrastructure failures are GraphQL errors instead. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable machine-readable code, e.g. `VALIDATION_ERROR` or `SUBMISSION_WINDOW_CLOSED`. */
  code: Scalars['String']['output'];
  /** Path of the offending input field, e.g. `["input", "slot"]`. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Someone who does the work: a crowd contributor, a reader, a participant. */
export type Worker = {
  /** Opaque global ID; pass it to `node(id:)` or `worker(id:)` to refetch. */
  id: Scalars['ID']['output'];
  /** A display name where the platform has one (often only an id). */
  name?: Maybe<Scalars['String']['output']>;
  /** The platform's own identifier for the worker (a number, a username or a UUID, as a string). */
  nativeId: Scalars['String']['output'];
  /** Which platform the worker belongs to. */
  platform: Platform;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Challenge:
    ArenaRoundModelModel | CrowdAIChallengeModelModel | CrowdCentChallengeModelModel | GcChallengeModelModel;
  Dataset:
    | ArenaDatasetModelModel
    | CrowdCentInferencePeriodModelModel
    | CrowdCentMetaModelModelModel
    | CrowdCentTrainingDatasetModelModel
    | GcArchiveModelModel;
  Job: ArenaJobModelModel | CrowdFlowerJobModelModel | GcJobModelModel;
  Judgment: CrowdFlowerJudgmentModelModel | GcAnswerModelModel;
  Node:
    | ArenaDatasetModelModel
    | ArenaGroupModelModel
    | ArenaJobModelModel
    | ArenaPointModelModel
    | ArenaRoundModelModel
    | ArenaWorkerModelModel
    | CrowdAIChallengeModelModel
    | CrowdAIParticipantModelModel
    | CrowdAISubmissionModelModel
    | CrowdCentChallengeModelModel
    | CrowdCentInferencePeriodModelModel
    | CrowdCentMetaModelModelModel
    | CrowdCentSubmissionModelModel
    | CrowdCentTrainingDatasetModelModel
    | CrowdFlowerJobModelModel
    | CrowdFlowerJudgmentModelModel
    | CrowdFlowerUnitModelModel
    | CrowdFlowerWorkerModelModel
    | GcAlgorithmModelModel
    | GcJobModelModel
    | GcAnswerModelModel
    | GcArchiveModelModel
    | GcArchiveItemModelModel
    | GcChallengeModelModel
    | GcDisplaySetModelModel
    | GcEvaluationModelModel
    | GcImageModelModel
    | GcReaderModelModel
    | GcReaderStudyModelModel;
  Submission: CrowdAISubmissionModelModel | CrowdCentSubmissionModelModel | GcEvaluationModelModel;
  Unit: CrowdFlowerUnitModelModel | GcDisplaySetModelModel;
  Worker:
    ArenaWorkerModelModel | CrowdAIParticipantModelModel | CrowdFlowerWorkerModelModel | GcReaderModelModel;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddArenaGroupInput: ResolverTypeWrapper<Partial<AddArenaGroupInput>>;
  AddArenaJobPictureInput: ResolverTypeWrapper<Partial<AddArenaJobPictureInput>>;
  AddCaseToGrandChallengeArchiveInput: ResolverTypeWrapper<Partial<AddCaseToGrandChallengeArchiveInput>>;
  AddCaseToGrandChallengeReaderStudyInput: ResolverTypeWrapper<
    Partial<AddCaseToGrandChallengeReaderStudyInput>
  >;
  ArenaDataset: ResolverTypeWrapper<ArenaDatasetModelModel>;
  ArenaGroup: ResolverTypeWrapper<ArenaGroupModelModel>;
  ArenaGroupPayload: ResolverTypeWrapper<ArenaGroupPayloadModelModel>;
  ArenaJob: ResolverTypeWrapper<ArenaJobModelModel>;
  ArenaJobConnection: ResolverTypeWrapper<ArenaJobConnectionModelModel>;
  ArenaJobEdge: ResolverTypeWrapper<ArenaJobEdgeModelModel>;
  ArenaJobParams: ResolverTypeWrapper<ArenaJobParamsModelModel>;
  ArenaJobPayload: ResolverTypeWrapper<ArenaJobPayloadModelModel>;
  ArenaLabels: ResolverTypeWrapper<ArenaJobLabelsModel>;
  ArenaPicture: ResolverTypeWrapper<ArenaPictureModelModel>;
  ArenaPicturePayload: ResolverTypeWrapper<ArenaPicturePayloadModelModel>;
  ArenaPoint: ResolverTypeWrapper<ArenaPointModelModel>;
  ArenaPointConnection: ResolverTypeWrapper<ArenaPointConnectionModelModel>;
  ArenaPointEdge: ResolverTypeWrapper<ArenaPointEdgeModelModel>;
  ArenaQuery: ResolverTypeWrapper<EmptyRootModelModel>;
  ArenaRound: ResolverTypeWrapper<ArenaRoundModelModel>;
  ArenaRoundPayload: ResolverTypeWrapper<ArenaRoundPayloadModelModel>;
  ArenaSplit: ResolverTypeWrapper<Partial<ArenaSplit>>;
  ArenaSplitCounts: ResolverTypeWrapper<ArenaSplitCountsModel>;
  ArenaViewer: ResolverTypeWrapper<ArenaMeModelModel>;
  ArenaWorker: ResolverTypeWrapper<ArenaWorkerModelModel>;
  BonusCrowdFlowerWorkerInput: ResolverTypeWrapper<Partial<BonusCrowdFlowerWorkerInput>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  BreakerState: ResolverTypeWrapper<Partial<BreakerState>>;
  CancelCrowdFlowerUnitInput: ResolverTypeWrapper<Partial<CancelCrowdFlowerUnitInput>>;
  Challenge: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Challenge']>;
  ChallengeConnection: ResolverTypeWrapper<ChallengeConnectionModelModel>;
  ChallengeEdge: ResolverTypeWrapper<ChallengeEdgeModelModel>;
  ChallengeStatus: ResolverTypeWrapper<Partial<ChallengeStatus>>;
  ClaimNextArenaJobPayload: ResolverTypeWrapper<ArenaJobPayloadModelModel>;
  CopyCrowdFlowerJobInput: ResolverTypeWrapper<Partial<CopyCrowdFlowerJobInput>>;
  CreateArenaJobInput: ResolverTypeWrapper<Partial<CreateArenaJobInput>>;
  CreateCrowdFlowerJobInput: ResolverTypeWrapper<Partial<CreateCrowdFlowerJobInput>>;
  CreateGrandChallengeAnswerInput: ResolverTypeWrapper<Partial<CreateGrandChallengeAnswerInput>>;
  CreateGrandChallengeAnswerPayload: ResolverTypeWrapper<GcAnswerPayloadModelModel>;
  CrowdAIChallenge: ResolverTypeWrapper<CrowdAIChallengeModelModel>;
  CrowdAIChallengeConnection: ResolverTypeWrapper<CrowdAIChallengeConnectionModelModel>;
  CrowdAIChallengeEdge: ResolverTypeWrapper<CrowdAIChallengeEdgeModelModel>;
  CrowdAIGradePayload: ResolverTypeWrapper<CrowdAIGradePayloadModelModel>;
  CrowdAIGradeStatus: ResolverTypeWrapper<Partial<CrowdAIGradeStatus>>;
  CrowdAIGradingStatus: ResolverTypeWrapper<Partial<CrowdAIGradingStatus>>;
  CrowdAIMediaInput: ResolverTypeWrapper<Partial<CrowdAIMediaInput>>;
  CrowdAIParticipant: ResolverTypeWrapper<CrowdAIParticipantModelModel>;
  CrowdAIParticipantKeyCheck: ResolverTypeWrapper<Partial<CrowdAIParticipantKeyCheck>>;
  CrowdAIQuery: ResolverTypeWrapper<EmptyRootModelModel>;
  CrowdAIRound: ResolverTypeWrapper<CrowdAIRoundModelModel>;
  CrowdAISubmission: ResolverTypeWrapper<CrowdAISubmissionModelModel>;
  CrowdAISubmissionConnection: ResolverTypeWrapper<CrowdAISubmissionConnectionModelModel>;
  CrowdAISubmissionEdge: ResolverTypeWrapper<CrowdAISubmissionEdgeModelModel>;
  CrowdAISubmissionFile: ResolverTypeWrapper<Partial<CrowdAISubmissionFile>>;
  CrowdCentChallenge: ResolverTypeWrapper<CrowdCentChallengeModelModel>;
  CrowdCentChallengeConnection: ResolverTypeWrapper<CrowdCentChallengeConnectionModelModel>;
  CrowdCentChallengeEdge: ResolverTypeWrapper<CrowdCentChallengeEdgeModelModel>;
  CrowdCentInferencePeriod: ResolverTypeWrapper<CrowdCentInferencePeriodModelModel>;
  CrowdCentInferencePeriodConnection: ResolverTypeWrapper<CrowdCentInferencePeriodConnectionModelModel>;
  CrowdCentInferencePeriodEdge: ResolverTypeWrapper<CrowdCentInferencePeriodEdgeModelModel>;
  CrowdCentMatchInfo: ResolverTypeWrapper<MatchInfoModel>;
  CrowdCentMetaModel: ResolverTypeWrapper<CrowdCentMetaModelModelModel>;
  CrowdCentPeriodFilter: ResolverTypeWrapper<Partial<CrowdCentPeriodFilter>>;
  CrowdCentQuery: ResolverTypeWrapper<EmptyRootModelModel>;
  CrowdCentScore: ResolverTypeWrapper<CrowdCentScoreModelModel>;
  CrowdCentSubmission: ResolverTypeWrapper<CrowdCentSubmissionModelModel>;
  CrowdCentSubmissionConnection: ResolverTypeWrapper<CrowdCentSubmissionConnectionModelModel>;
  CrowdCentSubmissionEdge: ResolverTypeWrapper<CrowdCentSubmissionEdgeModelModel>;
  CrowdCentTrainingDataset: ResolverTypeWrapper<CrowdCentTrainingDatasetModelModel>;
  CrowdCentTrainingDatasetConnection: ResolverTypeWrapper<CrowdCentTrainingDatasetConnectionModelModel>;
  CrowdCentTrainingDatasetEdge: ResolverTypeWrapper<CrowdCentTrainingDatasetEdgeModelModel>;
  CrowdCentViewer: ResolverTypeWrapper<CrowdCentViewerModelModel>;
  CrowdFlowerChannels: ResolverTypeWrapper<ChannelsModelModel>;
  CrowdFlowerCountry: ResolverTypeWrapper<CrowdFlowerCountryModelModel>;
  CrowdFlowerJob: ResolverTypeWrapper<CrowdFlowerJobModelModel>;
  CrowdFlowerJobAttributesInput: ResolverTypeWrapper<Partial<CrowdFlowerJobAttributesInput>>;
  CrowdFlowerJobChannelsInput: ResolverTypeWrapper<Partial<CrowdFlowerJobChannelsInput>>;
  CrowdFlowerJobConnection: ResolverTypeWrapper<CrowdFlowerJobConnectionModelModel>;
  CrowdFlowerJobEdge: ResolverTypeWrapper<CrowdFlowerJobEdgeModelModel>;
  CrowdFlowerJobPayload: ResolverTypeWrapper<CrowdFlowerJobPayloadModelModel>;
  CrowdFlowerJobProgress: ResolverTypeWrapper<CrowdFlowerProgressModelModel>;
  CrowdFlowerJobRefInput: ResolverTypeWrapper<Partial<CrowdFlowerJobRefInput>>;
  CrowdFlowerJobTagsInput: ResolverTypeWrapper<Partial<CrowdFlowerJobTagsInput>>;
  CrowdFlowerJudgment: ResolverTypeWrapper<CrowdFlowerJudgmentModelModel>;
  CrowdFlowerJudgmentAggregate: ResolverTypeWrapper<CrowdFlowerAggregateModelModel>;
  CrowdFlowerJudgmentAggregateConnection: ResolverTypeWrapper<CrowdFlowerAggregateConnectionModelModel>;
  CrowdFlowerJudgmentAggregateEdge: ResolverTypeWrapper<CrowdFlowerAggregateEdgeModelModel>;
  CrowdFlowerOrder: ResolverTypeWrapper<CrowdFlowerOrderModelModel>;
  CrowdFlowerQuery: ResolverTypeWrapper<EmptyRootModelModel>;
  CrowdFlowerReport: ResolverTypeWrapper<CrowdFlowerReportModelModel>;
  CrowdFlowerReportStatus: ResolverTypeWrapper<Partial<CrowdFlowerReportStatus>>;
  CrowdFlowerReportType: ResolverTypeWrapper<Partial<CrowdFlowerReportType>>;
  CrowdFlowerTagsPayload: ResolverTypeWrapper<CrowdFlowerTagsPayloadModelModel>;
  CrowdFlowerUnit: ResolverTypeWrapper<CrowdFlowerUnitModelModel>;
  CrowdFlowerUnitConnection: ResolverTypeWrapper<CrowdFlowerUnitConnectionModelModel>;
  CrowdFlowerUnitEdge: ResolverTypeWrapper<CrowdFlowerUnitEdgeModelModel>;
  CrowdFlowerUnitPayload: ResolverTypeWrapper<CrowdFlowerUnitPayloadModelModel>;
  CrowdFlowerUnitsProgress: ResolverTypeWrapper<Partial<CrowdFlowerUnitsProgress>>;
  CrowdFlowerUploadFormat: ResolverTypeWrapper<Partial<CrowdFlowerUploadFormat>>;
  CrowdFlowerWorker: ResolverTypeWrapper<CrowdFlowerWorkerModelModel>;
  CrowdFlowerWorkerPayload: ResolverTypeWrapper<CrowdFlowerWorkerPayloadModelModel>;
  CrowdFlowerWorkerRefInput: ResolverTypeWrapper<Partial<CrowdFlowerWorkerRefInput>>;
  Dataset: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Dataset']>;
  DatasetKind: ResolverTypeWrapper<Partial<DatasetKind>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  DeflagCrowdFlowerWorkerInput: ResolverTypeWrapper<Partial<DeflagCrowdFlowerWorkerInput>>;
  DeleteCrowdFlowerJobPayload: ResolverTypeWrapper<CrowdFlowerDeletePayloadModelModel>;
  FlagCrowdFlowerWorkerInput: ResolverTypeWrapper<Partial<FlagCrowdFlowerWorkerInput>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  GradeCrowdAISubmissionInput: ResolverTypeWrapper<Partial<GradeCrowdAISubmissionInput>>;
  GrandChallengeAlgorithm: ResolverTypeWrapper<GcAlgorithmModelModel>;
  GrandChallengeAlgorithmConnection: ResolverTypeWrapper<GcAlgorithmConnectionModelModel>;
  GrandChallengeAlgorithmEdge: ResolverTypeWrapper<GcAlgorithmEdgeModelModel>;
  GrandChallengeAlgorithmInterface: ResolverTypeWrapper<
    Partial<
      Omit<GrandChallengeAlgorithmInterface, 'inputs' | 'outputs'> & {
        inputs: Array<ResolversTypes['GrandChallengeSocket']>;
        outputs: Array<ResolversTypes['GrandChallengeSocket']>;
      }
    >
  >;
  GrandChallengeAlgorithmJob: ResolverTypeWrapper<GcJobModelModel>;
  GrandChallengeAlgorithmJobConnection: ResolverTypeWrapper<GcAlgorithmJobConnectionModelModel>;
  GrandChallengeAlgorithmJobEdge: ResolverTypeWrapper<GcAlgorithmJobEdgeModelModel>;
  GrandChallengeAnswer: ResolverTypeWrapper<GcAnswerModelModel>;
  GrandChallengeArchive: ResolverTypeWrapper<GcArchiveModelModel>;
  GrandChallengeArchiveConnection: ResolverTypeWrapper<GcArchiveConnectionModelModel>;
  GrandChallengeArchiveEdge: ResolverTypeWrapper<GcArchiveEdgeModelModel>;
  GrandChallengeArchiveItem: ResolverTypeWrapper<GcArchiveItemModelModel>;
  GrandChallengeArchiveItemConnection: ResolverTypeWrapper<GcArchiveItemConnectionModelModel>;
  GrandChallengeArchiveItemEdge: ResolverTypeWrapper<GcArchiveItemEdgeModelModel>;
  GrandChallengeArchiveItemPayload: ResolverTypeWrapper<GcArchiveItemPayloadModelModel>;
  GrandChallengeChallenge: ResolverTypeWrapper<GcChallengeModelModel>;
  GrandChallengeChallengeConnection: ResolverTypeWrapper<GcChallengeConnectionModelModel>;
  GrandChallengeChallengeEdge: ResolverTypeWrapper<GcChallengeEdgeModelModel>;
  GrandChallengeDisplaySet: ResolverTypeWrapper<GcDisplaySetModelModel>;
  GrandChallengeDisplaySetConnection: ResolverTypeWrapper<GcDisplaySetConnectionModelModel>;
  GrandChallengeDisplaySetEdge: ResolverTypeWrapper<GcDisplaySetEdgeModelModel>;
  GrandChallengeDisplaySetPayload: ResolverTypeWrapper<GcDisplaySetPayloadModelModel>;
  GrandChallengeEvaluation: ResolverTypeWrapper<GcEvaluationModelModel>;
  GrandChallengeEvaluationConnection: ResolverTypeWrapper<GcEvaluationConnectionModelModel>;
  GrandChallengeEvaluationEdge: ResolverTypeWrapper<GcEvaluationEdgeModelModel>;
  GrandChallengeImage: ResolverTypeWrapper<GcImageModelModel>;
  GrandChallengeImageFile: ResolverTypeWrapper<Partial<GrandChallengeImageFile>>;
  GrandChallengeQuery: ResolverTypeWrapper<EmptyRootModelModel>;
  GrandChallengeQuestion: ResolverTypeWrapper<GcQuestionModelModel>;
  GrandChallengeQuestionOption: ResolverTypeWrapper<Partial<GrandChallengeQuestionOption>>;
  GrandChallengeReader: ResolverTypeWrapper<GcReaderModelModel>;
  GrandChallengeReaderStudy: ResolverTypeWrapper<GcReaderStudyModelModel>;
  GrandChallengeReaderStudyConnection: ResolverTypeWrapper<GcReaderStudyConnectionModelModel>;
  GrandChallengeReaderStudyEdge: ResolverTypeWrapper<GcReaderStudyEdgeModelModel>;
  GrandChallengeSocket: ResolverTypeWrapper<GcSocketModelModel>;
  GrandChallengeSocketConnection: ResolverTypeWrapper<GcSocketConnectionModelModel>;
  GrandChallengeSocketEdge: ResolverTypeWrapper<GcSocketEdgeModelModel>;
  GrandChallengeSocketValue: ResolverTypeWrapper<GcSocketValueModelModel>;
  GrandChallengeSocketValueInput: ResolverTypeWrapper<Partial<GrandChallengeSocketValueInput>>;
  GrandChallengeVersion: ResolverTypeWrapper<Partial<GrandChallengeVersion>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  Job: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Job']>;
  JobConnection: ResolverTypeWrapper<JobConnectionModelModel>;
  JobEdge: ResolverTypeWrapper<JobEdgeModelModel>;
  JobStatus: ResolverTypeWrapper<Partial<JobStatus>>;
  JoinArenaGroupInput: ResolverTypeWrapper<Partial<JoinArenaGroupInput>>;
  JoinArenaRoundInput: ResolverTypeWrapper<Partial<JoinArenaRoundInput>>;
  Judgment: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Judgment']>;
  LaunchCrowdFlowerJobInput: ResolverTypeWrapper<Partial<LaunchCrowdFlowerJobInput>>;
  LaunchCrowdFlowerJobPayload: ResolverTypeWrapper<CrowdFlowerLaunchPayloadModelModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NotifyCrowdFlowerWorkerInput: ResolverTypeWrapper<Partial<NotifyCrowdFlowerWorkerInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Platform: ResolverTypeWrapper<Partial<Platform>>;
  PlatformInfo: ResolverTypeWrapper<Partial<PlatformInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegenerateCrowdFlowerReportInput: ResolverTypeWrapper<Partial<RegenerateCrowdFlowerReportInput>>;
  RegenerateCrowdFlowerReportPayload: ResolverTypeWrapper<CrowdFlowerRegeneratePayloadModelModel>;
  SafeInt: ResolverTypeWrapper<Partial<Scalars['SafeInt']['output']>>;
  StartGrandChallengeAlgorithmJobInput: ResolverTypeWrapper<Partial<StartGrandChallengeAlgorithmJobInput>>;
  StartGrandChallengeAlgorithmJobPayload: ResolverTypeWrapper<GcJobPayloadModelModel>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Submission: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Submission']>;
  SubmissionStatus: ResolverTypeWrapper<Partial<SubmissionStatus>>;
  SubmitCrowdCentPredictionsInput: ResolverTypeWrapper<Partial<SubmitCrowdCentPredictionsInput>>;
  SubmitCrowdCentPredictionsPayload: ResolverTypeWrapper<SubmitOutcomeModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  URL: ResolverTypeWrapper<Partial<Scalars['URL']['output']>>;
  Unit: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Unit']>;
  UnitStatus: ResolverTypeWrapper<Partial<UnitStatus>>;
  UpdateArenaJobDetailsInput: ResolverTypeWrapper<Partial<UpdateArenaJobDetailsInput>>;
  UpdateCrowdAISubmissionInput: ResolverTypeWrapper<Partial<UpdateCrowdAISubmissionInput>>;
  UpdateCrowdFlowerJobInput: ResolverTypeWrapper<Partial<UpdateCrowdFlowerJobInput>>;
  UpdateGrandChallengeArchiveItemInput: ResolverTypeWrapper<Partial<UpdateGrandChallengeArchiveItemInput>>;
  UpdateGrandChallengeDisplaySetInput: ResolverTypeWrapper<Partial<UpdateGrandChallengeDisplaySetInput>>;
  Upload: ResolverTypeWrapper<Partial<Scalars['Upload']['output']>>;
  UploadCrowdAIMediaInput: ResolverTypeWrapper<Partial<UploadCrowdAIMediaInput>>;
  UploadCrowdAIMediaPayload: ResolverTypeWrapper<Partial<UploadCrowdAIMediaPayload>>;
  UploadCrowdFlowerUnitsInput: ResolverTypeWrapper<Partial<UploadCrowdFlowerUnitsInput>>;
  UploadCrowdFlowerUnitsPayload: ResolverTypeWrapper<CrowdFlowerUploadPayloadModelModel>;
  UserError: ResolverTypeWrapper<Partial<UserError>>;
  Worker: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Worker']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddArenaGroupInput: Partial<AddArenaGroupInput>;
  AddArenaJobPictureInput: Partial<AddArenaJobPictureInput>;
  AddCaseToGrandChallengeArchiveInput: Partial<AddCaseToGrandChallengeArchiveInput>;
  AddCaseToGrandChallengeReaderStudyInput: Partial<AddCaseToGrandChallengeReaderStudyInput>;
  ArenaDataset: ArenaDatasetModelModel;
  ArenaGroup: ArenaGroupModelModel;
  ArenaGroupPayload: ArenaGroupPayloadModelModel;
  ArenaJob: ArenaJobModelModel;
  ArenaJobConnection: ArenaJobConnectionModelModel;
  ArenaJobEdge: ArenaJobEdgeModelModel;
  ArenaJobParams: ArenaJobParamsModelModel;
  ArenaJobPayload: ArenaJobPayloadModelModel;
  ArenaLabels: ArenaJobLabelsModel;
  ArenaPicture: ArenaPictureModelModel;
  ArenaPicturePayload: ArenaPicturePayloadModelModel;
  ArenaPoint: ArenaPointModelModel;
  ArenaPointConnection: ArenaPointConnectionModelModel;
  ArenaPointEdge: ArenaPointEdgeModelModel;
  ArenaQuery: EmptyRootModelModel;
  ArenaRound: ArenaRoundModelModel;
  ArenaRoundPayload: ArenaRoundPayloadModelModel;
  ArenaSplitCounts: ArenaSplitCountsModel;
  ArenaViewer: ArenaMeModelModel;
  ArenaWorker: ArenaWorkerModelModel;
  BonusCrowdFlowerWorkerInput: Partial<BonusCrowdFlowerWorkerInput>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  CancelCrowdFlowerUnitInput: Partial<CancelCrowdFlowerUnitInput>;
  Challenge: ResolversInterfaceTypes<ResolversParentTypes>['Challenge'];
  ChallengeConnection: ChallengeConnectionModelModel;
  ChallengeEdge: ChallengeEdgeModelModel;
  ClaimNextArenaJobPayload: ArenaJobPayloadModelModel;
  CopyCrowdFlowerJobInput: Partial<CopyCrowdFlowerJobInput>;
  CreateArenaJobInput: Partial<CreateArenaJobInput>;
  CreateCrowdFlowerJobInput: Partial<CreateCrowdFlowerJobInput>;
  CreateGrandChallengeAnswerInput: Partial<CreateGrandChallengeAnswerInput>;
  CreateGrandChallengeAnswerPayload: GcAnswerPayloadModelModel;
  CrowdAIChallenge: CrowdAIChallengeModelModel;
  CrowdAIChallengeConnection: CrowdAIChallengeConnectionModelModel;
  CrowdAIChallengeEdge: CrowdAIChallengeEdgeModelModel;
  CrowdAIGradePayload: CrowdAIGradePayloadModelModel;
  CrowdAIMediaInput: Partial<CrowdAIMediaInput>;
  CrowdAIParticipant: CrowdAIParticipantModelModel;
  CrowdAIParticipantKeyCheck: Partial<CrowdAIParticipantKeyCheck>;
  CrowdAIQuery: EmptyRootModelModel;
  CrowdAIRound: CrowdAIRoundModelModel;
  CrowdAISubmission: CrowdAISubmissionModelModel;
  CrowdAISubmissionConnection: CrowdAISubmissionConnectionModelModel;
  CrowdAISubmissionEdge: CrowdAISubmissionEdgeModelModel;
  CrowdAISubmissionFile: Partial<CrowdAISubmissionFile>;
  CrowdCentChallenge: CrowdCentChallengeModelModel;
  CrowdCentChallengeConnection: CrowdCentChallengeConnectionModelModel;
  CrowdCentChallengeEdge: CrowdCentChallengeEdgeModelModel;
  CrowdCentInferencePeriod: CrowdCentInferencePeriodModelModel;
  CrowdCentInferencePeriodConnection: CrowdCentInferencePeriodConnectionModelModel;
  CrowdCentInferencePeriodEdge: CrowdCentInferencePeriodEdgeModelModel;
  CrowdCentMatchInfo: MatchInfoModel;
  CrowdCentMetaModel: CrowdCentMetaModelModelModel;
  CrowdCentPeriodFilter: Partial<CrowdCentPeriodFilter>;
  CrowdCentQuery: EmptyRootModelModel;
  CrowdCentScore: CrowdCentScoreModelModel;
  CrowdCentSubmission: CrowdCentSubmissionModelModel;
  CrowdCentSubmissionConnection: CrowdCentSubmissionConnectionModelModel;
  CrowdCentSubmissionEdge: CrowdCentSubmissionEdgeModelModel;
  CrowdCentTrainingDataset: CrowdCentTrainingDatasetModelModel;
  CrowdCentTrainingDatasetConnection: CrowdCentTrainingDatasetConnectionModelModel;
  CrowdCentTrainingDatasetEdge: CrowdCentTrainingDatasetEdgeModelModel;
  CrowdCentViewer: CrowdCentViewerModelModel;
  CrowdFlowerChannels: ChannelsModelModel;
  CrowdFlowerCountry: CrowdFlowerCountryModelModel;
  CrowdFlowerJob: CrowdFlowerJobModelModel;
  CrowdFlowerJobAttributesInput: Partial<CrowdFlowerJobAttributesInput>;
  CrowdFlowerJobChannelsInput: Partial<CrowdFlowerJobChannelsInput>;
  CrowdFlowerJobConnection: CrowdFlowerJobConnectionModelModel;
  CrowdFlowerJobEdge: CrowdFlowerJobEdgeModelModel;
  CrowdFlowerJobPayload: CrowdFlowerJobPayloadModelModel;
  CrowdFlowerJobProgress: CrowdFlowerProgressModelModel;
  CrowdFlowerJobRefInput: Partial<CrowdFlowerJobRefInput>;
  CrowdFlowerJobTagsInput: Partial<CrowdFlowerJobTagsInput>;
  CrowdFlowerJudgment: CrowdFlowerJudgmentModelModel;
  CrowdFlowerJudgmentAggregate: CrowdFlowerAggregateModelModel;
  CrowdFlowerJudgmentAggregateConnection: CrowdFlowerAggregateConnectionModelModel;
  CrowdFlowerJudgmentAggregateEdge: CrowdFlowerAggregateEdgeModelModel;
  CrowdFlowerOrder: CrowdFlowerOrderModelModel;
  CrowdFlowerQuery: EmptyRootModelModel;
  CrowdFlowerReport: CrowdFlowerReportModelModel;
  CrowdFlowerTagsPayload: CrowdFlowerTagsPayloadModelModel;
  CrowdFlowerUnit: CrowdFlowerUnitModelModel;
  CrowdFlowerUnitConnection: CrowdFlowerUnitConnectionModelModel;
  CrowdFlowerUnitEdge: CrowdFlowerUnitEdgeModelModel;
  CrowdFlowerUnitPayload: CrowdFlowerUnitPayloadModelModel;
  CrowdFlowerUnitsProgress: Partial<CrowdFlowerUnitsProgress>;
  CrowdFlowerWorker: CrowdFlowerWorkerModelModel;
  CrowdFlowerWorkerPayload: CrowdFlowerWorkerPayloadModelModel;
  CrowdFlowerWorkerRefInput: Partial<CrowdFlowerWorkerRefInput>;
  Dataset: ResolversInterfaceTypes<ResolversParentTypes>['Dataset'];
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DeflagCrowdFlowerWorkerInput: Partial<DeflagCrowdFlowerWorkerInput>;
  DeleteCrowdFlowerJobPayload: CrowdFlowerDeletePayloadModelModel;
  FlagCrowdFlowerWorkerInput: Partial<FlagCrowdFlowerWorkerInput>;
  Float: Partial<Scalars['Float']['output']>;
  GradeCrowdAISubmissionInput: Partial<GradeCrowdAISubmissionInput>;
  GrandChallengeAlgorithm: GcAlgorithmModelModel;
  GrandChallengeAlgorithmConnection: GcAlgorithmConnectionModelModel;
  GrandChallengeAlgorithmEdge: GcAlgorithmEdgeModelModel;
  GrandChallengeAlgorithmInterface: Partial<
    Omit<GrandChallengeAlgorithmInterface, 'inputs' | 'outputs'> & {
      inputs: Array<ResolversParentTypes['GrandChallengeSocket']>;
      outputs: Array<ResolversParentTypes['GrandChallengeSocket']>;
    }
  >;
  GrandChallengeAlgorithmJob: GcJobModelModel;
  GrandChallengeAlgorithmJobConnection: GcAlgorithmJobConnectionModelModel;
  GrandChallengeAlgorithmJobEdge: GcAlgorithmJobEdgeModelModel;
  GrandChallengeAnswer: GcAnswerModelModel;
  GrandChallengeArchive: GcArchiveModelModel;
  GrandChallengeArchiveConnection: GcArchiveConnectionModelModel;
  GrandChallengeArchiveEdge: GcArchiveEdgeModelModel;
  GrandChallengeArchiveItem: GcArchiveItemModelModel;
  GrandChallengeArchiveItemConnection: GcArchiveItemConnectionModelModel;
  GrandChallengeArchiveItemEdge: GcArchiveItemEdgeModelModel;
  GrandChallengeArchiveItemPayload: GcArchiveItemPayloadModelModel;
  GrandChallengeChallenge: GcChallengeModelModel;
  GrandChallengeChallengeConnection: GcChallengeConnectionModelModel;
  GrandChallengeChallengeEdge: GcChallengeEdgeModelModel;
  GrandChallengeDisplaySet: GcDisplaySetModelModel;
  GrandChallengeDisplaySetConnection: GcDisplaySetConnectionModelModel;
  GrandChallengeDisplaySetEdge: GcDisplaySetEdgeModelModel;
  GrandChallengeDisplaySetPayload: GcDisplaySetPayloadModelModel;
  GrandChallengeEvaluation: GcEvaluationModelModel;
  GrandChallengeEvaluationConnection: GcEvaluationConnectionModelModel;
  GrandChallengeEvaluationEdge: GcEvaluationEdgeModelModel;
  GrandChallengeImage: GcImageModelModel;
  GrandChallengeImageFile: Partial<GrandChallengeImageFile>;
  GrandChallengeQuery: EmptyRootModelModel;
  GrandChallengeQuestion: GcQuestionModelModel;
  GrandChallengeQuestionOption: Partial<GrandChallengeQuestionOption>;
  GrandChallengeReader: GcReaderModelModel;
  GrandChallengeReaderStudy: GcReaderStudyModelModel;
  GrandChallengeReaderStudyConnection: GcReaderStudyConnectionModelModel;
  GrandChallengeReaderStudyEdge: GcReaderStudyEdgeModelModel;
  GrandChallengeSocket: GcSocketModelModel;
  GrandChallengeSocketConnection: GcSocketConnectionModelModel;
  GrandChallengeSocketEdge: GcSocketEdgeModelModel;
  GrandChallengeSocketValue: GcSocketValueModelModel;
  GrandChallengeSocketValueInput: Partial<GrandChallengeSocketValueInput>;
  GrandChallengeVersion: Partial<GrandChallengeVersion>;
  ID: Partial<Scalars['ID']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  JSON: Partial<Scalars['JSON']['output']>;
  Job: ResolversInterfaceTypes<ResolversParentTypes>['Job'];
  JobConnection: JobConnectionModelModel;
  JobEdge: JobEdgeModelModel;
  JoinArenaGroupInput: Partial<JoinArenaGroupInput>;
  JoinArenaRoundInput: Partial<JoinArenaRoundInput>;
  Judgment: ResolversInterfaceTypes<ResolversParentTypes>['Judgment'];
  LaunchCrowdFlowerJobInput: Partial<LaunchCrowdFlowerJobInput>;
  LaunchCrowdFlowerJobPayload: CrowdFlowerLaunchPayloadModelModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NotifyCrowdFlowerWorkerInput: Partial<NotifyCrowdFlowerWorkerInput>;
  PageInfo: Partial<PageInfo>;
  PlatformInfo: Partial<PlatformInfo>;
  Query: Record<PropertyKey, never>;
  RegenerateCrowdFlowerReportInput: Partial<RegenerateCrowdFlowerReportInput>;
  RegenerateCrowdFlowerReportPayload: CrowdFlowerRegeneratePayloadModelModel;
  SafeInt: Partial<Scalars['SafeInt']['output']>;
  StartGrandChallengeAlgorithmJobInput: Partial<StartGrandChallengeAlgorithmJobInput>;
  StartGrandChallengeAlgorithmJobPayload: GcJobPayloadModelModel;
  String: Partial<Scalars['String']['output']>;
  Submission: ResolversInterfaceTypes<ResolversParentTypes>['Submission'];
  SubmitCrowdCentPredictionsInput: Partial<SubmitCrowdCentPredictionsInput>;
  SubmitCrowdCentPredictionsPayload: SubmitOutcomeModel;
  Subscription: Record<PropertyKey, never>;
  URL: Partial<Scalars['URL']['output']>;
  Unit: ResolversInterfaceTypes<ResolversParentTypes>['Unit'];
  UpdateArenaJobDetailsInput: Partial<UpdateArenaJobDetailsInput>;
  UpdateCrowdAISubmissionInput: Partial<UpdateCrowdAISubmissionInput>;
  UpdateCrowdFlowerJobInput: Partial<UpdateCrowdFlowerJobInput>;
  UpdateGrandChallengeArchiveItemInput: Partial<UpdateGrandChallengeArchiveItemInput>;
  UpdateGrandChallengeDisplaySetInput: Partial<UpdateGrandChallengeDisplaySetInput>;
  Upload: Partial<Scalars['Upload']['output']>;
  UploadCrowdAIMediaInput: Partial<UploadCrowdAIMediaInput>;
  UploadCrowdAIMediaPayload: Partial<UploadCrowdAIMediaPayload>;
  UploadCrowdFlowerUnitsInput: Partial<UploadCrowdFlowerUnitsInput>;
  UploadCrowdFlowerUnitsPayload: CrowdFlowerUploadPayloadModelModel;
  UserError: Partial<UserError>;
  Worker: ResolversInterfaceTypes<ResolversParentTypes>['Worker'];
};

export type ArenaDatasetResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaDataset'] = ResolversParentTypes['ArenaDataset'],
> = {
  classes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ArenaSplitCounts'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  featureCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DatasetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  points?: Resolver<
    Maybe<ResolversTypes['ArenaPointConnection']>,
    ParentType,
    ContextType,
    RequireFields<ArenaDatasetpointsArgs, 'first'>
  >;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArenaGroupResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaGroup'] = ResolversParentTypes['ArenaGroup'],
> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArenaGroupPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaGroupPayload'] = ResolversParentTypes['ArenaGroupPayload'],
> = {
  group?: Resolver<Maybe<ResolversTypes['ArenaGroup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ArenaJobResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaJob'] = ResolversParentTypes['ArenaJob'],
> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['ArenaDataset']>, ParentType, ContextType>;
  extraScoresTest?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  extraScoresValidation?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  groupName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Maybe<ResolversTypes['ArenaLabels']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  pictures?: Resolver<Array<ResolversTypes['ArenaPicture']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['ArenaRound']>, ParentType, ContextType>;
  scoreTest?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scoreValidation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['ArenaWorker']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArenaJobConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaJobConnection'] = ResolversParentTypes['ArenaJobConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArenaJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ArenaJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ArenaJobEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaJobEdge'] = ResolversParentTypes['ArenaJobEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArenaJob'], ParentType, ContextType>;
};

export type ArenaJobParamsResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaJobParams'] = ResolversParentTypes['ArenaJobParams'],
> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datasetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ArenaJobPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaJobPayload'] = ResolversParentTypes['ArenaJobPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['ArenaJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ArenaLabelsResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaLabels'] = ResolversParentTypes['ArenaLabels'],
> = {
  test?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  training?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  validation?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
};

export type ArenaPictureResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaPicture'] = ResolversParentTypes['ArenaPicture'],
> = {
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ArenaPicturePayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaPicturePayload'] =
    ResolversParentTypes['ArenaPicturePayload'],
> = {
  picture?: Resolver<Maybe<ResolversTypes['ArenaPicture']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ArenaPointResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaPoint'] = ResolversParentTypes['ArenaPoint'],
> = {
  features?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  split?: Resolver<ResolversTypes['ArenaSplit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArenaPointConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaPointConnection'] =
    ResolversParentTypes['ArenaPointConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArenaPointEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ArenaPoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ArenaPointEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaPointEdge'] = ResolversParentTypes['ArenaPointEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArenaPoint'], ParentType, ContextType>;
};

export type ArenaQueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaQuery'] = ResolversParentTypes['ArenaQuery'],
> = {
  dataset?: Resolver<
    Maybe<ResolversTypes['ArenaDataset']>,
    ParentType,
    ContextType,
    RequireFields<ArenaQuerydatasetArgs, 'datasetId'>
  >;
  datasets?: Resolver<Maybe<Array<ResolversTypes['ArenaDataset']>>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['ArenaGroup']>>, ParentType, ContextType>;
  job?: Resolver<
    Maybe<ResolversTypes['ArenaJob']>,
    ParentType,
    ContextType,
    RequireFields<ArenaQueryjobArgs, 'jobId'>
  >;
  jobParams?: Resolver<
    Maybe<ResolversTypes['ArenaJobParams']>,
    ParentType,
    ContextType,
    RequireFields<ArenaQueryjobParamsArgs, 'jobId'>
  >;
  jobs?: Resolver<
    Maybe<ResolversTypes['ArenaJobConnection']>,
    ParentType,
    ContextType,
    RequireFields<ArenaQueryjobsArgs, 'first'>
  >;
  round?: Resolver<
    Maybe<ResolversTypes['ArenaRound']>,
    ParentType,
    ContextType,
    RequireFields<ArenaQueryroundArgs, 'roundId'>
  >;
  rounds?: Resolver<Maybe<Array<ResolversTypes['ArenaRound']>>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['ArenaViewer']>, ParentType, ContextType>;
  workers?: Resolver<Maybe<Array<ResolversTypes['ArenaWorker']>>, ParentType, ContextType>;
};

export type ArenaRoundResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaRound'] = ResolversParentTypes['ArenaRound'],
> = {
  datasets?: Resolver<Maybe<Array<ResolversTypes['ArenaDataset']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jobs?: Resolver<
    Maybe<ResolversTypes['ArenaJobConnection']>,
    ParentType,
    ContextType,
    RequireFields<ArenaRoundjobsArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeStatus'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArenaRoundPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaRoundPayload'] = ResolversParentTypes['ArenaRoundPayload'],
> = {
  round?: Resolver<Maybe<ResolversTypes['ArenaRound']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ArenaSplitCountsResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaSplitCounts'] = ResolversParentTypes['ArenaSplitCounts'],
> = {
  test?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  training?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArenaViewerResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaViewer'] = ResolversParentTypes['ArenaViewer'],
> = {
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  isAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  roundIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArenaWorkerResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ArenaWorker'] = ResolversParentTypes['ArenaWorker'],
> = {
  currentJobId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobsDone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChallengeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge'],
> = {
  __resolveType: TypeResolveFn<
    'ArenaRound' | 'CrowdAIChallenge' | 'CrowdCentChallenge' | 'GrandChallengeChallenge',
    ParentType,
    ContextType
  >;
};

export type ChallengeConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ChallengeConnection'] =
    ResolversParentTypes['ChallengeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ChallengeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChallengeEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ChallengeEdge'] = ResolversParentTypes['ChallengeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Challenge'], ParentType, ContextType>;
};

export type ClaimNextArenaJobPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['ClaimNextArenaJobPayload'] =
    ResolversParentTypes['ClaimNextArenaJobPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['ArenaJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateGrandChallengeAnswerPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CreateGrandChallengeAnswerPayload'] =
    ResolversParentTypes['CreateGrandChallengeAnswerPayload'],
> = {
  answer?: Resolver<Maybe<ResolversTypes['GrandChallengeAnswer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CrowdAIChallengeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIChallenge'] = ResolversParentTypes['CrowdAIChallenge'],
> = {
  challengeId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perpetual?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primarySortOrder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rounds?: Resolver<Maybe<Array<ResolversTypes['CrowdAIRound']>>, ParentType, ContextType>;
  secondarySortOrder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeStatus'], ParentType, ContextType>;
  submissions?: Resolver<
    Maybe<ResolversTypes['CrowdAISubmissionConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIChallengesubmissionsArgs, 'first'>
  >;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdAIChallengeConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIChallengeConnection'] =
    ResolversParentTypes['CrowdAIChallengeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdAIChallengeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdAIChallenge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdAIChallengeEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIChallengeEdge'] =
    ResolversParentTypes['CrowdAIChallengeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdAIChallenge'], ParentType, ContextType>;
};

export type CrowdAIGradePayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIGradePayload'] =
    ResolversParentTypes['CrowdAIGradePayload'],
> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resetAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submission?: Resolver<Maybe<ResolversTypes['CrowdAISubmission']>, ParentType, ContextType>;
  submissionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  submissionsRemaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CrowdAIParticipantResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIParticipant'] = ResolversParentTypes['CrowdAIParticipant'],
> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participantId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdAIParticipantKeyCheckResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIParticipantKeyCheck'] =
    ResolversParentTypes['CrowdAIParticipantKeyCheck'],
> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participantId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrowdAIQueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIQuery'] = ResolversParentTypes['CrowdAIQuery'],
> = {
  challenge?: Resolver<
    Maybe<ResolversTypes['CrowdAIChallenge']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIQuerychallengeArgs, 'challengeId'>
  >;
  challenges?: Resolver<
    Maybe<ResolversTypes['CrowdAIChallengeConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIQuerychallengesArgs, 'first'>
  >;
  participant?: Resolver<
    Maybe<ResolversTypes['CrowdAIParticipant']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIQueryparticipantArgs, 'name'>
  >;
  participantKey?: Resolver<
    Maybe<ResolversTypes['CrowdAIParticipantKeyCheck']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIQueryparticipantKeyArgs, 'apiKey'>
  >;
  submission?: Resolver<
    Maybe<ResolversTypes['CrowdAISubmission']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIQuerysubmissionArgs, 'submissionId'>
  >;
  submissions?: Resolver<
    Maybe<ResolversTypes['CrowdAISubmissionConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdAIQuerysubmissionsArgs, 'challengeId' | 'first'>
  >;
};

export type CrowdAIRoundResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAIRound'] = ResolversParentTypes['CrowdAIRound'],
> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failedSubmissions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimumScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minimumScoreSecondary?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parallelSubmissions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankingWindow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  roundId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scorePrecision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submissionLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  submissionLimitPeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CrowdAISubmissionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAISubmission'] = ResolversParentTypes['CrowdAISubmission'],
> = {
  challengeId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  challengeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionMarkdown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['CrowdAISubmissionFile']>, ParentType, ContextType>;
  gradingMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediaContentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meta?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participant?: Resolver<Maybe<ResolversTypes['CrowdAIParticipant']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postChallenge?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  roundId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scoreSecondary?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubmissionStatus'], ParentType, ContextType>;
  submissionId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdAISubmissionConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAISubmissionConnection'] =
    ResolversParentTypes['CrowdAISubmissionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdAISubmissionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdAISubmission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdAISubmissionEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAISubmissionEdge'] =
    ResolversParentTypes['CrowdAISubmissionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdAISubmission'], ParentType, ContextType>;
};

export type CrowdAISubmissionFileResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdAISubmissionFile'] =
    ResolversParentTypes['CrowdAISubmissionFile'],
> = {
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  s3Key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CrowdCentChallengeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentChallenge'] = ResolversParentTypes['CrowdCentChallenge'],
> = {
  challengeId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currentInferencePeriod?: Resolver<
    Maybe<ResolversTypes['CrowdCentInferencePeriod']>,
    ParentType,
    ContextType
  >;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferencePeriod?: Resolver<
    Maybe<ResolversTypes['CrowdCentInferencePeriod']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengeinferencePeriodArgs, 'releaseDate'>
  >;
  inferencePeriods?: Resolver<
    Maybe<ResolversTypes['CrowdCentInferencePeriodConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengeinferencePeriodsArgs, 'first'>
  >;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latestTrainingDataset?: Resolver<
    Maybe<ResolversTypes['CrowdCentTrainingDataset']>,
    ParentType,
    ContextType
  >;
  metaModel?: Resolver<ResolversTypes['CrowdCentMetaModel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeStatus'], ParentType, ContextType>;
  submission?: Resolver<
    Maybe<ResolversTypes['CrowdCentSubmission']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengesubmissionArgs, 'submissionId'>
  >;
  submissions?: Resolver<
    Maybe<ResolversTypes['CrowdCentSubmissionConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengesubmissionsArgs, 'first'>
  >;
  trainingDataset?: Resolver<
    Maybe<ResolversTypes['CrowdCentTrainingDataset']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengetrainingDatasetArgs, 'version'>
  >;
  trainingDatasets?: Resolver<
    Maybe<ResolversTypes['CrowdCentTrainingDatasetConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengetrainingDatasetsArgs, 'first'>
  >;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdCentChallengeConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentChallengeConnection'] =
    ResolversParentTypes['CrowdCentChallengeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdCentChallengeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdCentChallenge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrowdCentChallengeEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentChallengeEdge'] =
    ResolversParentTypes['CrowdCentChallengeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdCentChallenge'], ParentType, ContextType>;
};

export type CrowdCentInferencePeriodResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentInferencePeriod'] =
    ResolversParentTypes['CrowdCentInferencePeriod'],
> = {
  challenge?: Resolver<Maybe<ResolversTypes['CrowdCentChallenge']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isProcessed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DatasetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  releaseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submissionDeadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeRemaining?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdCentInferencePeriodConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentInferencePeriodConnection'] =
    ResolversParentTypes['CrowdCentInferencePeriodConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdCentInferencePeriodEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdCentInferencePeriod']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrowdCentInferencePeriodEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentInferencePeriodEdge'] =
    ResolversParentTypes['CrowdCentInferencePeriodEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdCentInferencePeriod'], ParentType, ContextType>;
};

export type CrowdCentMatchInfoResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentMatchInfo'] = ResolversParentTypes['CrowdCentMatchInfo'],
> = {
  matchedIds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unmatchedIds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdCentMetaModelResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentMetaModel'] = ResolversParentTypes['CrowdCentMetaModel'],
> = {
  challenge?: Resolver<Maybe<ResolversTypes['CrowdCentChallenge']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DatasetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdCentQueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentQuery'] = ResolversParentTypes['CrowdCentQuery'],
> = {
  challenge?: Resolver<
    Maybe<ResolversTypes['CrowdCentChallenge']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentQuerychallengeArgs, 'slug'>
  >;
  challenges?: Resolver<
    Maybe<ResolversTypes['CrowdCentChallengeConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentQuerychallengesArgs, 'first'>
  >;
  viewer?: Resolver<Maybe<ResolversTypes['CrowdCentViewer']>, ParentType, ContextType>;
};

export type CrowdCentScoreResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentScore'] = ResolversParentTypes['CrowdCentScore'],
> = {
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CrowdCentSubmissionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentSubmission'] =
    ResolversParentTypes['CrowdCentSubmission'],
> = {
  challenge?: Resolver<Maybe<ResolversTypes['CrowdCentChallenge']>, ParentType, ContextType>;
  compositePercentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferencePeriod?: Resolver<Maybe<ResolversTypes['CrowdCentInferencePeriod']>, ParentType, ContextType>;
  isExperimental?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percentileDetails?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  periodReleaseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predictionFileUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scoreDetails?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CrowdCentScore']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubmissionStatus'], ParentType, ContextType>;
  submissionId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdCentSubmissionConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentSubmissionConnection'] =
    ResolversParentTypes['CrowdCentSubmissionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdCentSubmissionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdCentSubmission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrowdCentSubmissionEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentSubmissionEdge'] =
    ResolversParentTypes['CrowdCentSubmissionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdCentSubmission'], ParentType, ContextType>;
};

export type CrowdCentTrainingDatasetResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentTrainingDataset'] =
    ResolversParentTypes['CrowdCentTrainingDataset'],
> = {
  challenge?: Resolver<Maybe<ResolversTypes['CrowdCentChallenge']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  featureDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLatest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DatasetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  targetDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdCentTrainingDatasetConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentTrainingDatasetConnection'] =
    ResolversParentTypes['CrowdCentTrainingDatasetConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdCentTrainingDatasetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdCentTrainingDataset']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrowdCentTrainingDatasetEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentTrainingDatasetEdge'] =
    ResolversParentTypes['CrowdCentTrainingDatasetEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdCentTrainingDataset'], ParentType, ContextType>;
};

export type CrowdCentViewerResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdCentViewer'] = ResolversParentTypes['CrowdCentViewer'],
> = {
  allowTrading?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CrowdFlowerChannelsResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerChannels'] =
    ResolversParentTypes['CrowdFlowerChannels'],
> = {
  available?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CrowdFlowerCountryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerCountry'] = ResolversParentTypes['CrowdFlowerCountry'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CrowdFlowerJobResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJob'] = ResolversParentTypes['CrowdFlowerJob'],
> = {
  autoOrder?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  channels?: Resolver<Maybe<ResolversTypes['CrowdFlowerChannels']>, ParentType, ContextType>;
  cml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confidenceFields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  crowdCosts?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  css?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  excludedCountries?: Resolver<Array<ResolversTypes['CrowdFlowerCountry']>, ParentType, ContextType>;
  fields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  goldPerAssignment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  goldsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includedCountries?: Resolver<Array<ResolversTypes['CrowdFlowerCountry']>, ParentType, ContextType>;
  instructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  js?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  judgment?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerJudgment']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJobjudgmentArgs, 'judgmentId'>
  >;
  judgmentAggregates?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerJudgmentAggregateConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJobjudgmentAggregatesArgs, 'first'>
  >;
  judgmentsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  judgmentsPerUnit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legend?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  maxJudgmentsPerContributor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxJudgmentsPerUnit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minUnitConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  order?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerOrder']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJoborderArgs, 'orderId'>
  >;
  pagesPerAssignment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentCents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['CrowdFlowerJobProgress']>, ParentType, ContextType>;
  report?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerReport']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJobreportArgs, 'type'>
  >;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerUnit']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJobunitArgs, 'unitId'>
  >;
  units?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerUnitConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJobunitsArgs, 'first'>
  >;
  unitsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitsPerAssignment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitsProgress?: Resolver<Maybe<ResolversTypes['CrowdFlowerUnitsProgress']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  webhookUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  worker?: Resolver<
    ResolversTypes['CrowdFlowerWorker'],
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerJobworkerArgs, 'workerId'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdFlowerJobConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJobConnection'] =
    ResolversParentTypes['CrowdFlowerJobConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdFlowerJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdFlowerJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdFlowerJobEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJobEdge'] = ResolversParentTypes['CrowdFlowerJobEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdFlowerJob'], ParentType, ContextType>;
};

export type CrowdFlowerJobPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJobPayload'] =
    ResolversParentTypes['CrowdFlowerJobPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['CrowdFlowerJob']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CrowdFlowerJobProgressResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJobProgress'] =
    ResolversParentTypes['CrowdFlowerJobProgress'],
> = {
  allJudgments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  allUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedGoldEstimate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedNonGoldEstimate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedUnitsEstimate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fractionComplete?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  goldenUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  neededJudgments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderedUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  taintedJudgments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdFlowerJudgmentResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJudgment'] =
    ResolversParentTypes['CrowdFlowerJudgment'],
> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  golden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  judgmentId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  missed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tainted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  trust?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['CrowdFlowerUnit']>, ParentType, ContextType>;
  unitData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  unitState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['CrowdFlowerWorker']>, ParentType, ContextType>;
  workerTrust?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdFlowerJudgmentAggregateResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJudgmentAggregate'] =
    ResolversParentTypes['CrowdFlowerJudgmentAggregate'],
> = {
  agreement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  judgmentIds?: Resolver<Array<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['CrowdFlowerUnit']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CrowdFlowerJudgmentAggregateConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJudgmentAggregateConnection'] =
    ResolversParentTypes['CrowdFlowerJudgmentAggregateConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdFlowerJudgmentAggregateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdFlowerJudgmentAggregate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdFlowerJudgmentAggregateEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerJudgmentAggregateEdge'] =
    ResolversParentTypes['CrowdFlowerJudgmentAggregateEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdFlowerJudgmentAggregate'], ParentType, ContextType>;
};

export type CrowdFlowerOrderResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerOrder'] = ResolversParentTypes['CrowdFlowerOrder'],
> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  meta?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CrowdFlowerQueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerQuery'] = ResolversParentTypes['CrowdFlowerQuery'],
> = {
  job?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerJob']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerQueryjobArgs, 'jobId'>
  >;
  jobs?: Resolver<
    Maybe<ResolversTypes['CrowdFlowerJobConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdFlowerQueryjobsArgs, 'first'>
  >;
};

export type CrowdFlowerReportResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerReport'] = ResolversParentTypes['CrowdFlowerReport'],
> = {
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CrowdFlowerReportStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CrowdFlowerReportType'], ParentType, ContextType>;
};

export type CrowdFlowerTagsPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerTagsPayload'] =
    ResolversParentTypes['CrowdFlowerTagsPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['CrowdFlowerJob']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CrowdFlowerUnitResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerUnit'] = ResolversParentTypes['CrowdFlowerUnit'],
> = {
  agreement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  difficulty?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  golden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['CrowdFlowerJob']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  judgments?: Resolver<Maybe<Array<ResolversTypes['CrowdFlowerJudgment']>>, ParentType, ContextType>;
  judgmentsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  missedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  results?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnitStatus'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdFlowerUnitConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerUnitConnection'] =
    ResolversParentTypes['CrowdFlowerUnitConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CrowdFlowerUnitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrowdFlowerUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrowdFlowerUnitEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerUnitEdge'] =
    ResolversParentTypes['CrowdFlowerUnitEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrowdFlowerUnit'], ParentType, ContextType>;
};

export type CrowdFlowerUnitPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerUnitPayload'] =
    ResolversParentTypes['CrowdFlowerUnitPayload'],
> = {
  unit?: Resolver<Maybe<ResolversTypes['CrowdFlowerUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CrowdFlowerUnitsProgressResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerUnitsProgress'] =
    ResolversParentTypes['CrowdFlowerUnitsProgress'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrowdFlowerWorkerResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerWorker'] = ResolversParentTypes['CrowdFlowerWorker'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  workerId?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CrowdFlowerWorkerPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['CrowdFlowerWorkerPayload'] =
    ResolversParentTypes['CrowdFlowerWorkerPayload'],
> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['CrowdFlowerWorker']>, ParentType, ContextType>;
};

export type DatasetResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset'],
> = {
  __resolveType: TypeResolveFn<
    | 'ArenaDataset'
    | 'CrowdCentInferencePeriod'
    | 'CrowdCentMetaModel'
    | 'CrowdCentTrainingDataset'
    | 'GrandChallengeArchive',
    ParentType,
    ContextType
  >;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteCrowdFlowerJobPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['DeleteCrowdFlowerJobPayload'] =
    ResolversParentTypes['DeleteCrowdFlowerJobPayload'],
> = {
  deletedJobId?: Resolver<Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GrandChallengeAlgorithmResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithm'] =
    ResolversParentTypes['GrandChallengeAlgorithm'],
> = {
  averageDurationSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interfaces?: Resolver<Array<ResolversTypes['GrandChallengeAlgorithmInterface']>, ParentType, ContextType>;
  jobs?: Resolver<
    Maybe<ResolversTypes['GrandChallengeAlgorithmJobConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeAlgorithmjobsArgs, 'first'>
  >;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeAlgorithmConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithmConnection'] =
    ResolversParentTypes['GrandChallengeAlgorithmConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeAlgorithmEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeAlgorithm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeAlgorithmEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithmEdge'] =
    ResolversParentTypes['GrandChallengeAlgorithmEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeAlgorithm'], ParentType, ContextType>;
};

export type GrandChallengeAlgorithmInterfaceResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithmInterface'] =
    ResolversParentTypes['GrandChallengeAlgorithmInterface'],
> = {
  inputs?: Resolver<Array<ResolversTypes['GrandChallengeSocket']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['GrandChallengeSocket']>, ParentType, ContextType>;
};

export type GrandChallengeAlgorithmJobResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithmJob'] =
    ResolversParentTypes['GrandChallengeAlgorithmJob'],
> = {
  algorithm?: Resolver<Maybe<ResolversTypes['GrandChallengeAlgorithm']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execDuration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['GrandChallengeSocketValue']>, ParentType, ContextType>;
  invokeDuration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['GrandChallengeSocketValue']>, ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeAlgorithmJobConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithmJobConnection'] =
    ResolversParentTypes['GrandChallengeAlgorithmJobConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeAlgorithmJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeAlgorithmJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeAlgorithmJobEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAlgorithmJobEdge'] =
    ResolversParentTypes['GrandChallengeAlgorithmJobEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeAlgorithmJob'], ParentType, ContextType>;
};

export type GrandChallengeAnswerResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeAnswer'] =
    ResolversParentTypes['GrandChallengeAnswer'],
> = {
  answer?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displaySet?: Resolver<Maybe<ResolversTypes['GrandChallengeDisplaySet']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGroundTruth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  modifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['GrandChallengeQuestion']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['GrandChallengeReader']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeArchiveResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchive'] =
    ResolversParentTypes['GrandChallengeArchive'],
> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<
    Maybe<ResolversTypes['GrandChallengeArchiveItemConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeArchiveitemsArgs, 'first'>
  >;
  kind?: Resolver<ResolversTypes['DatasetKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeArchiveConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchiveConnection'] =
    ResolversParentTypes['GrandChallengeArchiveConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeArchiveEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeArchive']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeArchiveEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchiveEdge'] =
    ResolversParentTypes['GrandChallengeArchiveEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeArchive'], ParentType, ContextType>;
};

export type GrandChallengeArchiveItemResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchiveItem'] =
    ResolversParentTypes['GrandChallengeArchiveItem'],
> = {
  archive?: Resolver<Maybe<ResolversTypes['GrandChallengeArchive']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['GrandChallengeSocketValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeArchiveItemConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchiveItemConnection'] =
    ResolversParentTypes['GrandChallengeArchiveItemConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeArchiveItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeArchiveItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeArchiveItemEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchiveItemEdge'] =
    ResolversParentTypes['GrandChallengeArchiveItemEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeArchiveItem'], ParentType, ContextType>;
};

export type GrandChallengeArchiveItemPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeArchiveItemPayload'] =
    ResolversParentTypes['GrandChallengeArchiveItemPayload'],
> = {
  archiveItem?: Resolver<Maybe<ResolversTypes['GrandChallengeArchiveItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GrandChallengeChallengeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeChallenge'] =
    ResolversParentTypes['GrandChallengeChallenge'],
> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  evaluations?: Resolver<
    Maybe<ResolversTypes['GrandChallengeEvaluationConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeChallengeevaluationsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incentives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  logo?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  public?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChallengeStatus'], ParentType, ContextType>;
  submissionTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeChallengeConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeChallengeConnection'] =
    ResolversParentTypes['GrandChallengeChallengeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeChallengeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeChallenge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeChallengeEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeChallengeEdge'] =
    ResolversParentTypes['GrandChallengeChallengeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeChallenge'], ParentType, ContextType>;
};

export type GrandChallengeDisplaySetResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeDisplaySet'] =
    ResolversParentTypes['GrandChallengeDisplaySet'],
> = {
  answers?: Resolver<Maybe<Array<ResolversTypes['GrandChallengeAnswer']>>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readerStudy?: Resolver<Maybe<ResolversTypes['GrandChallengeReaderStudy']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnitStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['GrandChallengeSocketValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeDisplaySetConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeDisplaySetConnection'] =
    ResolversParentTypes['GrandChallengeDisplaySetConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeDisplaySetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeDisplaySet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeDisplaySetEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeDisplaySetEdge'] =
    ResolversParentTypes['GrandChallengeDisplaySetEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeDisplaySet'], ParentType, ContextType>;
};

export type GrandChallengeDisplaySetPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeDisplaySetPayload'] =
    ResolversParentTypes['GrandChallengeDisplaySetPayload'],
> = {
  displaySet?: Resolver<Maybe<ResolversTypes['GrandChallengeDisplaySet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GrandChallengeEvaluationResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeEvaluation'] =
    ResolversParentTypes['GrandChallengeEvaluation'],
> = {
  challenge?: Resolver<Maybe<ResolversTypes['GrandChallengeChallenge']>, ParentType, ContextType>;
  challengeSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['GrandChallengeSocketValue']>, ParentType, ContextType>;
  phaseSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phaseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankPerMetric?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubmissionStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeEvaluationConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeEvaluationConnection'] =
    ResolversParentTypes['GrandChallengeEvaluationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeEvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeEvaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeEvaluationEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeEvaluationEdge'] =
    ResolversParentTypes['GrandChallengeEvaluationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeEvaluation'], ParentType, ContextType>;
};

export type GrandChallengeImageResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeImage'] =
    ResolversParentTypes['GrandChallengeImage'],
> = {
  depth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['GrandChallengeImageFile']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shape?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  voxelSizeMm?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeImageFileResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeImageFile'] =
    ResolversParentTypes['GrandChallengeImageFile'],
> = {
  downloadUrl?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  imageType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GrandChallengeQueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeQuery'] =
    ResolversParentTypes['GrandChallengeQuery'],
> = {
  algorithm?: Resolver<
    Maybe<ResolversTypes['GrandChallengeAlgorithm']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryalgorithmArgs, 'slug'>
  >;
  algorithms?: Resolver<
    Maybe<ResolversTypes['GrandChallengeAlgorithmConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryalgorithmsArgs, 'first'>
  >;
  archive?: Resolver<
    Maybe<ResolversTypes['GrandChallengeArchive']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryarchiveArgs, 'slug'>
  >;
  archiveItem?: Resolver<
    Maybe<ResolversTypes['GrandChallengeArchiveItem']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryarchiveItemArgs, 'pk'>
  >;
  archives?: Resolver<
    Maybe<ResolversTypes['GrandChallengeArchiveConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryarchivesArgs, 'first'>
  >;
  challenge?: Resolver<
    Maybe<ResolversTypes['GrandChallengeChallenge']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQuerychallengeArgs, 'slug'>
  >;
  challenges?: Resolver<
    Maybe<ResolversTypes['GrandChallengeChallengeConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQuerychallengesArgs, 'first'>
  >;
  displaySet?: Resolver<
    Maybe<ResolversTypes['GrandChallengeDisplaySet']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQuerydisplaySetArgs, 'pk'>
  >;
  evaluation?: Resolver<
    Maybe<ResolversTypes['GrandChallengeEvaluation']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryevaluationArgs, 'pk'>
  >;
  image?: Resolver<
    Maybe<ResolversTypes['GrandChallengeImage']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryimageArgs, 'pk'>
  >;
  job?: Resolver<
    Maybe<ResolversTypes['GrandChallengeAlgorithmJob']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryjobArgs, 'pk'>
  >;
  jobs?: Resolver<
    Maybe<ResolversTypes['GrandChallengeAlgorithmJobConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryjobsArgs, 'first'>
  >;
  readerStudies?: Resolver<
    Maybe<ResolversTypes['GrandChallengeReaderStudyConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryreaderStudiesArgs, 'first'>
  >;
  readerStudy?: Resolver<
    Maybe<ResolversTypes['GrandChallengeReaderStudy']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQueryreaderStudyArgs, 'slug'>
  >;
  sockets?: Resolver<
    Maybe<ResolversTypes['GrandChallengeSocketConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeQuerysocketsArgs, 'first'>
  >;
  version?: Resolver<Maybe<ResolversTypes['GrandChallengeVersion']>, ParentType, ContextType>;
};

export type GrandChallengeQuestionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeQuestion'] =
    ResolversParentTypes['GrandChallengeQuestion'],
> = {
  answerType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['GrandChallengeQuestionOption']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GrandChallengeQuestionOptionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeQuestionOption'] =
    ResolversParentTypes['GrandChallengeQuestionOption'],
> = {
  default?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GrandChallengeReaderResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeReader'] =
    ResolversParentTypes['GrandChallengeReader'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeReaderStudyResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeReaderStudy'] =
    ResolversParentTypes['GrandChallengeReaderStudy'],
> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displaySets?: Resolver<
    Maybe<ResolversTypes['GrandChallengeDisplaySetConnection']>,
    ParentType,
    ContextType,
    RequireFields<GrandChallengeReaderStudydisplaySetsArgs, 'first'>
  >;
  hasGroundTruth?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['GrandChallengeQuestion']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrandChallengeReaderStudyConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeReaderStudyConnection'] =
    ResolversParentTypes['GrandChallengeReaderStudyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeReaderStudyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeReaderStudy']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeReaderStudyEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeReaderStudyEdge'] =
    ResolversParentTypes['GrandChallengeReaderStudyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeReaderStudy'], ParentType, ContextType>;
};

export type GrandChallengeSocketResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeSocket'] =
    ResolversParentTypes['GrandChallengeSocket'],
> = {
  defaultValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relativePath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  superKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GrandChallengeSocketConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeSocketConnection'] =
    ResolversParentTypes['GrandChallengeSocketConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['GrandChallengeSocketEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GrandChallengeSocket']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrandChallengeSocketEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeSocketEdge'] =
    ResolversParentTypes['GrandChallengeSocketEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrandChallengeSocket'], ParentType, ContextType>;
};

export type GrandChallengeSocketValueResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeSocketValue'] =
    ResolversParentTypes['GrandChallengeSocketValue'],
> = {
  fileUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['GrandChallengeImage']>, ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  socket?: Resolver<ResolversTypes['GrandChallengeSocket'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type GrandChallengeVersionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['GrandChallengeVersion'] =
    ResolversParentTypes['GrandChallengeVersion'],
> = {
  latest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lowestSupported?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JSONScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job'],
> = {
  __resolveType: TypeResolveFn<
    'ArenaJob' | 'CrowdFlowerJob' | 'GrandChallengeAlgorithmJob',
    ParentType,
    ContextType
  >;
};

export type JobConnectionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['JobConnection'] = ResolversParentTypes['JobConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['JobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobEdgeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['JobEdge'] = ResolversParentTypes['JobEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
};

export type JudgmentResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Judgment'] = ResolversParentTypes['Judgment'],
> = {
  __resolveType: TypeResolveFn<'CrowdFlowerJudgment' | 'GrandChallengeAnswer', ParentType, ContextType>;
};

export type LaunchCrowdFlowerJobPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['LaunchCrowdFlowerJobPayload'] =
    ResolversParentTypes['LaunchCrowdFlowerJobPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['CrowdFlowerJob']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['CrowdFlowerOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addArenaGroup?: Resolver<
    ResolversTypes['ArenaGroupPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationaddArenaGroupArgs, 'input'>
  >;
  addArenaJobPicture?: Resolver<
    ResolversTypes['ArenaPicturePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationaddArenaJobPictureArgs, 'input'>
  >;
  addCaseToGrandChallengeArchive?: Resolver<
    ResolversTypes['GrandChallengeArchiveItemPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationaddCaseToGrandChallengeArchiveArgs, 'input'>
  >;
  addCaseToGrandChallengeReaderStudy?: Resolver<
    ResolversTypes['GrandChallengeDisplaySetPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationaddCaseToGrandChallengeReaderStudyArgs, 'input'>
  >;
  addCrowdFlowerJobTags?: Resolver<
    ResolversTypes['CrowdFlowerTagsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationaddCrowdFlowerJobTagsArgs, 'input'>
  >;
  bonusCrowdFlowerWorker?: Resolver<
    ResolversTypes['CrowdFlowerWorkerPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationbonusCrowdFlowerWorkerArgs, 'input'>
  >;
  cancelCrowdFlowerJob?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcancelCrowdFlowerJobArgs, 'input'>
  >;
  cancelCrowdFlowerUnit?: Resolver<
    ResolversTypes['CrowdFlowerUnitPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcancelCrowdFlowerUnitArgs, 'input'>
  >;
  claimNextArenaJob?: Resolver<ResolversTypes['ClaimNextArenaJobPayload'], ParentType, ContextType>;
  convertCrowdFlowerTestQuestions?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationconvertCrowdFlowerTestQuestionsArgs, 'input'>
  >;
  copyCrowdFlowerJob?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcopyCrowdFlowerJobArgs, 'input'>
  >;
  createArenaJob?: Resolver<
    ResolversTypes['ArenaJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateArenaJobArgs, 'input'>
  >;
  createCrowdFlowerJob?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateCrowdFlowerJobArgs, 'input'>
  >;
  createGrandChallengeAnswer?: Resolver<
    ResolversTypes['CreateGrandChallengeAnswerPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateGrandChallengeAnswerArgs, 'input'>
  >;
  deflagCrowdFlowerWorker?: Resolver<
    ResolversTypes['CrowdFlowerWorkerPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationdeflagCrowdFlowerWorkerArgs, 'input'>
  >;
  deleteCrowdFlowerJob?: Resolver<
    ResolversTypes['DeleteCrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationdeleteCrowdFlowerJobArgs, 'input'>
  >;
  flagCrowdFlowerWorker?: Resolver<
    ResolversTypes['CrowdFlowerWorkerPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationflagCrowdFlowerWorkerArgs, 'input'>
  >;
  gradeCrowdAISubmission?: Resolver<
    ResolversTypes['CrowdAIGradePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationgradeCrowdAISubmissionArgs, 'input'>
  >;
  joinArenaGroup?: Resolver<
    ResolversTypes['ArenaGroupPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationjoinArenaGroupArgs, 'input'>
  >;
  joinArenaRound?: Resolver<
    ResolversTypes['ArenaRoundPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationjoinArenaRoundArgs, 'input'>
  >;
  launchCrowdFlowerJob?: Resolver<
    ResolversTypes['LaunchCrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationlaunchCrowdFlowerJobArgs, 'input'>
  >;
  notifyCrowdFlowerWorker?: Resolver<
    ResolversTypes['CrowdFlowerWorkerPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationnotifyCrowdFlowerWorkerArgs, 'input'>
  >;
  pauseCrowdFlowerJob?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationpauseCrowdFlowerJobArgs, 'input'>
  >;
  regenerateCrowdFlowerReport?: Resolver<
    ResolversTypes['RegenerateCrowdFlowerReportPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationregenerateCrowdFlowerReportArgs, 'input'>
  >;
  rejectCrowdFlowerWorker?: Resolver<
    ResolversTypes['CrowdFlowerWorkerPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrejectCrowdFlowerWorkerArgs, 'input'>
  >;
  removeCrowdFlowerJobTags?: Resolver<
    ResolversTypes['CrowdFlowerTagsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationremoveCrowdFlowerJobTagsArgs, 'input'>
  >;
  resumeCrowdFlowerJob?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationresumeCrowdFlowerJobArgs, 'input'>
  >;
  setCrowdFlowerJobChannels?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationsetCrowdFlowerJobChannelsArgs, 'input'>
  >;
  setCrowdFlowerJobTags?: Resolver<
    ResolversTypes['CrowdFlowerTagsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationsetCrowdFlowerJobTagsArgs, 'input'>
  >;
  startGrandChallengeAlgorithmJob?: Resolver<
    ResolversTypes['StartGrandChallengeAlgorithmJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationstartGrandChallengeAlgorithmJobArgs, 'input'>
  >;
  submitCrowdCentPredictions?: Resolver<
    ResolversTypes['SubmitCrowdCentPredictionsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationsubmitCrowdCentPredictionsArgs, 'input'>
  >;
  updateArenaJobDetails?: Resolver<
    ResolversTypes['ArenaJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateArenaJobDetailsArgs, 'input'>
  >;
  updateCrowdAISubmission?: Resolver<
    ResolversTypes['CrowdAIGradePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateCrowdAISubmissionArgs, 'input'>
  >;
  updateCrowdFlowerJob?: Resolver<
    ResolversTypes['CrowdFlowerJobPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateCrowdFlowerJobArgs, 'input'>
  >;
  updateGrandChallengeArchiveItem?: Resolver<
    ResolversTypes['GrandChallengeArchiveItemPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateGrandChallengeArchiveItemArgs, 'input'>
  >;
  updateGrandChallengeDisplaySet?: Resolver<
    ResolversTypes['GrandChallengeDisplaySetPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateGrandChallengeDisplaySetArgs, 'input'>
  >;
  uploadCrowdAIMedia?: Resolver<
    ResolversTypes['UploadCrowdAIMediaPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationuploadCrowdAIMediaArgs, 'input'>
  >;
  uploadCrowdFlowerUnits?: Resolver<
    ResolversTypes['UploadCrowdFlowerUnitsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationuploadCrowdFlowerUnitsArgs, 'input'>
  >;
};

export type NodeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'ArenaDataset'
    | 'ArenaGroup'
    | 'ArenaJob'
    | 'ArenaPoint'
    | 'ArenaRound'
    | 'ArenaWorker'
    | 'CrowdAIChallenge'
    | 'CrowdAIParticipant'
    | 'CrowdAISubmission'
    | 'CrowdCentChallenge'
    | 'CrowdCentInferencePeriod'
    | 'CrowdCentMetaModel'
    | 'CrowdCentSubmission'
    | 'CrowdCentTrainingDataset'
    | 'CrowdFlowerJob'
    | 'CrowdFlowerJudgment'
    | 'CrowdFlowerUnit'
    | 'CrowdFlowerWorker'
    | 'GrandChallengeAlgorithm'
    | 'GrandChallengeAlgorithmJob'
    | 'GrandChallengeAnswer'
    | 'GrandChallengeArchive'
    | 'GrandChallengeArchiveItem'
    | 'GrandChallengeChallenge'
    | 'GrandChallengeDisplaySet'
    | 'GrandChallengeEvaluation'
    | 'GrandChallengeImage'
    | 'GrandChallengeReader'
    | 'GrandChallengeReaderStudy',
    ParentType,
    ContextType
  >;
};

export type PageInfoResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformInfoResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['PlatformInfo'] = ResolversParentTypes['PlatformInfo'],
> = {
  breaker?: Resolver<ResolversTypes['BreakerState'], ParentType, ContextType>;
  configured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasServerCredentials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  arena?: Resolver<ResolversTypes['ArenaQuery'], ParentType, ContextType>;
  challenge?: Resolver<
    Maybe<ResolversTypes['Challenge']>,
    ParentType,
    ContextType,
    RequireFields<QuerychallengeArgs, 'id'>
  >;
  challenges?: Resolver<
    ResolversTypes['ChallengeConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerychallengesArgs, 'first'>
  >;
  crowdai?: Resolver<ResolversTypes['CrowdAIQuery'], ParentType, ContextType>;
  crowdcent?: Resolver<ResolversTypes['CrowdCentQuery'], ParentType, ContextType>;
  crowdflower?: Resolver<ResolversTypes['CrowdFlowerQuery'], ParentType, ContextType>;
  dataset?: Resolver<
    Maybe<ResolversTypes['Dataset']>,
    ParentType,
    ContextType,
    RequireFields<QuerydatasetArgs, 'id'>
  >;
  grandChallenge?: Resolver<ResolversTypes['GrandChallengeQuery'], ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryjobArgs, 'id'>>;
  jobs?: Resolver<
    ResolversTypes['JobConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryjobsArgs, 'first'>
  >;
  judgment?: Resolver<
    Maybe<ResolversTypes['Judgment']>,
    ParentType,
    ContextType,
    RequireFields<QueryjudgmentArgs, 'id'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<
    Array<Maybe<ResolversTypes['Node']>>,
    ParentType,
    ContextType,
    RequireFields<QuerynodesArgs, 'ids'>
  >;
  platforms?: Resolver<Array<ResolversTypes['PlatformInfo']>, ParentType, ContextType>;
  submission?: Resolver<
    Maybe<ResolversTypes['Submission']>,
    ParentType,
    ContextType,
    RequireFields<QuerysubmissionArgs, 'id'>
  >;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryunitArgs, 'id'>>;
  worker?: Resolver<
    Maybe<ResolversTypes['Worker']>,
    ParentType,
    ContextType,
    RequireFields<QueryworkerArgs, 'id'>
  >;
};

export type RegenerateCrowdFlowerReportPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['RegenerateCrowdFlowerReportPayload'] =
    ResolversParentTypes['RegenerateCrowdFlowerReportPayload'],
> = {
  report?: Resolver<Maybe<ResolversTypes['CrowdFlowerReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type StartGrandChallengeAlgorithmJobPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['StartGrandChallengeAlgorithmJobPayload'] =
    ResolversParentTypes['StartGrandChallengeAlgorithmJobPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['GrandChallengeAlgorithmJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubmissionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Submission'] = ResolversParentTypes['Submission'],
> = {
  __resolveType: TypeResolveFn<
    'CrowdAISubmission' | 'CrowdCentSubmission' | 'GrandChallengeEvaluation',
    ParentType,
    ContextType
  >;
};

export type SubmitCrowdCentPredictionsPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['SubmitCrowdCentPredictionsPayload'] =
    ResolversParentTypes['SubmitCrowdCentPredictionsPayload'],
> = {
  matchInfo?: Resolver<Maybe<ResolversTypes['CrowdCentMatchInfo']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queueError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queueErrorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submission?: Resolver<Maybe<ResolversTypes['CrowdCentSubmission']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  jobUpdated?: SubscriptionResolver<
    ResolversTypes['Job'],
    'jobUpdated',
    ParentType,
    ContextType,
    RequireFields<SubscriptionjobUpdatedArgs, 'id'>
  >;
  jobsUpdated?: SubscriptionResolver<
    ResolversTypes['Job'],
    'jobsUpdated',
    ParentType,
    ContextType,
    Partial<SubscriptionjobsUpdatedArgs>
  >;
  submissionUpdated?: SubscriptionResolver<
    ResolversTypes['Submission'],
    'submissionUpdated',
    ParentType,
    ContextType,
    RequireFields<SubscriptionsubmissionUpdatedArgs, 'id'>
  >;
};

export interface URLScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UnitResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'],
> = {
  __resolveType: TypeResolveFn<'CrowdFlowerUnit' | 'GrandChallengeDisplaySet', ParentType, ContextType>;
};

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UploadCrowdAIMediaPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['UploadCrowdAIMediaPayload'] =
    ResolversParentTypes['UploadCrowdAIMediaPayload'],
> = {
  s3Key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UploadCrowdFlowerUnitsPayloadResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['UploadCrowdFlowerUnitsPayload'] =
    ResolversParentTypes['UploadCrowdFlowerUnitsPayload'],
> = {
  job?: Resolver<Maybe<ResolversTypes['CrowdFlowerJob']>, ParentType, ContextType>;
  rowsSent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkerResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker'],
> = {
  __resolveType: TypeResolveFn<
    'ArenaWorker' | 'CrowdAIParticipant' | 'CrowdFlowerWorker' | 'GrandChallengeReader',
    ParentType,
    ContextType
  >;
};

export type Resolvers<ContextType = GatewayContext> = {
  ArenaDataset?: ArenaDatasetResolvers<ContextType>;
  ArenaGroup?: ArenaGroupResolvers<ContextType>;
  ArenaGroupPayload?: ArenaGroupPayloadResolvers<ContextType>;
  ArenaJob?: ArenaJobResolvers<ContextType>;
  ArenaJobConnection?: ArenaJobConnectionResolvers<ContextType>;
  ArenaJobEdge?: ArenaJobEdgeResolvers<ContextType>;
  ArenaJobParams?: ArenaJobParamsResolvers<ContextType>;
  ArenaJobPayload?: ArenaJobPayloadResolvers<ContextType>;
  ArenaLabels?: ArenaLabelsResolvers<ContextType>;
  ArenaPicture?: ArenaPictureResolvers<ContextType>;
  ArenaPicturePayload?: ArenaPicturePayloadResolvers<ContextType>;
  ArenaPoint?: ArenaPointResolvers<ContextType>;
  ArenaPointConnection?: ArenaPointConnectionResolvers<ContextType>;
  ArenaPointEdge?: ArenaPointEdgeResolvers<ContextType>;
  ArenaQuery?: ArenaQueryResolvers<ContextType>;
  ArenaRound?: ArenaRoundResolvers<ContextType>;
  ArenaRoundPayload?: ArenaRoundPayloadResolvers<ContextType>;
  ArenaSplitCounts?: ArenaSplitCountsResolvers<ContextType>;
  ArenaViewer?: ArenaViewerResolvers<ContextType>;
  ArenaWorker?: ArenaWorkerResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  ChallengeConnection?: ChallengeConnectionResolvers<ContextType>;
  ChallengeEdge?: ChallengeEdgeResolvers<ContextType>;
  ClaimNextArenaJobPayload?: ClaimNextArenaJobPayloadResolvers<ContextType>;
  CreateGrandChallengeAnswerPayload?: CreateGrandChallengeAnswerPayloadResolvers<ContextType>;
  CrowdAIChallenge?: CrowdAIChallengeResolvers<ContextType>;
  CrowdAIChallengeConnection?: CrowdAIChallengeConnectionResolvers<ContextType>;
  CrowdAIChallengeEdge?: CrowdAIChallengeEdgeResolvers<ContextType>;
  CrowdAIGradePayload?: CrowdAIGradePayloadResolvers<ContextType>;
  CrowdAIParticipant?: CrowdAIParticipantResolvers<ContextType>;
  CrowdAIParticipantKeyCheck?: CrowdAIParticipantKeyCheckResolvers<ContextType>;
  CrowdAIQuery?: CrowdAIQueryResolvers<ContextType>;
  CrowdAIRound?: CrowdAIRoundResolvers<ContextType>;
  CrowdAISubmission?: CrowdAISubmissionResolvers<ContextType>;
  CrowdAISubmissionConnection?: CrowdAISubmissionConnectionResolvers<ContextType>;
  CrowdAISubmissionEdge?: CrowdAISubmissionEdgeResolvers<ContextType>;
  CrowdAISubmissionFile?: CrowdAISubmissionFileResolvers<ContextType>;
  CrowdCentChallenge?: CrowdCentChallengeResolvers<ContextType>;
  CrowdCentChallengeConnection?: CrowdCentChallengeConnectionResolvers<ContextType>;
  CrowdCentChallengeEdge?: CrowdCentChallengeEdgeResolvers<ContextType>;
  CrowdCentInferencePeriod?: CrowdCentInferencePeriodResolvers<ContextType>;
  CrowdCentInferencePeriodConnection?: CrowdCentInferencePeriodConnectionResolvers<ContextType>;
  CrowdCentInferencePeriodEdge?: CrowdCentInferencePeriodEdgeResolvers<ContextType>;
  CrowdCentMatchInfo?: CrowdCentMatchInfoResolvers<ContextType>;
  CrowdCentMetaModel?: CrowdCentMetaModelResolvers<ContextType>;
  CrowdCentQuery?: CrowdCentQueryResolvers<ContextType>;
  CrowdCentScore?: CrowdCentScoreResolvers<ContextType>;
  CrowdCentSubmission?: CrowdCentSubmissionResolvers<ContextType>;
  CrowdCentSubmissionConnection?: CrowdCentSubmissionConnectionResolvers<ContextType>;
  CrowdCentSubmissionEdge?: CrowdCentSubmissionEdgeResolvers<ContextType>;
  CrowdCentTrainingDataset?: CrowdCentTrainingDatasetResolvers<ContextType>;
  CrowdCentTrainingDatasetConnection?: CrowdCentTrainingDatasetConnectionResolvers<ContextType>;
  CrowdCentTrainingDatasetEdge?: CrowdCentTrainingDatasetEdgeResolvers<ContextType>;
  CrowdCentViewer?: CrowdCentViewerResolvers<ContextType>;
  CrowdFlowerChannels?: CrowdFlowerChannelsResolvers<ContextType>;
  CrowdFlowerCountry?: CrowdFlowerCountryResolvers<ContextType>;
  CrowdFlowerJob?: CrowdFlowerJobResolvers<ContextType>;
  CrowdFlowerJobConnection?: CrowdFlowerJobConnectionResolvers<ContextType>;
  CrowdFlowerJobEdge?: CrowdFlowerJobEdgeResolvers<ContextType>;
  CrowdFlowerJobPayload?: CrowdFlowerJobPayloadResolvers<ContextType>;
  CrowdFlowerJobProgress?: CrowdFlowerJobProgressResolvers<ContextType>;
  CrowdFlowerJudgment?: CrowdFlowerJudgmentResolvers<ContextType>;
  CrowdFlowerJudgmentAggregate?: CrowdFlowerJudgmentAggregateResolvers<ContextType>;
  CrowdFlowerJudgmentAggregateConnection?: CrowdFlowerJudgmentAggregateConnectionResolvers<ContextType>;
  CrowdFlowerJudgmentAggregateEdge?: CrowdFlowerJudgmentAggregateEdgeResolvers<ContextType>;
  CrowdFlowerOrder?: CrowdFlowerOrderResolvers<ContextType>;
  CrowdFlowerQuery?: CrowdFlowerQueryResolvers<ContextType>;
  CrowdFlowerReport?: CrowdFlowerReportResolvers<ContextType>;
  CrowdFlowerTagsPayload?: CrowdFlowerTagsPayloadResolvers<ContextType>;
  CrowdFlowerUnit?: CrowdFlowerUnitResolvers<ContextType>;
  CrowdFlowerUnitConnection?: CrowdFlowerUnitConnectionResolvers<ContextType>;
  CrowdFlowerUnitEdge?: CrowdFlowerUnitEdgeResolvers<ContextType>;
  CrowdFlowerUnitPayload?: CrowdFlowerUnitPayloadResolvers<ContextType>;
  CrowdFlowerUnitsProgress?: CrowdFlowerUnitsProgressResolvers<ContextType>;
  CrowdFlowerWorker?: CrowdFlowerWorkerResolvers<ContextType>;
  CrowdFlowerWorkerPayload?: CrowdFlowerWorkerPayloadResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteCrowdFlowerJobPayload?: DeleteCrowdFlowerJobPayloadResolvers<ContextType>;
  GrandChallengeAlgorithm?: GrandChallengeAlgorithmResolvers<ContextType>;
  GrandChallengeAlgorithmConnection?: GrandChallengeAlgorithmConnectionResolvers<ContextType>;
  GrandChallengeAlgorithmEdge?: GrandChallengeAlgorithmEdgeResolvers<ContextType>;
  GrandChallengeAlgorithmInterface?: GrandChallengeAlgorithmInterfaceResolvers<ContextType>;
  GrandChallengeAlgorithmJob?: GrandChallengeAlgorithmJobResolvers<ContextType>;
  GrandChallengeAlgorithmJobConnection?: GrandChallengeAlgorithmJobConnectionResolvers<ContextType>;
  GrandChallengeAlgorithmJobEdge?: GrandChallengeAlgorithmJobEdgeResolvers<ContextType>;
  GrandChallengeAnswer?: GrandChallengeAnswerResolvers<ContextType>;
  GrandChallengeArchive?: GrandChallengeArchiveResolvers<ContextType>;
  GrandChallengeArchiveConnection?: GrandChallengeArchiveConnectionResolvers<ContextType>;
  GrandChallengeArchiveEdge?: GrandChallengeArchiveEdgeResolvers<ContextType>;
  GrandChallengeArchiveItem?: GrandChallengeArchiveItemResolvers<ContextType>;
  GrandChallengeArchiveItemConnection?: GrandChallengeArchiveItemConnectionResolvers<ContextType>;
  GrandChallengeArchiveItemEdge?: GrandChallengeArchiveItemEdgeResolvers<ContextType>;
  GrandChallengeArchiveItemPayload?: GrandChallengeArchiveItemPayloadResolvers<ContextType>;
  GrandChallengeChallenge?: GrandChallengeChallengeResolvers<ContextType>;
  GrandChallengeChallengeConnection?: GrandChallengeChallengeConnectionResolvers<ContextType>;
  GrandChallengeChallengeEdge?: GrandChallengeChallengeEdgeResolvers<ContextType>;
  GrandChallengeDisplaySet?: GrandChallengeDisplaySetResolvers<ContextType>;
  GrandChallengeDisplaySetConnection?: GrandChallengeDisplaySetConnectionResolvers<ContextType>;
  GrandChallengeDisplaySetEdge?: GrandChallengeDisplaySetEdgeResolvers<ContextType>;
  GrandChallengeDisplaySetPayload?: GrandChallengeDisplaySetPayloadResolvers<ContextType>;
  GrandChallengeEvaluation?: GrandChallengeEvaluationResolvers<ContextType>;
  GrandChallengeEvaluationConnection?: GrandChallengeEvaluationConnectionResolvers<ContextType>;
  GrandChallengeEvaluationEdge?: GrandChallengeEvaluationEdgeResolvers<ContextType>;
  GrandChallengeImage?: GrandChallengeImageResolvers<ContextType>;
  GrandChallengeImageFile?: GrandChallengeImageFileResolvers<ContextType>;
  GrandChallengeQuery?: GrandChallengeQueryResolvers<ContextType>;
  GrandChallengeQuestion?: GrandChallengeQuestionResolvers<ContextType>;
  GrandChallengeQuestionOption?: GrandChallengeQuestionOptionResolvers<ContextType>;
  GrandChallengeReader?: GrandChallengeReaderResolvers<ContextType>;
  GrandChallengeReaderStudy?: GrandChallengeReaderStudyResolvers<ContextType>;
  GrandChallengeReaderStudyConnection?: GrandChallengeReaderStudyConnectionResolvers<ContextType>;
  GrandChallengeReaderStudyEdge?: GrandChallengeReaderStudyEdgeResolvers<ContextType>;
  GrandChallengeSocket?: GrandChallengeSocketResolvers<ContextType>;
  GrandChallengeSocketConnection?: GrandChallengeSocketConnectionResolvers<ContextType>;
  GrandChallengeSocketEdge?: GrandChallengeSocketEdgeResolvers<ContextType>;
  GrandChallengeSocketValue?: GrandChallengeSocketValueResolvers<ContextType>;
  GrandChallengeVersion?: GrandChallengeVersionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  JobConnection?: JobConnectionResolvers<ContextType>;
  JobEdge?: JobEdgeResolvers<ContextType>;
  Judgment?: JudgmentResolvers<ContextType>;
  LaunchCrowdFlowerJobPayload?: LaunchCrowdFlowerJobPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformInfo?: PlatformInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegenerateCrowdFlowerReportPayload?: RegenerateCrowdFlowerReportPayloadResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  StartGrandChallengeAlgorithmJobPayload?: StartGrandChallengeAlgorithmJobPayloadResolvers<ContextType>;
  Submission?: SubmissionResolvers<ContextType>;
  SubmitCrowdCentPredictionsPayload?: SubmitCrowdCentPredictionsPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  URL?: GraphQLScalarType;
  Unit?: UnitResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  UploadCrowdAIMediaPayload?: UploadCrowdAIMediaPayloadResolvers<ContextType>;
  UploadCrowdFlowerUnitsPayload?: UploadCrowdFlowerUnitsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
};
