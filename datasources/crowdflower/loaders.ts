import DataLoader from 'dataloader';
import { groupBy, perKeyLoader } from '../core/index.js';
import type { ChannelsModel, CrowdFlowerApi } from './api.js';
import type {
  CrowdFlowerAggregateModel,
  CrowdFlowerJobModel,
  CrowdFlowerJudgmentModel,
  CrowdFlowerProgressModel,
  CrowdFlowerUnitModel,
} from './models.js';

export interface UnitKey {
  jobId: number;
  unitId: number;
}

export interface CrowdFlowerLoaders {
  job: DataLoader<number, CrowdFlowerJobModel | null, number>;
  jobsPage: DataLoader<number, CrowdFlowerJobModel[], number>;
  unitsPage: DataLoader<{ jobId: number; page: number }, CrowdFlowerUnitModel[], string>;
  unit: DataLoader<UnitKey, CrowdFlowerUnitModel | null, string>;
  aggregatesPage: DataLoader<{ jobId: number; page: number }, CrowdFlowerAggregateModel[], string>;
  judgment: DataLoader<{ jobId: number; judgmentId: number }, CrowdFlowerJudgmentModel | null, string>;
  progress: DataLoader<number, CrowdFlowerProgressModel, number>;
  unitsProgress: DataLoader<number, { count: number; done: boolean }, number>;
  channels: DataLoader<number, ChannelsModel, number>;
  tags: DataLoader<number, string[], number>;
  legend: DataLoader<number, unknown, number>;
}

/** Jobs whose units and judgments can no longer change: their JSON report is exact. */
const FINAL_STATES = new Set(['finished', 'canceled', 'cancelled']);

/**
 * Per-request loaders. The unit loader is where N+1 is decided: CrowdFlower has no bulk unit
 * endpoint, so for a job whose state is final (finished, canceled) and more than one of whose
 * units is asked for, it reads the job's JSON report — one call for every unit and judgment of
 * the job — and falls back to one call per unit while the report is still being generated or the
 * job can still change.
 */
export function createCrowdFlowerLoaders(api: CrowdFlowerApi): CrowdFlowerLoaders {
  const job = perKeyLoader((jobId: number) => api.getJob(jobId));
  const unit = new DataLoader<UnitKey, CrowdFlowerUnitModel | null, string>(
    async (keys) => {
      const byJob = groupBy(keys, (key) => key.jobId);
      const found = new Map<string, CrowdFlowerUnitModel | null | Error>();
      await Promise.all(
        [...byJob].map(async ([jobId, jobKeys]) => {
          const fromReport = jobKeys.length > 1 ? await reportUnits(jobId) : null;
          if (fromReport) {
            const units = new Map(fromReport.map((u) => [u.unitId, u]));
            for (const key of jobKeys) found.set(`${jobId}/${key.unitId}`, units.get(key.unitId) ?? null);
            return;
          }
          await Promise.all(
            jobKeys.map(async (key) => {
              const result = await api
                .getUnit(key.jobId, key.unitId)
                .catch((error: unknown) => toError(error));
              found.set(`${key.jobId}/${key.unitId}`, result);
            }),
          );
        }),
      );
      return keys.map((key) => found.get(`${key.jobId}/${key.unitId}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.jobId}/${key.unitId}` },
  );

  async function reportUnits(jobId: number): Promise<CrowdFlowerUnitModel[] | null> {
    const model = await job.load(jobId).catch(() => null);
    if (!model || !FINAL_STATES.has(model.platformStatus)) return null;
    return api.getReportUnits(jobId).catch(() => null);
  }

  return {
    job,
    jobsPage: perKeyLoader((page: number) => api.listJobs(page)),
    unitsPage: perKeyLoader(
      (key: { jobId: number; page: number }) => api.getUnitsPage(key.jobId, key.page),
      (key) => `${key.jobId}|${key.page}`,
    ),
    unit,
    aggregatesPage: perKeyLoader(
      (key: { jobId: number; page: number }) => api.getAggregatesPage(key.jobId, key.page),
      (key) => `${key.jobId}|${key.page}`,
    ),
    judgment: perKeyLoader(
      (key: { jobId: number; judgmentId: number }) => api.getJudgment(key.jobId, key.judgmentId),
      (key) => `${key.jobId}|${key.judgmentId}`,
    ),
    progress: perKeyLoader((jobId: number) => api.getProgress(jobId)),
    unitsProgress: perKeyLoader((jobId: number) => api.getUnitsProgress(jobId)),
    channels: perKeyLoader((jobId: number) => api.getChannels(jobId)),
    tags: perKeyLoader((jobId: number) => api.getTags(jobId)),
    legend: perKeyLoader((jobId: number) => api.getLegend(jobId)),
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
