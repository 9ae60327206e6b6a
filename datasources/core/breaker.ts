import type { Clock } from './clock.js';

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface BreakerOptions {
  /** Consecutive failures (no answer, timeout, 5xx) that open the circuit. Default 5. */
  failureThreshold?: number;
  /** How long an open circuit refuses calls before letting one probe through. Default 30 s. */
  openMs?: number;
}

/**
 * A per-platform circuit breaker. Closed: calls flow, consecutive failures are counted. Open:
 * calls are refused at once (the field fails fast with UPSTREAM_UNAVAILABLE while the rest of the
 * query answers) until `openMs` has passed. Half-open: one probe is let through; its success
 * closes the circuit, its failure opens it again. A success anywhere resets the count.
 */
export class CircuitBreaker {
  #state: BreakerState = 'CLOSED';
  #failures = 0;
  #openedAt = 0;
  #probing = false;
  readonly #threshold: number;
  readonly #openMs: number;
  readonly #clock: Clock;
  readonly #onChange: (state: BreakerState) => void;

  constructor(
    clock: Clock,
    options: BreakerOptions = {},
    onChange: (state: BreakerState) => void = () => undefined,
  ) {
    this.#clock = clock;
    this.#threshold = options.failureThreshold ?? 5;
    this.#openMs = options.openMs ?? 30_000;
    this.#onChange = onChange;
  }

  get state(): BreakerState {
    if (this.#state === 'OPEN' && this.#clock.now() - this.#openedAt >= this.#openMs) this.#set('HALF_OPEN');
    return this.#state;
  }

  /** Whether a call may go out now; when not, how long until it may (ms). */
  admit(): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const state = this.state;
    if (state === 'CLOSED') return { allowed: true };
    if (state === 'HALF_OPEN' && !this.#probing) {
      this.#probing = true;
      return { allowed: true };
    }
    const retryAfterMs = state === 'OPEN' ? this.#openMs - (this.#clock.now() - this.#openedAt) : 1_000;
    return { allowed: false, retryAfterMs: Math.max(0, retryAfterMs) };
  }

  success(): void {
    this.#failures = 0;
    this.#probing = false;
    if (this.#state !== 'CLOSED') this.#set('CLOSED');
  }

  failure(): void {
    this.#probing = false;
    this.#failures += 1;
    if (this.#state === 'HALF_OPEN' || (this.#state === 'CLOSED' && this.#failures >= this.#threshold)) {
      this.#openedAt = this.#clock.now();
      this.#set('OPEN');
    }
  }

  #set(state: BreakerState): void {
    this.#state = state;
    this.#onChange(state);
  }
}
