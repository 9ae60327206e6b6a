import type {
  ChallengeResolvers,
  DatasetResolvers,
  QueryResolvers,
  SubmissionResolvers,
} from './__generated__/types.js';
import type { PlatformName } from '../datasources/core/index.js';
import { primeChallenges } from '../datasources/crowdcent/index.js';
import type { GatewayContext } from './context.js';
import type { ChallengeModel, DatasetModel, SubmissionModel } from './support/models.js';
import { implementsInterface } from './support/byInterface.js';
import { fanOutConnection, offsetPager, wholeListPager, type PlatformPager } from './support/fanout.js';
import { byTypename, loadNode } from './node.js';

/** One pager per platform that has challenges; platforms join this list as they arrive. */
function challengePagers(
  ctx: GatewayContext,
  filter: ((challenge: ChallengeModel) => boolean) | undefined,
): Map<PlatformName, PlatformPager<ChallengeModel>> {
  const pagers = new Map<PlatformName, PlatformPager<ChallengeModel>>();
  const crowdcent = ctx.crowdcent;
  if (crowdcent) {
    const fetchAll = async () => {
      const list = await crowdcent.api.listChallenges();
      primeChallenges(crowdcent.loaders, list);
      return list;
    };
    pagers.set('CROWDCENT', wholeListPager(fetchAll, filter));
  }
  const crowdai = ctx.crowdai;
  if (crowdai)
    pagers.set(
      'CROWDAI',
      wholeListPager(() => crowdai.api.listChallenges(), filter),
    );
  const grandChallenge = ctx.grandChallenge;
  if (grandChallenge) {
    pagers.set(
      'GRAND_CHALLENGE',
      offsetPager((page) => grandChallenge.api.listChallenges(page), filter),
    );
  }
  const arena = ctx.arena;
  if (arena)
    pagers.set(
      'ARENA',
      wholeListPager(() => arena.loaders.rounds.load(), filter),
    );
  return pagers;
}

export const challengeQueries: Pick<QueryResolvers, 'challenges' | 'challenge' | 'dataset' | 'submission'> = {
  challenges: (_root, args, ctx, info) =>
    fanOutConnection({
      pagers: challengePagers(ctx, args.status ? (challenge) => challenge.status === args.status : undefined),
      platforms: args.platforms ?? undefined,
      page: args,
      onPlatformError: (error) => ctx.partialErrors.add(error, info),
    }),
  challenge: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Challenge', info) ? (node as ChallengeModel) : null;
  },
  dataset: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Dataset', info) ? (node as DatasetModel) : null;
  },
  submission: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Submission', info) ? (node as SubmissionModel) : null;
  },
};

export const Challenge: ChallengeResolvers = { __resolveType: byTypename };
export const Dataset: DatasetResolvers = { __resolveType: byTypename };
export const Submission: SubmissionResolvers = { __resolveType: byTypename };
