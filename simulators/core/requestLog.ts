/** One request as the simulator saw it; never carries headers or credential values. */
export interface LoggedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Query string without the leading `?`, with credential-like values redacted. */
  readonly query: string;
  /** Response status; 0 while in flight or when no response was sent (hang, connection reset). */
  status: number;
  /** Arrival time, epoch milliseconds. */
  readonly at: number;
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

export class RequestLog {
  readonly #entries: LoggedRequest[] = [];
  readonly #redacted: ReadonlySet<string>;

  constructor(redactQueryParams: readonly string[] = DEFAULT_REDACTED_QUERY_PARAMS) {
    this.#redacted = new Set(redactQueryParams.map((name) => name.toLowerCase()));
  }

  get entries(): ReadonlyArray<LoggedRequest> {
    return this.#entries;
  }

  /** Records an arriving request; the returned entry's status is filled in when it is answered. */
  record(method: string, rawUrl: string, at: number = Date.now()): LoggedRequest {
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = queryStart === -1 ? '' : this.#redact(rawUrl.slice(queryStart + 1));
    const entry: LoggedRequest = { method: method.toUpperCase(), path, query, status: 0, at };
    this.#entries.push(entry);
    return entry;
  }

  count(filter: RequestFilter = {}): number {
    const method = filter.method?.toUpperCase();
    const { path } = filter;
    return this.#entries.filter(
      (entry) =>
        (method === undefined || entry.method === method) &&
        (path === undefined || (typeof path === 'string' ? entry.path === path : entry.path.search(path) !== -1)),
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
