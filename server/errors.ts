import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { GatewayError } from '../datasources/core/index.js';
import { isTooComplex } from './protection.js';

/** Codes Apollo Server itself raises for bad requests; their messages are about the query, safe to show. */
const apolloRequestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
]);

/**
 * The single masking boundary (STYLE: one `formatError`). Gateway errors and Apollo's request
 * errors pass with their code; anything else — a bug, a library's message that might quote input
 * or internals — becomes INTERNAL_SERVER_ERROR with a fixed message, and the original goes to the
 * log with the request id. Stack traces never leave.
 */
export function createFormatError(
  log: (error: unknown) => void,
  options: { hideSuggestions?: boolean } = {},
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof GatewayError) {
      return { ...base, message: original.message, extensions: { ...original.extensions } };
    }
    if (isTooComplex(formatted)) {
      return { ...base, message: formatted.message, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && apolloRequestCodes.has(code)) {
      // "Did you mean …?" hints reveal the schema: dropped where introspection is off.
      const message = options.hideSuggestions
        ? formatted.message.replace(/ Did you mean .*\?$/, '')
        : formatted.message;
      return { ...base, message, extensions: { code } };
    }
    if (original instanceof GraphQLError && original.extensions.code === 'BAD_USER_INPUT') {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    // http-errors marked `expose` (graphql-upload's "file too large", …) describe the request.
    if (isExposedClientError(original)) {
      return { ...base, message: original.message.slice(0, 200), extensions: { code: 'BAD_USER_INPUT' } };
    }
    log(original);
    return { ...base, message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function isExposedClientError(error: unknown): error is { message: string } {
  if (typeof error !== 'object' || error === null) return false;
  const { expose, status, message } = error as { expose?: unknown; status?: unknown; message?: unknown };
  return (
    expose === true &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof message === 'string'
  );
}
