import type {
  CrowdCentInferencePeriodResolvers,
  CrowdCentMetaModelResolvers,
  CrowdCentTrainingDatasetResolvers,
} from '../__generated__/types.js';
import type { GatewayContext } from '../context.js';
import { GatewayError } from '../../datasources/core/index.js';
import { nodeId } from '../support/globalId.js';
import { crowdcentOf } from '../support/platforms.js';

function downloadUrl(
  model: { downloadPath: string; filename: string },
  _args: unknown,
  ctx: GatewayContext,
): string {
  return ctx.files.link({
    platform: 'CROWDCENT',
    path: model.downloadPath,
    credential: crowdcentOf(ctx).api.credential,
    filename: model.filename,
  });
}

async function challengeOf(slug: string, ctx: GatewayContext) {
  const challenge = await crowdcentOf(ctx).loaders.challenge.load(slug);
  if (!challenge)
    throw new GatewayError('NOT_FOUND', `CrowdCent has no challenge "${slug}".`, { platform: 'CROWDCENT' });
  return challenge;
}

export const CrowdCentTrainingDataset: CrowdCentTrainingDatasetResolvers = {
  id: nodeId,
  downloadUrl,
  challenge: (dataset, _args, ctx) => challengeOf(dataset.slug, ctx),
};

export const CrowdCentInferencePeriod: CrowdCentInferencePeriodResolvers = {
  id: nodeId,
  downloadUrl,
  isOpen: (period) => {
    const now = Date.now();
    return Date.parse(period.releasedAt) <= now && now < Date.parse(period.submissionDeadline);
  },
  challenge: (period, _args, ctx) => challengeOf(period.slug, ctx),
};

export const CrowdCentMetaModel: CrowdCentMetaModelResolvers = {
  id: nodeId,
  downloadUrl,
  challenge: (model, _args, ctx) => challengeOf(model.slug, ctx),
};

export { challengeOf };
