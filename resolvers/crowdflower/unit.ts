import type {
  CrowdFlowerJudgmentAggregateResolvers,
  CrowdFlowerJudgmentResolvers,
  CrowdFlowerReportResolvers,
  CrowdFlowerUnitResolvers,
  CrowdFlowerWorkerResolvers,
} from '../__generated__/types.js';
import { GatewayError } from '../../datasources/core/index.js';
import {
  toWorker,
  type CrowdFlowerUnitDetail,
  type CrowdFlowerUnitModel,
} from '../../datasources/crowdflower/index.js';
import type { GatewayContext } from '../context.js';
import { nodeId } from '../support/globalId.js';
import { crowdflowerOf } from '../support/platforms.js';

/** A listed unit has only its data; the rest comes from the unit loader (batched per job). */
async function detailOf(unit: CrowdFlowerUnitModel, ctx: GatewayContext): Promise<CrowdFlowerUnitDetail> {
  if (unit.detail) return unit.detail;
  const full = await crowdflowerOf(ctx).loaders.unit.load({ jobId: unit.jobId, unitId: unit.unitId });
  if (!full?.detail) {
    throw new GatewayError('NOT_FOUND', `CrowdFlower has no unit ${unit.unitId} in job ${unit.jobId}.`, {
      platform: 'CROWDFLOWER',
    });
  }
  return full.detail;
}

export const CrowdFlowerUnit: CrowdFlowerUnitResolvers = {
  id: nodeId,
  status: async (unit, _args, ctx) => (await detailOf(unit, ctx)).status,
  platformStatus: async (unit, _args, ctx) => (await detailOf(unit, ctx)).platformStatus,
  createdAt: async (unit, _args, ctx) => (await detailOf(unit, ctx)).createdAt,
  updatedAt: async (unit, _args, ctx) => (await detailOf(unit, ctx)).updatedAt,
  agreement: async (unit, _args, ctx) => (await detailOf(unit, ctx)).agreement,
  difficulty: async (unit, _args, ctx) => (await detailOf(unit, ctx)).difficulty,
  judgmentsCount: async (unit, _args, ctx) => (await detailOf(unit, ctx)).judgmentsCount,
  missedCount: async (unit, _args, ctx) => (await detailOf(unit, ctx)).missedCount,
  golden: async (unit, _args, ctx) => (await detailOf(unit, ctx)).status === 'GOLDEN',
  results: async (unit, _args, ctx) => (await detailOf(unit, ctx)).results,
  judgments: async (unit, _args, ctx) => (await detailOf(unit, ctx)).judgments,
  job: (unit, _args, ctx) => crowdflowerOf(ctx).loaders.job.load(unit.jobId),
};

export const CrowdFlowerJudgment: CrowdFlowerJudgmentResolvers = {
  id: nodeId,
  // Workers have no resource of their own: the id in the judgment is all there is, so no call.
  worker: (judgment) => toWorker(judgment.jobId, judgment.workerId),
  unit: (judgment, _args, ctx) =>
    crowdflowerOf(ctx).loaders.unit.load({ jobId: judgment.jobId, unitId: judgment.unitId }),
};

export const CrowdFlowerWorker: CrowdFlowerWorkerResolvers = {
  id: nodeId,
};

export const CrowdFlowerJudgmentAggregate: CrowdFlowerJudgmentAggregateResolvers = {
  unit: (aggregate, _args, ctx) =>
    crowdflowerOf(ctx).loaders.unit.load({ jobId: aggregate.jobId, unitId: aggregate.unitId }),
};

export const CrowdFlowerReport: CrowdFlowerReportResolvers = {
  downloadUrl: (report, _args, ctx) =>
    report.downloadPath
      ? ctx.files.link({
          platform: 'CROWDFLOWER',
          path: report.downloadPath,
          credential: crowdflowerOf(ctx).api.credential,
          filename: `crowdflower-job-${report.jobId}-${report.type.toLowerCase()}.zip`,
        })
      : null,
};
