import type { CacheScope } from '../credentials.js';
import type { GatewayError, PlatformName } from '../errors.js';

/**
 * What a watcher watches: one platform object (or list) as one credential scope sees it. Two
 * subscribers share a watcher exactly when every part is equal — the scope is the HMAC fingerprint
 * of the credential (DESIGN §5), so callers with different credentials never share one, and the
 * key never holds a credential.
 */
export interface WatchKey {
  platform: PlatformName;
  /** What is watched, e.g. `CrowdFlowerJob` or `jobs` for a platform's job list. */
  kind: string;
  /** The platform's id of the object; empty for a list. */
  id: string;
  scope: CacheScope;
}

/** A watchable object: its key, how to read it from the platform now, and when it stops changing. */
export interface WatchTarget<T> {
  key: WatchKey;
  /** Reads the object fresh from the platform (through its UpstreamClient); throws a GatewayError. */
  poll(): Promise<T>;
  /** A final state: the watcher emits it and then completes every subscriber. */
  isFinal(value: T): boolean;
}

/** What a subscriber receives: the object whenever it changed, or the error that ended the watch. */
export type WatchEvent<T> =
  { kind: 'value'; value: T; final: boolean } | { kind: 'error'; error: GatewayError };

/** Poll timing of one platform. */
export interface WatchTiming {
  /** Interval after a change (and the first). */
  intervalMs: number;
  /** Ceiling of the backoff while nothing changes or the platform fails. */
  maxIntervalMs: number;
}

/** Reported after every poll, for metrics: `changed`, `unchanged` or `failed`. */
export type PollOutcome = 'changed' | 'unchanged' | 'failed';

export function watchKeyString(key: WatchKey): string {
  // Ids come from global ids (callers' input): encoded so a `|` cannot forge another key's shape.
  return `${key.platform}|${key.kind}|${encodeURIComponent(key.id)}|${key.scope}`;
}
