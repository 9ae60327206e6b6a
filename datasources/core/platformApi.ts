import type { z } from 'zod';
import type { CacheScope } from './credentials.js';
import { derivedFromBody } from './bodyMemo.js';
import { GatewayError } from './errors.js';
import type { RequestTrace } from './trace.js';
import type { CachedGet, UpstreamClient, UpstreamRequest, UpstreamResponse } from './upstream.js';
import { parseWire } from './validate.js';

export interface PlatformApiOptions {
  upstream: UpstreamClient;
  /** The caller's credential (or the operator's); undefined refuses every call before it is made. */
  credential: string | undefined;
  scope: CacheScope;
  trace?: RequestTrace | undefined;
}

type Query = Record<string, string | number | boolean | undefined>;

/**
 * What every platform's per-request API class shares: the bound credential, cached reads under the
 * caller's scope, validation at the boundary, and file opening. A platform says only how a request
 * is authenticated (`authorize`) and what to tell a caller who sent no credential.
 */
export abstract class PlatformApi {
  protected readonly upstream: UpstreamClient;
  protected readonly scope: CacheScope;
  protected readonly trace: RequestTrace | undefined;
  readonly #credential: string | undefined;

  constructor(options: PlatformApiOptions) {
    this.upstream = options.upstream;
    this.scope = options.scope;
    this.trace = options.trace;
    this.#credential = options.credential;
  }

  get credential(): string | undefined {
    return this.#credential;
  }

  /** Adds the platform's authentication (header or query parameter) to a request. */
  protected abstract authorize(req: UpstreamRequest, credential: string): UpstreamRequest;

  /** The UNAUTHENTICATED message for a caller with no credential (names the header and env var). */
  protected abstract readonly missingCredential: string;

  /** An authenticated request; `extraSecrets` (e.g. a participant key in the path) are scrubbed too. */
  protected request(
    req: Omit<UpstreamRequest, 'secrets' | 'trace'>,
    extraSecrets: readonly string[] = [],
  ): UpstreamRequest {
    const credential = this.#credential;
    if (credential === undefined) {
      throw new GatewayError('UNAUTHENTICATED', this.missingCredential, { platform: this.upstream.platform });
    }
    const headers = { accept: 'application/json', ...req.headers };
    return this.authorize(
      {
        ...req,
        headers,
        secrets: [credential, ...extraSecrets],
        ...(this.trace ? { trace: this.trace } : {}),
      },
      credential,
    );
  }

  protected cachedGet(path: string, resource: string, ttlMs: number, query?: Query): CachedGet {
    return {
      ...this.request({ method: 'GET', path, ...(query ? { query } : {}) }),
      scope: this.scope,
      resource,
      ttlMs,
    };
  }

  protected get(path: string, resource: string, ttlMs: number, query?: Query): Promise<unknown> {
    return this.upstream.getJson(this.cachedGet(path, resource, ttlMs, query));
  }

  /** A 404 is `null`: the object does not exist (or is not the caller's to see). */
  protected getOrNull(path: string, resource: string, ttlMs: number, query?: Query): Promise<unknown> {
    return this.upstream.getJsonOrNull(this.cachedGet(path, resource, ttlMs, query));
  }

  /**
   * Models built from an upstream body, once per cached body object (see bodyMemo.ts). `kind` must
   * name everything besides the body the models depend on (a slug, an origin); models are never
   * mutated after they are built.
   */
  protected modelsOf<T>(body: unknown, kind: string, build: () => T): T {
    return derivedFromBody(body, `models|${this.upstream.platform}|${kind}`, build);
  }

  protected parse<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
    return parseWire(schema, body, {
      platform: this.upstream.platform,
      name: this.upstream.displayName,
      what,
    });
  }

  /** A download under the base URL (redirects followed; auth dropped off the platform's origin). */
  openDownload(path: string): Promise<UpstreamResponse> {
    return this.upstream.openDownload(this.request({ method: 'GET', path }));
  }

  /** A file URL the platform handed out: our auth only on the platform's own origin. */
  openFile(url: string): Promise<UpstreamResponse> {
    const auth = this.request({ method: 'GET', path: '/' });
    return this.upstream.openUrl(url, { headers: auth.headers ?? {}, secrets: auth.secrets ?? [] });
  }
}
