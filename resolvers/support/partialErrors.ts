import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';
import { GatewayError } from '../../datasources/core/index.js';

/**
 * Errors of one platform inside a field that still returns the others' data (cross-platform
 * fan-out). They are appended to the response's `errors` with the field's path by the server's
 * response plugin, after the same masking as every other error.
 */
export class PartialErrors {
  readonly #errors: GraphQLError[] = [];

  add(error: unknown, info: GraphQLResolveInfo): void {
    const path = responsePathAsArray(info.path);
    const gatewayError =
      error instanceof GatewayError
        ? error
        : new GatewayError('INTERNAL_SERVER_ERROR', 'Unexpected error.', { cause: error });
    const located = new GatewayError(gatewayError.code, gatewayError.message, { path, cause: error });
    Object.assign(located.extensions, gatewayError.extensions);
    this.#errors.push(located);
  }

  get errors(): readonly GraphQLError[] {
    return this.#errors;
  }
}
