import { objectPoll } from '../core/watch/index.js';
import type { CrowdFlowerApi } from './api.js';
import type { CrowdFlowerJobModel } from './models.js';

/**
 * What a watcher polls on CrowdFlower. Give it an API bound with `PlatformSource.forWatch`, whose
 * reads skip the fresh cache. One call per poll: the job's JSON carries its state and its
 * judgment counts, so it changes as judgments arrive.
 */
export function crowdflowerJobPoll(api: CrowdFlowerApi, jobId: number): () => Promise<CrowdFlowerJobModel> {
  return objectPoll(
    'CROWDFLOWER',
    () => api.getJob(jobId),
    `CrowdFlower has no job ${jobId} visible with this key.`,
  );
}

/** The job list a `jobsUpdated` watcher polls: the platform's first page (its most recent jobs). */
export function crowdflowerJobsPoll(api: CrowdFlowerApi): () => Promise<CrowdFlowerJobModel[]> {
  return () => api.listJobs(1);
}
