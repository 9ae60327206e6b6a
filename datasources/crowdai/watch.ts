import { objectPoll } from '../core/watch/index.js';
import type { CrowdAIApi } from './api.js';
import type { CrowdAISubmissionModel } from './models.js';

/**
 * What a watcher polls on crowdAI: one submission while its grader works. Give it an API bound
 * with `PlatformSource.forWatch`, whose reads skip the fresh cache. One GET per poll.
 */
export function crowdaiSubmissionPoll(api: CrowdAIApi, id: number): () => Promise<CrowdAISubmissionModel> {
  return objectPoll('CROWDAI', () => api.getSubmission(id), `crowdAI has no submission ${id}.`);
}
