import {
  RequestTrace,
  type BreakerState,
  type CredentialFingerprinter,
  type PlatformName,
  type PlatformSource,
  type SourceConfig,
  type SourceDeps,
  type UpstreamResponse,
} from '../datasources/core/index.js';
import { createArenaSource, type ArenaSource } from '../datasources/arena/index.js';
import { createCrowdAISource, type CrowdAISource } from '../datasources/crowdai/index.js';
import { createCrowdCentSource, type CrowdCentSource } from '../datasources/crowdcent/index.js';
import { createCrowdFlowerSource, type CrowdFlowerSource } from '../datasources/crowdflower/index.js';
import {
  createGrandChallengeSource,
  type GrandChallengeSource,
} from '../datasources/grand-challenge/index.js';
import type { PlatformInfoModel } from '../resolvers/index.js';
import type { GatewayConfig, PlatformConfig } from './config.js';

/** What every platform API offers `/files`: a path under its base URL, or a URL it handed out. */
interface FileOpener {
  openDownload(path: string): Promise<UpstreamResponse>;
  openFile(url: string): Promise<UpstreamResponse>;
}

/** The process-wide data sources, one per configured platform. */
export interface PlatformSources {
  crowdcent: CrowdCentSource | null;
  crowdflower: CrowdFlowerSource | null;
  grandChallenge: GrandChallengeSource | null;
  crowdai: CrowdAISource | null;
  arena: ArenaSource | null;
}

function settings(config: PlatformConfig, gateway: GatewayConfig): SourceConfig | null {
  return config.enabled && config.baseUrl
    ? {
        baseUrl: config.baseUrl,
        credential: config.apiKey,
        timeoutMs: config.timeoutMs,
        connections: gateway.upstreamConnections,
        breaker: gateway.breaker,
      }
    : null;
}

export function createSources(config: GatewayConfig, deps: SourceDeps): PlatformSources {
  const crowdcent = settings(config.crowdcent, config);
  const crowdflower = settings(config.crowdflower, config);
  const grandChallenge = settings(config.grandChallenge, config);
  const crowdai = settings(config.crowdai, config);
  const arena = settings(config.arena, config);
  return {
    crowdcent: crowdcent ? createCrowdCentSource(crowdcent, deps) : null,
    crowdflower: crowdflower ? createCrowdFlowerSource(crowdflower, deps) : null,
    grandChallenge: grandChallenge ? createGrandChallengeSource(grandChallenge, deps) : null,
    crowdai: crowdai ? createCrowdAISource(crowdai, deps) : null,
    arena: arena ? createArenaSource(arena, deps) : null,
  };
}

export function platformInfo(sources: PlatformSources, simulated: ReadonlySet<string>): PlatformInfoModel[] {
  const entries: Array<
    [PlatformName, { hasServerCredentials: boolean; upstream: { breaker: { state: BreakerState } } } | null]
  > = [
    ['CROWDCENT', sources.crowdcent],
    ['CROWDFLOWER', sources.crowdflower],
    ['GRAND_CHALLENGE', sources.grandChallenge],
    ['CROWDAI', sources.crowdai],
    ['ARENA', sources.arena],
  ];
  return entries.map(([name, source]) => ({
    name,
    configured: source !== null,
    simulated: source !== null && simulated.has(name),
    hasServerCredentials: source?.hasServerCredentials ?? false,
    get breaker(): BreakerState {
      return source?.upstream.breaker.state ?? 'CLOSED';
    },
  }));
}

export async function closeSources(sources: PlatformSources): Promise<void> {
  await Promise.all([
    sources.crowdcent?.close(),
    sources.crowdflower?.close(),
    sources.grandChallenge?.close(),
  ]);
}

/**
 * Opens an upstream file for `/files`: `path` is either an upstream path (fetched with the sealed
 * credential) or a signed URL the platform handed out (fetched without credentials).
 */
export async function openPlatformFile(
  sources: PlatformSources,
  fingerprinter: CredentialFingerprinter,
  ticket: { platform: PlatformName; path: string; credential?: string | undefined },
): Promise<UpstreamResponse | null> {
  const source: PlatformSource<{ api: FileOpener }> | null =
    ticket.platform === 'CROWDCENT'
      ? sources.crowdcent
      : ticket.platform === 'CROWDFLOWER'
        ? sources.crowdflower
        : ticket.platform === 'GRAND_CHALLENGE'
          ? sources.grandChallenge
          : ticket.platform === 'CROWDAI'
            ? sources.crowdai
            : ticket.platform === 'ARENA'
              ? sources.arena
              : null;
  if (!source) return null;
  const { api } = source.forRequest({
    callerCredential: ticket.credential,
    fingerprinter,
    trace: new RequestTrace(),
  });
  return /^https?:\/\//.test(ticket.path) ? api.openFile(ticket.path) : api.openDownload(ticket.path);
}
