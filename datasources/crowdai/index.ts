import { PlatformSource, perKeyLoader, type SourceConfig, type SourceDeps } from '../core/index.js';
import { CrowdAIApi, describeCrowdAIError } from './api.js';

export { CrowdAIApi, type GradeFields, type GradeOutcome } from './api.js';
export { toParticipant } from './mappers.js';
export type * from './models.js';
export { crowdaiSubmissionPoll } from './watch.js';

function createLoaders(api: CrowdAIApi) {
  return {
    challenge: perKeyLoader((id: number) => api.getChallenge(id)),
    submissions: perKeyLoader((challengeId: number) => api.listSubmissions(challengeId)),
    submissionInfo: perKeyLoader((id: number) => api.getSubmissionInfo(id)),
  };
}

export type CrowdAILoaders = ReturnType<typeof createLoaders>;
export type CrowdAISource = PlatformSource<{ api: CrowdAIApi; loaders: CrowdAILoaders }>;

/** crowdAI: `Authorization: Token token="<organizer or admin key>"`; base URL e.g. `https://www.crowdai.org/api`. */
export function createCrowdAISource(config: SourceConfig, deps: SourceDeps): CrowdAISource {
  return new PlatformSource({
    platform: 'CROWDAI',
    displayName: 'crowdAI',
    describeError: describeCrowdAIError,
    config,
    deps,
    bind: ({ upstream, credential, scope, trace }) => {
      const api = new CrowdAIApi({ upstream, credential, scope, trace });
      return { api, loaders: createLoaders(api) };
    },
  });
}
