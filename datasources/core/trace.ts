import type { Context, Tracer } from '@opentelemetry/api';
import type { PlatformName } from './errors.js';

/**
 * Per-request record of what the data sources did, for response `extensions`, tests and the
 * whole-response cache: upstream calls by platform, platforms whose data was served stale because
 * they were failing, and how long everything the request read stays fresh.
 */
export class RequestTrace {
  readonly calls = new Map<PlatformName, number>();
  readonly stale = new Set<PlatformName>();
  /** Platforms the request read through the shared cache (hit or filled). */
  readonly cachedReads = new Set<PlatformName>();
  /**
   * The request must see the platforms as they are now: its cached GETs skip fresh cache hits (and
   * serve nothing stale), and still refresh the shared cache. `poll`: a watcher's poll; `caller`: a
   * caller that sent `Cache-Control: no-cache`.
   */
  readonly readsFresh: 'poll' | 'caller' | undefined;
  /** Set when OpenTelemetry tracing is on: upstream calls become child spans of the operation's. */
  otel: { tracer: Tracer; parent: Context } | undefined;
  #freshUntil = Number.POSITIVE_INFINITY;
  #uncacheable = false;
  /** A no-cache caller's reads by cache key, each made once per request (in flight or done). */
  readonly #freshReads = new Map<string, Promise<unknown>>();

  constructor(options: { readsFresh?: 'poll' | 'caller' | undefined } = {}) {
    this.readsFresh = options.readsFresh;
  }

  /**
   * A no-cache caller's read of `key` from the platform, once per request: the first call runs
   * `read`, every later one (a look-ahead and the loader read after it, two fields) shares its answer
   * or failure — also while it is still in flight, so a later read can neither repeat the call nor,
   * its cache get having started before the first read stored the new body, serve the old one. Other
   * requests run `read` each time; a watcher's trace outlives its polls, so its reads never share.
   */
  readOnce(key: string, read: () => Promise<unknown>): Promise<unknown> {
    if (this.readsFresh !== 'caller') return read();
    const known = this.#freshReads.get(key);
    if (known) return known;
    const reading = read();
    this.#freshReads.set(key, reading);
    return reading;
  }

  /** An upstream call; unless its answer went into the shared cache, the whole answer cannot be reused. */
  countCall(platform: PlatformName, cachedRead = false): void {
    this.calls.set(platform, (this.calls.get(platform) ?? 0) + 1);
    if (!cachedRead) this.#uncacheable = true;
  }

  markStale(platform: PlatformName): void {
    this.stale.add(platform);
  }

  /** A read served by (or stored into) the shared cache, fresh until `freshUntil`. */
  noteCachedRead(platform: PlatformName, freshUntil: number): void {
    this.cachedReads.add(platform);
    if (freshUntil < this.#freshUntil) this.#freshUntil = freshUntil;
  }

  /** Caps how long the answer may be reused (e.g. a signed file link that expires). */
  capFreshness(until: number): void {
    if (until < this.#freshUntil) this.#freshUntil = until;
  }

  /**
   * Until when the whole answer could be replayed, or undefined when it cannot: it read nothing
   * cacheable, made an uncached call, or served stale data.
   */
  get reusableUntil(): number | undefined {
    if (this.#uncacheable || this.stale.size > 0 || this.cachedReads.size === 0) return undefined;
    return this.#freshUntil;
  }

  get totalCalls(): number {
    let total = 0;
    for (const count of this.calls.values()) total += count;
    return total;
  }
}
