/** One request as the simulator saw it; never carries headers or credential values. */
export interface LoggedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Query string without the leading `?`, with credential-like values redacted. */
  readonly query: string;
  /** Response status; 0 while in flight or when no response was sent (hang, connection reset). */
  readonly status: number;
  /** Arrival time, epoch milliseconds. */
  readonly at: number;
  /**
   * Arrival and last-byte times on this process's monotonic clock (performance.now(), fractional
   * ms): how long the platform took to answer, including its added latency. `finishedMs` is NaN
   * until the response has been written.
   */
  readonly startedMs: number;
  readonly finishedMs: number;
}

export interface RequestFilter {
  /** Case-insensitive method. */
  method?: string;
  /** Exact path (no query) or a pattern tested against it. */
  path?: string | RegExp;
}

/**
 * Query parameters whose values are credentials on some platform (CrowdFlower's `key`, signed
 * storage URLs' `signature`, …). The log is for counting calls, so redacting loses nothing.
 */
export const DEFAULT_REDACTED_QUERY_PARAMS: readonly string[] = [
  'key',
  'api_key',
  'apikey',
  'token',
  'access_token',
  'signature',
  'password',
  'secret',
];

const REDACTED = 'REDACTED';

type Entry = { -readonly [K in keyof LoggedRequest]: LoggedRequest[K] };

/** What the server holds while a request is in flight. */
export interface PendingRequest {
  readonly path: string;
  /** Records the status once the response has been written. */
  complete(status: number): void;
}

export class RequestLog {
  readonly #entries: Entry[] = [];
  readonly #redacted: ReadonlySet<string>;

  constructor(redactQueryParams: readonly string[] = DEFAULT_REDACTED_QUERY_PARAMS) {
    this.#redacted = new Set(redactQueryParams.map((name) => name.toLowerCase()));
  }

  get entries(): ReadonlyArray<LoggedRequest> {
    return this.#entries;
  }

  /** Records a request on arrival, so in-flight and never-answered calls count too. */
  record(method: string, rawUrl: string, at: number = Date.now()): PendingRequest {
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = queryStart === -1 ? '' : this.#redact(rawUrl.slice(queryStart + 1));
    const entry: Entry = {
      method: method.toUpperCase(),
      path,
      query,
      status: 0,
      at,
      startedMs: performance.now(),
      finishedMs: Number.NaN,
    };
    this.#entries.push(entry);
    return {
      path,
      complete: (status) => {
        entry.status = status;
        entry.finishedMs = performance.now();
      },
    };
  }

  count(filter: RequestFilter = {}): number {
    const method = filter.method?.toUpperCase();
    const { path } = filter;
    return this.#entries.filter(
      (entry) =>
        (method === undefined || entry.method === method) &&
        (path === undefined ||
          (typeof path === 'string' ? entry.path === path : entry.path.search(path) !== -1)),
    ).length;
  }

  reset(): void {
    this.#entries.length = 0;
  }

  #redact(query: string): string {
    const params = new URLSearchParams(query);
    for (const name of new Set(params.keys())) {
      if (this.#redacted.has(name.toLowerCase())) params.set(name, REDACTED);
    }
    return params.toString();
  }
}
