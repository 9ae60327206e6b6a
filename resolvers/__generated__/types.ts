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
} from '../support/models.js';
import type { GatewayContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
export type CrowdCentChallengeInferencePeriodArgs = {
  releaseDate: Scalars['Date']['input'];
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeInferencePeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeSubmissionArgs = {
  submissionId: Scalars['Int']['input'];
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeSubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<CrowdCentPeriodFilter>;
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeTrainingDatasetArgs = {
  version: Scalars['String']['input'];
};

/**
 * A CrowdCent Challenge prediction challenge (e.g. `hyperliquid-ranking`). Fields that need an
 * upstream call are nullable, so one failing call costs only its own field, never its siblings.
 */
export type CrowdCentChallengeTrainingDatasetsArgs = {
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
export type CrowdCentQueryChallengeArgs = {
  slug: Scalars['String']['input'];
};

/** CrowdCent Challenge entry points. */
export type CrowdCentQueryChallengesArgs = {
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Does nothing; present so that platform schemas can `extend type Mutation`.
   * @deprecated Placeholder; use a platform mutation.
   */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Uploads a Parquet prediction file into a slot of the current inference period (multipart upload,
   * streamed to the platform). Sent exactly once, never retried: if the platform's answer is lost the
   * error carries `extensions.outcome: "UNKNOWN"` — list the period's submissions to see whether it landed.
   */
  submitCrowdCentPredictions: SubmitCrowdCentPredictionsPayload;
};

export type MutationSubmitCrowdCentPredictionsArgs = {
  input: SubmitCrowdCentPredictionsInput;
};

/** An object with a globally unique, opaque ID. Refetch any object with `node(id:)`. */
export type Node = {
  /** Opaque global ID; stable for the same platform object. */
  id: Scalars['ID']['output'];
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
  /** One challenge by global ID; null when it does not exist. */
  challenge?: Maybe<Challenge>;
  /**
   * Challenges on every configured platform (or those in `platforms`), fetched in parallel. A platform
   * that fails adds an error with its path and code while the others' challenges still arrive.
   */
  challenges: ChallengeConnection;
  /** CrowdCent Challenge, with its own identifiers (slugs, versions, dates). */
  crowdcent: CrowdCentQuery;
  /** One dataset by global ID; null when it does not exist. */
  dataset?: Maybe<Dataset>;
  /** Fetches any object by its global ID. Null when it does not exist or is not visible to the caller. */
  node?: Maybe<Node>;
  /** Fetches several objects by global ID, in order; null in the slot of one that does not exist. */
  nodes: Array<Maybe<Node>>;
  /** The platforms this gateway knows, with their configuration state. */
  platforms: Array<PlatformInfo>;
  /** One submission by global ID; null when it does not exist or is not the caller's. */
  submission?: Maybe<Submission>;
};

export type QueryChallengeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryChallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  platforms?: InputMaybe<Array<Platform>>;
  status?: InputMaybe<ChallengeStatus>;
};

export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type QuerySubmissionArgs = {
  id: Scalars['ID']['input'];
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
  /** True when the platform replaced an earlier submission in the same slot and period. */
  replaced: Scalars['Boolean']['output'];
  /** The created or replaced submission; null when nothing was created or it was only queued. */
  submission?: Maybe<CrowdCentSubmission>;
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
  Challenge: CrowdCentChallengeModelModel;
  Dataset:
    CrowdCentInferencePeriodModelModel | CrowdCentMetaModelModelModel | CrowdCentTrainingDatasetModelModel;
  Node:
    | CrowdCentChallengeModelModel
    | CrowdCentInferencePeriodModelModel
    | CrowdCentMetaModelModelModel
    | CrowdCentSubmissionModelModel
    | CrowdCentTrainingDatasetModelModel;
  Submission: CrowdCentSubmissionModelModel;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Challenge: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Challenge']>;
  ChallengeConnection: ResolverTypeWrapper<ChallengeConnectionModelModel>;
  ChallengeEdge: ResolverTypeWrapper<ChallengeEdgeModelModel>;
  ChallengeStatus: ResolverTypeWrapper<Partial<ChallengeStatus>>;
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
  Dataset: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Dataset']>;
  DatasetKind: ResolverTypeWrapper<Partial<DatasetKind>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Platform: ResolverTypeWrapper<Partial<Platform>>;
  PlatformInfo: ResolverTypeWrapper<Partial<PlatformInfo>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Submission: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Submission']>;
  SubmissionStatus: ResolverTypeWrapper<Partial<SubmissionStatus>>;
  SubmitCrowdCentPredictionsInput: ResolverTypeWrapper<Partial<SubmitCrowdCentPredictionsInput>>;
  SubmitCrowdCentPredictionsPayload: ResolverTypeWrapper<SubmitOutcomeModel>;
  URL: ResolverTypeWrapper<Partial<Scalars['URL']['output']>>;
  Upload: ResolverTypeWrapper<Partial<Scalars['Upload']['output']>>;
  UserError: ResolverTypeWrapper<Partial<UserError>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Partial<Scalars['Boolean']['output']>;
  Challenge: ResolversInterfaceTypes<ResolversParentTypes>['Challenge'];
  ChallengeConnection: ChallengeConnectionModelModel;
  ChallengeEdge: ChallengeEdgeModelModel;
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
  Dataset: ResolversInterfaceTypes<ResolversParentTypes>['Dataset'];
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Float: Partial<Scalars['Float']['output']>;
  ID: Partial<Scalars['ID']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  JSON: Partial<Scalars['JSON']['output']>;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: Partial<PageInfo>;
  PlatformInfo: Partial<PlatformInfo>;
  Query: Record<PropertyKey, never>;
  String: Partial<Scalars['String']['output']>;
  Submission: ResolversInterfaceTypes<ResolversParentTypes>['Submission'];
  SubmitCrowdCentPredictionsInput: Partial<SubmitCrowdCentPredictionsInput>;
  SubmitCrowdCentPredictionsPayload: SubmitOutcomeModel;
  URL: Partial<Scalars['URL']['output']>;
  Upload: Partial<Scalars['Upload']['output']>;
  UserError: Partial<UserError>;
};

export type ChallengeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge'],
> = {
  __resolveType: TypeResolveFn<'CrowdCentChallenge', ParentType, ContextType>;
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
    RequireFields<CrowdCentChallengeInferencePeriodArgs, 'releaseDate'>
  >;
  inferencePeriods?: Resolver<
    Maybe<ResolversTypes['CrowdCentInferencePeriodConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengeInferencePeriodsArgs, 'first'>
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
    RequireFields<CrowdCentChallengeSubmissionArgs, 'submissionId'>
  >;
  submissions?: Resolver<
    Maybe<ResolversTypes['CrowdCentSubmissionConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengeSubmissionsArgs, 'first'>
  >;
  trainingDataset?: Resolver<
    Maybe<ResolversTypes['CrowdCentTrainingDataset']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengeTrainingDatasetArgs, 'version'>
  >;
  trainingDatasets?: Resolver<
    Maybe<ResolversTypes['CrowdCentTrainingDatasetConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentChallengeTrainingDatasetsArgs, 'first'>
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
    RequireFields<CrowdCentQueryChallengeArgs, 'slug'>
  >;
  challenges?: Resolver<
    Maybe<ResolversTypes['CrowdCentChallengeConnection']>,
    ParentType,
    ContextType,
    RequireFields<CrowdCentQueryChallengesArgs, 'first'>
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

export type DatasetResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset'],
> = {
  __resolveType: TypeResolveFn<
    'CrowdCentInferencePeriod' | 'CrowdCentMetaModel' | 'CrowdCentTrainingDataset',
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

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  submitCrowdCentPredictions?: Resolver<
    ResolversTypes['SubmitCrowdCentPredictionsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitCrowdCentPredictionsArgs, 'input'>
  >;
};

export type NodeResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'CrowdCentChallenge'
    | 'CrowdCentInferencePeriod'
    | 'CrowdCentMetaModel'
    | 'CrowdCentSubmission'
    | 'CrowdCentTrainingDataset',
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
  configured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasServerCredentials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  simulated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  challenge?: Resolver<
    Maybe<ResolversTypes['Challenge']>,
    ParentType,
    ContextType,
    RequireFields<QueryChallengeArgs, 'id'>
  >;
  challenges?: Resolver<
    ResolversTypes['ChallengeConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryChallengesArgs, 'first'>
  >;
  crowdcent?: Resolver<ResolversTypes['CrowdCentQuery'], ParentType, ContextType>;
  dataset?: Resolver<
    Maybe<ResolversTypes['Dataset']>,
    ParentType,
    ContextType,
    RequireFields<QueryDatasetArgs, 'id'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<
    Array<Maybe<ResolversTypes['Node']>>,
    ParentType,
    ContextType,
    RequireFields<QueryNodesArgs, 'ids'>
  >;
  platforms?: Resolver<Array<ResolversTypes['PlatformInfo']>, ParentType, ContextType>;
  submission?: Resolver<
    Maybe<ResolversTypes['Submission']>,
    ParentType,
    ContextType,
    RequireFields<QuerySubmissionArgs, 'id'>
  >;
};

export type SubmissionResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['Submission'] = ResolversParentTypes['Submission'],
> = {
  __resolveType: TypeResolveFn<'CrowdCentSubmission', ParentType, ContextType>;
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
  replaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submission?: Resolver<Maybe<ResolversTypes['CrowdCentSubmission']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UserErrorResolvers<
  ContextType = GatewayContext,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  Challenge?: ChallengeResolvers<ContextType>;
  ChallengeConnection?: ChallengeConnectionResolvers<ContextType>;
  ChallengeEdge?: ChallengeEdgeResolvers<ContextType>;
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
  Dataset?: DatasetResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformInfo?: PlatformInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Submission?: SubmissionResolvers<ContextType>;
  SubmitCrowdCentPredictionsPayload?: SubmitCrowdCentPredictionsPayloadResolvers<ContextType>;
  URL?: GraphQLScalarType;
  Upload?: GraphQLScalarType;
  UserError?: UserErrorResolvers<ContextType>;
};
