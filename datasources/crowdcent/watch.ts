import { objectPoll } from '../core/watch/index.js';
import type { CrowdCentApi } from './api.js';
import type { CrowdCentSubmissionModel } from './models.js';

/**
 * What a watcher polls on CrowdCent: one submission while it is scored. Give it an API bound with
 * `PlatformSource.forWatch`, whose reads skip the fresh cache. One detail GET per poll.
 */
export function crowdcentSubmissionPoll(
  api: CrowdCentApi,
  slug: string,
  id: number,
): () => Promise<CrowdCentSubmissionModel> {
  return objectPoll(
    'CROWDCENT',
    () => api.getSubmission(slug, id),
    `CrowdCent has no submission ${id} of yours in ${slug}.`,
  );
}
