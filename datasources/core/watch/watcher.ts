import { randomUUID } from 'node:crypto';
import { GatewayError, isGatewayError, type ErrorCode } from '../errors.js';
import type { WatchCoordinator, WatchMessage } from './coordinator.js';
import { EventQueue } from './queue.js';
import type { PollOutcome, WatchEvent, WatchTarget, WatchTiming } from './types.js';

/** Failures that polling again will not cure: the watch ends with the error. */
const PERMANENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
]);

/** Growth of the interval per poll that saw no change (reset to the base on a change). */
const UNCHANGED_BACKOFF = 1.5;

export interface WatcherOptions<T> {
  target: WatchTarget<T>;
  /** `watchKeyString(target.key)`: the lease and channel name. */
  key: string;
  timing: WatchTiming;
  coordinator: WatchCoordinator | undefined;
  onPoll: (outcome: PollOutcome) => void;
  /** A poll failed with something other than a GatewayError (a bug): logged, then retried. */
  onUnexpected: (error: unknown) => void;
  /** The watcher stopped; the hub forgets it. */
  onStop: () => void;
}

type Role = 'idle' | 'owner' | 'follower' | 'stopped';

/**
 * One upstream object watched for every local subscriber. Alone (no coordinator) it polls; with a
 * coordinator it polls only while it holds the lease, and otherwise relays what the owning process
 * publishes. Polls run one at a time, once per interval, backing off while nothing changes and
 * while the platform fails (honouring Retry-After and the breaker's pause); it stops when its last
 * subscriber leaves or the object reaches a final state.
 */
export class Watcher<T> {
  readonly #options: WatcherOptions<T>;
  readonly #subscribers = new Set<EventQueue<WatchEvent<T>>>();
  #last: { json: string; event: WatchEvent<T> } | undefined;
  #role: Role = 'idle';
  #sleepTimer: NodeJS.Timeout | undefined;
  #wake: (() => void) | undefined;
  #leaseTimer: NodeJS.Timeout | undefined;
  #takeoverTimer: NodeJS.Timeout | undefined;
  #acquiring = false;
  /** Bumped each time this process becomes the owner, so a loop from an earlier term ends. */
  #term = 0;
  /** This watcher in leases: a later watcher of the same key in this process is another holder. */
  readonly #holder = randomUUID();
  #leave: (() => Promise<void>) | undefined;

  constructor(options: WatcherOptions<T>) {
    this.#options = options;
  }

  /** A new subscriber: it gets the current state at once when one is known. */
  subscribe(): EventQueue<WatchEvent<T>> {
    const queue: EventQueue<WatchEvent<T>> = new EventQueue(() => this.#remove(queue));
    this.#subscribers.add(queue);
    if (this.#last) deliver(queue, this.#last.event);
    return queue;
  }

  start(): void {
    if (this.#role !== 'idle') return;
    if (this.#options.coordinator) void this.#startShared(this.#options.coordinator);
    else this.#becomeOwner();
  }

  /** Ends every subscriber (their buffered events still arrive) and stops polling or relaying. */
  stop(): Promise<void> {
    if (this.#role === 'stopped') return Promise.resolve();
    const wasOwner = this.#role === 'owner';
    this.#role = 'stopped';
    clearInterval(this.#leaseTimer);
    clearInterval(this.#takeoverTimer);
    this.#cancelSleep();
    for (const queue of this.#subscribers) queue.end();
    this.#subscribers.clear();
    this.#options.onStop();
    const coordinator = this.#options.coordinator;
    if (!coordinator) return Promise.resolve();
    const { key } = this.#options;
    const leave = this.#leave;
    return (async () => {
      if (wasOwner) {
        await coordinator.release(key, this.#holder);
        // Processes that still have subscribers take over now rather than when the lease expires.
        await coordinator.publish(key, { type: 'released', origin: coordinator.processId });
      }
      await leave?.();
    })().catch(() => undefined);
  }

  #remove(queue: EventQueue<WatchEvent<T>>): void {
    this.#subscribers.delete(queue);
    if (this.#subscribers.size === 0) void this.stop();
  }

  async #startShared(coordinator: WatchCoordinator): Promise<void> {
    try {
      this.#leave = await coordinator.join(this.#options.key, (message) => this.#onMessage(message, false));
      // Stopped while joining: stop() had nothing to leave yet.
      if (this.#role === 'stopped') await this.#leave();
    } catch {
      // The backend is away: the acquire below fails too, and this process polls on its own.
    }
    await this.#tryOwn();
    // Another process owns the watch: start from the last state it published. (An owner polls at
    // once instead — a state left by an earlier owner may be old.)
    if (this.#role !== 'follower') return;
    try {
      const last = await coordinator.last(this.#options.key);
      // Only when the channel brought nothing newer while the stored state was read.
      if (last && this.#last === undefined) this.#onMessage(last, true);
    } catch {
      // The owner's next change arrives over the channel.
    }
  }

  async #tryOwn(): Promise<void> {
    const coordinator = this.#options.coordinator;
    if (!coordinator || this.#acquiring || this.#role === 'owner' || this.#role === 'stopped') return;
    this.#acquiring = true;
    let owned: boolean;
    try {
      owned = await coordinator.acquire(this.#options.key, this.#holder);
    } catch {
      owned = true;
    } finally {
      this.#acquiring = false;
    }
    // The role may have changed while the lease was asked for. Stopped meanwhile: give back a lease
    // just taken, or the other processes would wait for it to lapse.
    if (this.#stopped() && owned) {
      void coordinator.release(this.#options.key, this.#holder).catch(() => undefined);
    }
    if (!this.#canTakeOver()) return;
    if (owned) this.#becomeOwner();
    else if (this.#role !== 'follower') this.#becomeFollower(coordinator);
  }

  #stopped(): boolean {
    return this.#role === 'stopped';
  }

  #canTakeOver(): boolean {
    return this.#role === 'idle' || this.#role === 'follower';
  }

  #becomeOwner(): void {
    this.#role = 'owner';
    clearInterval(this.#takeoverTimer);
    const coordinator = this.#options.coordinator;
    if (coordinator) {
      this.#leaseTimer = setInterval(() => void this.#renew(coordinator), coordinator.leaseMs / 3);
      this.#leaseTimer.unref();
    }
    this.#term += 1;
    void this.#loop(this.#term);
  }

  #becomeFollower(coordinator: WatchCoordinator): void {
    this.#role = 'follower';
    // Started while the backend was away, so never joined the channel: join now, or this process's
    // subscribers would hear nothing from the owner.
    if (!this.#leave) {
      coordinator
        .join(this.#options.key, (message) => this.#onMessage(message, false))
        .then(async (leave) => {
          this.#leave = leave;
          if (this.#role === 'stopped') await leave();
        })
        .catch(() => undefined);
    }
    clearInterval(this.#leaseTimer);
    this.#cancelSleep();
    // An owner that dies without releasing loses its lease when it expires; then one of us polls.
    this.#takeoverTimer = setInterval(() => void this.#tryOwn(), coordinator.leaseMs / 2);
    this.#takeoverTimer.unref();
  }

  async #renew(coordinator: WatchCoordinator): Promise<void> {
    let owned: boolean;
    try {
      owned = await coordinator.acquire(this.#options.key, this.#holder);
    } catch {
      return; // backend away: keep polling on our own
    }
    if (!owned && this.#role === 'owner') this.#becomeFollower(coordinator);
  }

  async #loop(term: number): Promise<void> {
    const { target, timing } = this.#options;
    const owning = () => this.#role === 'owner' && this.#term === term;
    let interval = timing.intervalMs;
    let failures = 0;
    while (owning()) {
      let delay: number;
      try {
        const value = await target.poll();
        if (!owning()) return;
        failures = 0;
        const final = target.isFinal(value);
        const changed = this.#offer(value, final, true);
        this.#options.onPoll(changed ? 'changed' : 'unchanged');
        if (final) {
          void this.stop();
          return;
        }
        interval = changed
          ? timing.intervalMs
          : Math.min(timing.maxIntervalMs, Math.round(interval * UNCHANGED_BACKOFF));
        delay = interval;
      } catch (error) {
        if (!owning()) return;
        this.#options.onPoll('failed');
        if (isGatewayError(error) && PERMANENT.has(error.code)) {
          this.#fail(error, true);
          return;
        }
        if (!isGatewayError(error)) this.#options.onUnexpected(error);
        failures += 1;
        // A breaker that is open or a 429 says when to come back; otherwise double up to the ceiling.
        const retryAfterMs = isGatewayError(error) ? (error.retryAfterSeconds ?? 0) * 1_000 : 0;
        delay = Math.max(retryAfterMs, Math.min(timing.maxIntervalMs, timing.intervalMs * 2 ** failures));
      }
      await this.#sleep(delay);
    }
  }

  /** Records a state; true when it differs from the last one (then every subscriber gets it). */
  #offer(value: T, final: boolean, publish: boolean): boolean {
    const json = JSON.stringify(value);
    if (this.#last?.json === json) return false;
    const event: WatchEvent<T> = { kind: 'value', value, final };
    this.#last = { json, event };
    for (const queue of this.#subscribers) deliver(queue, event);
    const coordinator = this.#options.coordinator;
    if (publish && coordinator) {
      void coordinator
        .publish(this.#options.key, { type: 'value', json, final, origin: coordinator.processId })
        .catch(() => undefined);
    }
    return true;
  }

  #fail(error: GatewayError, publish: boolean): void {
    const event: WatchEvent<T> = { kind: 'error', error };
    for (const queue of this.#subscribers) deliver(queue, event);
    const coordinator = this.#options.coordinator;
    if (publish && coordinator) {
      void coordinator
        .publish(this.#options.key, {
          type: 'error',
          code: error.code,
          message: error.message,
          platform: error.platform,
          origin: coordinator.processId,
        })
        .catch(() => undefined);
    }
    void this.stop();
  }

  #onMessage(message: WatchMessage, stored: boolean): void {
    const coordinator = this.#options.coordinator;
    if (this.#role === 'stopped' || !coordinator) return;
    if (!stored && message.origin === coordinator.processId) return;
    switch (message.type) {
      case 'value': {
        // Our own serialization of a state the owner polled (same key, so the same kind of object).
        const value = JSON.parse(message.json) as T;
        this.#offer(value, message.final, false);
        if (message.final) void this.stop();
        return;
      }
      case 'error':
        this.#fail(
          new GatewayError(
            message.code,
            message.message,
            message.platform ? { platform: message.platform } : {},
          ),
          false,
        );
        return;
      case 'released':
        if (this.#role === 'follower') void this.#tryOwn();
        return;
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#sleepTimer = setTimeout(resolve, ms);
    });
  }

  #cancelSleep(): void {
    clearTimeout(this.#sleepTimer);
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

function deliver<T>(queue: EventQueue<WatchEvent<T>>, event: WatchEvent<T>): void {
  const terminal = event.kind === 'error' || event.final;
  queue.push(event, terminal);
  if (terminal) queue.end();
}
