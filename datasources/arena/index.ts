import { PlatformSource, type SourceConfig, type SourceDeps } from '../core/index.js';
import { ArenaApi } from './api.js';
import { describeArenaError } from './errors.js';
import { createArenaLoaders, type ArenaLoaders } from './loaders.js';
import { ArenaSessions } from './session.js';

export {
  ArenaApi,
  type ArenaJobFilters,
  type ArenaNewJob,
  type ArenaPictureUpload,
  type ArenaPointsPage,
} from './api.js';
export type { ArenaJobDetailsInput } from './details.js';
export { describeArenaError, type ArenaWriteOutcome } from './errors.js';
export type { ArenaLoaders, ArenaPointsKey } from './loaders.js';
export { toWorkerRef } from './mappers.js';
export type * from './models.js';
export { arenaJobPoll, arenaJobsPoll } from './watch.js';
export {
  ArenaSessions,
  decodeArenaCredential,
  encodeArenaCredential,
  type ArenaLogin,
  type ArenaSessionsOptions,
} from './session.js';

export type ArenaSource = PlatformSource<{ api: ArenaApi; loaders: ArenaLoaders }>;

/**
 * Arena: a Django session per credential (`encodeArenaCredential(username, password)`), shared by
 * every request of that credential through `sessions` — one store per process, built here unless
 * given. The base URL is the site root (`http://localhost:8000/`): the login form lives at
 * `/accounts/login/`, the API under `/api/`; a base URL ending in `/api` is taken as its site.
 */
export function createArenaSource(
  config: SourceConfig,
  deps: SourceDeps,
  sessions: ArenaSessions = new ArenaSessions({ clock: deps.clock }),
): ArenaSource {
  return new PlatformSource({
    platform: 'ARENA',
    displayName: 'Arena',
    describeError: describeArenaError,
    config: { ...config, baseUrl: config.baseUrl.replace(/\/api\/?$/, '/') },
    deps,
    bind: ({ upstream, credential, scope, trace }) => {
      const api = new ArenaApi({ upstream, sessions, credential, scope, trace });
      return { api, loaders: createArenaLoaders(api) };
    },
  });
}
