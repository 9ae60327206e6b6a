import DataLoader from 'dataloader';
import { isGatewayError, perKeyLoader, WholeListReads } from '../core/index.js';
import type { ArenaApi } from './api.js';
import { toWorkerRef } from './mappers.js';
import type {
  ArenaDatasetModel,
  ArenaGroupModel,
  ArenaJobModel,
  ArenaJobParamsModel,
  ArenaPictureModel,
  ArenaPointModel,
  ArenaRoundModel,
  ArenaSplit,
  ArenaWorkerModel,
} from './models.js';

export interface ArenaPointsKey {
  datasetId: string;
  split: ArenaSplit | null;
}

export interface ArenaLoaders {
  /**
   * The whole lists Arena has (it has no per-object route for these), read once per request for
   * whoever asks first: a look-ahead beside the job list, a root list field, or the loaders below.
   */
  groups: WholeListReads<ArenaGroupModel[]>;
  rounds: WholeListReads<ArenaRoundModel[]>;
  datasets: WholeListReads<ArenaDatasetModel[]>;
  /** By group id. */
  group: DataLoader<string, ArenaGroupModel | null, string>;
  groupByName: DataLoader<string, ArenaGroupModel | null, string>;
  round: DataLoader<string, ArenaRoundModel | null, string>;
  dataset: DataLoader<string, ArenaDatasetModel | null, string>;
  /** Every point of a dataset (or one split); null when the dataset does not exist. */
  points: DataLoader<ArenaPointsKey, ArenaPointModel[] | null, string>;
  /** A job; from the job list (without labels) when a batch asks for several. */
  job: DataLoader<string, ArenaJobModel | null, string>;
  /** A job with its label lists (always the detail route). */
  jobDetail: DataLoader<string, ArenaJobModel | null, string>;
  jobParams: DataLoader<string, ArenaJobParamsModel | null, string>;
  pictures: DataLoader<string, ArenaPictureModel[] | null, string>;
  /** By username; only the username for callers who may not list workers (non-admins). */
  worker: DataLoader<string, ArenaWorkerModel | null, string>;
}

/** One list read serving every key of a batch: Arena has no per-object route for these. */
function fromList<T>(
  list: () => Promise<T[]>,
  keyOf: (item: T) => string,
): DataLoader<string, T | null, string> {
  return new DataLoader<string, T | null, string>(async (keys) => {
    const byKey = new Map((await list()).map((item) => [keyOf(item), item]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Per-request loaders. Groups, rounds and datasets exist only as lists, so any batch is served by
 * the request's one read of the list. Jobs have both: one job is read by id (with labels), several
 * come from the caller's job list in one call, and ids the list does not hold are read one by one.
 */
export function createArenaLoaders(api: ArenaApi): ArenaLoaders {
  const jobDetail = perKeyLoader((jobId: string) => api.getJob(jobId));

  const job = new DataLoader<string, ArenaJobModel | null, string>(async (ids) => {
    if (ids.length === 1) return [await api.getJob(ids[0] ?? '').catch(toError)];
    const listed = new Map((await api.listJobs()).map((item) => [item.nativeId, item]));
    return Promise.all(ids.map((id) => listed.get(id) ?? api.getJob(id).catch(toError)));
  });

  const worker = new DataLoader<string, ArenaWorkerModel | null, string>(async (usernames) => {
    try {
      const listed = new Map((await api.listWorkers()).map((item) => [item.username, item]));
      return usernames.map((username) => listed.get(username) ?? null);
    } catch (error) {
      // Only admins may list workers; everyone else sees the username a job names.
      if (isGatewayError(error) && error.code === 'FORBIDDEN') return usernames.map(toWorkerRef);
      throw error;
    }
  });

  const groups = new WholeListReads(() => api.listGroups());
  const rounds = new WholeListReads(() => api.listRounds());
  const datasets = new WholeListReads(() => api.listDatasets());

  return {
    groups,
    rounds,
    datasets,
    group: fromList(
      () => groups.load(),
      (group) => group.nativeId,
    ),
    groupByName: fromList(
      () => groups.load(),
      (group) => group.name,
    ),
    round: fromList(
      () => rounds.load(),
      (round) => round.nativeId,
    ),
    dataset: fromList(
      () => datasets.load(),
      (dataset) => dataset.nativeId,
    ),
    points: perKeyLoader(
      async (key: ArenaPointsKey) =>
        (await api.listPoints(key.datasetId, key.split === null ? {} : { split: key.split }))?.items ?? null,
      (key) => `${key.datasetId}|${key.split ?? ''}`,
    ),
    job,
    jobDetail,
    jobParams: perKeyLoader((jobId: string) => api.getJobParams(jobId)),
    pictures: perKeyLoader((jobId: string) => api.listJobPictures(jobId)),
    worker,
  };
}
