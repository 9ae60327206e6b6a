import type { Clock } from './clock.js';
import type { CacheScope, CredentialFingerprinter } from './credentials.js';
import type { PlatformName } from './errors.js';
import type { UpstreamErrorDescriber } from './httpErrors.js';
import type { GatewayMetrics } from './metrics.js';
import type { ResponseCache } from './cache.js';
import type { RequestTrace } from './trace.js';
import type { RetryPolicy } from './retry.js';
import type { BreakerOptions } from './breaker.js';
import { UpstreamClient } from './upstream.js';
import { freshReadTrace } from './watch/freshReads.js';

export interface SourceConfig {
  /** The platform's base URL (the real one, or a simulator's). Only ever from config. */
  baseUrl: string;
  /** The operator's credential, used when a caller sends none. */
  credential?: string | undefined;
  /** Per-attempt timeout; the client's default (10 s) when absent. */
  timeoutMs?: number | undefined;
  /** Keep-alive connections to the platform's origin; the client's default (32) when absent. */
  connections?: number | undefined;
  breaker?: BreakerOptions | undefined;
}

export interface SourceDeps {
  cache: ResponseCache;
  metrics: GatewayMetrics;
  clock?: Clock | undefined;
}

/** What a platform binds per request: its API for one caller, and whatever loaders sit on it. */
export interface BindArgs {
  upstream: UpstreamClient;
  credential: string | undefined;
  scope: CacheScope;
  trace: RequestTrace;
}

/**
 * One platform's process-wide plumbing (its UpstreamClient) and the rule that binds it to a caller:
 * the caller's credential wins over the operator's (DESIGN §5), and the cache scope is the
 * credential's fingerprint.
 */
export class PlatformSource<Bound> {
  readonly platform: PlatformName;
  readonly upstream: UpstreamClient;
  readonly #serverCredential: string | undefined;
  readonly #bind: (args: BindArgs) => Bound;

  constructor(options: {
    platform: PlatformName;
    displayName: string;
    describeError: UpstreamErrorDescriber;
    config: SourceConfig;
    deps: SourceDeps;
    /** The platform's retry policy where it differs from the default (e.g. Grand Challenge's 507). */
    retry?: Partial<RetryPolicy>;
    bind: (args: BindArgs) => Bound;
  }) {
    this.platform = options.platform;
    this.#serverCredential = options.config.credential;
    this.#bind = options.bind;
    this.upstream = new UpstreamClient({
      platform: options.platform,
      displayName: options.displayName,
      baseUrl: options.config.baseUrl,
      ...(options.config.timeoutMs ? { timeoutMs: options.config.timeoutMs } : {}),
      ...(options.config.connections ? { connections: options.config.connections } : {}),
      ...(options.config.breaker ? { breaker: options.config.breaker } : {}),
      cache: options.deps.cache,
      metrics: options.deps.metrics,
      describeError: options.describeError,
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.deps.clock ? { clock: options.deps.clock } : {}),
    });
  }

  get hasServerCredentials(): boolean {
    return this.#serverCredential !== undefined;
  }

  forRequest(options: {
    callerCredential: string | undefined;
    fingerprinter: CredentialFingerprinter;
    trace: RequestTrace;
  }): Bound {
    const credential = options.callerCredential ?? this.#serverCredential;
    return this.#bind({
      upstream: this.upstream,
      credential,
      scope: options.fingerprinter.scopeFor(this.platform, credential),
      trace: options.trace,
    });
  }

  /**
   * The binding a watcher polls with (subscriptions): the same credential rule as forRequest, reads
   * that skip the fresh cache hit (freshReadTrace), and the credential scope its watcher is keyed
   * by. Null when there is no credential at all — the subscribe is refused, nothing is polled.
   */
  forWatch(options: {
    callerCredential: string | undefined;
    fingerprinter: CredentialFingerprinter;
  }): { scope: CacheScope; bound: Bound } | null {
    const credential = options.callerCredential ?? this.#serverCredential;
    if (credential === undefined) return null;
    const scope = options.fingerprinter.scopeFor(this.platform, credential);
    return {
      scope,
      bound: this.#bind({ upstream: this.upstream, credential, scope, trace: freshReadTrace() }),
    };
  }

  close(): Promise<void> {
    return this.upstream.close();
  }
}
