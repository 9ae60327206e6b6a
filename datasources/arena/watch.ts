import { objectPoll } from '../core/watch/index.js';
import type { ArenaApi } from './api.js';
import type { ArenaJobModel } from './models.js';

/**
 * What a watcher polls on Arena. Give it an API bound with `PlatformSource.forWatch`, whose reads
 * skip the fresh cache. A job is pending until a worker claims it, running, then done or failed;
 * one detail GET per poll over the credential's Django session.
 */
export function arenaJobPoll(api: ArenaApi, jobId: string): () => Promise<ArenaJobModel> {
  return objectPoll('ARENA', () => api.getJob(jobId), `Arena has no job ${jobId}.`);
}

/** The job list a `jobsUpdated` watcher polls: the caller's jobs and their groups' (one GET). */
export function arenaJobsPoll(api: ArenaApi): () => Promise<ArenaJobModel[]> {
  return () => api.listJobs();
}
