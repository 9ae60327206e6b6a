import type {
  JobResolvers,
  JudgmentResolvers,
  QueryResolvers,
  UnitResolvers,
  WorkerResolvers,
} from './__generated__/types.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { PlatformName } from '../datasources/core/index.js';
import { JOBS_PAGE_SIZE } from '../datasources/crowdflower/index.js';
import type { GatewayContext } from './context.js';
import { readPages } from './support/connections.js';
import { fanOutConnection, offsetPager, wholeListPager, type PlatformPager } from './support/fanout.js';
import type { JobModel, JudgmentModel, UnitModel, WorkerModel } from './support/models.js';
import { implementsInterface } from './support/byInterface.js';
import { prefetchJobLists } from './arena/reads.js';
import { byTypename, loadNode } from './node.js';

/** One pager per platform that has jobs; platforms join as they arrive. */
function jobPagers(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  filter: ((job: JobModel) => boolean) | undefined,
): Map<PlatformName, PlatformPager<JobModel>> {
  const pagers = new Map<PlatformName, PlatformPager<JobModel>>();
  const crowdflower = ctx.crowdflower;
  if (crowdflower) {
    pagers.set('CROWDFLOWER', async ({ first, after }) => {
      const read = await readPages({
        loadPage: (page) => crowdflower.loaders.jobsPage.load(page),
        pageSize: JOBS_PAGE_SIZE,
        afterIndex: after === undefined ? -1 : Number(after),
        first,
        filter,
      });
      for (const job of read.items) crowdflower.loaders.job.prime(job.jobId, job);
      return {
        items: read.items,
        cursors: read.indexes.map(String),
        hasNextPage: read.hasNextPage,
        totalCount: null,
      };
    });
  }
  const grandChallenge = ctx.grandChallenge;
  if (grandChallenge) {
    pagers.set(
      'GRAND_CHALLENGE',
      offsetPager((page) => grandChallenge.api.listJobs(page), filter),
    );
  }
  const arena = ctx.arena;
  if (arena)
    pagers.set(
      'ARENA',
      wholeListPager(() => {
        // only ArenaJob has these fields; as in `arena { jobs }`
        prefetchJobLists(arena.loaders, info);
        return arena.api.listJobs();
      }, filter),
    );
  return pagers;
}

export const jobQueries: Pick<QueryResolvers, 'jobs' | 'job' | 'unit' | 'judgment' | 'worker'> = {
  jobs: (_root, args, ctx, info) =>
    fanOutConnection({
      pagers: jobPagers(ctx, info, args.status ? (job) => job.status === args.status : undefined),
      platforms: args.platforms ?? undefined,
      page: args,
      onPlatformError: (error) => ctx.partialErrors.add(error, info),
    }),
  job: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Job', info) ? (node as JobModel) : null;
  },
  unit: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Unit', info) ? (node as UnitModel) : null;
  },
  judgment: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Judgment', info) ? (node as JudgmentModel) : null;
  },
  worker: async (_root, { id }, ctx, info) => {
    const node = await loadNode(id, ctx);
    return node && implementsInterface(node, 'Worker', info) ? (node as WorkerModel) : null;
  },
};

export const Job: JobResolvers = { __resolveType: byTypename };
export const Unit: UnitResolvers = { __resolveType: byTypename };
export const Judgment: JudgmentResolvers = { __resolveType: byTypename };
export const Worker: WorkerResolvers = { __resolveType: byTypename };
