/**
 * A minimal typed GraphQL client for crowdgraph: copy this file and examples/__generated__/ into an
 * app. `document` is a TypedDocumentNode generated from examples/operations/*.graphql by
 * `npm run codegen`, so variables are checked and the result is typed without casts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Thrown when the response carries `errors` (or no data, or is not a GraphQL response at all). */
export class GraphQLRequestError extends Error {
  /** `extensions.code` of each error, e.g. `UNAUTHENTICATED` or `UPSTREAM_TIMEOUT`. */
  readonly codes: string[];

  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorEntry[],
    /** Partial data sent beside the errors, or null. */
    readonly data: unknown = null,
  ) {
    const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
    super(
      `GraphQL request failed (HTTP ${status}): ` +
        errors.map((e, i) => `[${codes[i] ?? 'UNKNOWN'}] ${e.message}`).join('; '),
    );
    this.name = 'GraphQLRequestError';
    this.codes = codes;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toErrorEntry(value: unknown): GraphQLErrorEntry {
  if (!isRecord(value)) return { message: String(value) };
  const entry: GraphQLErrorEntry = {
    message: typeof value.message === 'string' ? value.message : 'unknown error',
  };
  if (Array.isArray(value.path)) {
    entry.path = value.path.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    );
  }
  if (isRecord(value.extensions)) entry.extensions = value.extensions;
  return entry;
}

/**
 * Sends one operation as a GraphQL-over-HTTP POST and returns its `data`, typed by the document.
 * Throws {@link GraphQLRequestError} when the response has `errors`, with their `extensions.code`s.
 */
export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphQLRequestError(response.status, [
      { message: `not a GraphQL response: ${text.slice(0, 200)}`, extensions: { code: 'BAD_RESPONSE' } },
    ]);
  }
  if (!isRecord(body)) {
    throw new GraphQLRequestError(response.status, [
      { message: 'response body is not a JSON object', extensions: { code: 'BAD_RESPONSE' } },
    ]);
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw new GraphQLRequestError(response.status, body.errors.map(toErrorEntry), body.data ?? null);
  }
  if (!isRecord(body.data)) {
    throw new GraphQLRequestError(response.status, [
      { message: 'response has neither data nor errors', extensions: { code: 'BAD_RESPONSE' } },
    ]);
  }
  // The gateway validated this data against the same schema the document was generated from.
  return body.data as TResult;
}
