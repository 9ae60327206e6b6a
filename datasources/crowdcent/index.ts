import { PlatformSource, type SourceConfig, type SourceDeps } from '../core/index.js';
import { CrowdCentApi, describeCrowdCentError } from './api.js';
import { createCrowdCentLoaders, type CrowdCentLoaders } from './loaders.js';

export { CrowdCentApi, type MatchInfo, type SubmitOutcome, type SubmitPredictionsArgs } from './api.js';
export { primeChallenges, type CrowdCentLoaders, type SubmissionsKey } from './loaders.js';
export { toMetaModel } from './mappers.js';
export type * from './models.js';
export { crowdcentSubmissionPoll } from './watch.js';

export type CrowdCentSource = PlatformSource<{ api: CrowdCentApi; loaders: CrowdCentLoaders }>;

/** CrowdCent Challenge: `Authorization: Api-Key <key>`; base URL e.g. `https://crowdcent.com/api`. */
export function createCrowdCentSource(config: SourceConfig, deps: SourceDeps): CrowdCentSource {
  return new PlatformSource({
    platform: 'CROWDCENT',
    displayName: 'CrowdCent',
    describeError: describeCrowdCentError,
    config,
    deps,
    bind: ({ upstream, credential, scope, trace }) => {
      const api = new CrowdCentApi({ upstream, credential, scope, trace });
      return { api, loaders: createCrowdCentLoaders(api) };
    },
  });
}
