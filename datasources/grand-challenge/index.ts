import { PlatformSource, type SourceConfig, type SourceDeps } from '../core/index.js';
import { GrandChallengeApi, describeGrandChallengeError } from './api.js';
import { createGrandChallengeLoaders, type GrandChallengeLoaders } from './loaders.js';

export {
  GrandChallengeApi,
  MAX_LIMIT,
  type CivRequest,
  type Page,
  type PageRequest,
  type WriteResult,
} from './api.js';
export type { GrandChallengeLoaders, ImageKey } from './loaders.js';
export { toReader } from './mappers.js';
export type * from './models.js';
export { grandChallengeJobPoll, grandChallengeJobsPoll } from './watch.js';

export type GrandChallengeSource = PlatformSource<{ api: GrandChallengeApi; loaders: GrandChallengeLoaders }>;

/**
 * Grand Challenge: `Authorization: Bearer <token>`; base URL e.g. `https://grand-challenge.org/api/v1`.
 * Retries as gcapi does: 429, 502, 503, 504 and 507, honouring Retry-After.
 */
export function createGrandChallengeSource(config: SourceConfig, deps: SourceDeps): GrandChallengeSource {
  return new PlatformSource({
    platform: 'GRAND_CHALLENGE',
    displayName: 'Grand Challenge',
    describeError: describeGrandChallengeError,
    config,
    deps,
    retry: { retryableStatuses: new Set([429, 502, 503, 504, 507]), maxAttempts: 4 },
    bind: ({ upstream, credential, scope, trace }) => {
      const api = new GrandChallengeApi({ upstream, credential, scope, trace });
      return { api, loaders: createGrandChallengeLoaders(api) };
    },
  });
}
