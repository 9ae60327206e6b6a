import type { PlatformName } from '../../datasources/core/index.js';

/**
 * The headers a caller sends its own credential for each platform in (DESIGN §5): the one table
 * the context (which header binds which platform), the subscription refusals (which header to
 * send), GraphiQL's header editor, the whole-response cache key and the log redaction derive from.
 * Arena logs in with two: username, then password.
 */
export const CREDENTIAL_HEADERS_BY_PLATFORM = {
  CROWDCENT: ['x-crowdcent-api-key'],
  GRAND_CHALLENGE: ['x-grand-challenge-token'],
  CROWDFLOWER: ['x-crowdflower-key'],
  CROWDAI: ['x-crowdai-key'],
  ARENA: ['x-arena-username', 'x-arena-password'],
} as const satisfies Record<PlatformName, readonly [string, ...string[]]>;

/** Every credential header, in the table's order. */
export const CREDENTIAL_HEADERS: readonly string[] = Object.values(CREDENTIAL_HEADERS_BY_PLATFORM).flat();
