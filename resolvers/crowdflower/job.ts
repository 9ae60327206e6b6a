import type { CrowdFlowerJobResolvers, CrowdFlowerQueryResolvers } from '../__generated__/types.js';
import {
  AGGREGATES_PAGE_SIZE,
  JOBS_PAGE_SIZE,
  UNITS_PAGE_SIZE,
  toWorker,
} from '../../datasources/crowdflower/index.js';
import { connectionFromPages } from '../support/connections.js';
import { nodeId } from '../support/globalId.js';
import { hasArgument, selectsPath } from '../support/lookahead.js';
import { crowdflowerOf } from '../support/platforms.js';

export const CrowdFlowerQuery: CrowdFlowerQueryResolvers = {
  jobs: async (_root, args, ctx) => {
    const { loaders } = crowdflowerOf(ctx);
    const connection = await connectionFromPages({
      loadPage: (page) => loaders.jobsPage.load(page),
      pageSize: JOBS_PAGE_SIZE,
      page: args,
      fallbackSize: 20,
      maxSize: 100,
    });
    for (const job of connection.nodes) loaders.job.prime(job.jobId, job);
    return connection;
  },
  job: (_root, { jobId }, ctx, info) => {
    const { loaders } = crowdflowerOf(ctx);
    // The first units page needs only the job id: read it beside the job, not a round trip later.
    const units = selectsPath(info, ['units']);
    if (units && !hasArgument(units, 'after')) {
      loaders.unitsPage.load({ jobId, page: 1 }).catch(() => undefined);
    }
    return loaders.job.load(jobId);
  },
};

export const CrowdFlowerJob: CrowdFlowerJobResolvers = {
  id: nodeId,
  tags: (job, _args, ctx) => crowdflowerOf(ctx).loaders.tags.load(job.jobId),
  channels: (job, _args, ctx) => crowdflowerOf(ctx).loaders.channels.load(job.jobId),
  progress: (job, _args, ctx) => crowdflowerOf(ctx).loaders.progress.load(job.jobId),
  unitsProgress: (job, _args, ctx) => crowdflowerOf(ctx).loaders.unitsProgress.load(job.jobId),
  legend: (job, _args, ctx) => crowdflowerOf(ctx).loaders.legend.load(job.jobId),
  units: (job, args, ctx) => {
    const { loaders } = crowdflowerOf(ctx);
    return connectionFromPages({
      loadPage: (page) => loaders.unitsPage.load({ jobId: job.jobId, page }),
      pageSize: UNITS_PAGE_SIZE,
      page: args,
      fallbackSize: 100,
    });
  },
  unit: (job, { unitId }, ctx) => crowdflowerOf(ctx).loaders.unit.load({ jobId: job.jobId, unitId }),
  judgmentAggregates: (job, args, ctx) => {
    const { loaders } = crowdflowerOf(ctx);
    return connectionFromPages({
      loadPage: (page) => loaders.aggregatesPage.load({ jobId: job.jobId, page }),
      pageSize: AGGREGATES_PAGE_SIZE,
      page: args,
      fallbackSize: 100,
    });
  },
  judgment: (job, { judgmentId }, ctx) =>
    crowdflowerOf(ctx).loaders.judgment.load({ jobId: job.jobId, judgmentId }),
  order: (job, { orderId }, ctx) => crowdflowerOf(ctx).api.getOrder(job.jobId, orderId),
  report: (job, { type }, ctx) => crowdflowerOf(ctx).api.getReportStatus(job.jobId, type ?? 'JSON'),
  worker: (job, { workerId }) => toWorker(job.jobId, workerId),
};
