import type { Readable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import { Agent, type Dispatcher } from 'undici';
import type { CacheScope } from './credentials.js';
import type { ResponseCache } from './cache.js';
import { ResponseCache as Cache } from './cache.js';
import { systemClock, type Clock } from './clock.js';
import { GatewayError, isAvailabilityFailure, type PlatformName } from './errors.js';
import type { GatewayMetrics } from './metrics.js';
import { endUpstreamSpan, startUpstreamSpan } from './spans.js';
import {
  RetryBudget,
  backoffDelayMs,
  defaultRetryPolicy,
  parseRetryAfterMs,
  type RetryPolicy,
} from './retry.js';
import { SingleFlight } from './singleFlight.js';
import { queryString } from './paths.js';
import { mapHttpFailure, mapTransportFailure, type UpstreamErrorDescriber } from './httpErrors.js';
import type { RequestTrace } from './trace.js';
import { CircuitBreaker, type BreakerOptions, type BreakerState } from './breaker.js';

const breakerLevel: Record<BreakerState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };

/** Where a request goes: origin and the raw, already-encoded path with query. */
interface Target {
  origin: string;
  path: string;
}

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export interface UpstreamClientOptions {
  platform: PlatformName;
  /** Human name used in error messages, e.g. `CrowdCent`. */
  displayName: string;
  /** Origin plus base path, e.g. `https://crowdcent.com/api`. Only ever from config. */
  baseUrl: string;
  /** Budget for one attempt up to the response headers, and for reading a JSON body. Default 10 s. */
  timeoutMs?: number;
  /** Keep-alive connections per origin. Default 32. */
  connections?: number;
  retry?: Partial<RetryPolicy>;
  /** How long past freshness a cached body may still serve while the platform is failing. Default 10 min. */
  staleIfErrorMs?: number;
  cache: ResponseCache;
  metrics: GatewayMetrics;
  /** Turns the platform's error bodies into a safe message and platform code. */
  describeError: UpstreamErrorDescriber;
  clock?: Clock;
  random?: () => number;
  /** When the platform's circuit opens and for how long (DESIGN §7). */
  breaker?: BreakerOptions;
  /** Injected in tests; an undici Agent with keep-alive otherwise. */
  dispatcher?: Dispatcher;
}

export interface UpstreamRequest {
  method: HttpMethod;
  /** Built with `upstreamPath`, relative to the base URL, starting with `/`. */
  path: string;
  query?: Query;
  /**
   * Query parameters that authenticate (CrowdFlower's `key=`): sent with the request, never part
   * of a cache key, and their values are scrubbed like any secret.
   */
  authQuery?: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  body?: string | Buffer | Readable;
  /**
   * Whether the request may be retried; by default GET/HEAD without a stream body. A platform
   * whose GETs change state (CrowdFlower's pause/resume/cancel) marks those `false`.
   */
  idempotent?: boolean;
  /** Secrets of the caller, scrubbed from anything the platform echoes into an error message. */
  secrets?: readonly string[];
  trace?: RequestTrace;
  /** Set by getJson: the answer goes into the shared cache, so a whole answer built on it can be reused. */
  cachedRead?: boolean;
  /**
   * Whether the request changes the platform's data (voids the whole answers that read it). Default:
   * anything but an idempotent GET/HEAD. A login POST starts a session and changes nothing a query reads.
   */
  changesData?: boolean;
}

export interface CachedGet extends Omit<UpstreamRequest, 'method' | 'body'> {
  scope: CacheScope;
  /** Resource kind for cache metrics and TTL reasoning, e.g. `challenge`. */
  resource: string;
  ttlMs: number;
}

export interface UpstreamResponse {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Dispatcher.ResponseData['body'];
}

/**
 * One platform's HTTP client, built once per process: keep-alive pool, timeouts, retries of
 * idempotent requests, the shared response cache with single-flight, and metrics. Per-request API
 * classes call it with the caller's auth headers and cache scope; it never learns what a
 * credential is beyond the secrets it must scrub.
 */
export class UpstreamClient {
  readonly platform: PlatformName;
  readonly displayName: string;
  readonly baseUrl: URL;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #budget = new RetryBudget();
  readonly #staleMs: number;
  readonly #cache: ResponseCache;
  readonly #metrics: GatewayMetrics;
  readonly #describe: UpstreamErrorDescriber;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  readonly #flights = new SingleFlight<{ value: unknown; freshUntil: number }>();
  readonly breaker: CircuitBreaker;

  constructor(options: UpstreamClientOptions) {
    this.platform = options.platform;
    this.displayName = options.displayName;
    this.baseUrl = new URL(options.baseUrl.replace(/\/+$/, ''));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#retry = { ...defaultRetryPolicy, ...options.retry };
    this.#staleMs = options.staleIfErrorMs ?? 600_000;
    this.#cache = options.cache;
    this.#metrics = options.metrics;
    this.#describe = options.describeError;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.breaker = new CircuitBreaker(this.#clock, options.breaker, (state) => {
      options.metrics.breakerState.set({ platform: options.platform }, breakerLevel[state]);
      options.metrics.breakerTransitions.inc({ platform: options.platform, to: state });
    });
    options.metrics.breakerState.set({ platform: options.platform }, 0);
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher =
      options.dispatcher ??
      new Agent({
        connections: options.connections ?? 32,
        keepAliveTimeout: 30_000,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
      });
  }

  /**
   * GET a JSON body through the cache: fresh entries are served without a call, identical
   * concurrent misses share one request, and a stale entry is served (and reported on the trace)
   * when the platform is unavailable.
   */
  async getJson(get: CachedGet): Promise<unknown> {
    const pathWithQuery = get.path + queryString(get.query);
    const key = Cache.key({
      platform: this.platform,
      scope: get.scope,
      resource: get.resource,
      path: pathWithQuery,
    });
    return get.trace ? get.trace.readOnce(key, () => this.#getJson(get, key)) : this.#getJson(get, key);
  }

  async #getJson(get: CachedGet, key: string): Promise<unknown> {
    const entry = await this.#cache.get(key);
    const now = this.#clock.now();
    // A watcher's poll or a no-cache request must see the platform now; it still refreshes the entry.
    const fresh = get.trace?.readsFresh;
    if (entry && entry.freshUntil > now && !fresh) {
      this.#countCache(get.resource, 'hit');
      get.trace?.noteCachedRead(this.platform, entry.freshUntil);
      return entry.value;
    }
    this.#countCache(get.resource, 'miss');
    try {
      const filled = await this.#flights.run(key, async () => {
        const value = await this.requestJson({ ...get, method: 'GET', cachedRead: true });
        const filledAt = this.#clock.now();
        await this.#cache.set(key, value, get.ttlMs, get.ttlMs + this.#staleMs, filledAt);
        // A fresh read replaced a still-fresh entry: whole answers built on the old body must not
        // outlive it if the platform changed under it (a job moved on). A watcher's poll compares
        // (it repeats every few seconds, mostly finding nothing new); a caller's no-cache read
        // does not (comparing two 1 MB bodies took 4–14 ms of its latency, and it is rare).
        const replaced = entry && entry.freshUntil > now;
        if (replaced && (fresh === 'caller' || !isDeepStrictEqual(entry.value, value))) {
          await this.#cache.bumpGeneration(this.platform);
        }
        return { value, freshUntil: filledAt + get.ttlMs };
      });
      get.trace?.noteCachedRead(this.platform, filled.freshUntil);
      return filled.value;
    } catch (error) {
      const withinStaleWindow = entry !== undefined && this.#clock.now() - entry.freshUntil <= this.#staleMs;
      // Not for a fresh read: to a watcher an old body would read as "unchanged" (it must see the
      // failure and back off), and a no-cache caller asked for the platform's answer, not ours.
      if (entry && withinStaleWindow && isAvailabilityFailure(error) && !fresh) {
        this.#countCache(get.resource, 'stale');
        get.trace?.markStale(this.platform);
        return entry.value;
      }
      throw error;
    }
  }

  /** Like getJson, but a 404 is `null` (absent), not an error. */
  async getJsonOrNull(get: CachedGet): Promise<unknown> {
    try {
      return await this.getJson(get);
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Drops cached GETs after a write changed them. */
  async invalidate(
    scope: CacheScope,
    resource: string,
    paths: ReadonlyArray<{ path: string; query?: Query }>,
  ): Promise<void> {
    await this.#cache.delete(
      paths.map(({ path, query }) =>
        Cache.key({ platform: this.platform, scope, resource, path: path + queryString(query) }),
      ),
    );
    // Again after the deletes: a whole answer computed from the bodies just deleted is void too.
    await this.#cache.bumpGeneration(this.platform);
  }

  /** Any request whose answer is JSON; non-2xx becomes a GatewayError. */
  async requestJson(req: UpstreamRequest): Promise<unknown> {
    const response = await this.request(req);
    const text = await this.#readText(response, req);
    if (response.status < 200 || response.status >= 300) {
      throw this.#httpFailure(response.status, text, response.headers, req);
    }
    return this.#parseJson(text);
  }

  /** Like requestJson but hands back status and body for the platform to interpret (e.g. 201 vs 200 vs 202). */
  async requestJsonWithStatus(
    req: UpstreamRequest,
  ): Promise<{ status: number; body: unknown; text: string }> {
    const response = await this.request(req);
    const text = await this.#readText(response, req);
    if (response.status < 200 || response.status >= 300)
      return { status: response.status, body: safeJson(text), text };
    return { status: response.status, body: this.#parseJson(text), text };
  }

  /** Throws the mapped GatewayError for a non-2xx answer the caller chose to inspect first. */
  failure(
    status: number,
    text: string,
    req: UpstreamRequest,
    headers: UpstreamResponse['headers'] = {},
  ): GatewayError {
    return this.#httpFailure(status, text, headers, req);
  }

  /**
   * Sends a request; retries only when it is idempotent (GET/HEAD without a stream body) on
   * connection errors and retryable statuses. The caller must consume or destroy the body.
   */
  async request(req: UpstreamRequest): Promise<UpstreamResponse> {
    const changesData =
      req.changesData ?? !((req.method === 'GET' || req.method === 'HEAD') && req.idempotent !== false);
    if (!changesData) return this.#attempts(req);
    try {
      return await this.#attempts(req);
    } finally {
      // Whatever the outcome (a timed-out write may still land), whole answers that read this
      // platform are void from now on.
      await this.#cache.bumpGeneration(this.platform);
    }
  }

  async #attempts(req: UpstreamRequest): Promise<UpstreamResponse> {
    const idempotent =
      req.idempotent ?? ((req.method === 'GET' || req.method === 'HEAD') && !isStream(req.body));
    const url = this.#url(req);
    this.#budget.recordRequest();
    for (let attempt = 0; ; attempt += 1) {
      const canRetry = idempotent && attempt + 1 < this.#retry.maxAttempts;
      this.#admit();
      const started = performance.now();
      const span = startUpstreamSpan(req.trace, {
        platform: this.platform,
        method: req.method,
        baseUrl: this.baseUrl,
        path: req.path,
        attempt,
      });
      let response: UpstreamResponse;
      try {
        response = await this.#send(url, req);
      } catch (error) {
        endUpstreamSpan(span, { error: errorKind(error) });
        // The caller's request body broke (an upload cut short): not the platform's failure.
        const clientFault = clientBodyError(error);
        if (clientFault) throw clientFault;
        this.breaker.failure();
        this.#countRequest(req.method, errorKind(error));
        const failure = mapTransportFailure(error, {
          platform: this.platform,
          name: this.displayName,
          idempotent,
        });
        if (canRetry && this.#budget.tryRetry()) {
          this.#metrics.upstreamRetries.inc({ platform: this.platform, reason: errorKind(error) });
          await this.#clock.sleep(backoffDelayMs(attempt, this.#retry, this.#random));
          continue;
        }
        throw failure;
      }
      this.#metrics.upstreamDuration.observe(
        { platform: this.platform, method: req.method },
        (performance.now() - started) / 1_000,
      );
      this.#countRequest(req.method, String(response.status));
      endUpstreamSpan(span, { status: response.status });
      req.trace?.countCall(this.platform, req.cachedRead === true);
      // A 5xx says the platform is failing; any other answer (4xx included) says it is up.
      if (response.status >= 500) this.breaker.failure();
      else this.breaker.success();
      if (canRetry && this.#retry.retryableStatuses.has(response.status)) {
        const retryAfter = parseRetryAfterMs(response.headers['retry-after'], this.#clock.now());
        const tooLong = retryAfter !== undefined && retryAfter > this.#retry.maxRetryAfterMs;
        if (!tooLong && this.#budget.tryRetry()) {
          await response.body.dump();
          this.#metrics.upstreamRetries.inc({ platform: this.platform, reason: String(response.status) });
          const backoff = backoffDelayMs(attempt, this.#retry, this.#random);
          await this.#clock.sleep(Math.max(backoff, retryAfter ?? 0));
          continue;
        }
      }
      return response;
    }
  }

  /** Refuses at once while the platform's circuit is open (the field fails fast, the query goes on). */
  #admit(): void {
    const admission = this.breaker.admit();
    if (admission.allowed) return;
    this.#countRequest('ANY', 'short_circuited');
    throw new GatewayError(
      'UPSTREAM_UNAVAILABLE',
      `${this.displayName} is failing; calls to it are paused for a moment.`,
      { platform: this.platform, retryAfterSeconds: Math.max(1, Math.ceil(admission.retryAfterMs / 1_000)) },
    );
  }

  /**
   * Opens a download: follows up to 3 redirects (platforms answer 302 to signed storage URLs) and
   * drops the auth headers when a redirect leaves the platform's origin, as browsers and `requests`
   * do — a signed URL authorizes itself.
   */
  async openDownload(req: UpstreamRequest): Promise<UpstreamResponse> {
    const first = this.#url(req);
    return this.#followRedirects(await this.request(req), new URL(first.path, first.origin), req);
  }

  /**
   * Opens a URL the platform itself handed out (a file URL in a response, a signed storage URL).
   * Our auth headers go only to the platform's own origin; a signed URL elsewhere authorizes
   * itself. Only http(s); such a URL never comes from a caller.
   */
  async openUrl(url: string, req: Omit<UpstreamRequest, 'method' | 'path'> = {}): Promise<UpstreamResponse> {
    const target = this.#platformUrl(url);
    const request: UpstreamRequest = { ...req, method: 'GET', path: '' };
    const headers = target.origin === this.baseUrl.origin ? (req.headers ?? {}) : {};
    return this.#followRedirects(await this.#sendAbsolute(target, headers, request), target, request);
  }

  /** Kept for links sealed before openUrl existed: a signed URL, never with our headers. */
  openSigned(url: string, req: Pick<UpstreamRequest, 'secrets' | 'trace'> = {}): Promise<UpstreamResponse> {
    return this.openUrl(url, { ...req, headers: {} });
  }

  /**
   * A write to a presigned URL the platform handed out (an S3 part PUT): no auth headers, never
   * retried. The caller reads the response.
   */
  async sendToSignedUrl(
    method: 'PUT' | 'POST',
    url: string,
    body: Buffer | string,
    headers: Readonly<Record<string, string>> = {},
    req: Pick<UpstreamRequest, 'trace'> = {},
  ): Promise<UpstreamResponse> {
    const target = this.#platformUrl(url);
    try {
      const response = await this.#send(
        { origin: target.origin, path: target.pathname + target.search },
        { method, headers, body },
      );
      this.#countRequest(method, String(response.status));
      req.trace?.countCall(this.platform);
      return response;
    } catch (error) {
      this.#countRequest(method, errorKind(error));
      throw mapTransportFailure(error, {
        platform: this.platform,
        name: this.displayName,
        idempotent: false,
      });
    }
  }

  #platformUrl(url: string): URL {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw this.#badResponse('a malformed file URL');
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw this.#badResponse('a non-HTTP file URL');
    return target;
  }

  async #followRedirects(
    first: UpstreamResponse,
    from: URL,
    req: UpstreamRequest,
  ): Promise<UpstreamResponse> {
    let response = first;
    let current = from;
    for (let hop = 0; hop < 3 && response.status >= 300 && response.status < 400; hop += 1) {
      const location = response.headers.location;
      await response.body.dump();
      if (typeof location !== 'string') throw this.#badResponse('a redirect without a Location');
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw this.#badResponse('a redirect to a non-HTTP URL');
      const sameOrigin = next.origin === this.baseUrl.origin;
      response = await this.#sendAbsolute(next, sameOrigin ? (req.headers ?? {}) : {}, req);
      current = next;
    }
    return this.#expectSuccess(response, req);
  }

  async #expectSuccess(response: UpstreamResponse, req: UpstreamRequest): Promise<UpstreamResponse> {
    if (response.status >= 200 && response.status < 300) return response;
    const text = await this.#readText(response, req);
    throw this.#httpFailure(response.status, text, response.headers, req);
  }

  async close(): Promise<void> {
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }

  async #sendAbsolute(
    url: URL,
    headers: Readonly<Record<string, string>>,
    req: UpstreamRequest,
  ): Promise<UpstreamResponse> {
    const started = performance.now();
    try {
      const response = await this.#send(
        { origin: url.origin, path: url.pathname + url.search },
        { method: 'GET', headers },
      );
      this.#metrics.upstreamDuration.observe(
        { platform: this.platform, method: 'GET' },
        (performance.now() - started) / 1_000,
      );
      this.#countRequest('GET', String(response.status));
      req.trace?.countCall(this.platform);
      return response;
    } catch (error) {
      this.#countRequest('GET', errorKind(error));
      throw mapTransportFailure(error, { platform: this.platform, name: this.displayName, idempotent: true });
    }
  }

  async #send(
    target: Target,
    req: Pick<UpstreamRequest, 'method' | 'headers' | 'body'>,
  ): Promise<UpstreamResponse> {
    // Origin and raw path go to the dispatcher separately: a WHATWG URL would collapse an encoded
    // `%2E%2E` segment into `..` and let a value climb out of its place.
    const response = await this.#dispatcher.request({
      origin: target.origin,
      path: target.path,
      method: req.method,
      headers: { 'user-agent': 'crowdgraph/0.1', ...req.headers },
      body: req.body ?? null,
      headersTimeout: this.#timeoutMs,
      bodyTimeout: this.#timeoutMs,
    });
    return { status: response.statusCode, headers: response.headers, body: response.body };
  }

  #url(req: UpstreamRequest): Target {
    if (!req.path.startsWith('/')) throw new RangeError('upstream paths must start with /');
    const basePath = this.baseUrl.pathname === '/' ? '' : this.baseUrl.pathname;
    const query = req.authQuery ? { ...req.query, ...req.authQuery } : req.query;
    return { origin: this.baseUrl.origin, path: basePath + req.path + queryString(query) };
  }

  async #readText(response: UpstreamResponse, req: UpstreamRequest): Promise<string> {
    try {
      return await response.body.text();
    } catch (error) {
      throw mapTransportFailure(error, {
        platform: this.platform,
        name: this.displayName,
        idempotent: req.idempotent ?? req.method === 'GET',
      });
    }
  }

  #parseJson(text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw this.#badResponse('a body that is not JSON');
    }
  }

  #httpFailure(
    status: number,
    text: string,
    headers: UpstreamResponse['headers'],
    req: UpstreamRequest,
  ): GatewayError {
    const described = this.#describe(status, text);
    return mapHttpFailure({
      status,
      platform: this.platform,
      name: this.displayName,
      described,
      retryAfterMs: parseRetryAfterMs(headers['retry-after'], this.#clock.now()),
      secrets: req.secrets ?? [],
    });
  }

  #badResponse(what: string): GatewayError {
    return new GatewayError('UPSTREAM_BAD_RESPONSE', `${this.displayName} answered with ${what}.`, {
      platform: this.platform,
    });
  }

  #countRequest(method: string, status: string): void {
    this.#metrics.upstreamRequests.inc({ platform: this.platform, method, status });
  }

  #countCache(resource: string, result: 'hit' | 'miss' | 'stale'): void {
    this.#metrics.cacheRequests.inc({ platform: this.platform, resource, result });
  }
}

function isStream(body: UpstreamRequest['body']): boolean {
  return typeof body === 'object' && body !== null && !Buffer.isBuffer(body);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorKind(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code.includes('TIMEOUT')) return 'timeout';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'reset';
  return 'error';
}

function clientBodyError(error: unknown): GatewayError | undefined {
  for (const candidate of [
    error,
    typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined,
  ]) {
    if (candidate instanceof GatewayError && candidate.code === 'BAD_USER_INPUT') return candidate;
  }
  return undefined;
}
