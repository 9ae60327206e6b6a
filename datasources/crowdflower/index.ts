import { PlatformSource, type SourceConfig, type SourceDeps } from '../core/index.js';
import { CrowdFlowerApi, describeCrowdFlowerError } from './api.js';
import { createCrowdFlowerLoaders, type CrowdFlowerLoaders } from './loaders.js';

export {
  AGGREGATES_PAGE_SIZE,
  CrowdFlowerApi,
  JOBS_PAGE_SIZE,
  UNITS_PAGE_SIZE,
  type ChannelsModel,
  type WriteOutcome,
} from './api.js';
export type { CrowdFlowerLoaders, UnitKey } from './loaders.js';
export { toWorker } from './mappers.js';
export type * from './models.js';
export { crowdflowerJobPoll, crowdflowerJobsPoll } from './watch.js';

export type CrowdFlowerSource = PlatformSource<{ api: CrowdFlowerApi; loaders: CrowdFlowerLoaders }>;

/** CrowdFlower v1: `?key=<API key>`; base URL e.g. `https://api.crowdflower.com/v1`. */
export function createCrowdFlowerSource(config: SourceConfig, deps: SourceDeps): CrowdFlowerSource {
  return new PlatformSource({
    platform: 'CROWDFLOWER',
    displayName: 'CrowdFlower',
    describeError: describeCrowdFlowerError,
    config,
    deps,
    bind: ({ upstream, credential, scope, trace }) => {
      const api = new CrowdFlowerApi({ upstream, credential, scope, trace });
      return { api, loaders: createCrowdFlowerLoaders(api) };
    },
  });
}
