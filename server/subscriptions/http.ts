import type { ASTVisitor, ValidationContext } from 'graphql';
import { graphql } from './graphql.js';

/**
 * Apollo's HTTP pipeline would run a subscription document as if it were a query (graphql-js
 * executes a subscription's root fields once, without a source stream): refused with a message
 * saying where subscriptions are served. Used only in Apollo's (HTTP) validation rules.
 */
export function subscriptionsNeedStreamRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'subscription') return;
      context.reportError(
        new graphql.GraphQLError(
          'Subscriptions are served over WebSocket (graphql-ws protocol) or Server-Sent Events (Accept: text/event-stream) on /graphql, not over a plain HTTP request.',
          { nodes: [node] },
        ),
      );
    },
  };
}
