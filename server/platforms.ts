import type {
  Clock,
  GatewayMetrics,
  PlatformName,
  ResponseCache,
  UpstreamResponse,
  CredentialFingerprinter,
} from '../datasources/core/index.js';
import { RequestTrace } from '../datasources/core/index.js';
import { CrowdCentSource } from '../datasources/crowdcent/index.js';
import { CrowdFlowerSource } from '../datasources/crowdflower/index.js';
import type { PlatformInfoModel } from '../resolvers/index.js';
import type { GatewayConfig, PlatformConfig } from './config.js';

/** The process-wide data sources, one per configured platform. */
export interface PlatformSources {
  crowdcent: CrowdCentSource | null;
  crowdflower: CrowdFlowerSource | null;
}

interface SourceDeps {
  cache: ResponseCache;
  metrics: GatewayMetrics;
  clock?: Clock | undefined;
}

function settings(
  config: PlatformConfig,
): { baseUrl: string; apiKey: string | undefined; timeoutMs: number } | null {
  return config.enabled && config.baseUrl
    ? { baseUrl: config.baseUrl, apiKey: config.apiKey, timeoutMs: config.timeoutMs }
    : null;
}

export function createSources(config: GatewayConfig, deps: SourceDeps): PlatformSources {
  const shared = { cache: deps.cache, metrics: deps.metrics, ...(deps.clock ? { clock: deps.clock } : {}) };
  const crowdcent = settings(config.crowdcent);
  const crowdflower = settings(config.crowdflower);
  return {
    crowdcent: crowdcent ? new CrowdCentSource(crowdcent, shared) : null,
    crowdflower: crowdflower ? new CrowdFlowerSource(crowdflower, shared) : null,
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
  const trace = new RequestTrace();
  const signed = /^https?:\/\//.test(ticket.path);
  switch (ticket.platform) {
    case 'CROWDCENT': {
      const source = sources.crowdcent;
      if (!source) return null;
      if (signed) return source.upstream.openSigned(ticket.path);
      return source
        .forRequest({ callerApiKey: ticket.credential, fingerprinter, trace })
        .api.openDownload(ticket.path);
    }
    case 'CROWDFLOWER': {
      const source = sources.crowdflower;
      if (!source) return null;
      if (signed) return source.upstream.openSigned(ticket.path);
      return source
        .forRequest({ callerKey: ticket.credential, fingerprinter, trace })
        .api.openDownload(ticket.path);
    }
    default:
      return null;
  }
}
