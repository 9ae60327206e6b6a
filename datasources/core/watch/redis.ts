import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { z } from 'zod';
import { ERROR_CODES, PLATFORM_NAMES } from '../errors.js';
import { redisClientOptions } from '../redisOptions.js';
import type { WatchCoordinator, WatchMessage } from './coordinator.js';

function makeClient(url: string) {
  return createClient(redisClientOptions(url));
}

type RedisClient = ReturnType<typeof makeClient>;

export interface RedisCoordinatorOptions {
  url: string;
  /** Key prefix shared with the cache, so deployments sharing a Redis stay apart. */
  namespace: string;
  /** Lease lifetime; default 10 s (renewed every third of it while the owner has subscribers). */
  leaseMs?: number;
  /** How long the last published state is kept for processes that join later; default 10 min. */
  lastStateMs?: number;
  onError?: (error: unknown) => void;
}

/** Messages come from Redis: validated like any input before a watcher acts on them. */
const messageWire = z.discriminatedUnion('type', [
  z.object({ type: z.literal('value'), json: z.string(), final: z.boolean(), origin: z.string() }),
  z.object({
    type: z.literal('error'),
    code: z.enum(ERROR_CODES),
    message: z.string(),
    platform: z.enum(PLATFORM_NAMES).optional(),
    origin: z.string(),
  }),
  z.object({ type: z.literal('released'), origin: z.string() }),
]);

function parseMessage(raw: string): WatchMessage | undefined {
  try {
    const parsed = messageWire.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const message = parsed.data;
    return message.type === 'error' ? { ...message, platform: message.platform } : message;
  } catch {
    return undefined;
  }
}

// Renews the lease only while it is still ours (another process may have taken it after it lapsed).
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Watch coordination over Redis: a lease per watch (`SET NX PX`, renewed by its owner), a pub/sub
 * channel per watch on a dedicated connection (a subscribed node-redis connection can do nothing
 * else), and the last state for late joiners. Keys hold the watch key — platform, kind, id and
 * credential fingerprint — never a credential.
 */
class RedisWatchCoordinator implements WatchCoordinator {
  readonly processId = randomUUID();
  readonly leaseMs: number;
  readonly #lastStateMs: number;
  readonly #client: RedisClient;
  readonly #subscriber: RedisClient;
  readonly #prefix: string;

  constructor(client: RedisClient, subscriber: RedisClient, options: RedisCoordinatorOptions) {
    this.#client = client;
    this.#subscriber = subscriber;
    this.#prefix = `${options.namespace}:watch`;
    this.leaseMs = options.leaseMs ?? 10_000;
    this.#lastStateMs = options.lastStateMs ?? 600_000;
  }

  async join(key: string, onMessage: (message: WatchMessage) => void): Promise<() => Promise<void>> {
    const listener = (raw: string) => {
      const message = parseMessage(raw);
      if (message) onMessage(message);
    };
    const channel = this.#channel(key);
    await this.#subscriber.subscribe(channel, listener);
    return async () => {
      await this.#subscriber.unsubscribe(channel, listener);
    };
  }

  async acquire(key: string, holder: string): Promise<boolean> {
    const lease = `${this.#prefix}:lease:${key}`;
    const set = await this.#client.set(lease, holder, {
      condition: 'NX',
      expiration: { type: 'PX', value: this.leaseMs },
    });
    if (set === 'OK') return true;
    const renewed = await this.#client.eval(RENEW, {
      keys: [lease],
      arguments: [holder, String(this.leaseMs)],
    });
    return Number(renewed) === 1;
  }

  async release(key: string, holder: string): Promise<void> {
    await this.#client.eval(RELEASE, { keys: [`${this.#prefix}:lease:${key}`], arguments: [holder] });
  }

  async publish(key: string, message: WatchMessage): Promise<void> {
    const raw = JSON.stringify(message);
    if (message.type === 'value') {
      await this.#client.set(`${this.#prefix}:last:${key}`, raw, {
        expiration: { type: 'PX', value: this.#lastStateMs },
      });
    }
    await this.#client.publish(this.#channel(key), raw);
  }

  async last(key: string): Promise<WatchMessage | undefined> {
    const raw = await this.#client.get(`${this.#prefix}:last:${key}`);
    return typeof raw === 'string' ? parseMessage(raw) : undefined;
  }

  async close(): Promise<void> {
    // destroy, not quit: quit waits for a connection that may be gone (see cache.ts).
    for (const client of [this.#subscriber, this.#client]) {
      try {
        client.destroy();
      } catch {
        // already closed
      }
    }
  }

  #channel(key: string): string {
    return `${this.#prefix}:channel:${key}`;
  }
}

/**
 * Connects (waiting a moment, not longer: the gateway starts while Redis is away, and watchers
 * poll on their own until it is back). The offline queue is off for the reason cache.ts gives: a
 * command queued for a reconnect that never comes would hang the watcher.
 */
export async function createRedisCoordinator(options: RedisCoordinatorOptions): Promise<WatchCoordinator> {
  let reported = false;
  const onError = (error: unknown) => {
    if (!reported) options.onError?.(error);
    reported = true;
  };
  const client = makeClient(options.url);
  client.on('error', onError);
  client.on('ready', () => {
    reported = false;
  });
  const subscriber = client.duplicate();
  subscriber.on('error', onError);
  const connecting = Promise.all([
    client.connect().catch(() => undefined),
    subscriber.connect().catch(() => undefined),
  ]);
  await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  return new RedisWatchCoordinator(client, subscriber, options);
}
