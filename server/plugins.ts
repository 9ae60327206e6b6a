import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayMetrics } from '../datasources/core/index.js';
import type { GatewayContext } from '../resolvers/index.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Adds what resolvers reported beside their data: per-platform errors of cross-platform fields
 * (with their paths, formatted by the same masking boundary) and `extensions.stale`, the platforms
 * whose data came from the cache because they were failing.
 */
export function responseExtrasPlugin(formatError: FormatError): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          // Answers hold one caller's data: no browser or proxy may keep them (Apollo's cache-control
          // plugin said the same, at the price of a hook around every resolved field; it is off).
          response.http.headers.set('cache-control', 'no-store');
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const partial = contextValue.partialErrors.errors;
          if (partial.length > 0) {
            const formatted = partial.map((error) => formatError(error.toJSON(), error));
            result.errors = [...(result.errors ?? []), ...formatted];
          }
          if (contextValue.trace.stale.size > 0) {
            result.extensions = { ...result.extensions, stale: [...contextValue.trace.stale].sort() };
          }
        },
      };
    },
  };
}

/** Operation names are chosen by clients: only well-formed ones become labels, and only so many. */
const MAX_OPERATION_LABELS = 200;

/** Turns client-chosen operation names into bounded metric labels (shared by every path that counts). */
export function operationLabeler(): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
}

export function metricsPlugin(
  metrics: GatewayMetrics,
  label: (name: string | null | undefined) => string,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, operationName, response }) {
          const operation = label(operationName ?? request.operationName);
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          metrics.graphqlRequests.inc({ operation, outcome: failed ? 'error' : 'ok' });
          metrics.graphqlDuration.observe({ operation }, (performance.now() - started) / 1_000);
        },
      };
    },
  };
}
