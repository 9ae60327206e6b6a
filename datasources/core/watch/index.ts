export type { WatchCoordinator, WatchMessage } from './coordinator.js';
export { freshReadTrace } from './freshReads.js';
export { objectPoll } from './objectPoll.js';
export { WatchHub, type WatchHubOptions } from './hub.js';
export { createRedisCoordinator, type RedisCoordinatorOptions } from './redis.js';
export type { PollOutcome, WatchEvent, WatchKey, WatchTarget, WatchTiming } from './types.js';
