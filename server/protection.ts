import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type GraphQLFormattedError, type ValidationContext } from 'graphql';

/** Every armor rejection starts with this, so the masking boundary can give it its own code. */
const TOO_COMPLEX = 'Query too complex:';

export interface QueryLimits {
  /** Deepest selection nesting. Default 15 (the deepest schema path a real client needs is ~9). */
  maxDepth: number;
  /** Aliases per operation. Default 30. */
  maxAliases: number;
  /** Lexical tokens per document, checked while parsing (stops huge documents early). Default 5000. */
  maxTokens: number;
  /**
   * graphql-armor's cost: objects 2, scalars 1, ×1.5 per level and × each list's `first`. Default
   * 500 000: a 1000-edge page or jobs(20) → units(50) → judgments (~72 000) pass; lists nested
   * three deep at their maximum sizes do not.
   */
  maxCost: number;
}

/**
 * Depth, alias, directive and cost limits (graphql-armor's validation rules), so one request cannot
 * make the gateway fan out without bound. Rejections carry `QUERY_TOO_COMPLEX` (see
 * `isTooComplex`). Only the rules are used: armor's Apollo plugins re-parse the document in a hook
 * of their own, where a plain syntax error becomes a 500.
 */
export function queryProtection(limits: QueryLimits) {
  // Our own messages (exposeLimits off) say the limit and start with the marker isTooComplex reads.
  const common = { exposeLimits: false };
  return new ApolloArmor({
    maxDepth: {
      ...common,
      n: limits.maxDepth,
      ignoreIntrospection: true,
      errorMessage: `${TOO_COMPLEX} nested deeper than ${limits.maxDepth}.`,
    },
    maxAliases: {
      ...common,
      n: limits.maxAliases,
      errorMessage: `${TOO_COMPLEX} more than ${limits.maxAliases} aliases.`,
    },
    maxTokens: {
      ...common,
      n: limits.maxTokens,
      errorMessage: `${TOO_COMPLEX} more than ${limits.maxTokens} tokens.`,
    },
    maxDirectives: { ...common, n: 50, errorMessage: `${TOO_COMPLEX} more than 50 directives.` },
    costLimit: {
      ...common,
      maxCost: limits.maxCost,
      ignoreIntrospection: true,
      errorMessage: `${TOO_COMPLEX} its cost is over ${limits.maxCost}.`,
    },
    // Suggestions are dropped by formatError where introspection is off (armor's plugin for it
    // is not used: see above).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

export function isTooComplex(error: GraphQLFormattedError): boolean {
  return (
    error.message.includes(TOO_COMPLEX) || /Document contains more tha[nt] \d+ tokens/.test(error.message)
  );
}

/**
 * Refuses a subscription (or any operation type) the schema has no root type for, as a validation
 * error, instead of letting execution fail with an internal error.
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === 'query'
          ? schema.getQueryType()
          : node.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) {
        context.reportError(
          new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }),
        );
      }
    },
  };
}
