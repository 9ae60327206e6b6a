/**
 * The load generator, run as its own process (`node --import tsx bench/load.ts '<json>'`) so it never
 * shares the gateway's event loop or the harness's. Runs autocannon once against a GraphQL POST and
 * prints one JSON line, `LOAD_RESULT {...}` (see LoadResult), on stdout.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface LoadOptions {
  url: string;
  /** GraphQL document sent as `{ query }`. */
  query: string;
  connections: number;
  seconds: number;
  /** Requests per second from all connections; absent: as fast as the server answers. */
  overallRate?: number;
  /**
   * Make every request's document unique with an extra top-level alias (`u<n>: __typename`), so a
   * whole-response cache misses while the upstream data cache still hits. (An unused variable would
   * keep the document but fails validation: GraphQL rejects unused variables.) The price: each
   * request is parsed and validated afresh.
   */
  uniqueAlias?: boolean;
}

export interface LoadResult {
  requests: number;
  /** Completed requests per second over the run. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not HTTP 200 or carried GraphQL errors, plus connection errors. */
  failures: number;
  seconds: number;
}

export function parseLoadResult(line: string): LoadResult | undefined {
  const match = /^LOAD_RESULT (.*)$/m.exec(line);
  if (!match?.[1]) return undefined;
  const value: unknown = JSON.parse(match[1]);
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const keys = ['requests', 'rps', 'p50', 'p95', 'p99', 'failures', 'seconds'] as const;
  if (!keys.every((key) => typeof record[key] === 'number')) return undefined;
  return {
    requests: Number(record.requests),
    rps: Number(record.rps),
    p50: Number(record.p50),
    p95: Number(record.p95),
    p99: Number(record.p99),
    failures: Number(record.failures),
    seconds: Number(record.seconds),
  };
}

async function run(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let counter = 0;
  const body = JSON.stringify({ query: options.query });
  // Unique across runs too: every load run is a new process whose counter starts again at 1, and an
  // alias a previous run sent is a whole-answer cache hit (runs once repeated their predecessors'
  // documents, and the "unique" figure climbed run after run).
  const runId = randomBytes(4).toString('hex');
  const setupRequest = (request: autocannon.Request): autocannon.Request => {
    counter += 1;
    request.body = JSON.stringify({
      query: options.query.replace('{', `{ u${runId}_${counter}: __typename `),
    });
    return request;
  };
  const settings: autocannon.Options = {
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate !== undefined ? { overallRate: options.overallRate } : {}),
    // per request, not top level: autocannon rebuilds a request only when the request itself has one
    ...(options.uniqueAlias ? { requests: [{ setupRequest }] } : {}),
    // cheap: a GraphQL error is a 200 whose body has an "errors" key
    verifyBody: (received) => typeof received === 'string' && !received.includes('"errors"'),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error: unknown, finished: autocannon.Result) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(finished);
    });
    // autocannon emits (client, statusCode, resBytes, responseTime); its typings omit the client
    instance.on('response', (...args: unknown[]) => {
      const responseTime = args[3];
      if (typeof responseTime === 'number') latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  if (options.uniqueAlias && counter < latencies.length) {
    throw new Error(`only ${counter} unique documents for ${latencies.length} requests`);
  }
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: result.non2xx + result.mismatches + result.errors,
    seconds: result.duration,
  };
}

// Only when run as the child process, not when the harness imports the types and parser.
if (process.argv[1]?.endsWith('load.ts')) {
  const raw = process.argv[2];
  if (raw === undefined) {
    console.error('usage: load.ts <json LoadOptions>');
    process.exit(2);
  }
  const options = JSON.parse(raw) as LoadOptions;
  run(options).then(
    (result) => {
      console.log(`LOAD_RESULT ${JSON.stringify(result)}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
