import type { DocumentNode, ExecutionArgs, GraphQLError, GraphQLSchema, ValidationRule } from 'graphql';
import { graphql } from './graphql.js';

const { getOperationAST, parse, specifiedRules, validate } = graphql;
import type { GatewayContext } from '../../resolvers/index.js';

/** What a client sent to subscribe, whatever the transport. */
export interface SubscribeRequest {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface OperationRules {
  schema: GraphQLSchema;
  /** The same depth, alias, directive and cost rules as queries (server/protection.ts). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses and validates a subscription document under the query limits; only subscriptions are
 * served here (queries and mutations go over HTTP POST, with Apollo's protections). Returns the
 * execution arguments, or the errors to send back.
 */
export function prepareSubscription(
  request: SubscribeRequest,
  rules: OperationRules,
  context: () => GatewayContext,
): ExecutionArgs | GraphQLError[] {
  if (typeof request.query !== 'string' || request.query.length === 0) {
    return [
      new graphql.GraphQLError('A subscription needs a `query` string.', {
        extensions: { code: 'BAD_REQUEST' },
      }),
    ];
  }
  if (request.variables !== undefined && request.variables !== null && !isRecord(request.variables)) {
    return [
      new graphql.GraphQLError('`variables` must be an object.', { extensions: { code: 'BAD_REQUEST' } }),
    ];
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens: rules.maxTokens });
  } catch (error) {
    const message = error instanceof graphql.GraphQLError ? error.message : 'The document does not parse.';
    return [new graphql.GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
  }
  const errors = validate(rules.schema, document, [...specifiedRules, ...rules.validationRules]);
  if (errors.length > 0) {
    return errors.map(
      (error) =>
        new graphql.GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
    );
  }
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return [
      new graphql.GraphQLError('Unable to identify the operation to run.', {
        extensions: { code: 'BAD_REQUEST' },
      }),
    ];
  }
  if (operation.operation !== 'subscription') {
    return [
      new graphql.GraphQLError(
        `This transport serves subscriptions; send ${operation.operation === 'query' ? 'queries' : 'mutations'} as HTTP POST /graphql.`,
        { extensions: { code: 'BAD_REQUEST' } },
      ),
    ];
  }
  return {
    schema: rules.schema,
    document,
    operationName,
    variableValues: isRecord(request.variables) ? request.variables : undefined,
    contextValue: context(),
  };
}
