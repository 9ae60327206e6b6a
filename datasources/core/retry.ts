/** How idempotent upstream requests are retried. Writes are never retried (DESIGN §7). */
export interface RetryPolicy {
  /** Total attempts including the first. Default 3. */
  maxAttempts: number;
  /** First backoff step; doubles each attempt, with full jitter. Default 100 ms. */
  baseDelayMs: number;
  /** Ceiling of one backoff step. Default 2 s. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error goes to the caller instead. Default 5 s. */
  maxRetryAfterMs: number;
  /** Statuses worth another attempt. Default 429, 502, 503, 504. */
  retryableStatuses: ReadonlySet<number>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 5_000,
  retryableStatuses: new Set([429, 502, 503, 504]),
};

/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^retry)]. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(random() * ceiling);
}

/** Retry-After as delta-seconds or an HTTP date, in ms from now; undefined when absent or unparsable. */
export function parseRetryAfterMs(header: string | string[] | undefined, now: number): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Caps retries at a fraction of recent traffic, so a platform that is failing is not hit with
 * `maxAttempts` times its normal load (retry storms). Every first attempt deposits `ratio` of a
 * token; every retry spends one. `minTokens` keeps retries possible at low traffic.
 */
export class RetryBudget {
  #tokens: number;
  readonly #ratio: number;
  readonly #max: number;

  constructor(options: { ratio?: number; minTokens?: number } = {}) {
    this.#ratio = options.ratio ?? 0.2;
    this.#max = Math.max(options.minTokens ?? 10, 1);
    this.#tokens = this.#max;
  }

  recordRequest(): void {
    this.#tokens = Math.min(this.#max + 1_000, this.#tokens + this.#ratio);
  }

  tryRetry(): boolean {
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
