import { toWorkerRef, type ArenaNodeModel, type ArenaPictureModel } from '../../datasources/arena/index.js';
import type { GatewayContext } from '../context.js';
import { arenaOf } from '../support/platforms.js';

/** Refetches an Arena object from its global ID's parts; null when it does not exist. */
export async function loadArenaNode(
  type: string,
  nativeId: string,
  ctx: GatewayContext,
): Promise<Exclude<ArenaNodeModel, ArenaPictureModel> | null> {
  const { api, loaders } = arenaOf(ctx);
  switch (type) {
    case 'ArenaRound':
      return loaders.round.load(nativeId);
    case 'ArenaGroup':
      return loaders.group.load(nativeId);
    case 'ArenaDataset':
      return loaders.dataset.load(nativeId);
    case 'ArenaJob':
      return loaders.jobDetail.load(nativeId);
    case 'ArenaWorker': {
      // Non-admins cannot list workers; the username is then all there is.
      const worker = await loaders.worker.load(nativeId);
      return (
        worker ??
        (/^[\w.@+-]{1,150}$/.test(nativeId) && (await api.me()).isAdmin === false
          ? toWorkerRef(nativeId)
          : null)
      );
    }
    case 'ArenaPoint': {
      const [datasetId, pointId] = nativeId.split('/');
      const points = datasetId && pointId ? await loaders.points.load({ datasetId, split: null }) : null;
      return points?.find((p) => p.nativeId === pointId) ?? null;
    }
    default:
      return null;
  }
}
