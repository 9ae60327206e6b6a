import { Keyv } from 'keyv';
import KeyvRedis from '@keyv/redis';
import type { CacheScope } from './credentials.js';

/** A cached upstream body, with the moment it stops being fresh (it may still serve when stale-if-error). */
export interface CacheEntry {
  value: unknown;
  freshUntil: number;
}

/**
 * The shared response cache: keyv over memory or Redis. A failing backend (Redis gone) degrades to
 * misses instead of failing queries, and the failure is reported once per outage through `onError`.
 */
export class ResponseCache {
  readonly #keyv: Keyv<CacheEntry>;
  readonly #onError: (error: unknown) => void;
  #healthy = true;
  readonly backend: 'memory' | 'redis';

  constructor(options: {
    keyv: Keyv<CacheEntry>;
    backend: 'memory' | 'redis';
    onError?: (error: unknown) => void;
  }) {
    this.#keyv = options.keyv;
    this.backend = options.backend;
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
    try {
      const entry = await this.#keyv.get(key);
      this.#healthy = true;
      return isEntry(entry) ? entry : undefined;
    } catch (error) {
      this.#fail(error);
      return undefined;
    }
  }

  async set(key: string, value: unknown, freshMs: number, keepMs: number, now: number): Promise<void> {
    try {
      await this.#keyv.set(key, { value, freshUntil: now + freshMs }, Math.max(freshMs, keepMs));
      this.#healthy = true;
    } catch (error) {
      this.#fail(error);
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await this.#keyv.deleteMany([...keys]);
    } catch (error) {
      this.#fail(error);
    }
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

  #fail(error: unknown): void {
    if (this.#healthy) this.#onError(error);
    this.#healthy = false;
  }
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
}

export function createResponseCache(options: CacheBackendOptions = {}): ResponseCache {
  const namespace = options.namespace ?? 'crowdgraph';
  if (!options.redisUrl) {
    return new ResponseCache({
      keyv: new Keyv<CacheEntry>({ namespace }),
      backend: 'memory',
      ...(options.onError ? { onError: options.onError } : {}),
    });
  }
  // A gateway must start, and keep serving from upstream, while Redis is down, and pick it up again
  // when it returns. node-redis queues commands while it reconnects and never fails them, so a Redis
  // that went away mid-run would hang every query: the offline queue is off (a command sent while
  // disconnected fails at once and counts as a miss), and reconnects keep trying with a capped backoff.
  const store = new KeyvRedis<CacheEntry>(
    {
      url: options.redisUrl,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 1_000,
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 6), 2_000),
      },
    },
    { throwOnConnectError: false, throwOnErrors: true, connectionTimeout: 1_000 },
  );
  return new ResponseCache({
    keyv: new Keyv<CacheEntry>({ store, namespace, throwOnErrors: true }),
    backend: 'redis',
    ...(options.onError ? { onError: options.onError } : {}),
  });
}
