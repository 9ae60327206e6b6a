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

/** Who a request counts against: the client address (the gateway does not trust proxy headers). */
export function clientKey(request: Pick<FastifyRequest, 'ip'>): string {
  return request.ip;
}

/**
 * The same key for a request Fastify never routes (a WebSocket upgrade): the socket's address, which
 * is what `request.ip` is without trustProxy.
 */
export function upgradeClientKey(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? '';
}

/** Why a request, upgrade or stream was refused, and when to come back. */
export interface RateLimitRefusal {
  message: string;
  retryAfterSeconds: number;
  /** The request budget a minute, sent as X-RateLimit-*; absent for limits that are not a rate. */
  limit?: number;
}

/** The one wording of a refusal by the request budget (HTTP, upgrades, subscribe messages). */
function rateLimitMessage(limit: number, retryAfterSeconds: number): string {
  const seconds = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`;
  return `Rate limit exceeded: ${limit} requests a minute. Retry in ${seconds}.`;
}

/** The body of every 429 the gateway answers: one GraphQL-shaped `RATE_LIMITED` error. */
export function rateLimitedBody(refusal: RateLimitRefusal) {
  const { message, retryAfterSeconds } = refusal;
  return { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] };
}

/** Headers and bytes of a 429 written outside Fastify's error handler (a refused upgrade or SSE stream). */
export function rateLimitedResponse(refusal: RateLimitRefusal): {
  headers: Record<string, string>;
  body: string;
} {
  const retryAfter = String(refusal.retryAfterSeconds);
  return {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': retryAfter,
      ...(refusal.limit === undefined
        ? {}
        : {
            'x-ratelimit-limit': String(refusal.limit),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': retryAfter,
          }),
    },
    body: JSON.stringify(rateLimitedBody(refusal)),
  };
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
    errorResponseBuilder: (_request, context) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(context.ttl / 1_000));
      return {
        statusCode: 429,
        rateLimited: true,
        retryAfterSeconds,
        message: rateLimitMessage(context.max, retryAfterSeconds),
      };
    },
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

/** Whether a WebSocket upgrade may proceed: through, or refused until `retryAfterSeconds` pass. */
type UpgradeVerdict = { allowed: true } | ({ allowed: false; limit: number } & RateLimitRefusal);

export type UpgradeRateLimit = (request: IncomingMessage) => Promise<UpgradeVerdict>;

/**
 * The per-client limit for WebSocket upgrades, which Node hands to the server's `upgrade` listeners
 * and Fastify never routes: each upgrade — and each `subscribe` message on the connection, given the
 * upgrade's request — counts as one request against the client's budget, in the same counters as its
 * HTTP requests (memory, or Redis shared by the replicas). Undefined when the limit is off
 * (registerRateLimit registered nothing). As for HTTP, a failing store lets it through.
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
      ip: upgradeClientKey(request),
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
    const retryAfterSeconds = Math.max(1, Math.ceil(limit.ttl / 1_000));
    return {
      allowed: false,
      limit: limit.max,
      retryAfterSeconds,
      message: rateLimitMessage(limit.max, retryAfterSeconds),
    };
  };
}
