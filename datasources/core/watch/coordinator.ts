import type { ErrorCode, PlatformName } from '../errors.js';

/** What the owner of a watcher tells the other processes through the watch's channel. */
export type WatchMessage =
  | { type: 'value'; json: string; final: boolean; origin: string }
  | { type: 'error'; code: ErrorCode; message: string; platform: PlatformName | undefined; origin: string }
  /** The owner stopped (its last subscriber left): another process with subscribers takes over. */
  | { type: 'released'; origin: string };

/**
 * Shares watchers between gateway processes (DESIGN §1: replicas on one Redis). One process owns
 * a watcher — it holds the lease and polls — and the others receive its changes. Every method may
 * reject when the backend is away; the watcher then polls on its own (availability over economy).
 */
export interface WatchCoordinator {
  /** This process, as it appears in leases and messages. */
  readonly processId: string;
  /** How long a lease lives without renewal; owners renew at a third of it. */
  readonly leaseMs: number;
  /**
   * Relays the watch's channel to `onMessage`; resolves to the function that stops this relay (and
   * only this one: a watcher that replaced a stopped one for the same key keeps its own).
   */
  join(key: string, onMessage: (message: WatchMessage) => void): Promise<() => Promise<void>>;
  /**
   * Takes the lease for `holder` (one watcher) when free, renews it when `holder` has it; false while
   * another holds it.
   */
  acquire(key: string, holder: string): Promise<boolean>;
  /** Gives the lease up if `holder` still has it. */
  release(key: string, holder: string): Promise<void>;
  /** Sends to every process watching; a `value` or `error` is also kept as the watch's last state. */
  publish(key: string, message: WatchMessage): Promise<void>;
  /** The last state an owner published, for a process that joins a running watch. */
  last(key: string): Promise<WatchMessage | undefined>;
  close(): Promise<void>;
}
