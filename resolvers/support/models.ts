import type {
  CrowdCentChallengeModel,
  CrowdCentInferencePeriodModel,
  CrowdCentSubmissionModel,
  CrowdCentTrainingDatasetModel,
} from '../../datasources/crowdcent/index.js';

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
export type ChallengeModel = CrowdCentChallengeModel;

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
