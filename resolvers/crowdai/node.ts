import type { CrowdAINodeModel } from '../../datasources/crowdai/index.js';
import type { GatewayContext } from '../context.js';
import { crowdaiOf } from '../support/platforms.js';

/** Refetches a crowdAI object from its global ID's parts; null when it does not exist. */
export async function loadCrowdAINode(
  type: string,
  nativeId: string,
  ctx: GatewayContext,
): Promise<CrowdAINodeModel | null> {
  const { api, loaders } = crowdaiOf(ctx);
  const numeric = /^\d{1,12}$/.test(nativeId) ? Number(nativeId) : null;
  switch (type) {
    case 'CrowdAIChallenge':
      return numeric === null ? null : loaders.challenge.load(numeric);
    case 'CrowdAISubmission':
      return numeric === null ? null : api.getSubmission(numeric);
    case 'CrowdAIParticipant':
      return api.getParticipant(nativeId);
    default:
      return null;
  }
}
