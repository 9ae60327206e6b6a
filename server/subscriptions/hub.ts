import { Counter, Gauge, type Registry } from 'prom-client';
import type { PlatformName } from '../../datasources/core/index.js';
import { WatchHub, createRedisCoordinator, type WatchTiming } from '../../datasources/core/watch/index.js';
import type { GatewayConfig } from '../config.js';

export interface WatchHubDeps {
  registry: Registry;
  log: { warn(object: object, message: string): void; error(object: object, message: string): void };
}

/**
 * The process's watchers: per-platform timing from config, and with REDIS_URL a coordinator so
 * replicas share them (one process polls each object, the others relay its changes).
 */
export async function createWatchHub(config: GatewayConfig, deps: WatchHubDeps): Promise<WatchHub> {
  const { pollMs, maxPollMs, leaseMs } = config.subscriptions;
  const timing = (intervalMs: number): WatchTiming => ({
    intervalMs,
    maxIntervalMs: Math.max(intervalMs, maxPollMs),
  });
  const perPlatform: Record<PlatformName, WatchTiming> = {
    CROWDCENT: timing(pollMs.crowdcent),
    CROWDFLOWER: timing(pollMs.crowdflower),
    GRAND_CHALLENGE: timing(pollMs.grandChallenge),
    CROWDAI: timing(pollMs.crowdai),
    ARENA: timing(pollMs.arena),
  };
  const coordinator = config.redisUrl
    ? await createRedisCoordinator({
        url: config.redisUrl,
        namespace: config.cacheNamespace,
        leaseMs,
        onError: (error) =>
          deps.log.warn({ err: error }, 'watch coordination backend failing; watchers poll on their own'),
      })
    : undefined;
  const polls = new Counter({
    name: 'crowdgraph_watch_polls_total',
    help: 'Polls of watched objects (subscriptions) by platform and outcome: changed, unchanged or failed.',
    labelNames: ['platform', 'outcome'],
    registers: [deps.registry],
  });
  const hub = new WatchHub({
    timing: perPlatform,
    coordinator,
    onPoll: (platform, outcome) => polls.inc({ platform, outcome }),
    onUnexpected: (error) => deps.log.error({ err: error }, 'watcher poll failed unexpectedly'),
  });
  new Gauge({
    name: 'crowdgraph_watchers',
    help: 'Watchers running in this process (one per watched object and credential scope).',
    registers: [deps.registry],
    collect() {
      this.set(hub.size);
    },
  });
  return hub;
}
