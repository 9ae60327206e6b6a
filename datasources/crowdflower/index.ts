import {
  UpstreamClient,
  type Clock,
  type CredentialFingerprinter,
  type GatewayMetrics,
  type RequestTrace,
  type ResponseCache,
} from '../core/index.js';
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

export interface CrowdFlowerConfig {
  /** e.g. `https://api.crowdflower.com/v1`, or the built-in simulator's. */
  baseUrl: string;
  apiKey?: string | undefined;
  timeoutMs?: number;
}

/** Process-wide CrowdFlower plumbing; `forRequest` binds it to one caller. */
export class CrowdFlowerSource {
  readonly upstream: UpstreamClient;
  readonly #serverKey: string | undefined;

  constructor(
    config: CrowdFlowerConfig,
    deps: { cache: ResponseCache; metrics: GatewayMetrics; clock?: Clock },
  ) {
    this.#serverKey = config.apiKey;
    this.upstream = new UpstreamClient({
      platform: 'CROWDFLOWER',
      displayName: 'CrowdFlower',
      baseUrl: config.baseUrl,
      ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
      cache: deps.cache,
      metrics: deps.metrics,
      describeError: describeCrowdFlowerError,
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
  }

  get hasServerCredentials(): boolean {
    return this.#serverKey !== undefined;
  }

  forRequest(options: {
    callerKey: string | undefined;
    fingerprinter: CredentialFingerprinter;
    trace: RequestTrace;
  }): { api: CrowdFlowerApi; loaders: CrowdFlowerLoaders } {
    const key = options.callerKey ?? this.#serverKey;
    const api = new CrowdFlowerApi({
      upstream: this.upstream,
      key,
      scope: options.fingerprinter.scopeFor('CROWDFLOWER', key),
      trace: options.trace,
    });
    return { api, loaders: createCrowdFlowerLoaders(api) };
  }

  close(): Promise<void> {
    return this.upstream.close();
  }
}
