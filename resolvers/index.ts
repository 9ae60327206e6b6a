import type { Resolvers } from './__generated__/types.js';
import { Challenge, Dataset, Submission, challengeQueries } from './challenges.js';
import { CrowdCentChallenge, CrowdCentQuery } from './crowdcent/challenge.js';
import {
  CrowdCentInferencePeriod,
  CrowdCentMetaModel,
  CrowdCentTrainingDataset,
} from './crowdcent/datasets.js';
import {
  CrowdCentSubmission,
  SubmitCrowdCentPredictionsPayload,
  submitCrowdCentPredictions,
} from './crowdcent/submission.js';
import { Node, nodeQueries } from './node.js';
import { platformQueries } from './platforms.js';
import { scalarResolvers } from './support/scalars.js';

export type { GatewayContext, FileLinker, PlatformInfoModel } from './context.js';
export { PartialErrors } from './support/partialErrors.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    ...nodeQueries,
    ...challengeQueries,
    ...platformQueries,
    crowdcent: () => ({}),
  },
  Mutation: {
    _noop: () => null,
    submitCrowdCentPredictions,
  },
  Node,
  Challenge,
  Dataset,
  Submission,
  CrowdCentQuery,
  CrowdCentChallenge,
  CrowdCentTrainingDataset,
  CrowdCentInferencePeriod,
  CrowdCentMetaModel,
  CrowdCentSubmission,
  SubmitCrowdCentPredictionsPayload,
};
