import type {
  CrowdCentChallengeModel,
  CrowdCentInferencePeriodModel,
  CrowdCentMetaModelModel,
  CrowdCentSubmissionModel,
  CrowdCentTrainingDatasetModel,
} from '../../datasources/crowdcent/index.js';
import type {
  CrowdFlowerAggregateModel,
  CrowdFlowerJobModel,
  CrowdFlowerJudgmentModel,
  CrowdFlowerOrderModel,
  CrowdFlowerReportModel,
  CrowdFlowerUnitModel,
  CrowdFlowerWorkerModel,
} from '../../datasources/crowdflower/index.js';

import type {
  GcAlgorithmModel,
  GcAnswerModel,
  GcArchiveItemModel,
  GcArchiveModel,
  GcReaderModel,
  GcChallengeModel,
  GcDisplaySetModel,
  GcEvaluationModel,
  GcJobModel,
  GcReaderStudyModel,
  GcSocketModel,
} from '../../datasources/grand-challenge/index.js';

import type {
  CrowdAIChallengeModel,
  CrowdAIGradeResultModel,
  CrowdAIParticipantModel,
  CrowdAISubmissionModel,
} from '../../datasources/crowdai/index.js';

import type {
  ArenaDatasetModel,
  ArenaWorkerModel,
  ArenaGroupModel,
  ArenaJobModel,
  ArenaPictureModel,
  ArenaPointModel,
  ArenaRoundModel,
} from '../../datasources/arena/index.js';

/** Shapes resolvers pass between each other that no single data source owns. */
export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface ConnectionModel<T> {
  edges: EdgeModel<T>[];
  nodes: T[];
  pageInfo: PageInfoModel;
  totalCount: number | null;
}

/** Namespaces such as `Query.crowdcent` carry no data of their own. */
export type EmptyRootModel = Record<string, never>;

/** Every type that implements `Challenge`; grows as platforms join. */
export type ChallengeModel =
  CrowdCentChallengeModel | GcChallengeModel | CrowdAIChallengeModel | ArenaRoundModel;

/** Every type that implements `Dataset`, `Submission`, `Unit`, `Judgment`, `Worker`. */
export type DatasetModel =
  | CrowdCentTrainingDatasetModel
  | CrowdCentInferencePeriodModel
  | CrowdCentMetaModelModel
  | GcArchiveModel
  | ArenaDatasetModel;
export type SubmissionModel = CrowdCentSubmissionModel | GcEvaluationModel | CrowdAISubmissionModel;
export type UnitModel = CrowdFlowerUnitModel | GcDisplaySetModel;
export type JudgmentModel = CrowdFlowerJudgmentModel | GcAnswerModel;
export type WorkerModel = CrowdFlowerWorkerModel | GcReaderModel | CrowdAIParticipantModel | ArenaWorkerModel;

/** Every type that implements `Job`. */
export type JobModel = CrowdFlowerJobModel | GcJobModel | ArenaJobModel;
export type JobConnectionModel = ConnectionModel<JobModel>;
export type JobEdgeModel = EdgeModel<JobModel>;

/** A mutation's answer: the changed object, or what the user can fix (DESIGN §4). */
export interface PayloadModel<T> {
  value: T | null;
  message: string | null;
  userErrors: UserErrorModel[];
}

export interface UserErrorModel {
  field: string[] | null;
  message: string;
  code: string;
}

export type CrowdFlowerJobConnectionModel = ConnectionModel<CrowdFlowerJobModel>;
export type CrowdFlowerJobEdgeModel = EdgeModel<CrowdFlowerJobModel>;
export type CrowdFlowerUnitConnectionModel = ConnectionModel<CrowdFlowerUnitModel>;
export type CrowdFlowerUnitEdgeModel = EdgeModel<CrowdFlowerUnitModel>;
export type CrowdFlowerAggregateConnectionModel = ConnectionModel<CrowdFlowerAggregateModel>;
export type CrowdFlowerAggregateEdgeModel = EdgeModel<CrowdFlowerAggregateModel>;
export type CrowdFlowerJobPayloadModel = PayloadModel<CrowdFlowerJobModel>;
export type CrowdFlowerLaunchPayloadModel = PayloadModel<{
  job: CrowdFlowerJobModel | null;
  order: CrowdFlowerOrderModel | null;
}>;
export type CrowdFlowerDeletePayloadModel = PayloadModel<number>;
export type CrowdFlowerUploadPayloadModel = PayloadModel<CrowdFlowerJobModel> & { rowsSent: number };
export type CrowdFlowerUnitPayloadModel = PayloadModel<CrowdFlowerUnitModel>;
export type CrowdFlowerTagsPayloadModel = PayloadModel<CrowdFlowerJobModel> & { tags: string[] | null };
export type CrowdFlowerWorkerPayloadModel = PayloadModel<CrowdFlowerWorkerModel>;
export type CrowdFlowerRegeneratePayloadModel = PayloadModel<CrowdFlowerReportModel>;

export type ChallengeConnectionModel = ConnectionModel<ChallengeModel>;
export type ChallengeEdgeModel = EdgeModel<ChallengeModel>;
export type CrowdCentChallengeConnectionModel = ConnectionModel<CrowdCentChallengeModel>;
export type CrowdCentChallengeEdgeModel = EdgeModel<CrowdCentChallengeModel>;
export type CrowdCentTrainingDatasetConnectionModel = ConnectionModel<CrowdCentTrainingDatasetModel>;
export type CrowdCentTrainingDatasetEdgeModel = EdgeModel<CrowdCentTrainingDatasetModel>;
export type CrowdCentInferencePeriodConnectionModel = ConnectionModel<CrowdCentInferencePeriodModel>;
export type CrowdCentInferencePeriodEdgeModel = EdgeModel<CrowdCentInferencePeriodModel>;
export type CrowdCentSubmissionConnectionModel = ConnectionModel<CrowdCentSubmissionModel>;
export type CrowdCentSubmissionEdgeModel = EdgeModel<CrowdCentSubmissionModel>;

export type GcChallengeConnectionModel = ConnectionModel<GcChallengeModel>;
export type GcChallengeEdgeModel = EdgeModel<GcChallengeModel>;
export type GcAlgorithmConnectionModel = ConnectionModel<GcAlgorithmModel>;
export type GcAlgorithmEdgeModel = EdgeModel<GcAlgorithmModel>;
export type GcAlgorithmJobConnectionModel = ConnectionModel<GcJobModel>;
export type GcAlgorithmJobEdgeModel = EdgeModel<GcJobModel>;
export type GcArchiveConnectionModel = ConnectionModel<GcArchiveModel>;
export type GcArchiveEdgeModel = EdgeModel<GcArchiveModel>;
export type GcArchiveItemConnectionModel = ConnectionModel<GcArchiveItemModel>;
export type GcArchiveItemEdgeModel = EdgeModel<GcArchiveItemModel>;
export type GcReaderStudyConnectionModel = ConnectionModel<GcReaderStudyModel>;
export type GcReaderStudyEdgeModel = EdgeModel<GcReaderStudyModel>;
export type GcDisplaySetConnectionModel = ConnectionModel<GcDisplaySetModel>;
export type GcDisplaySetEdgeModel = EdgeModel<GcDisplaySetModel>;
export type GcEvaluationConnectionModel = ConnectionModel<GcEvaluationModel>;
export type GcEvaluationEdgeModel = EdgeModel<GcEvaluationModel>;
export type GcSocketConnectionModel = ConnectionModel<GcSocketModel>;
export type GcSocketEdgeModel = EdgeModel<GcSocketModel>;
export type GcJobPayloadModel = PayloadModel<GcJobModel>;
export type GcArchiveItemPayloadModel = PayloadModel<GcArchiveItemModel>;
export type GcDisplaySetPayloadModel = PayloadModel<GcDisplaySetModel>;
export type GcAnswerPayloadModel = PayloadModel<GcAnswerModel>;
export type CrowdAIChallengeConnectionModel = ConnectionModel<CrowdAIChallengeModel>;
export type CrowdAIChallengeEdgeModel = EdgeModel<CrowdAIChallengeModel>;
export type CrowdAISubmissionConnectionModel = ConnectionModel<CrowdAISubmissionModel>;
export type CrowdAISubmissionEdgeModel = EdgeModel<CrowdAISubmissionModel>;
/** A grade's answer, and the submission when the caller's key may read it. */
export type CrowdAIGradePayloadModel = PayloadModel<CrowdAIGradeResultModel> & {
  submission?: CrowdAISubmissionModel | null;
};
export type ArenaJobConnectionModel = ConnectionModel<ArenaJobModel>;
export type ArenaJobEdgeModel = EdgeModel<ArenaJobModel>;
export type ArenaPointConnectionModel = ConnectionModel<ArenaPointModel>;
export type ArenaPointEdgeModel = EdgeModel<ArenaPointModel>;
export type ArenaGroupPayloadModel = PayloadModel<ArenaGroupModel>;
export type ArenaRoundPayloadModel = PayloadModel<ArenaRoundModel>;
export type ArenaJobPayloadModel = PayloadModel<ArenaJobModel>;
export type ArenaPicturePayloadModel = PayloadModel<ArenaPictureModel>;
