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

export type AddArenaGroupInput = {
  name: Scalars['String']['input'];
  public?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AddArenaJobPictureInput = {
  jobId: Scalars['String']['input'];
  picture: Scalars['Upload']['input'];
};

export type AddCaseToGrandChallengeArchiveInput = {
  archiveSlug: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  values: Array<GrandChallengeSocketValueInput>;
};

export type AddCaseToGrandChallengeReaderStudyInput = {
  readerStudySlug: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  values: Array<GrandChallengeSocketValueInput>;
};

/** A dataset of labelled points. */
export type ArenaDataset = Dataset &
  Node & {
    __typename?: 'ArenaDataset';
    /** The class labels. */
    classes: Array<Scalars['Int']['output']>;
    counts: ArenaSplitCounts;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    /** Arena has no file per dataset: browse `points`. */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    featureCount: Scalars['Int']['output'];
    id: Scalars['ID']['output'];
    kind: DatasetKind;
    name: Scalars['String']['output'];
    nativeId: Scalars['String']['output'];
    platform: Platform;
    /** The points, optionally of one split (labels of validation points are hidden from non-admins). */
    points?: Maybe<ArenaPointConnection>;
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
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Usernames, in joining order. */
  members: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  public: Scalars['Boolean']['output'];
};

export type ArenaGroupPayload = {
  __typename?: 'ArenaGroupPayload';
  group?: Maybe<ArenaGroup>;
  userErrors: Array<UserError>;
};

/** An algorithm run on a dataset: submitted by a student, claimed and run by a worker. */
export type ArenaJob = Job &
  Node & {
    __typename?: 'ArenaJob';
    algorithm: Scalars['String']['output'];
    completedAt?: Maybe<Scalars['DateTime']['output']>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    dataset?: Maybe<ArenaDataset>;
    extraScoresTest?: Maybe<Scalars['JSON']['output']>;
    extraScoresValidation?: Maybe<Scalars['JSON']['output']>;
    groupName?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    /** Predicted labels per split (one extra read when the job came from a list). */
    labels?: Maybe<ArenaLabels>;
    message?: Maybe<Scalars['String']['output']>;
    nativeId: Scalars['String']['output'];
    /** The student who submitted it. */
    owner: Scalars['String']['output'];
    /** Hyper-parameters passed to the algorithm. */
    params: Scalars['JSON']['output'];
    pictures: Array<ArenaPicture>;
    platform: Platform;
    /** `pending`, `running`, `done` or `failed`. */
    platformStatus: Scalars['String']['output'];
    round?: Maybe<ArenaRound>;
    /** Test accuracy, 0–1. */
    scoreTest?: Maybe<Scalars['Float']['output']>;
    /** Validation accuracy, 0–1. */
    scoreValidation?: Maybe<Scalars['Float']['output']>;
    startedAt?: Maybe<Scalars['DateTime']['output']>;
    status: JobStatus;
    success?: Maybe<Scalars['Boolean']['output']>;
    /** The algorithm name. */
    title?: Maybe<Scalars['String']['output']>;
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
    /** The worker that claimed it. */
    worker?: Maybe<ArenaWorker>;
  };

export type ArenaJobConnection = {
  __typename?: 'ArenaJobConnection';
  edges: Array<ArenaJobEdge>;
  nodes: Array<ArenaJob>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ArenaJobEdge = {
  __typename?: 'ArenaJobEdge';
  cursor: Scalars['String']['output'];
  node: ArenaJob;
};

/** What a worker needs to run a job (admin). */
export type ArenaJobParams = {
  __typename?: 'ArenaJobParams';
  algorithm: Scalars['String']['output'];
  datasetId: Scalars['String']['output'];
  jobId: Scalars['String']['output'];
  params: Scalars['JSON']['output'];
};

export type ArenaJobPayload = {
  __typename?: 'ArenaJobPayload';
  job?: Maybe<ArenaJob>;
  userErrors: Array<UserError>;
};

export type ArenaLabels = {
  __typename?: 'ArenaLabels';
  test?: Maybe<Array<Scalars['Int']['output']>>;
  training?: Maybe<Array<Scalars['Int']['output']>>;
  validation?: Maybe<Array<Scalars['Int']['output']>>;
};

/** A picture a worker attached to a job (a confusion matrix, a decision boundary). */
export type ArenaPicture = {
  __typename?: 'ArenaPicture';
  contentType?: Maybe<Scalars['String']['output']>;
  /** Gateway link streaming the picture with the caller's session. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  filename: Scalars['String']['output'];
  uploadedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ArenaPicturePayload = {
  __typename?: 'ArenaPicturePayload';
  picture?: Maybe<ArenaPicture>;
  userErrors: Array<UserError>;
};

/** One labelled point. */
export type ArenaPoint = Node & {
  __typename?: 'ArenaPoint';
  features: Array<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Null where the platform hides it. */
  label?: Maybe<Scalars['Int']['output']>;
  split: ArenaSplit;
};

export type ArenaPointConnection = {
  __typename?: 'ArenaPointConnection';
  edges: Array<ArenaPointEdge>;
  nodes: Array<ArenaPoint>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ArenaPointEdge = {
  __typename?: 'ArenaPointEdge';
  cursor: Scalars['String']['output'];
  node: ArenaPoint;
};

/**
 * Arena entry points. Send `x-arena-username` and `x-arena-password`: the gateway logs in once per
 * credential (Django session + CSRF) and renews an expired session without the caller noticing.
 */
export type ArenaQuery = {
  __typename?: 'ArenaQuery';
  dataset?: Maybe<ArenaDataset>;
  datasets?: Maybe<Array<ArenaDataset>>;
  groups?: Maybe<Array<ArenaGroup>>;
  job?: Maybe<ArenaJob>;
  /** `get_job_params` (admin). */
  jobParams?: Maybe<ArenaJobParams>;
  /** The caller's jobs and their groups' (admins: all). */
  jobs?: Maybe<ArenaJobConnection>;
  round?: Maybe<ArenaRound>;
  rounds?: Maybe<Array<ArenaRound>>;
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
    datasets?: Maybe<Array<ArenaDataset>>;
    description?: Maybe<Scalars['String']['output']>;
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    id: Scalars['ID']['output'];
    isOpen: Scalars['Boolean']['output'];
    /** Jobs submitted to this round. */
    jobs?: Maybe<ArenaJobConnection>;
    name: Scalars['String']['output'];
    /** The round id. */
    nativeId: Scalars['String']['output'];
    /** Usernames of the participants. */
    participants: Array<Scalars['String']['output']>;
    platform: Platform;
    /** `open` or `closed`. */
    platformStatus: Scalars['String']['output'];
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    status: ChallengeStatus;
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

export type ArenaRoundPayload = {
  __typename?: 'ArenaRoundPayload';
  round?: Maybe<ArenaRound>;
  userErrors: Array<UserError>;
};

export type ArenaSplit = 'TEST' | 'TRAINING' | 'VALIDATION';

export type ArenaSplitCounts = {
  __typename?: 'ArenaSplitCounts';
  test: Scalars['Int']['output'];
  training: Scalars['Int']['output'];
  validation: Scalars['Int']['output'];
};

export type ArenaViewer = {
  __typename?: 'ArenaViewer';
  groups: Array<Scalars['String']['output']>;
  isAdmin: Scalars['Boolean']['output'];
  roundIds: Array<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

/** An admin account that polls for jobs and runs them. */
export type ArenaWorker = Node &
  Worker & {
    __typename?: 'ArenaWorker';
    currentJobId?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    jobsDone?: Maybe<Scalars['Int']['output']>;
    lastSeen?: Maybe<Scalars['DateTime']['output']>;
    name?: Maybe<Scalars['String']['output']>;
    nativeId: Scalars['String']['output'];
    platform: Platform;
    username: Scalars['String']['output'];
  };

export type BonusCrowdFlowerWorkerInput = {
  /** Amount in cents (1 to 10,000). */
  amountCents: Scalars['Int']['input'];
  jobId: Scalars['SafeInt']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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

export type CancelCrowdFlowerUnitInput = {
  jobId: Scalars['SafeInt']['input'];
  unitId: Scalars['SafeInt']['input'];
};

/** A competition or course round on any platform. */
export type Challenge = {
  /** Description text as the platform gives it (often Markdown). */
  description?: Maybe<Scalars['String']['output']>;
  /** When it closes or closed; null when open-ended. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
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
  edges: Array<ChallengeEdge>;
  nodes: Array<Challenge>;
  pageInfo: PageInfo;
  /** Total across the platforms queried; null when a platform does not report totals. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ChallengeEdge = {
  __typename?: 'ChallengeEdge';
  cursor: Scalars['String']['output'];
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

export type ClaimNextArenaJobPayload = {
  __typename?: 'ClaimNextArenaJobPayload';
  /** The claimed job; null when none was pending. */
  job?: Maybe<ArenaJob>;
  userErrors: Array<UserError>;
};

export type CopyCrowdFlowerJobInput = {
  /** Copy every unit. */
  allUnits?: InputMaybe<Scalars['Boolean']['input']>;
  /** Copy only the gold units (ignored with allUnits). */
  gold?: InputMaybe<Scalars['Boolean']['input']>;
  jobId: Scalars['SafeInt']['input'];
};

export type CreateArenaJobInput = {
  algorithm: Scalars['String']['input'];
  datasetId: Scalars['String']['input'];
  groupName?: InputMaybe<Scalars['String']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  roundId?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCrowdFlowerJobInput = {
  attributes: CrowdFlowerJobAttributesInput;
};

export type CreateGrandChallengeAnswerInput = {
  /** The answer, shaped by the question's type (true/false, an option id, a number, text, …). */
  answer?: InputMaybe<Scalars['JSON']['input']>;
  displaySetPk: Scalars['String']['input'];
  questionPk: Scalars['String']['input'];
};

export type CreateGrandChallengeAnswerPayload = {
  __typename?: 'CreateGrandChallengeAnswerPayload';
  answer?: Maybe<GrandChallengeAnswer>;
  userErrors: Array<UserError>;
};

/**
 * A crowdAI challenge. Listing challenges needs the admin key; an organizer reads its own
 * challenges' submissions.
 */
export type CrowdAIChallenge = Challenge &
  Node & {
    __typename?: 'CrowdAIChallenge';
    challengeId: Scalars['Int']['output'];
    description?: Maybe<Scalars['String']['output']>;
    /** The last round's end (needs the challenge detail). */
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    id: Scalars['ID']['output'];
    name: Scalars['String']['output'];
    /** The numeric challenge id. */
    nativeId: Scalars['String']['output'];
    perpetual?: Maybe<Scalars['Boolean']['output']>;
    platform: Platform;
    /** `draft`, `starting_soon`, `running` or `completed`. */
    platformStatus: Scalars['String']['output'];
    /** `ascending` or `descending`: which way the primary score ranks. */
    primarySortOrder?: Maybe<Scalars['String']['output']>;
    rounds?: Maybe<Array<CrowdAIRound>>;
    secondarySortOrder?: Maybe<Scalars['String']['output']>;
    /** The first round's start (needs the challenge detail). */
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    status: ChallengeStatus;
    /** Submissions (the organizer owning the challenge; see `crowdai.submissions`), optionally filtered. */
    submissions?: Maybe<CrowdAISubmissionConnection>;
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

export type CrowdAIChallengeConnection = {
  __typename?: 'CrowdAIChallengeConnection';
  edges: Array<CrowdAIChallengeEdge>;
  nodes: Array<CrowdAIChallenge>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CrowdAIChallengeEdge = {
  __typename?: 'CrowdAIChallengeEdge';
  cursor: Scalars['String']['output'];
  node: CrowdAIChallenge;
};

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
  userErrors: Array<UserError>;
};

export type CrowdAIGradeStatus = 'FAILED' | 'GRADED' | 'INITIATED' | 'SUBMITTED';

export type CrowdAIGradingStatus = 'FAILED' | 'GRADED' | 'INITIATED' | 'READY' | 'SUBMITTED';

/** Media shown with a graded submission: all three or none. */
export type CrowdAIMediaInput = {
  /** e.g. `image/gif`, `video/mp4`, `video/youtube`. */
  contentType: Scalars['String']['input'];
  /** S3 key of the large media (from `uploadCrowdAIMedia`). */
  large: Scalars['String']['input'];
  thumbnail: Scalars['String']['input'];
};

/** A competitor on crowdAI (the id and name the platform exposes; never their API key). */
export type CrowdAIParticipant = Node &
  Worker & {
    __typename?: 'CrowdAIParticipant';
    email?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    name?: Maybe<Scalars['String']['output']>;
    /** The participant's name (participants are looked up by name). */
    nativeId: Scalars['String']['output'];
    participantId: Scalars['Int']['output'];
    platform: Platform;
  };

/** The result of validating a participant's API key. */
export type CrowdAIParticipantKeyCheck = {
  __typename?: 'CrowdAIParticipantKeyCheck';
  message: Scalars['String']['output'];
  participantId?: Maybe<Scalars['Int']['output']>;
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
  active?: Maybe<Scalars['Boolean']['output']>;
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Failed submissions refunded per period. */
  failedSubmissions?: Maybe<Scalars['Int']['output']>;
  /** Score the previous round required to enter this one. */
  minimumScore?: Maybe<Scalars['Float']['output']>;
  minimumScoreSecondary?: Maybe<Scalars['Float']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Submissions that may be grading at once (0 = unlimited). */
  parallelSubmissions?: Maybe<Scalars['Int']['output']>;
  rankingWindow?: Maybe<Scalars['Int']['output']>;
  roundId: Scalars['Int']['output'];
  scorePrecision?: Maybe<Scalars['Int']['output']>;
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
    challengeId: Scalars['Int']['output'];
    challengeName?: Maybe<Scalars['String']['output']>;
    descriptionMarkdown?: Maybe<Scalars['String']['output']>;
    /** Submitted files, as gateway download links (the platform's signed S3 URLs never reach clients). */
    files: Array<CrowdAISubmissionFile>;
    /** The grader's message (from `submission_info`; one extra call). */
    gradingMessage?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    mediaContentType?: Maybe<Scalars['String']['output']>;
    meta?: Maybe<Scalars['JSON']['output']>;
    nativeId: Scalars['String']['output'];
    participant?: Maybe<CrowdAIParticipant>;
    platform: Platform;
    /** `ready`, `submitted`, `initiated`, `graded` or `failed`. */
    platformStatus: Scalars['String']['output'];
    /** Whether it was made after the round ended (from `submission_info`). */
    postChallenge?: Maybe<Scalars['Boolean']['output']>;
    roundId?: Maybe<Scalars['Int']['output']>;
    score?: Maybe<Scalars['Float']['output']>;
    scoreSecondary?: Maybe<Scalars['Float']['output']>;
    status: SubmissionStatus;
    submissionId: Scalars['Int']['output'];
    submittedAt?: Maybe<Scalars['DateTime']['output']>;
    submitter?: Maybe<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

export type CrowdAISubmissionConnection = {
  __typename?: 'CrowdAISubmissionConnection';
  edges: Array<CrowdAISubmissionEdge>;
  nodes: Array<CrowdAISubmission>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CrowdAISubmissionEdge = {
  __typename?: 'CrowdAISubmissionEdge';
  cursor: Scalars['String']['output'];
  node: CrowdAISubmission;
};

export type CrowdAISubmissionFile = {
  __typename?: 'CrowdAISubmissionFile';
  downloadUrl?: Maybe<Scalars['URL']['output']>;
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
    description?: Maybe<Scalars['String']['output']>;
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    id: Scalars['ID']['output'];
    /** The period released on this date; null when absent. */
    inferencePeriod?: Maybe<CrowdCentInferencePeriod>;
    /** Daily inference periods, in the platform's order. */
    inferencePeriods?: Maybe<CrowdCentInferencePeriodConnection>;
    isActive: Scalars['Boolean']['output'];
    /** The version marked latest; null when the challenge has none. */
    latestTrainingDataset?: Maybe<CrowdCentTrainingDataset>;
    /** The meta model (aggregate of all submissions) as a downloadable dataset. */
    metaModel: CrowdCentMetaModel;
    name: Scalars['String']['output'];
    /** The challenge slug. */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    /** `active` or `inactive` (from `is_active`). */
    platformStatus: Scalars['String']['output'];
    /** The challenge slug, e.g. `hyperliquid-ranking`. */
    slug: Scalars['String']['output'];
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    status: ChallengeStatus;
    /** One of the caller's submissions by its numeric id; null when absent or not the caller's. */
    submission?: Maybe<CrowdCentSubmission>;
    /** The caller's submissions (only ever the caller's own), optionally for one period. */
    submissions?: Maybe<CrowdCentSubmissionConnection>;
    /** One training dataset by version string, e.g. `1.0`; null when absent. */
    trainingDataset?: Maybe<CrowdCentTrainingDataset>;
    /** All training dataset versions, in the platform's order. */
    trainingDatasets?: Maybe<CrowdCentTrainingDatasetConnection>;
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

export type CrowdCentChallengeConnection = {
  __typename?: 'CrowdCentChallengeConnection';
  edges: Array<CrowdCentChallengeEdge>;
  nodes: Array<CrowdCentChallenge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CrowdCentChallengeEdge = {
  __typename?: 'CrowdCentChallengeEdge';
  cursor: Scalars['String']['output'];
  node: CrowdCentChallenge;
};

/** One daily inference period: the features to predict on and the submission window. */
export type CrowdCentInferencePeriod = Dataset &
  Node & {
    __typename?: 'CrowdCentInferencePeriod';
    challenge?: Maybe<CrowdCentChallenge>;
    /** Same as `releasedAt`. */
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Gateway URL of the inference features file. The platform answers 404 until the file is published (`isProcessed`). */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    id: Scalars['ID']['output'];
    /** True while the submission window is open (computed from the deadline at query time). */
    isOpen: Scalars['Boolean']['output'];
    /** True once the platform's quality checks have passed and the file can be downloaded. */
    isProcessed: Scalars['Boolean']['output'];
    kind: DatasetKind;
    name: Scalars['String']['output'];
    /** `<slug>/<YYYY-MM-DD>`. */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    releaseDate: Scalars['Date']['output'];
    releasedAt: Scalars['DateTime']['output'];
    submissionDeadline: Scalars['DateTime']['output'];
    /** The platform's human-readable time left, e.g. `1.7 hours`. */
    timeRemaining?: Maybe<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

export type CrowdCentInferencePeriodConnection = {
  __typename?: 'CrowdCentInferencePeriodConnection';
  edges: Array<CrowdCentInferencePeriodEdge>;
  nodes: Array<CrowdCentInferencePeriod>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CrowdCentInferencePeriodEdge = {
  __typename?: 'CrowdCentInferencePeriodEdge';
  cursor: Scalars['String']['output'];
  node: CrowdCentInferencePeriod;
};

/** What the platform matched of the uploaded ids against the inference data. */
export type CrowdCentMatchInfo = {
  __typename?: 'CrowdCentMatchInfo';
  matchedIds?: Maybe<Scalars['Int']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  unmatchedIds?: Maybe<Scalars['Int']['output']>;
};

/**
 * The meta model of a challenge: an aggregate of all valid submissions. Real time for the Challenger
 * tier; the platform answers 403 (FORBIDDEN) to others on download.
 */
export type CrowdCentMetaModel = Dataset &
  Node & {
    __typename?: 'CrowdCentMetaModel';
    challenge?: Maybe<CrowdCentChallenge>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    id: Scalars['ID']['output'];
    kind: DatasetKind;
    name: Scalars['String']['output'];
    nativeId: Scalars['String']['output'];
    platform: Platform;
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
  value: Scalars['Float']['output'];
};

/** A prediction file submitted into a slot for one inference period. */
export type CrowdCentSubmission = Node &
  Submission & {
    __typename?: 'CrowdCentSubmission';
    challenge?: Maybe<CrowdCentChallenge>;
    /** Composite percentile, when reported. */
    compositePercentile?: Maybe<Scalars['Float']['output']>;
    id: Scalars['ID']['output'];
    /** The inference period it was submitted for; null when the platform no longer lists it. */
    inferencePeriod?: Maybe<CrowdCentInferencePeriod>;
    isExperimental?: Maybe<Scalars['Boolean']['output']>;
    /** `<slug>/<id>`. */
    nativeId: Scalars['String']['output'];
    notes?: Maybe<Scalars['String']['output']>;
    /** `percentile_details` as returned (0–100). */
    percentileDetails?: Maybe<Scalars['JSON']['output']>;
    /** Release date of the inference period it was submitted for. */
    periodReleaseDate: Scalars['Date']['output'];
    platform: Platform;
    /** Raw status, e.g. `pending`, `evaluated`, `queued`. */
    platformStatus: Scalars['String']['output'];
    /** Gateway URL of the uploaded prediction file (the platform's signed storage URL is never exposed). */
    predictionFileUrl?: Maybe<Scalars['URL']['output']>;
    /** Mean of the scores, when scored. */
    score?: Maybe<Scalars['Float']['output']>;
    /** `score_details` as returned. */
    scoreDetails?: Maybe<Scalars['JSON']['output']>;
    scores: Array<CrowdCentScore>;
    /** 1-based slot. */
    slot: Scalars['Int']['output'];
    status: SubmissionStatus;
    submissionId: Scalars['Int']['output'];
    submittedAt?: Maybe<Scalars['DateTime']['output']>;
    submitter?: Maybe<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

export type CrowdCentSubmissionConnection = {
  __typename?: 'CrowdCentSubmissionConnection';
  edges: Array<CrowdCentSubmissionEdge>;
  nodes: Array<CrowdCentSubmission>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CrowdCentSubmissionEdge = {
  __typename?: 'CrowdCentSubmissionEdge';
  cursor: Scalars['String']['output'];
  node: CrowdCentSubmission;
};

/** One version of a challenge's training data (Parquet). */
export type CrowdCentTrainingDataset = Dataset &
  Node & {
    __typename?: 'CrowdCentTrainingDataset';
    challenge?: Maybe<CrowdCentChallenge>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    featureDescription?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    isLatest: Scalars['Boolean']['output'];
    kind: DatasetKind;
    /** `<challenge name> training data v<version>`. */
    name: Scalars['String']['output'];
    /** `<slug>/<version>`. */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    targetDescription?: Maybe<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
    version: Scalars['String']['output'];
  };

export type CrowdCentTrainingDatasetConnection = {
  __typename?: 'CrowdCentTrainingDatasetConnection';
  edges: Array<CrowdCentTrainingDatasetEdge>;
  nodes: Array<CrowdCentTrainingDataset>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CrowdCentTrainingDatasetEdge = {
  __typename?: 'CrowdCentTrainingDatasetEdge';
  cursor: Scalars['String']['output'];
  node: CrowdCentTrainingDataset;
};

/** The CrowdCent account behind the credential in use. */
export type CrowdCentViewer = {
  __typename?: 'CrowdCentViewer';
  allowTrading: Scalars['Boolean']['output'];
  username: Scalars['String']['output'];
};

export type CrowdFlowerChannels = {
  __typename?: 'CrowdFlowerChannels';
  available: Array<Scalars['String']['output']>;
  enabled: Array<Scalars['String']['output']>;
};

export type CrowdFlowerCountry = {
  __typename?: 'CrowdFlowerCountry';
  code: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/**
 * A CrowdFlower (Figure Eight) job: a task form (CML), its units, the crowd's judgments. Fields that
 * need an upstream call are nullable, so one failing call costs only its own field.
 */
export type CrowdFlowerJob = Job &
  Node & {
    __typename?: 'CrowdFlowerJob';
    autoOrder?: Maybe<Scalars['Boolean']['output']>;
    /** Enabled and available channels. */
    channels?: Maybe<CrowdFlowerChannels>;
    /** The task form in CrowdFlower Markup Language. */
    cml?: Maybe<Scalars['String']['output']>;
    completed: Scalars['Boolean']['output'];
    completedAt?: Maybe<Scalars['DateTime']['output']>;
    confidenceFields?: Maybe<Array<Scalars['String']['output']>>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** Spent so far, USD. */
    crowdCosts?: Maybe<Scalars['Float']['output']>;
    css?: Maybe<Scalars['String']['output']>;
    excludedCountries: Array<CrowdFlowerCountry>;
    /** CML field → aggregation method. */
    fields?: Maybe<Scalars['JSON']['output']>;
    goldPerAssignment?: Maybe<Scalars['Int']['output']>;
    goldsCount?: Maybe<Scalars['Int']['output']>;
    id: Scalars['ID']['output'];
    includedCountries: Array<CrowdFlowerCountry>;
    instructions?: Maybe<Scalars['String']['output']>;
    jobId: Scalars['SafeInt']['output'];
    js?: Maybe<Scalars['String']['output']>;
    judgment?: Maybe<CrowdFlowerJudgment>;
    /** Per-unit judgment aggregates. Read in pages of up to 100. */
    judgmentAggregates?: Maybe<CrowdFlowerJudgmentAggregateConnection>;
    judgmentsCount?: Maybe<Scalars['Int']['output']>;
    judgmentsPerUnit?: Maybe<Scalars['Int']['output']>;
    language?: Maybe<Scalars['String']['output']>;
    /** The generated form keys submitted with the form. */
    legend?: Maybe<Scalars['JSON']['output']>;
    maxJudgmentsPerContributor?: Maybe<Scalars['Int']['output']>;
    maxJudgmentsPerUnit?: Maybe<Scalars['Int']['output']>;
    minUnitConfidence?: Maybe<Scalars['Float']['output']>;
    /** The numeric job id, as a string. */
    nativeId: Scalars['String']['output'];
    /** Job options (front_load, after_gold, req_ttl_in_seconds, …) as returned. */
    options?: Maybe<Scalars['JSON']['output']>;
    order?: Maybe<CrowdFlowerOrder>;
    pagesPerAssignment?: Maybe<Scalars['Int']['output']>;
    paymentCents?: Maybe<Scalars['Float']['output']>;
    platform: Platform;
    /** `unordered`, `running`, `paused`, `finished`, `canceled`, … */
    platformStatus: Scalars['String']['output'];
    /** Progress counters (the platform's ping). */
    progress?: Maybe<CrowdFlowerJobProgress>;
    /** A results report: a gateway download link once the platform has generated it. */
    report?: Maybe<CrowdFlowerReport>;
    status: JobStatus;
    /** Tags of the job. */
    tags?: Maybe<Array<Scalars['String']['output']>>;
    title?: Maybe<Scalars['String']['output']>;
    unit?: Maybe<CrowdFlowerUnit>;
    /** Units in upload order. Read in pages of up to 1000, one upstream call each. */
    units?: Maybe<CrowdFlowerUnitConnection>;
    unitsCount?: Maybe<Scalars['Int']['output']>;
    unitsPerAssignment?: Maybe<Scalars['Int']['output']>;
    /** Unit count and whether the last upload finished processing. */
    unitsProgress?: Maybe<CrowdFlowerUnitsProgress>;
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
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
  autoOrder?: InputMaybe<Scalars['Boolean']['input']>;
  autoOrderThreshold?: InputMaybe<Scalars['Int']['input']>;
  autoOrderTimeout?: InputMaybe<Scalars['Int']['input']>;
  cml?: InputMaybe<Scalars['String']['input']>;
  confidenceFields?: InputMaybe<Array<Scalars['String']['input']>>;
  css?: InputMaybe<Scalars['String']['input']>;
  customKey?: InputMaybe<Scalars['String']['input']>;
  /** ISO country codes. */
  excludedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  fields?: InputMaybe<Scalars['JSON']['input']>;
  goldPerAssignment?: InputMaybe<Scalars['Int']['input']>;
  includedCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  instructions?: InputMaybe<Scalars['String']['input']>;
  js?: InputMaybe<Scalars['String']['input']>;
  judgmentsPerUnit?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  maxJudgmentsPerContributor?: InputMaybe<Scalars['Int']['input']>;
  maxJudgmentsPerUnit?: InputMaybe<Scalars['Int']['input']>;
  minUnitConfidence?: InputMaybe<Scalars['Float']['input']>;
  options?: InputMaybe<Scalars['JSON']['input']>;
  pagesPerAssignment?: InputMaybe<Scalars['Int']['input']>;
  problem?: InputMaybe<Scalars['String']['input']>;
  sendJudgmentsWebhook?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitsPerAssignment?: InputMaybe<Scalars['Int']['input']>;
  webhookUri?: InputMaybe<Scalars['String']['input']>;
};

export type CrowdFlowerJobChannelsInput = {
  channels: Array<Scalars['String']['input']>;
  jobId: Scalars['SafeInt']['input'];
};

export type CrowdFlowerJobConnection = {
  __typename?: 'CrowdFlowerJobConnection';
  edges: Array<CrowdFlowerJobEdge>;
  nodes: Array<CrowdFlowerJob>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CrowdFlowerJobEdge = {
  __typename?: 'CrowdFlowerJobEdge';
  cursor: Scalars['String']['output'];
  node: CrowdFlowerJob;
};

/**
 * Result of a job mutation. `job` is the job as the platform returned it after the change; null when
 * nothing changed. A platform refusal the user can act on (wrong state, no funds) is a `userErrors`
 * entry, never a success.
 */
export type CrowdFlowerJobPayload = {
  __typename?: 'CrowdFlowerJobPayload';
  job?: Maybe<CrowdFlowerJob>;
  /** The platform's message, e.g. `Your job is now collecting judgments!`. */
  message?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CrowdFlowerJobProgress = {
  __typename?: 'CrowdFlowerJobProgress';
  allJudgments?: Maybe<Scalars['Int']['output']>;
  allUnits?: Maybe<Scalars['Int']['output']>;
  completedGoldEstimate?: Maybe<Scalars['Int']['output']>;
  completedNonGoldEstimate?: Maybe<Scalars['Int']['output']>;
  completedUnitsEstimate?: Maybe<Scalars['Int']['output']>;
  /** completedUnitsEstimate / orderedUnits, 0–1; null before an order. */
  fractionComplete?: Maybe<Scalars['Float']['output']>;
  goldenUnits?: Maybe<Scalars['Int']['output']>;
  neededJudgments?: Maybe<Scalars['Int']['output']>;
  orderedUnits?: Maybe<Scalars['Int']['output']>;
  taintedJudgments?: Maybe<Scalars['Int']['output']>;
};

export type CrowdFlowerJobRefInput = {
  jobId: Scalars['SafeInt']['input'];
};

export type CrowdFlowerJobTagsInput = {
  jobId: Scalars['SafeInt']['input'];
  tags: Array<Scalars['String']['input']>;
};

/** One contributor's answer to one unit. */
export type CrowdFlowerJudgment = Judgment &
  Node & {
    __typename?: 'CrowdFlowerJudgment';
    acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The answer per CML field (checkboxes give arrays). */
    answer?: Maybe<Scalars['JSON']['output']>;
    /** The channel it came through (`external_type`). */
    channel?: Maybe<Scalars['String']['output']>;
    city?: Maybe<Scalars['String']['output']>;
    country?: Maybe<Scalars['String']['output']>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    golden?: Maybe<Scalars['Boolean']['output']>;
    id: Scalars['ID']['output'];
    jobId: Scalars['SafeInt']['output'];
    judgmentId: Scalars['SafeInt']['output'];
    missed?: Maybe<Scalars['Boolean']['output']>;
    /** `<jobId>/<judgmentId>`. */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    region?: Maybe<Scalars['String']['output']>;
    rejected?: Maybe<Scalars['Boolean']['output']>;
    startedAt?: Maybe<Scalars['DateTime']['output']>;
    tainted?: Maybe<Scalars['Boolean']['output']>;
    /** Trust of this judgment, 0–1. */
    trust?: Maybe<Scalars['Float']['output']>;
    unit?: Maybe<CrowdFlowerUnit>;
    unitData?: Maybe<Scalars['JSON']['output']>;
    unitId: Scalars['SafeInt']['output'];
    unitState?: Maybe<Scalars['String']['output']>;
    worker?: Maybe<CrowdFlowerWorker>;
    /** The worker's trust at the time, 0–1. */
    workerTrust?: Maybe<Scalars['Float']['output']>;
  };

/** The judgments of one unit, aggregated. */
export type CrowdFlowerJudgmentAggregate = {
  __typename?: 'CrowdFlowerJudgmentAggregate';
  agreement?: Maybe<Scalars['Float']['output']>;
  /** Per CML field: `{ agg, res }`. */
  fields?: Maybe<Scalars['JSON']['output']>;
  judgmentIds: Array<Scalars['SafeInt']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<CrowdFlowerUnit>;
  unitId: Scalars['SafeInt']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CrowdFlowerJudgmentAggregateConnection = {
  __typename?: 'CrowdFlowerJudgmentAggregateConnection';
  edges: Array<CrowdFlowerJudgmentAggregateEdge>;
  nodes: Array<CrowdFlowerJudgmentAggregate>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CrowdFlowerJudgmentAggregateEdge = {
  __typename?: 'CrowdFlowerJudgmentAggregateEdge';
  cursor: Scalars['String']['output'];
  node: CrowdFlowerJudgmentAggregate;
};

export type CrowdFlowerOrder = {
  __typename?: 'CrowdFlowerOrder';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  jobId: Scalars['SafeInt']['output'];
  meta?: Maybe<Scalars['JSON']['output']>;
  orderId: Scalars['SafeInt']['output'];
  type?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** CrowdFlower entry points, with the platform's own numeric ids. */
export type CrowdFlowerQuery = {
  __typename?: 'CrowdFlowerQuery';
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

export type CrowdFlowerReport = {
  __typename?: 'CrowdFlowerReport';
  /** Gateway link to the ZIP, when ready. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  status: CrowdFlowerReportStatus;
  type: CrowdFlowerReportType;
};

export type CrowdFlowerReportStatus =
  /** The platform is still building it; ask again in a few seconds. */
  | 'GENERATING'
  /** Ready: `downloadUrl` streams the ZIP. */
  | 'READY';

export type CrowdFlowerReportType = 'AGGREGATED' | 'FULL' | 'GOLD_REPORT' | 'JSON' | 'SOURCE' | 'WORKSET';

export type CrowdFlowerTagsPayload = {
  __typename?: 'CrowdFlowerTagsPayload';
  job?: Maybe<CrowdFlowerJob>;
  tags?: Maybe<Array<Scalars['String']['output']>>;
  userErrors: Array<UserError>;
};

/** One row of work. */
export type CrowdFlowerUnit = Node &
  Unit & {
    __typename?: 'CrowdFlowerUnit';
    agreement?: Maybe<Scalars['Float']['output']>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    data?: Maybe<Scalars['JSON']['output']>;
    difficulty?: Maybe<Scalars['Float']['output']>;
    golden?: Maybe<Scalars['Boolean']['output']>;
    id: Scalars['ID']['output'];
    job?: Maybe<CrowdFlowerJob>;
    jobId: Scalars['SafeInt']['output'];
    /** The individual judgments of this unit. */
    judgments?: Maybe<Array<CrowdFlowerJudgment>>;
    judgmentsCount?: Maybe<Scalars['Int']['output']>;
    missedCount?: Maybe<Scalars['Int']['output']>;
    /** `<jobId>/<unitId>`. */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    /** `new`, `judgable`, `judging`, `finalized`, `golden`, `canceled`. */
    platformStatus: Scalars['String']['output'];
    /** Aggregated answer per CML field: `{ <field>: { agg, confidence } }`. */
    results?: Maybe<Scalars['JSON']['output']>;
    status: UnitStatus;
    unitId: Scalars['SafeInt']['output'];
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
  };

export type CrowdFlowerUnitConnection = {
  __typename?: 'CrowdFlowerUnitConnection';
  edges: Array<CrowdFlowerUnitEdge>;
  nodes: Array<CrowdFlowerUnit>;
  pageInfo: PageInfo;
  /** Null: the platform reports no totals (see `job.unitsCount`). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CrowdFlowerUnitEdge = {
  __typename?: 'CrowdFlowerUnitEdge';
  cursor: Scalars['String']['output'];
  node: CrowdFlowerUnit;
};

export type CrowdFlowerUnitPayload = {
  __typename?: 'CrowdFlowerUnitPayload';
  unit?: Maybe<CrowdFlowerUnit>;
  userErrors: Array<UserError>;
};

export type CrowdFlowerUnitsProgress = {
  __typename?: 'CrowdFlowerUnitsProgress';
  count: Scalars['Int']['output'];
  done: Scalars['Boolean']['output'];
};

export type CrowdFlowerUploadFormat =
  | 'CSV'
  /** One JSON object per line. */
  | 'JSON_LINES';

/** A crowd contributor as seen by one job (CrowdFlower has no worker resource; commands are per job). */
export type CrowdFlowerWorker = Node &
  Worker & {
    __typename?: 'CrowdFlowerWorker';
    id: Scalars['ID']['output'];
    jobId: Scalars['SafeInt']['output'];
    name?: Maybe<Scalars['String']['output']>;
    /** `<jobId>/<workerId>`. */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    workerId: Scalars['SafeInt']['output'];
  };

export type CrowdFlowerWorkerPayload = {
  __typename?: 'CrowdFlowerWorkerPayload';
  message?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  worker?: Maybe<CrowdFlowerWorker>;
};

export type CrowdFlowerWorkerRefInput = {
  jobId: Scalars['SafeInt']['input'];
  workerId: Scalars['SafeInt']['input'];
};

/** Data a platform offers for download or browsing. */
export type Dataset = {
  /** When the platform published it. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** A gateway URL (`/files/<token>`) that streams the file with the caller's credentials; expires. Null when there is no file. */
  downloadUrl?: Maybe<Scalars['URL']['output']>;
  id: Scalars['ID']['output'];
  kind: DatasetKind;
  /** Display name. */
  name: Scalars['String']['output'];
  nativeId: Scalars['String']['output'];
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

export type DeflagCrowdFlowerWorkerInput = {
  jobId: Scalars['SafeInt']['input'];
  /** Why the flag is lifted. */
  reason: Scalars['String']['input'];
  workerId: Scalars['SafeInt']['input'];
};

export type DeleteCrowdFlowerJobPayload = {
  __typename?: 'DeleteCrowdFlowerJobPayload';
  deletedJobId?: Maybe<Scalars['SafeInt']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type FlagCrowdFlowerWorkerInput = {
  /** Why the worker is flagged. */
  flag: Scalars['String']['input'];
  jobId: Scalars['SafeInt']['input'];
  /** Keep the flag across the account's jobs. */
  persist?: InputMaybe<Scalars['Boolean']['input']>;
  workerId: Scalars['SafeInt']['input'];
};

export type GradeCrowdAISubmissionInput = {
  /** The challenge's grader name (`challenge_client_name`, from the organizer page). */
  challengeClientName: Scalars['String']['input'];
  challengeRoundId?: InputMaybe<Scalars['Int']['input']>;
  descriptionMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** Required when the grade is FAILED. */
  gradingMessage?: InputMaybe<Scalars['String']['input']>;
  gradingStatus: CrowdAIGradeStatus;
  media?: InputMaybe<CrowdAIMediaInput>;
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** The participant's API key (they give it to the grader). */
  participantApiKey: Scalars['String']['input'];
  /** An entry after the round ended. */
  postChallenge?: InputMaybe<Scalars['Boolean']['input']>;
  score?: InputMaybe<Scalars['Float']['input']>;
  scoreSecondary?: InputMaybe<Scalars['Float']['input']>;
};

export type GrandChallengeAlgorithm = Node & {
  __typename?: 'GrandChallengeAlgorithm';
  averageDurationSeconds?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The socket sets it accepts: a job's inputs must match one interface's inputs exactly. */
  interfaces: Array<GrandChallengeAlgorithmInterface>;
  /** The caller's jobs of this algorithm. */
  jobs?: Maybe<GrandChallengeAlgorithmJobConnection>;
  pk: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['URL']['output']>;
};

export type GrandChallengeAlgorithmjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GrandChallengeAlgorithmConnection = {
  __typename?: 'GrandChallengeAlgorithmConnection';
  edges: Array<GrandChallengeAlgorithmEdge>;
  nodes: Array<GrandChallengeAlgorithm>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeAlgorithmEdge = {
  __typename?: 'GrandChallengeAlgorithmEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeAlgorithm;
};

export type GrandChallengeAlgorithmInterface = {
  __typename?: 'GrandChallengeAlgorithmInterface';
  inputs: Array<GrandChallengeSocket>;
  outputs: Array<GrandChallengeSocket>;
};

/** A run of an algorithm on a set of inputs. */
export type GrandChallengeAlgorithmJob = Job &
  Node & {
    __typename?: 'GrandChallengeAlgorithmJob';
    algorithm?: Maybe<GrandChallengeAlgorithm>;
    completedAt?: Maybe<Scalars['DateTime']['output']>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    /** ISO-8601 duration, e.g. `P0DT00H22M17S`. */
    execDuration?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    inputs: Array<GrandChallengeSocketValue>;
    invokeDuration?: Maybe<Scalars['String']['output']>;
    nativeId: Scalars['String']['output'];
    outputs: Array<GrandChallengeSocketValue>;
    pk: Scalars['String']['output'];
    platform: Platform;
    /** The platform's label: `Validating inputs`, `Queued`, `Executing`, `Succeeded`, … */
    platformStatus: Scalars['String']['output'];
    status: JobStatus;
    title?: Maybe<Scalars['String']['output']>;
    updatedAt?: Maybe<Scalars['DateTime']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

export type GrandChallengeAlgorithmJobConnection = {
  __typename?: 'GrandChallengeAlgorithmJobConnection';
  edges: Array<GrandChallengeAlgorithmJobEdge>;
  nodes: Array<GrandChallengeAlgorithmJob>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeAlgorithmJobEdge = {
  __typename?: 'GrandChallengeAlgorithmJobEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeAlgorithmJob;
};

/** A reader's answer to one question about one display set. */
export type GrandChallengeAnswer = Judgment &
  Node & {
    __typename?: 'GrandChallengeAnswer';
    answer?: Maybe<Scalars['JSON']['output']>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    displaySet?: Maybe<GrandChallengeDisplaySet>;
    id: Scalars['ID']['output'];
    isGroundTruth: Scalars['Boolean']['output'];
    modifiedAt?: Maybe<Scalars['DateTime']['output']>;
    nativeId: Scalars['String']['output'];
    pk: Scalars['String']['output'];
    platform: Platform;
    question?: Maybe<GrandChallengeQuestion>;
    worker?: Maybe<GrandChallengeReader>;
  };

/** An archive of cases. */
export type GrandChallengeArchive = Dataset &
  Node & {
    __typename?: 'GrandChallengeArchive';
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    /** Archives have no single file. */
    downloadUrl?: Maybe<Scalars['URL']['output']>;
    id: Scalars['ID']['output'];
    items?: Maybe<GrandChallengeArchiveItemConnection>;
    kind: DatasetKind;
    name: Scalars['String']['output'];
    nativeId: Scalars['String']['output'];
    pk: Scalars['String']['output'];
    platform: Platform;
    slug?: Maybe<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

/** An archive of cases. */
export type GrandChallengeArchiveitemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GrandChallengeArchiveConnection = {
  __typename?: 'GrandChallengeArchiveConnection';
  edges: Array<GrandChallengeArchiveEdge>;
  nodes: Array<GrandChallengeArchive>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeArchiveEdge = {
  __typename?: 'GrandChallengeArchiveEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeArchive;
};

/** One case of an archive: its socket values. */
export type GrandChallengeArchiveItem = Node & {
  __typename?: 'GrandChallengeArchiveItem';
  archive?: Maybe<GrandChallengeArchive>;
  id: Scalars['ID']['output'];
  pk: Scalars['String']['output'];
  title: Scalars['String']['output'];
  values: Array<GrandChallengeSocketValue>;
};

export type GrandChallengeArchiveItemConnection = {
  __typename?: 'GrandChallengeArchiveItemConnection';
  edges: Array<GrandChallengeArchiveItemEdge>;
  nodes: Array<GrandChallengeArchiveItem>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeArchiveItemEdge = {
  __typename?: 'GrandChallengeArchiveItemEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeArchiveItem;
};

export type GrandChallengeArchiveItemPayload = {
  __typename?: 'GrandChallengeArchiveItemPayload';
  /** The item. On a partial failure (created but values refused) it is returned with the userErrors. */
  archiveItem?: Maybe<GrandChallengeArchiveItem>;
  userErrors: Array<UserError>;
};

/** A public Grand Challenge challenge. Phases appear inside its evaluations. */
export type GrandChallengeChallenge = Challenge &
  Node & {
    __typename?: 'GrandChallengeChallenge';
    description?: Maybe<Scalars['String']['output']>;
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    /**
     * Evaluations (leaderboard entries) of this challenge's phases. The platform filters evaluations
     * by phase id only, so without `phaseSlug` this reads the caller's visible evaluations and keeps
     * this challenge's.
     */
    evaluations?: Maybe<GrandChallengeEvaluationConnection>;
    id: Scalars['ID']['output'];
    incentives: Array<Scalars['String']['output']>;
    logo?: Maybe<Scalars['URL']['output']>;
    name: Scalars['String']['output'];
    /** The challenge slug (short name). */
    nativeId: Scalars['String']['output'];
    platform: Platform;
    /** `OPEN`, `OPEN_SOON`, `CLOSED` or `COMPLETED`. */
    platformStatus: Scalars['String']['output'];
    public?: Maybe<Scalars['Boolean']['output']>;
    publications: Array<Scalars['String']['output']>;
    slug: Scalars['String']['output'];
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    status: ChallengeStatus;
    /** `Predictions` and/or `Algorithm`. */
    submissionTypes: Array<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

/** A public Grand Challenge challenge. Phases appear inside its evaluations. */
export type GrandChallengeChallengeevaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phaseSlug?: InputMaybe<Scalars['String']['input']>;
};

export type GrandChallengeChallengeConnection = {
  __typename?: 'GrandChallengeChallengeConnection';
  edges: Array<GrandChallengeChallengeEdge>;
  nodes: Array<GrandChallengeChallenge>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeChallengeEdge = {
  __typename?: 'GrandChallengeChallengeEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeChallenge;
};

/** A set of images and values shown to readers together. */
export type GrandChallengeDisplaySet = Node &
  Unit & {
    __typename?: 'GrandChallengeDisplaySet';
    /** Answers to this display set visible to the caller (readers see their own; editors see all). */
    answers?: Maybe<Array<GrandChallengeAnswer>>;
    createdAt?: Maybe<Scalars['DateTime']['output']>;
    data?: Maybe<Scalars['JSON']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    index?: Maybe<Scalars['Int']['output']>;
    nativeId: Scalars['String']['output'];
    order?: Maybe<Scalars['Int']['output']>;
    pk: Scalars['String']['output'];
    platform: Platform;
    platformStatus: Scalars['String']['output'];
    readerStudy?: Maybe<GrandChallengeReaderStudy>;
    status: UnitStatus;
    title?: Maybe<Scalars['String']['output']>;
    values: Array<GrandChallengeSocketValue>;
  };

export type GrandChallengeDisplaySetConnection = {
  __typename?: 'GrandChallengeDisplaySetConnection';
  edges: Array<GrandChallengeDisplaySetEdge>;
  nodes: Array<GrandChallengeDisplaySet>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeDisplaySetEdge = {
  __typename?: 'GrandChallengeDisplaySetEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeDisplaySet;
};

export type GrandChallengeDisplaySetPayload = {
  __typename?: 'GrandChallengeDisplaySetPayload';
  /** The display set. On a partial failure (created but values refused) it is returned with the userErrors. */
  displaySet?: Maybe<GrandChallengeDisplaySet>;
  userErrors: Array<UserError>;
};

/** A leaderboard entry: an evaluation of a submission to a challenge phase. */
export type GrandChallengeEvaluation = Node &
  Submission & {
    __typename?: 'GrandChallengeEvaluation';
    challenge?: Maybe<GrandChallengeChallenge>;
    challengeSlug: Scalars['String']['output'];
    comment?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    /** The evaluation's metrics (the `metrics-json-file` output). */
    metrics?: Maybe<Scalars['JSON']['output']>;
    nativeId: Scalars['String']['output'];
    outputs: Array<GrandChallengeSocketValue>;
    phaseSlug: Scalars['String']['output'];
    phaseTitle: Scalars['String']['output'];
    platform: Platform;
    platformStatus: Scalars['String']['output'];
    published?: Maybe<Scalars['Boolean']['output']>;
    /** 1 = best; null or 0 when unranked. */
    rank?: Maybe<Scalars['Int']['output']>;
    rankPerMetric?: Maybe<Scalars['JSON']['output']>;
    /** The rank score. */
    score?: Maybe<Scalars['Float']['output']>;
    status: SubmissionStatus;
    submittedAt?: Maybe<Scalars['DateTime']['output']>;
    submitter?: Maybe<Scalars['String']['output']>;
    url?: Maybe<Scalars['URL']['output']>;
  };

export type GrandChallengeEvaluationConnection = {
  __typename?: 'GrandChallengeEvaluationConnection';
  edges: Array<GrandChallengeEvaluationEdge>;
  nodes: Array<GrandChallengeEvaluation>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeEvaluationEdge = {
  __typename?: 'GrandChallengeEvaluationEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeEvaluation;
};

export type GrandChallengeImage = Node & {
  __typename?: 'GrandChallengeImage';
  depth?: Maybe<Scalars['Int']['output']>;
  files: Array<GrandChallengeImageFile>;
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  modality?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  pk: Scalars['String']['output'];
  shape?: Maybe<Array<Scalars['Int']['output']>>;
  voxelSizeMm?: Maybe<Array<Scalars['Float']['output']>>;
  width?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeImageFile = {
  __typename?: 'GrandChallengeImageFile';
  /** Gateway link streaming the file. */
  downloadUrl: Scalars['URL']['output'];
  imageType?: Maybe<Scalars['String']['output']>;
};

/**
 * Grand Challenge entry points, with the platform's own slugs and pks. Lists page with the
 * platform's limit/offset (at most 1000 a page).
 */
export type GrandChallengeQuery = {
  __typename?: 'GrandChallengeQuery';
  algorithm?: Maybe<GrandChallengeAlgorithm>;
  algorithms?: Maybe<GrandChallengeAlgorithmConnection>;
  archive?: Maybe<GrandChallengeArchive>;
  archiveItem?: Maybe<GrandChallengeArchiveItem>;
  archives?: Maybe<GrandChallengeArchiveConnection>;
  challenge?: Maybe<GrandChallengeChallenge>;
  challenges?: Maybe<GrandChallengeChallengeConnection>;
  displaySet?: Maybe<GrandChallengeDisplaySet>;
  evaluation?: Maybe<GrandChallengeEvaluation>;
  image?: Maybe<GrandChallengeImage>;
  job?: Maybe<GrandChallengeAlgorithmJob>;
  /** The caller's algorithm jobs, optionally of one algorithm or with one image as input/output. */
  jobs?: Maybe<GrandChallengeAlgorithmJobConnection>;
  readerStudies?: Maybe<GrandChallengeReaderStudyConnection>;
  readerStudy?: Maybe<GrandChallengeReaderStudy>;
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

export type GrandChallengeQuestion = {
  __typename?: 'GrandChallengeQuestion';
  /** `Bool`, `Choice`, `Number`, `Multiple choice`, `Single line text`, … */
  answerType: Scalars['String']['output'];
  options: Array<GrandChallengeQuestionOption>;
  order?: Maybe<Scalars['Int']['output']>;
  pk: Scalars['String']['output'];
  required?: Maybe<Scalars['Boolean']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type GrandChallengeQuestionOption = {
  __typename?: 'GrandChallengeQuestionOption';
  default?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** A reader (username only: the API has no user resource). */
export type GrandChallengeReader = Node &
  Worker & {
    __typename?: 'GrandChallengeReader';
    id: Scalars['ID']['output'];
    name?: Maybe<Scalars['String']['output']>;
    nativeId: Scalars['String']['output'];
    platform: Platform;
    username: Scalars['String']['output'];
  };

/** A reader study: readers answer questions about display sets. */
export type GrandChallengeReaderStudy = Node & {
  __typename?: 'GrandChallengeReaderStudy';
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Display sets in study order. With `unansweredBy`, only those that reader has not answered
   * (an editor may ask about any reader).
   */
  displaySets?: Maybe<GrandChallengeDisplaySetConnection>;
  hasGroundTruth?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  pk: Scalars['String']['output'];
  questions: Array<GrandChallengeQuestion>;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['URL']['output']>;
};

/** A reader study: readers answer questions about display sets. */
export type GrandChallengeReaderStudydisplaySetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unansweredBy?: InputMaybe<Scalars['String']['input']>;
};

export type GrandChallengeReaderStudyConnection = {
  __typename?: 'GrandChallengeReaderStudyConnection';
  edges: Array<GrandChallengeReaderStudyEdge>;
  nodes: Array<GrandChallengeReaderStudy>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeReaderStudyEdge = {
  __typename?: 'GrandChallengeReaderStudyEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeReaderStudy;
};

/** A socket (component interface): the slot an input or output value goes into. */
export type GrandChallengeSocket = {
  __typename?: 'GrandChallengeSocket';
  defaultValue?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Display kind, e.g. `Image`, `Float`, `PDF file`. */
  kind: Scalars['String']['output'];
  pk: Scalars['Int']['output'];
  /** Where the value lands in an algorithm container, e.g. `images/ct`. */
  relativePath: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** `Image`, `File` or `Value`: decides which source a value may come from. */
  superKind: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type GrandChallengeSocketConnection = {
  __typename?: 'GrandChallengeSocketConnection';
  edges: Array<GrandChallengeSocketEdge>;
  nodes: Array<GrandChallengeSocket>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type GrandChallengeSocketEdge = {
  __typename?: 'GrandChallengeSocketEdge';
  cursor: Scalars['String']['output'];
  node: GrandChallengeSocket;
};

/** A value in a socket: a JSON value, a file or an image. */
export type GrandChallengeSocketValue = {
  __typename?: 'GrandChallengeSocketValue';
  /** Gateway link streaming the file (for File sockets). */
  fileUrl?: Maybe<Scalars['URL']['output']>;
  image?: Maybe<GrandChallengeImage>;
  pk: Scalars['Int']['output'];
  /**
   * Pass this as `existingSocketValue` in a socket value input to reuse the value elsewhere
   * (same socket only).
   */
  reference: Scalars['String']['output'];
  socket: GrandChallengeSocket;
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

export type GrandChallengeVersion = {
  __typename?: 'GrandChallengeVersion';
  latest: Scalars['String']['output'];
  lowestSupported: Scalars['String']['output'];
};

/** Work a platform runs or crowds: a CrowdFlower job, a Grand Challenge algorithm job, an Arena job. */
export type Job = {
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  nativeId: Scalars['String']['output'];
  platform: Platform;
  platformStatus: Scalars['String']['output'];
  status: JobStatus;
  /** Display title, when the platform has one. */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  url?: Maybe<Scalars['URL']['output']>;
};

/** A page of jobs. */
export type JobConnection = {
  __typename?: 'JobConnection';
  edges: Array<JobEdge>;
  nodes: Array<Job>;
  pageInfo: PageInfo;
  /** Null when a platform does not report totals. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type JobEdge = {
  __typename?: 'JobEdge';
  cursor: Scalars['String']['output'];
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

export type JoinArenaGroupInput = {
  name: Scalars['String']['input'];
};

export type JoinArenaRoundInput = {
  roundId: Scalars['String']['input'];
};

/** One worker's answer about one unit. */
export type Judgment = {
  /** The answer, field by field. */
  answer?: Maybe<Scalars['JSON']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  nativeId: Scalars['String']['output'];
  platform: Platform;
  /** Who gave it. */
  worker?: Maybe<Worker>;
};

export type LaunchCrowdFlowerJobInput = {
  /** Channels to order on (default `on_demand`). */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  jobId: Scalars['SafeInt']['input'];
  /** How many units to order. */
  unitsCount: Scalars['Int']['input'];
};

export type LaunchCrowdFlowerJobPayload = {
  __typename?: 'LaunchCrowdFlowerJobPayload';
  job?: Maybe<CrowdFlowerJob>;
  message?: Maybe<Scalars['String']['output']>;
  /** The order placed (also readable later as `job.order(orderId:)`). */
  order?: Maybe<CrowdFlowerOrder>;
  userErrors: Array<UserError>;
};

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
  addCrowdFlowerJobTags: CrowdFlowerTagsPayload;
  bonusCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  cancelCrowdFlowerJob: CrowdFlowerJobPayload;
  cancelCrowdFlowerUnit: CrowdFlowerUnitPayload;
  /** The worker's ping (admin): claims the oldest pending job, never the same one twice. */
  claimNextArenaJob: ClaimNextArenaJobPayload;
  /** Turns uploaded gold units into test questions. */
  convertCrowdFlowerTestQuestions: CrowdFlowerJobPayload;
  copyCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Submits a job for a worker to run. */
  createArenaJob: ArenaJobPayload;
  createCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Answers a reader-study question about a display set. */
  createGrandChallengeAnswer: CreateGrandChallengeAnswerPayload;
  deflagCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  deleteCrowdFlowerJob: DeleteCrowdFlowerJobPayload;
  flagCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  /** Posts a grade for a participant's new submission (the platform enforces its slot limits). Sent once. */
  gradeCrowdAISubmission: CrowdAIGradePayload;
  joinArenaGroup: ArenaGroupPayload;
  joinArenaRound: ArenaRoundPayload;
  /** Orders units on channels: the job starts collecting judgments (debits the account). */
  launchCrowdFlowerJob: LaunchCrowdFlowerJobPayload;
  notifyCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  pauseCrowdFlowerJob: CrowdFlowerJobPayload;
  /** Asks the platform to build a fresh report; `job.report` shows when it is ready. */
  regenerateCrowdFlowerReport: RegenerateCrowdFlowerReportPayload;
  /** Rejects the worker's work on the job (Pro/Enterprise accounts). */
  rejectCrowdFlowerWorker: CrowdFlowerWorkerPayload;
  removeCrowdFlowerJobTags: CrowdFlowerTagsPayload;
  resumeCrowdFlowerJob: CrowdFlowerJobPayload;
  setCrowdFlowerJobChannels: CrowdFlowerJobPayload;
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

export type MutationaddArenaGroupArgs = {
  input: AddArenaGroupInput;
};

export type MutationaddArenaJobPictureArgs = {
  input: AddArenaJobPictureInput;
};

export type MutationaddCaseToGrandChallengeArchiveArgs = {
  input: AddCaseToGrandChallengeArchiveInput;
};

export type MutationaddCaseToGrandChallengeReaderStudyArgs = {
  input: AddCaseToGrandChallengeReaderStudyInput;
};

export type MutationaddCrowdFlowerJobTagsArgs = {
  input: CrowdFlowerJobTagsInput;
};

export type MutationbonusCrowdFlowerWorkerArgs = {
  input: BonusCrowdFlowerWorkerInput;
};

export type MutationcancelCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

export type MutationcancelCrowdFlowerUnitArgs = {
  input: CancelCrowdFlowerUnitInput;
};

export type MutationconvertCrowdFlowerTestQuestionsArgs = {
  input: CrowdFlowerJobRefInput;
};

export type MutationcopyCrowdFlowerJobArgs = {
  input: CopyCrowdFlowerJobInput;
};

export type MutationcreateArenaJobArgs = {
  input: CreateArenaJobInput;
};

export type MutationcreateCrowdFlowerJobArgs = {
  input: CreateCrowdFlowerJobInput;
};

export type MutationcreateGrandChallengeAnswerArgs = {
  input: CreateGrandChallengeAnswerInput;
};

export type MutationdeflagCrowdFlowerWorkerArgs = {
  input: DeflagCrowdFlowerWorkerInput;
};

export type MutationdeleteCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

export type MutationflagCrowdFlowerWorkerArgs = {
  input: FlagCrowdFlowerWorkerInput;
};

export type MutationgradeCrowdAISubmissionArgs = {
  input: GradeCrowdAISubmissionInput;
};

export type MutationjoinArenaGroupArgs = {
  input: JoinArenaGroupInput;
};

export type MutationjoinArenaRoundArgs = {
  input: JoinArenaRoundInput;
};

export type MutationlaunchCrowdFlowerJobArgs = {
  input: LaunchCrowdFlowerJobInput;
};

export type MutationnotifyCrowdFlowerWorkerArgs = {
  input: NotifyCrowdFlowerWorkerInput;
};

export type MutationpauseCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

export type MutationregenerateCrowdFlowerReportArgs = {
  input: RegenerateCrowdFlowerReportInput;
};

export type MutationrejectCrowdFlowerWorkerArgs = {
  input: CrowdFlowerWorkerRefInput;
};

export type MutationremoveCrowdFlowerJobTagsArgs = {
  input: CrowdFlowerJobTagsInput;
};

export type MutationresumeCrowdFlowerJobArgs = {
  input: CrowdFlowerJobRefInput;
};

export type MutationsetCrowdFlowerJobChannelsArgs = {
  input: CrowdFlowerJobChannelsInput;
};

export type MutationsetCrowdFlowerJobTagsArgs = {
  input: CrowdFlowerJobTagsInput;
};

export type MutationstartGrandChallengeAlgorithmJobArgs = {
  input: StartGrandChallengeAlgorithmJobInput;
};

export type MutationsubmitCrowdCentPredictionsArgs = {
  input: SubmitCrowdCentPredictionsInput;
};

export type MutationupdateArenaJobDetailsArgs = {
  input: UpdateArenaJobDetailsInput;
};

export type MutationupdateCrowdAISubmissionArgs = {
  input: UpdateCrowdAISubmissionInput;
};

export type MutationupdateCrowdFlowerJobArgs = {
  input: UpdateCrowdFlowerJobInput;
};

export type MutationupdateGrandChallengeArchiveItemArgs = {
  input: UpdateGrandChallengeArchiveItemInput;
};

export type MutationupdateGrandChallengeDisplaySetArgs = {
  input: UpdateGrandChallengeDisplaySetInput;
};

export type MutationuploadCrowdAIMediaArgs = {
  input: UploadCrowdAIMediaInput;
};

export type MutationuploadCrowdFlowerUnitsArgs = {
  input: UploadCrowdFlowerUnitsInput;
};

/** An object with a globally unique, opaque ID. Refetch any object with `node(id:)`. */
export type Node = {
  /** Opaque global ID; stable for the same platform object. */
  id: Scalars['ID']['output'];
};

export type NotifyCrowdFlowerWorkerInput = {
  jobId: Scalars['SafeInt']['input'];
  message: Scalars['String']['input'];
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
  name: Platform;
  /** True when the gateway talks to its built-in simulator rather than the real platform. */
  simulated: Scalars['Boolean']['output'];
};

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

export type QuerychallengeArgs = {
  id: Scalars['ID']['input'];
};

export type QuerychallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  platforms?: InputMaybe<Array<Platform>>;
  status?: InputMaybe<ChallengeStatus>;
};

export type QuerydatasetArgs = {
  id: Scalars['ID']['input'];
};

export type QueryjobArgs = {
  id: Scalars['ID']['input'];
};

export type QueryjobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  platforms?: InputMaybe<Array<Platform>>;
  status?: InputMaybe<JobStatus>;
};

export type QueryjudgmentArgs = {
  id: Scalars['ID']['input'];
};

export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};

export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type QuerysubmissionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryunitArgs = {
  id: Scalars['ID']['input'];
};

export type QueryworkerArgs = {
  id: Scalars['ID']['input'];
};

export type RegenerateCrowdFlowerReportInput = {
  jobId: Scalars['SafeInt']['input'];
  type?: InputMaybe<CrowdFlowerReportType>;
};

export type RegenerateCrowdFlowerReportPayload = {
  __typename?: 'RegenerateCrowdFlowerReportPayload';
  report?: Maybe<CrowdFlowerReport>;
  userErrors: Array<UserError>;
};

export type StartGrandChallengeAlgorithmJobInput = {
  algorithmSlug: Scalars['String']['input'];
  inputs: Array<GrandChallengeSocketValueInput>;
};

export type StartGrandChallengeAlgorithmJobPayload = {
  __typename?: 'StartGrandChallengeAlgorithmJobPayload';
  /** The job as created (status `Validating inputs`); poll `job` for progress. */
  job?: Maybe<GrandChallengeAlgorithmJob>;
  userErrors: Array<UserError>;
};

/** A participant's entry to a challenge. */
export type Submission = {
  id: Scalars['ID']['output'];
  nativeId: Scalars['String']['output'];
  platform: Platform;
  platformStatus: Scalars['String']['output'];
  /** The primary score, when scored. Higher is better unless the challenge says otherwise. */
  score?: Maybe<Scalars['Float']['output']>;
  status: SubmissionStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Username of the submitter, as the platform reports it. */
  submitter?: Maybe<Scalars['String']['output']>;
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

export type SubmitCrowdCentPredictionsPayload = {
  __typename?: 'SubmitCrowdCentPredictionsPayload';
  matchInfo?: Maybe<CrowdCentMatchInfo>;
  /** The platform's message, e.g. about queueing. */
  message?: Maybe<Scalars['String']['output']>;
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
  userErrors: Array<UserError>;
};

/** One item of work inside a job: a CrowdFlower unit, a reader-study display set. */
export type Unit = {
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's source data as uploaded. */
  data?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  nativeId: Scalars['String']['output'];
  platform: Platform;
  platformStatus: Scalars['String']['output'];
  status: UnitStatus;
};

/** Normalized state of a unit of work. */
export type UnitStatus =
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
  | 'UNKNOWN';

export type UpdateArenaJobDetailsInput = {
  extraScoresTest?: InputMaybe<Scalars['JSON']['input']>;
  extraScoresValidation?: InputMaybe<Scalars['JSON']['input']>;
  jobId: Scalars['String']['input'];
  labelsTest?: InputMaybe<Array<Scalars['Int']['input']>>;
  labelsTraining?: InputMaybe<Array<Scalars['Int']['input']>>;
  labelsValidation?: InputMaybe<Array<Scalars['Int']['input']>>;
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

export type UpdateCrowdAISubmissionInput = {
  descriptionMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** Required when the grade is FAILED. */
  gradingMessage?: InputMaybe<Scalars['String']['input']>;
  gradingStatus: CrowdAIGradeStatus;
  media?: InputMaybe<CrowdAIMediaInput>;
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** Replace `meta` instead of merging into it. */
  metaOverwrite?: InputMaybe<Scalars['Boolean']['input']>;
  score?: InputMaybe<Scalars['Float']['input']>;
  scoreSecondary?: InputMaybe<Scalars['Float']['input']>;
  submissionId: Scalars['Int']['input'];
};

export type UpdateCrowdFlowerJobInput = {
  attributes: CrowdFlowerJobAttributesInput;
  jobId: Scalars['SafeInt']['input'];
};

export type UpdateGrandChallengeArchiveItemInput = {
  archiveItemPk: Scalars['String']['input'];
  values: Array<GrandChallengeSocketValueInput>;
};

export type UpdateGrandChallengeDisplaySetInput = {
  displaySetPk: Scalars['String']['input'];
  values: Array<GrandChallengeSocketValueInput>;
};

export type UploadCrowdAIMediaInput = {
  file: Scalars['Upload']['input'];
  participantApiKey: Scalars['String']['input'];
};

export type UploadCrowdAIMediaPayload = {
  __typename?: 'UploadCrowdAIMediaPayload';
  /** Pass as `media.large` / `media.thumbnail` of a grade. */
  s3Key?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

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

export type UploadCrowdFlowerUnitsPayload = {
  __typename?: 'UploadCrowdFlowerUnitsPayload';
  job?: Maybe<CrowdFlowerJob>;
  /** Rows sent to the platform. */
  rowsSent: Scalars['Int']['output'];
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
  id: Scalars['ID']['output'];
  /** A display name where the platform has one (often only an id). */
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
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
  URL?: GraphQLScalarType;
  Unit?: UnitResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  UploadCrowdAIMediaPayload?: UploadCrowdAIMediaPayloadResolvers<ContextType>;
  UploadCrowdFlowerUnitsPayload?: UploadCrowdFlowerUnitsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
};
