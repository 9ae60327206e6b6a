import { toWorker, type CrowdFlowerNodeModel } from '../../datasources/crowdflower/index.js';
import type { GatewayContext } from '../context.js';
import { crowdflowerOf } from '../support/platforms.js';

/** `jobId` or `jobId/childId`, digits only. */
export function crowdflowerIds(nativeId: string): number[] | null {
  if (!/^\d{1,15}(\/\d{1,15})?$/.test(nativeId)) return null;
  return nativeId.split('/').map(Number);
}

/** Refetches a CrowdFlower object from its global ID's parts; null when it does not exist. */
export async function loadCrowdFlowerNode(
  type: string,
  nativeId: string,
  ctx: GatewayContext,
): Promise<CrowdFlowerNodeModel | null> {
  const parts = crowdflowerIds(nativeId);
  if (!parts) return null;
  const [jobId = 0, childId] = parts;
  const { loaders } = crowdflowerOf(ctx);
  switch (type) {
    case 'CrowdFlowerJob':
      return childId === undefined ? loaders.job.load(jobId) : null;
    case 'CrowdFlowerUnit':
      return childId === undefined ? null : loaders.unit.load({ jobId, unitId: childId });
    case 'CrowdFlowerJudgment':
      return childId === undefined ? null : loaders.judgment.load({ jobId, judgmentId: childId });
    case 'CrowdFlowerWorker':
      // Workers exist only as ids inside a job: valid when the job is the caller's.
      if (childId === undefined) return null;
      return (await loaders.job.load(jobId)) ? toWorker(jobId, childId) : null;
    default:
      return null;
  }
}
