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
import { CrowdFlowerJob, CrowdFlowerQuery } from './crowdflower/job.js';
import { crowdflowerMutations, payloadResolvers } from './crowdflower/mutations.js';
import {
  CrowdFlowerJudgment,
  CrowdFlowerJudgmentAggregate,
  CrowdFlowerReport,
  CrowdFlowerUnit,
  CrowdFlowerWorker,
} from './crowdflower/unit.js';
import { grandChallengeMutations, grandChallengePayloads } from './grand-challenge/mutations.js';
import {
  GrandChallengeAlgorithm,
  GrandChallengeAlgorithmJob,
  GrandChallengeAnswer,
  GrandChallengeArchive,
  GrandChallengeArchiveItem,
  GrandChallengeChallenge,
  GrandChallengeDisplaySet,
  GrandChallengeEvaluation,
  GrandChallengeImage,
  GrandChallengeQuery,
  GrandChallengeReader,
  GrandChallengeReaderStudy,
  GrandChallengeSocketValue,
} from './grand-challenge/reads.js';
import { arenaMutations, arenaPayloads } from './arena/mutations.js';
import {
  ArenaDataset,
  ArenaGroup,
  ArenaJob,
  ArenaPicture,
  ArenaPoint,
  ArenaQuery,
  ArenaRound,
  ArenaWorker,
} from './arena/reads.js';
import { crowdaiMutations, crowdaiPayloads } from './crowdai/mutations.js';
import { CrowdAIChallenge, CrowdAIParticipant, CrowdAIQuery, CrowdAISubmission } from './crowdai/reads.js';
import { Job, Judgment, Unit, Worker, jobQueries } from './jobs.js';
import { Node, nodeQueries } from './node.js';
import { platformQueries } from './platforms.js';
import { scalarResolvers } from './support/scalars.js';
import { subscriptionResolvers } from './subscriptions.js';

export type { GatewayContext, FileLinker, PlatformInfoModel, WatchBinding, WatchContext } from './context.js';
export { PartialErrors } from './support/partialErrors.js';
export { CREDENTIAL_HEADERS, CREDENTIAL_HEADERS_BY_PLATFORM } from './support/credentialHeaders.js';
export type { SubscriptionEvent } from './subscriptions.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    ...nodeQueries,
    ...challengeQueries,
    ...platformQueries,
    ...jobQueries,
    crowdcent: () => ({}),
    crowdflower: () => ({}),
    grandChallenge: () => ({}),
    crowdai: () => ({}),
    arena: () => ({}),
  },
  Mutation: {
    _noop: () => null,
    submitCrowdCentPredictions,
    ...crowdflowerMutations,
    ...grandChallengeMutations,
    ...crowdaiMutations,
    ...arenaMutations,
  },
  Subscription: subscriptionResolvers,
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
  Job,
  Unit,
  Judgment,
  Worker,
  CrowdFlowerQuery,
  CrowdFlowerJob,
  CrowdFlowerUnit,
  CrowdFlowerJudgment,
  CrowdFlowerWorker,
  CrowdFlowerJudgmentAggregate,
  CrowdFlowerReport,
  ...payloadResolvers,
  GrandChallengeQuery,
  GrandChallengeChallenge,
  GrandChallengeAlgorithm,
  GrandChallengeAlgorithmJob,
  GrandChallengeSocketValue,
  GrandChallengeImage,
  GrandChallengeArchive,
  GrandChallengeArchiveItem,
  GrandChallengeReaderStudy,
  GrandChallengeDisplaySet,
  GrandChallengeAnswer,
  GrandChallengeReader,
  GrandChallengeEvaluation,
  ...grandChallengePayloads,
  CrowdAIQuery,
  CrowdAIChallenge,
  CrowdAISubmission,
  CrowdAIParticipant,
  ...crowdaiPayloads,
  ArenaQuery,
  ArenaRound,
  ArenaGroup,
  ArenaDataset,
  ArenaPoint,
  ArenaJob,
  ArenaPicture,
  ArenaWorker,
  ...arenaPayloads,
};
