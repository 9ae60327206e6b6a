import {
  UpstreamClient,
  type Clock,
  type CredentialFingerprinter,
  type GatewayMetrics,
  type RequestTrace,
  type ResponseCache,
} from '../core/index.js';
import { CrowdCentApi, describeCrowdCentError } from './api.js';
import { createCrowdCentLoaders, type CrowdCentLoaders } from './loaders.js';

export { CrowdCentApi, type MatchInfo, type SubmitOutcome, type SubmitPredictionsArgs } from './api.js';
export { primeChallenges, type CrowdCentLoaders, type SubmissionsKey } from './loaders.js';
export { toMetaModel } from './mappers.js';
export type * from './models.js';

export interface CrowdCentConfig {
  /** e.g. `https://crowdcent.com/api`, or the built-in simulator's. */
  baseUrl: string;
  /** Operator's key, used when the caller sends none. */
  apiKey?: string | undefined;
  timeoutMs?: number;
}

/** Process-wide CrowdCent plumbing; `forRequest` binds it to one caller. */
export class CrowdCentSource {
  readonly upstream: UpstreamClient;
  readonly #serverApiKey: string | undefined;

  constructor(
    config: CrowdCentConfig,
    deps: { cache: ResponseCache; metrics: GatewayMetrics; clock?: Clock },
  ) {
    this.#serverApiKey = config.apiKey;
    this.upstream = new UpstreamClient({
      platform: 'CROWDCENT',
      displayName: 'CrowdCent',
      baseUrl: config.baseUrl,
      ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
      cache: deps.cache,
      metrics: deps.metrics,
      describeError: describeCrowdCentError,
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
  }

  get hasServerCredentials(): boolean {
    return this.#serverApiKey !== undefined;
  }

  /** The caller's key wins over the operator's (DESIGN §5). */
  forRequest(options: {
    callerApiKey: string | undefined;
    fingerprinter: CredentialFingerprinter;
    trace: RequestTrace;
  }): { api: CrowdCentApi; loaders: CrowdCentLoaders } {
    const apiKey = options.callerApiKey ?? this.#serverApiKey;
    const api = new CrowdCentApi({
      upstream: this.upstream,
      apiKey,
      scope: options.fingerprinter.scopeFor('CROWDCENT', apiKey),
      trace: options.trace,
    });
    return { api, loaders: createCrowdCentLoaders(api) };
  }

  close(): Promise<void> {
    return this.upstream.close();
  }
}
