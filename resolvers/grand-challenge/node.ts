import { toReader, type GcNodeModel } from '../../datasources/grand-challenge/index.js';
import type { GatewayContext } from '../context.js';
import { grandChallengeOf } from '../support/platforms.js';

/** Refetches a Grand Challenge object from its global ID's parts; null when not visible. */
export async function loadGrandChallengeNode(
  type: string,
  nativeId: string,
  ctx: GatewayContext,
): Promise<GcNodeModel | null> {
  const { api, loaders } = grandChallengeOf(ctx);
  switch (type) {
    case 'GrandChallengeChallenge':
      return loaders.challenge.load(nativeId);
    case 'GrandChallengeAlgorithm':
      return loaders.algorithm.load(nativeId);
    case 'GrandChallengeAlgorithmJob':
      return loaders.job.load(nativeId);
    case 'GrandChallengeArchive':
      return loaders.archive.load(nativeId);
    case 'GrandChallengeArchiveItem':
      return loaders.archiveItem.load(nativeId);
    case 'GrandChallengeImage':
      return loaders.image.load({ pk: nativeId, container: null });
    case 'GrandChallengeReaderStudy':
      return loaders.readerStudy.load(nativeId);
    case 'GrandChallengeDisplaySet':
      return loaders.displaySet.load(nativeId);
    case 'GrandChallengeAnswer':
      return api.getAnswer(nativeId);
    case 'GrandChallengeEvaluation':
      return api.getEvaluation(nativeId);
    case 'GrandChallengeReader':
      // Readers are usernames; the API has no user resource to check them against.
      return /^[\w.@+-]{1,150}$/.test(nativeId) ? toReader(nativeId) : null;
    default:
      return null;
  }
}
