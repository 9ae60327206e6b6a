import type { PlatformName } from '../errors.js';
import type { WatchCoordinator } from './coordinator.js';
import { Watcher } from './watcher.js';
import {
  watchKeyString,
  type PollOutcome,
  type WatchEvent,
  type WatchTarget,
  type WatchTiming,
} from './types.js';

export interface WatchHubOptions {
  /** Poll timing per platform. */
  timing: Record<PlatformName, WatchTiming>;
  /** Shares watchers with other processes (Redis); each process polls on its own without one. */
  coordinator?: WatchCoordinator | undefined;
  onPoll?: (platform: PlatformName, outcome: PollOutcome) => void;
  onUnexpected?: (error: unknown) => void;
}

/**
 * Every watcher of the process, by key: however many subscribers watch one object with one
 * credential scope, there is one watcher, and so one poll per interval (one per interval across
 * all replicas with a coordinator).
 */
export class WatchHub {
  readonly #options: WatchHubOptions;
  // Values are Watcher<T> for the T of their key's kind; `watch` restores it.
  readonly #watchers = new Map<string, Watcher<unknown>>();
  #closed = false;

  constructor(options: WatchHubOptions) {
    this.#options = options;
  }

  /** Watchers running now (in this process). */
  get size(): number {
    return this.#watchers.size;
  }

  /**
   * Subscribes to a target: the stream yields its state now (once known), then each change, and
   * ends after a final state or an error. `return()` on it unsubscribes.
   */
  watch<T>(target: WatchTarget<T>): AsyncIterableIterator<WatchEvent<T>> {
    if (this.#closed) throw new Error('the watch hub is closed');
    const key = watchKeyString(target.key);
    const existing = this.#watchers.get(key) as Watcher<T> | undefined;
    if (existing) return existing.subscribe();
    const platform = target.key.platform;
    const watcher: Watcher<T> = new Watcher<T>({
      target,
      key,
      timing: this.#options.timing[platform],
      coordinator: this.#options.coordinator,
      onPoll: (outcome) => this.#options.onPoll?.(platform, outcome),
      onUnexpected: (error) => this.#options.onUnexpected?.(error),
      onStop: () => {
        if (this.#watchers.get(key) === watcher) this.#watchers.delete(key);
      },
    });
    this.#watchers.set(key, watcher as Watcher<unknown>);
    const queue = watcher.subscribe();
    watcher.start();
    return queue;
  }

  /** Completes every subscription and releases every lease (shutdown). */
  async close(): Promise<void> {
    this.#closed = true;
    // Leases are released before the connection closes, so another replica takes over at once.
    await Promise.all([...this.#watchers.values()].map((watcher) => watcher.stop()));
    await this.#options.coordinator?.close();
  }
}
