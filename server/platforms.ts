import {
  RequestTrace,
  type CredentialFingerprinter,
  type PlatformName,
  type PlatformSource,
  type SourceConfig,
  type SourceDeps,
  type UpstreamResponse,
} from '../datasources/core/index.js';
import { createCrowdCentSource, type CrowdCentSource } from '../datasources/crowdcent/index.js';
import { createCrowdFlowerSource, type CrowdFlowerSource } from '../datasources/crowdflower/index.js';
import type { PlatformInfoModel } from '../resolvers/index.js';
import type { GatewayConfig, PlatformConfig } from './config.js';

/** The process-wide data sources, one per configured platform. */
export interface PlatformSources {
  crowdcent: CrowdCentSource | null;
  crowdflower: CrowdFlowerSource | null;
}

function settings(config: PlatformConfig): SourceConfig | null {
  return config.enabled && config.baseUrl
    ? { baseUrl: config.baseUrl, credential: config.apiKey, timeoutMs: config.timeoutMs }
    : null;
}

export function createSources(config: GatewayConfig, deps: SourceDeps): PlatformSources {
  const crowdcent = settings(config.crowdcent);
  const crowdflower = settings(config.crowdflower);
  return {
    crowdcent: crowdcent ? createCrowdCentSource(crowdcent, deps) : null,
    crowdflower: crowdflower ? createCrowdFlowerSource(crowdflower, deps) : null,
  };
}

export function platformInfo(sources: PlatformSources, simulated: ReadonlySet<string>): PlatformInfoModel[] {
  const entries: Array<[PlatformName, { hasServerCredentials: boolean } | null]> = [
    ['CROWDCENT', sources.crowdcent],
    ['CROWDFLOWER', sources.crowdflower],
  ];
  return entries.map(([name, source]) => ({
    name,
    configured: source !== null,
    simulated: source !== null && simulated.has(name),
    hasServerCredentials: source?.hasServerCredentials ?? false,
  }));
}

export async function closeSources(sources: PlatformSources): Promise<void> {
  await Promise.all([sources.crowdcent?.close(), sources.crowdflower?.close()]);
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
  const source: PlatformSource<{ api: { openDownload(path: string): Promise<UpstreamResponse> } }> | null =
    ticket.platform === 'CROWDCENT'
      ? sources.crowdcent
      : ticket.platform === 'CROWDFLOWER'
        ? sources.crowdflower
        : null;
  if (!source) return null;
  if (/^https?:\/\//.test(ticket.path)) return source.upstream.openSigned(ticket.path);
  const bound = source.forRequest({
    callerCredential: ticket.credential,
    fingerprinter,
    trace: new RequestTrace(),
  });
  return bound.api.openDownload(ticket.path);
}
