import { toMetaModel, type CrowdCentNodeModel } from '../../datasources/crowdcent/index.js';
import type { GatewayContext } from '../context.js';
import { crowdcentOf } from '../support/platforms.js';

/** `slug/rest` native ids; the slug never contains a slash. */
export function splitCrowdCentId(nativeId: string): [string, string] | null {
  const at = nativeId.indexOf('/');
  return at > 0 && at < nativeId.length - 1 ? [nativeId.slice(0, at), nativeId.slice(at + 1)] : null;
}

/** Refetches a CrowdCent object from its global ID's parts; null when it does not exist. */
export async function loadCrowdCentNode(
  type: string,
  nativeId: string,
  ctx: GatewayContext,
): Promise<CrowdCentNodeModel | null> {
  const { loaders } = crowdcentOf(ctx);
  switch (type) {
    case 'CrowdCentChallenge':
      return loaders.challenge.load(nativeId);
    case 'CrowdCentMetaModel':
      return (await loaders.challenge.load(nativeId)) ? toMetaModel(nativeId) : null;
    case 'CrowdCentTrainingDataset': {
      const parts = splitCrowdCentId(nativeId);
      if (!parts) return null;
      const list = await loaders.trainingDatasets.load(parts[0]).catch(nullWhenMissing);
      return list?.find((d) => d.version === parts[1]) ?? null;
    }
    case 'CrowdCentInferencePeriod': {
      const parts = splitCrowdCentId(nativeId);
      if (!parts) return null;
      const list = await loaders.inferencePeriods.load(parts[0]).catch(nullWhenMissing);
      return list?.find((p) => p.releaseDate === parts[1]) ?? null;
    }
    case 'CrowdCentSubmission': {
      const parts = splitCrowdCentId(nativeId);
      if (!parts || !/^\d{1,15}$/.test(parts[1])) return null;
      return loaders.submission.load({ slug: parts[0], id: Number(parts[1]) });
    }
    default:
      return null;
  }
}

function nullWhenMissing(error: unknown): null {
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'NOT_FOUND')
    return null;
  throw error;
}
