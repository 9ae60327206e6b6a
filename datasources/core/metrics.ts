import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process-wide Prometheus registry and the instruments the data sources report to. Label
 * values are platform names, HTTP methods, status classes and resource kinds only — never a URL,
 * a credential or anything a caller chose.
 */
export interface GatewayMetrics {
  registry: Registry;
  upstreamRequests: Counter<'platform' | 'method' | 'status'>;
  upstreamDuration: Histogram<'platform' | 'method'>;
  upstreamRetries: Counter<'platform' | 'reason'>;
  cacheRequests: Counter<'platform' | 'resource' | 'result'>;
  breakerState: Gauge<'platform'>;
  breakerTransitions: Counter<'platform' | 'to'>;
  graphqlRequests: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation'>;
  wholeResponses: Counter<'result'>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'crowdgraph_' });
  return {
    registry,
    upstreamRequests: new Counter({
      name: 'crowdgraph_upstream_requests_total',
      help: 'HTTP requests sent to upstream platforms, by platform, method and response status (or error kind).',
      labelNames: ['platform', 'method', 'status'],
      registers: [registry],
    }),
    upstreamDuration: new Histogram({
      name: 'crowdgraph_upstream_request_duration_seconds',
      help: 'Time to the response headers of upstream requests.',
      labelNames: ['platform', 'method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    upstreamRetries: new Counter({
      name: 'crowdgraph_upstream_retries_total',
      help: 'Retries of idempotent upstream requests, by platform and reason.',
      labelNames: ['platform', 'reason'],
      registers: [registry],
    }),
    cacheRequests: new Counter({
      name: 'crowdgraph_cache_requests_total',
      help: 'Upstream response cache look-ups by platform, resource kind and result (hit, miss, stale).',
      labelNames: ['platform', 'resource', 'result'],
      registers: [registry],
    }),
    breakerState: new Gauge({
      name: 'crowdgraph_breaker_state',
      help: 'Circuit breaker per platform: 0 closed, 1 half-open, 2 open.',
      labelNames: ['platform'],
      registers: [registry],
    }),
    breakerTransitions: new Counter({
      name: 'crowdgraph_breaker_transitions_total',
      help: 'Circuit breaker state changes per platform, by the state entered.',
      labelNames: ['platform', 'to'],
      registers: [registry],
    }),
    graphqlRequests: new Counter({
      name: 'crowdgraph_graphql_requests_total',
      help: 'GraphQL operations by operation name and outcome (ok, error).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'crowdgraph_graphql_request_duration_seconds',
      help: 'GraphQL operation latency by operation name.',
      labelNames: ['operation'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    wholeResponses: new Counter({
      name: 'crowdgraph_whole_response_cache_total',
      help: 'Whole-answer cache lookups: hit (replayed without execution), miss, stored.',
      labelNames: ['result'],
      registers: [registry],
    }),
  };
}
