import type { FileTicket, PlatformName, RequestTrace } from '../datasources/core/index.js';
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
}
