/**
 * node-redis client options for every Redis connection the gateway opens (cache, rate limit, watch
 * coordination). A gateway must start, and keep serving, while Redis is down, and pick it up again
 * when it returns: node-redis queues commands while it reconnects and never fails them, so a Redis
 * that went away mid-run would hang every request. The offline queue is off (a command sent while
 * disconnected fails at once and the caller carries on without Redis), and reconnects keep trying
 * with a capped backoff.
 */
export function redisClientOptions(url: string) {
  return {
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 6), 2_000),
    },
  };
}
