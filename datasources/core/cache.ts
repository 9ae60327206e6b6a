import { Keyv } from 'keyv';
import KeyvRedis from '@keyv/redis';
import { LRUCache } from 'lru-cache';
import type { CacheScope } from './credentials.js';
import { redisClientOptions } from './redisOptions.js';
import { PLATFORM_NAMES as PLATFORMS, type PlatformName } from './errors.js';

/** A cached upstream body, with the moment it stops being fresh (it may still serve when stale-if-error). */
export interface CacheEntry {
  value: unknown;
  freshUntil: number;
}

/** A whole GraphQL answer, replayed byte for byte to callers of the same cache scope. */
export interface WholeResponse {
  body: string;
  contentType: string;
  /** Metrics label of the operation that produced it. */
  operation: string;
  /** Write generations of the platforms it read, when it was computed. */
  generations: Partial<Record<PlatformName, string>>;
}

/** A whole answer ready to send: its bytes (sent as they are, no string encoding per request). */
export interface ReplayableResponse extends Omit<WholeResponse, 'body'> {
  bytes: Buffer;
}

/** Per platform, a token that changes whenever the gateway wrote to that platform. */
export type Generations = Record<PlatformName, string>;

const GENERATION_TTL_MS = 7 * 86_400_000;
/** Memory backend: upstream bodies kept (least recently used go first). */
const MEMORY_ENTRIES = 20_000;

/**
 * The shared response cache: keyv over memory or Redis. A failing backend (Redis gone) degrades to
 * misses instead of failing queries, and the failure is reported once per outage through `onError`.
 */
export class ResponseCache {
  readonly #keyv: Keyv<CacheEntry>;
  readonly #onError: (error: unknown) => void;
  #healthy = true;
  /** While failing, the backend is tried again only after this moment (one probe per second). */
  #retryAt = 0;
  readonly backend: 'memory' | 'redis';
  /**
   * Memory backend only: whole answers in a byte-bounded LRU and write generations in a map, both
   * read synchronously. keyv's memory store would serialize each answer on every hit, and the hit
   * path is what decides the gateway's warm throughput.
   */
  readonly #localWhole: LRUCache<string, ReplayableResponse & { freshUntil: number }> | undefined;
  /** Memory backend: the current generations, replaced (never mutated) on each write. */
  #localGenerations: Generations = Object.fromEntries(
    PLATFORMS.map((platform) => [platform, '0']),
  ) as Generations;

  constructor(options: {
    keyv: Keyv<CacheEntry>;
    backend: 'memory' | 'redis';
    onError?: (error: unknown) => void;
    /** Memory backend: the byte budget of whole answers. Default 64 MiB. */
    wholeResponseBytes?: number;
  }) {
    this.#keyv = options.keyv;
    this.backend = options.backend;
    this.#localWhole =
      options.backend === 'memory'
        ? new LRUCache<string, ReplayableResponse & { freshUntil: number }>({
            maxSize: options.wholeResponseBytes ?? 64 * 1024 * 1024,
            sizeCalculation: (entry, key) => entry.bytes.length + key.length * 2 + 256,
          })
        : undefined;
    this.#onError = options.onError ?? (() => undefined);
    this.#keyv.on('error', (error: unknown) => this.#fail(error));
  }

  /** False from a failed backend operation until the next one succeeds. */
  get healthy(): boolean {
    return this.#healthy;
  }

  static key(parts: { platform: string; scope: CacheScope; resource: string; path: string }): string {
    return `${parts.platform}|${parts.scope}|${parts.resource}|${parts.path}`;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    const entry = await this.#attempt(() => this.#keyv.get(key), undefined);
    return isEntry(entry) ? entry : undefined;
  }

  async set(key: string, value: unknown, freshMs: number, keepMs: number, now: number): Promise<void> {
    await this.#attempt(
      () => this.#keyv.set(key, { value, freshUntil: now + freshMs }, Math.max(freshMs, keepMs)),
      undefined,
    );
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.#attempt(() => this.#keyv.deleteMany([...keys]), undefined);
  }

  /**
   * Records that the gateway wrote to `platform`: every whole answer that read it before is void.
   * (Per-resource invalidation of the upstream bodies stays precise; whole answers are coarser
   * because they do not know which bodies they were built from, and writes are rare next to reads.)
   */
  async bumpGeneration(platform: PlatformName): Promise<void> {
    if (this.#localWhole) {
      const next = String(Number(this.#localGenerations[platform]) + 1);
      this.#localGenerations = { ...this.#localGenerations, [platform]: next };
      return;
    }
    const token = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
    await this.#attempt(
      () => this.#keyv.set(generationKey(platform), { value: token, freshUntil: 0 }, GENERATION_TTL_MS),
      undefined,
    );
  }

  /**
   * A whole answer (if stored and still valid for the platforms' current write generations) and
   * those current generations, in one backend round trip. A miss hands back the generations so the
   * answer computed next is stored against what was current before it started: a write that lands
   * while it runs then voids it. Undefined when the backend fails: nothing to serve, nothing to store.
   */
  async getWhole(
    key: string,
    now: number,
  ): Promise<{ hit: ReplayableResponse | undefined; generations: Generations } | undefined> {
    if (this.#localWhole) {
      const generations = this.#localGenerations;
      const stored = this.#localWhole.get(key);
      if (stored && stored.freshUntil <= now) this.#localWhole.delete(key);
      const entry = stored && stored.freshUntil > now ? stored : undefined;
      const hit = entry && sameGenerations(entry, generations) ? entry : undefined;
      return { hit, generations };
    }
    const found = await this.#attempt(
      () => this.#keyv.getMany([wholeKey(key), ...PLATFORMS.map(generationKey)]),
      undefined,
    );
    if (!found) return undefined;
    const [whole, ...tokens] = found;
    const generations = Object.fromEntries(
      PLATFORMS.map((platform, index) => {
        const token = tokens[index]?.value;
        return [platform, typeof token === 'string' ? token : '0'];
      }),
    ) as Generations;
    const entry =
      isEntry(whole) && whole.freshUntil > now && isWholeResponse(whole.value) ? whole.value : undefined;
    const hit =
      entry && sameGenerations(entry, generations) ? { ...entry, bytes: Buffer.from(entry.body) } : undefined;
    return { hit, generations };
  }

  async setWhole(key: string, response: WholeResponse, freshUntil: number, now: number): Promise<void> {
    const ttlMs = freshUntil - now;
    if (ttlMs <= 0) return;
    if (this.#localWhole) {
      // Freshness is judged on the injected clock at lookup; the LRU evicts by size only (its own
      // TTL bookkeeping, a timer per millisecond and a clock read per get, showed in the hit path).
      const { body, ...meta } = response;
      this.#localWhole.set(key, { ...meta, bytes: Buffer.from(body), freshUntil });
      return;
    }
    await this.#attempt(
      () => this.#keyv.set(wholeKey(key), { value: response, freshUntil }, ttlMs),
      undefined,
    );
  }

  /**
   * A string key-value view for Apollo's automatic persisted queries: with Redis, a query hash
   * registered on one replica answers on every other. Same failure rule: a failing backend is a
   * miss (the client then resends the full query).
   */
  persistedQueryStore(): {
    get(key: string): Promise<string | undefined>;
    set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
    delete(key: string): Promise<boolean | void>;
  } {
    const keyOf = (key: string) => `apq|${key}`;
    return {
      get: async (key) => {
        const entry = await this.get(keyOf(key));
        return typeof entry?.value === 'string' ? entry.value : undefined;
      },
      set: async (key, value, options) => {
        const ttlMs = (options?.ttl ?? 86_400) * 1_000;
        await this.set(keyOf(key), value, ttlMs, ttlMs, Date.now());
      },
      delete: async (key) => {
        await this.delete([keyOf(key)]);
        return true;
      },
    };
  }

  /** For /readyz: round-trips a key through the backend. */
  async ping(): Promise<boolean> {
    const key = `__ping__|${process.pid}`;
    try {
      await this.#keyv.set(key, { value: 1, freshUntil: 0 }, 5_000);
      const entry = await this.#keyv.get(key);
      return entry !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.#keyv.disconnect().catch(() => undefined);
  }

  /**
   * One backend operation under the failure rule: a failure is a miss, and while the backend is
   * failing only one operation per second tries it (node-redis waits out its connect timeout on
   * each command while disconnected, which would otherwise add that wait to every query).
   */
  async #attempt<T, F>(operation: () => Promise<T>, fallback: F): Promise<T | F> {
    if (!this.#healthy && Date.now() < this.#retryAt) return fallback;
    this.#retryAt = Date.now() + 1_000;
    try {
      const result = await operation();
      this.#healthy = true;
      return result;
    } catch (error) {
      this.#fail(error);
      return fallback;
    }
  }

  #fail(error: unknown): void {
    if (this.#healthy) this.#onError(error);
    this.#healthy = false;
    this.#retryAt = Date.now() + 1_000;
  }
}

function generationKey(platform: PlatformName): string {
  return `gen|${platform}`;
}

function wholeKey(key: string): string {
  return `whole|${key}`;
}

function sameGenerations(entry: Pick<WholeResponse, 'generations'>, current: Generations): boolean {
  for (const platform of PLATFORMS) {
    const stored = entry.generations[platform];
    if (stored !== undefined && stored !== current[platform]) return false;
  }
  return true;
}

function isWholeResponse(value: unknown): value is WholeResponse {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.body === 'string' &&
    typeof candidate.contentType === 'string' &&
    typeof candidate.operation === 'string' &&
    typeof candidate.generations === 'object' &&
    candidate.generations !== null
  );
}

function isEntry(value: unknown): value is CacheEntry {
  return typeof value === 'object' && value !== null && 'freshUntil' in value && 'value' in value;
}

export interface CacheBackendOptions {
  /** `redis://…`; in-memory when absent. */
  redisUrl?: string | undefined;
  /** Key namespace, so several deployments can share one Redis. Default `crowdgraph`. */
  namespace?: string;
  onError?: (error: unknown) => void;
  /** Memory backend: the byte budget of whole answers. Default 64 MiB. */
  wholeResponseBytes?: number;
}

export function createResponseCache(options: CacheBackendOptions = {}): ResponseCache {
  const namespace = options.namespace ?? 'crowdgraph';
  if (!options.redisUrl) {
    // In memory, bodies are kept as the objects they are: serializing each one on store and parsing
    // it again on every hit was the largest cost of a warm read that misses the whole-answer cache
    // (nothing mutates a cached body or what is derived from it: validated results share its opaque
    // sub-objects, and models are only read). keyv's default
    // Map never forgets an entry nobody reads again; the LRU bounds how many are kept.
    const keyv = new Keyv<CacheEntry>({
      namespace,
      store: new LRUCache<string, object>({ max: MEMORY_ENTRIES }),
    });
    keyv.serialize = undefined;
    keyv.deserialize = undefined;
    return new ResponseCache({
      keyv,
      backend: 'memory',
      ...(options.onError ? { onError: options.onError } : {}),
      ...(options.wholeResponseBytes ? { wholeResponseBytes: options.wholeResponseBytes } : {}),
    });
  }
  // While Redis is away a cache operation fails at once and counts as a miss (redisClientOptions).
  const store = new KeyvRedis<CacheEntry>(redisClientOptions(options.redisUrl), {
    throwOnConnectError: false,
    throwOnErrors: true,
    connectionTimeout: 1_000,
  });
  return new ResponseCache({
    keyv: new Keyv<CacheEntry>({ store, namespace, throwOnErrors: true }),
    backend: 'redis',
    ...(options.onError ? { onError: options.onError } : {}),
  });
}
