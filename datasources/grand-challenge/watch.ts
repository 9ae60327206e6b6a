import { objectPoll } from '../core/watch/index.js';
import type { GrandChallengeApi } from './api.js';
import type { GcJobModel } from './models.js';

/** Jobs a `jobsUpdated` watcher follows: the most recent page, as the job list returns them. */
const WATCHED_JOBS = 100;

/**
 * What a watcher polls on Grand Challenge. Give it an API bound with `PlatformSource.forWatch`,
 * whose reads skip the fresh cache. An algorithm job moves Validating inputs → Queued → … →
 * Succeeded/Failed/Cancelled; one detail GET per poll.
 */
export function grandChallengeJobPoll(api: GrandChallengeApi, pk: string): () => Promise<GcJobModel> {
  return objectPoll(
    'GRAND_CHALLENGE',
    () => api.getJob(pk),
    'Grand Challenge has no such algorithm job visible with this token.',
  );
}

export function grandChallengeJobsPoll(api: GrandChallengeApi): () => Promise<GcJobModel[]> {
  return async () => (await api.listJobs({ offset: 0, limit: WATCHED_JOBS })).items;
}
