import type {
  ArenaDatasetResolvers,
  ArenaGroupResolvers,
  ArenaJobResolvers,
  ArenaPictureResolvers,
  ArenaPointResolvers,
  ArenaQueryResolvers,
  ArenaRoundResolvers,
  ArenaWorkerResolvers,
} from '../__generated__/types.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { ArenaJobModel, ArenaLoaders } from '../../datasources/arena/index.js';
import type { GatewayContext } from '../context.js';
import { connectionFromList } from '../support/connections.js';
import { nodeId, toGlobalId } from '../support/globalId.js';
import { selectsInNodes } from '../support/lookahead.js';
import { arenaOf } from '../support/platforms.js';

/** A job read from a list lacks its labels: the job itself (one call, deduplicated) has them. */
async function withLabels(job: ArenaJobModel, ctx: GatewayContext): Promise<ArenaJobModel> {
  if (job.labels) return job;
  return (await arenaOf(ctx).loaders.jobDetail.load(job.nativeId)) ?? job;
}

/**
 * Jobs' datasets and rounds come from whole lists that need nothing from the jobs: started beside a
 * job list when the query selects them, the jobs' loaders then use these same reads.
 */
export function prefetchJobLists(loaders: ArenaLoaders, info: GraphQLResolveInfo): void {
  if (selectsInNodes(info, ['dataset'])) loaders.datasets.prefetch();
  if (selectsInNodes(info, ['round'])) loaders.rounds.prefetch();
}

export const ArenaQuery: ArenaQueryResolvers = {
  viewer: (_root, _args, ctx) => arenaOf(ctx).api.me(),
  groups: (_root, _args, ctx) => arenaOf(ctx).loaders.groups.load(),
  rounds: (_root, _args, ctx) => arenaOf(ctx).loaders.rounds.load(),
  round: (_root, { roundId }, ctx) => arenaOf(ctx).loaders.round.load(roundId),
  datasets: (_root, _args, ctx) => arenaOf(ctx).loaders.datasets.load(),
  dataset: (_root, { datasetId }, ctx) => arenaOf(ctx).loaders.dataset.load(datasetId),
  jobs: async (_root, args, ctx, info) => {
    const { api, loaders } = arenaOf(ctx);
    prefetchJobLists(loaders, info);
    const jobs = await api.listJobs({
      status: args.status ?? undefined,
      datasetId: args.datasetId ?? undefined,
      roundId: args.roundId ?? undefined,
      owner: args.owner ?? undefined,
    });
    for (const job of jobs) loaders.job.prime(job.nativeId, job);
    return connectionFromList(jobs, args);
  },
  job: (_root, { jobId }, ctx) => arenaOf(ctx).loaders.jobDetail.load(jobId),
  jobParams: (_root, { jobId }, ctx) => arenaOf(ctx).loaders.jobParams.load(jobId),
  workers: (_root, _args, ctx) => arenaOf(ctx).api.listWorkers(),
};

export const ArenaRound: ArenaRoundResolvers = {
  id: nodeId,
  datasets: async (round, _args, ctx) => {
    const datasets = await Promise.all(round.datasetIds.map((id) => arenaOf(ctx).loaders.dataset.load(id)));
    return datasets.filter((d) => d !== null);
  },
  jobs: async (round, args, ctx) =>
    connectionFromList(
      await arenaOf(ctx).api.listJobs({ roundId: round.nativeId, status: args.status ?? undefined }),
      args,
    ),
};

export const ArenaGroup: ArenaGroupResolvers = { id: nodeId };

export const ArenaDataset: ArenaDatasetResolvers = {
  id: nodeId,
  downloadUrl: () => null,
  points: async (dataset, args, ctx) => {
    const points = await arenaOf(ctx).loaders.points.load({
      datasetId: dataset.nativeId,
      split: args.split ?? null,
    });
    return connectionFromList(points ?? [], args, 100);
  },
};

/** Point ids are unique only with their dataset: the global id carries both. */
export const ArenaPoint: ArenaPointResolvers = {
  id: (point) => toGlobalId('ARENA', 'ArenaPoint', `${point.datasetId}/${point.nativeId}`),
};

export const ArenaJob: ArenaJobResolvers = {
  id: nodeId,
  dataset: (job, _args, ctx) => arenaOf(ctx).loaders.dataset.load(job.datasetId),
  round: (job, _args, ctx) => (job.roundId ? arenaOf(ctx).loaders.round.load(job.roundId) : null),
  worker: (job, _args, ctx) => (job.worker ? arenaOf(ctx).loaders.worker.load(job.worker) : null),
  labels: async (job, _args, ctx) => (await withLabels(job, ctx)).labels,
};

export const ArenaPicture: ArenaPictureResolvers = {
  downloadUrl: (picture, _args, ctx) =>
    ctx.files.link({
      platform: 'ARENA',
      path: picture.downloadPath ?? picture.url,
      credential: arenaOf(ctx).api.credential,
      filename: picture.filename,
    }),
};

export const ArenaWorker: ArenaWorkerResolvers = { id: nodeId };
