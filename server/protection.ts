import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';

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
 * Depth, alias, token, directive and cost limits (graphql-armor), so one request cannot make the
 * gateway fan out without bound. Rejections carry `QUERY_TOO_COMPLEX` (see `isTooComplex`).
 */
export function queryProtection(limits: QueryLimits, production: boolean) {
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
    // "Did you mean …?" hints reveal the schema; keep them where introspection is on anyway.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export function isTooComplex(error: GraphQLFormattedError): boolean {
  return error.message.includes(TOO_COMPLEX);
}
