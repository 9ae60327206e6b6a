import type { CrowdCentChallengeResolvers, CrowdCentQueryResolvers } from '../__generated__/types.js';
import { primeChallenges, toMetaModel } from '../../datasources/crowdcent/index.js';
import { badUserInput } from '../../datasources/core/index.js';
import { connectionFromList } from '../support/connections.js';
import { nodeId } from '../support/globalId.js';
import { crowdcentOf } from '../support/platforms.js';

export const CrowdCentQuery: CrowdCentQueryResolvers = {
  challenges: async (_root, args, ctx) => {
    const { api, loaders } = crowdcentOf(ctx);
    const challenges = await api.listChallenges();
    primeChallenges(loaders, challenges);
    return connectionFromList(challenges, args);
  },
  challenge: (_root, { slug }, ctx) => crowdcentOf(ctx).loaders.challenge.load(slug),
  viewer: (_root, _args, ctx) => crowdcentOf(ctx).api.checkAuth(),
};

export const CrowdCentChallenge: CrowdCentChallengeResolvers = {
  id: nodeId,
  trainingDatasets: async (challenge, args, ctx) =>
    connectionFromList(await crowdcentOf(ctx).loaders.trainingDatasets.load(challenge.slug), args),
  // Read from the version list: one call serves `latestTrainingDataset`, `trainingDataset(version)`
  // and `trainingDatasets` together.
  latestTrainingDataset: async (challenge, _args, ctx) =>
    (await crowdcentOf(ctx).loaders.trainingDatasets.load(challenge.slug)).find((d) => d.isLatest) ?? null,
  trainingDataset: async (challenge, { version }, ctx) =>
    (await crowdcentOf(ctx).loaders.trainingDatasets.load(challenge.slug)).find(
      (d) => d.version === version,
    ) ?? null,
  inferencePeriods: async (challenge, args, ctx) =>
    connectionFromList(await crowdcentOf(ctx).loaders.inferencePeriods.load(challenge.slug), args),
  currentInferencePeriod: (challenge, _args, ctx) =>
    crowdcentOf(ctx).loaders.currentInferencePeriod.load(challenge.slug),
  inferencePeriod: async (challenge, { releaseDate }, ctx) =>
    (await crowdcentOf(ctx).loaders.inferencePeriods.load(challenge.slug)).find(
      (p) => p.releaseDate === releaseDate,
    ) ?? null,
  submissions: async (challenge, args, ctx) => {
    const period = periodParam(args.period);
    const list = await crowdcentOf(ctx).loaders.submissions.load({ slug: challenge.slug, period });
    return connectionFromList(list, args);
  },
  submission: (challenge, { submissionId }, ctx) =>
    crowdcentOf(ctx).loaders.submission.load({ slug: challenge.slug, id: submissionId }),
  metaModel: (challenge) => toMetaModel(challenge.slug),
};

function periodParam(
  filter: { current?: boolean | null; releaseDate?: string | null } | null | undefined,
): string | undefined {
  if (!filter) return undefined;
  const wantsCurrent = filter.current === true;
  const date = filter.releaseDate ?? undefined;
  if (wantsCurrent && date)
    throw badUserInput('Give either `current` or `releaseDate` in `period`, not both.', 'period');
  return wantsCurrent ? 'current' : date;
}
