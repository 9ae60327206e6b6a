import type { CacheScope, FileTicket, PlatformName, RequestTrace } from '../datasources/core/index.js';
import type { WatchHub } from '../datasources/core/watch/index.js';
import type { CrowdCentApi, CrowdCentLoaders } from '../datasources/crowdcent/index.js';
import type { ArenaApi, ArenaLoaders } from '../datasources/arena/index.js';
import type { CrowdAIApi, CrowdAILoaders } from '../datasources/crowdai/index.js';
import type { CrowdFlowerApi, CrowdFlowerLoaders } from '../datasources/crowdflower/index.js';
import type { GrandChallengeApi, GrandChallengeLoaders } from '../datasources/grand-challenge/index.js';
import type { PartialErrors } from './support/partialErrors.js';

export interface PlatformInfoModel {
  name: PlatformName;
  configured: boolean;
  simulated: boolean;
  hasServerCredentials: boolean;
  /** Read when asked: the breaker's state changes while the process runs. */
  readonly breaker: 'CLOSED' | 'OPEN' | 'HALF_OPEN';
}

/** Turns an upstream download into a gateway `/files/<token>` URL bound to the caller's credential. */
export interface FileLinker {
  link(ticket: Omit<FileTicket, 'expiresAt'>): string;
}

/** A platform bound for a watcher's polls, with the credential scope the watcher is keyed by. */
export interface WatchBinding<Api> {
  scope: CacheScope;
  bound: { api: Api };
}

/**
 * What subscriptions need: the process's watchers and, per platform, the caller's binding for
 * polling — undefined when the platform is not configured, null when the caller has no credential
 * for it and the operator none either (the subscribe is refused with UNAUTHENTICATED).
 */
export interface WatchContext {
  hub: WatchHub;
  crowdcent(): WatchBinding<CrowdCentApi> | null | undefined;
  crowdflower(): WatchBinding<CrowdFlowerApi> | null | undefined;
  grandChallenge(): WatchBinding<GrandChallengeApi> | null | undefined;
  crowdai(): WatchBinding<CrowdAIApi> | null | undefined;
  arena(): WatchBinding<ArenaApi> | null | undefined;
}

/** Per-request state. Everything here is built for one request and dropped after it. */
export interface GatewayContext {
  requestId: string;
  trace: RequestTrace;
  partialErrors: PartialErrors;
  files: FileLinker;
  platformInfo: readonly PlatformInfoModel[];
  /** Null when the operator turned CrowdCent off. */
  crowdcent: { api: CrowdCentApi; loaders: CrowdCentLoaders } | null;
  /** Null when CrowdFlower is not configured. */
  crowdflower: { api: CrowdFlowerApi; loaders: CrowdFlowerLoaders } | null;
  /** Null when Grand Challenge is not configured. */
  grandChallenge: { api: GrandChallengeApi; loaders: GrandChallengeLoaders } | null;
  /** Null when crowdAI is not configured. */
  crowdai: { api: CrowdAIApi; loaders: CrowdAILoaders } | null;
  /** Null when Arena is not configured. */
  arena: { api: ArenaApi; loaders: ArenaLoaders } | null;
  /** Present where the server runs subscriptions (always, in the gateway). */
  watch?: WatchContext | undefined;
}
