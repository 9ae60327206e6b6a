import type { IncomingMessage } from 'node:http';
import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { createClient } from '@keyv/redis';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { redisClientOptions } from '../datasources/core/index.js';

export interface RateLimitConfig {
  /** Requests per client per minute; 0 turns the limit off. */
  perMinute: number;
  /** Shared counters when set, so every replica counts the same client. */
  redisUrl: string | undefined;
  namespace: string;
}

type RedisClient = ReturnType<typeof createClient>;

/** A @fastify/rate-limit store over Redis: one INCR + PTTL round trip per request. */
function redisStore(client: RedisClient, prefix: string): FastifyRateLimitStoreCtor {
  class RedisRateLimitStore implements FastifyRateLimitStore {
    // The plugin constructs stores with its options object: the prefix comes from the closure,
    // and a route's child store sets its own.
    keyPrefix = prefix;

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const redisKey = `${this.keyPrefix}${key}`;
      // While Redis is away, count nothing (skipOnError lets the request through) rather than wait.
      if (!client.isReady) {
        callback(new Error('rate-limit store unavailable'));
        return;
      }
      client
        .multi()
        .incr(redisKey)
        .pTTL(redisKey)
        .exec()
        .then(async (replies) => {
          const current = Number(replies[0]);
          let ttl = Number(replies[1]);
          if (ttl < 0) {
            await client.pExpire(redisKey, timeWindow);
            ttl = timeWindow;
          }
          callback(null, { current, ttl });
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    child(routeOptions: { path: string }): FastifyRateLimitStore {
      const child = new RedisRateLimitStore();
      child.keyPrefix = `${this.keyPrefix}${routeOptions.path}:`;
      return child;
    }
  }
  return RedisRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}

/** The 429 answer of the per-client limit: one shape for HTTP requests and WebSocket upgrades alike. */
export interface RateLimitedAnswer {
  statusCode: 429;
  headers: Record<string, string>;
  body: {
    errors: [{ message: string; extensions: { code: 'RATE_LIMITED'; retryAfterSeconds: number } }];
  };
}

/** The answer to a client past its `limit` requests a minute, whose count resets in `ttlMs`. */
export function rateLimitedAnswer(limit: number, ttlMs: number): RateLimitedAnswer {
  const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1_000));
  const seconds = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`;
  return {
    statusCode: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(retryAfterSeconds),
    },
    body: {
      errors: [
        {
          message: `Rate limit exceeded: ${limit} requests a minute. Retry in ${seconds}.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
        },
      ],
    },
  };
}

/** What the limit throws into Fastify's error handler for an HTTP request past it. */
interface RateLimitedError {
  statusCode: 429;
  rateLimited: RateLimitedAnswer;
}

/** The 429 answer an error handler got from the rate limit, or undefined for any other error. */
export function rateLimitedAnswerOf(error: unknown): RateLimitedAnswer | undefined {
  return typeof error === 'object' && error !== null && 'rateLimited' in error
    ? (error as RateLimitedError).rateLimited
    : undefined;
}

/** Who a request counts against: the client address (the gateway does not trust proxy headers). */
function clientKey(request: Pick<FastifyRequest, 'ip'>): string {
  return request.ip;
}

/**
 * Per-client rate limit on every route but health checks, answering 429 with Retry-After and a
 * GraphQL-shaped `RATE_LIMITED` error. With Redis, replicas share the counters; if Redis fails the
 * request goes through (availability over strictness).
 */
export async function registerRateLimit(
  app: FastifyInstance,
  config: RateLimitConfig,
): Promise<() => Promise<void>> {
  if (config.perMinute <= 0) return async () => undefined;
  let client: RedisClient | undefined;
  if (config.redisUrl) {
    // A count fails at once while Redis is away (skipOnError lets the request through).
    client = createClient(redisClientOptions(config.redisUrl));
    client.on('error', () => undefined);
    // Wait a moment for Redis, not longer: the gateway starts (and counts nothing) while it is away.
    const connecting = client.connect().catch(() => undefined);
    await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  }
  await app.register(rateLimit, {
    global: true,
    max: config.perMinute,
    timeWindow: 60_000,
    keyGenerator: clientKey,
    skipOnError: true,
    allowList: (request) => request.url === '/healthz' || request.url === '/readyz',
    ...(client ? { store: redisStore(client, `${config.namespace}:ratelimit:`) } : {}),
    errorResponseBuilder: (_request, context): RateLimitedError => ({
      statusCode: 429,
      rateLimited: rateLimitedAnswer(context.max, context.ttl),
    }),
  });
  return async () => {
    // destroy, not quit: quit waits for a connection that may never come; it also stops reconnecting.
    try {
      client?.destroy();
    } catch {
      // already closed
    }
  };
}

/** Whether a WebSocket upgrade may proceed: through, or refused with the 429 answer. */
export type UpgradeVerdict = { allowed: true } | { allowed: false; answer: RateLimitedAnswer };

export type UpgradeRateLimit = (request: IncomingMessage) => Promise<UpgradeVerdict>;

/**
 * The per-client limit for WebSocket upgrades, which Node hands to the server's `upgrade` listeners
 * and Fastify never routes: each upgrade counts as one request against the client's budget, in the
 * same counters as its HTTP requests (memory, or Redis shared by the replicas). Undefined when the
 * limit is off (registerRateLimit registered nothing). As for HTTP, a failing store lets it through.
 */
export function upgradeRateLimit(app: FastifyInstance): UpgradeRateLimit | undefined {
  if (!app.hasDecorator('createRateLimit')) return undefined;
  // Without options the limiter uses the plugin's own store; with options it would get a child
  // store — other counters.
  const check = app.createRateLimit();
  return async (request) => {
    // What the plugin and our keyGenerator/allowList read of a request: the same key (the socket's
    // address, as Fastify's `request.ip` without trustProxy), the URL, and the route's config.
    const fields: Pick<FastifyRequest, 'ip' | 'url' | 'method' | 'headers' | 'raw'> & {
      routeOptions: { config: Record<string, never> };
    } = {
      ip: request.socket.remoteAddress ?? '',
      url: request.url ?? '',
      method: request.method ?? 'GET',
      headers: request.headers,
      raw: request,
      routeOptions: { config: {} },
    };
    let limit: Awaited<ReturnType<typeof check>>;
    try {
      limit = await check(fields as unknown as FastifyRequest);
    } catch {
      return { allowed: true };
    }
    if (limit.isAllowed || !limit.isExceeded) return { allowed: true };
    return { allowed: false, answer: rateLimitedAnswer(limit.max, limit.ttl) };
  };
}
