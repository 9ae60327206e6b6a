import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values (DESIGN §7). Clients switch on these; never rename one. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every platform, in the stable order cross-platform lists use. */
export const PLATFORM_NAMES = ['CROWDCENT', 'GRAND_CHALLENGE', 'CROWDAI', 'CROWDFLOWER', 'ARENA'] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];

export interface GatewayErrorOptions {
  platform?: PlatformName;
  /** Seconds the caller should wait before retrying (RATE_LIMITED, UPSTREAM_UNAVAILABLE). */
  retryAfterSeconds?: number;
  /** The platform's own error code, e.g. `VALIDATION_ERROR`; safe to show (never a credential). */
  platformCode?: string;
  /** Upstream HTTP status, when one was received. */
  status?: number;
  /** For writes whose answer was lost: the write may or may not have been applied. */
  outcome?: 'UNKNOWN';
  /** Response path, for errors reported beside data (cross-platform fan-out). */
  path?: ReadonlyArray<string | number>;
  cause?: unknown;
}

/**
 * The one error type every layer throws for an expected failure. Its message is written by us and
 * never contains an upstream URL, body or credential; `formatError` passes it through unchanged and
 * masks everything else.
 */
export class GatewayError extends GraphQLError {
  readonly code: ErrorCode;
  readonly platform: PlatformName | undefined;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    const extensions: Record<string, unknown> = { code };
    if (options.platform) extensions.platform = options.platform;
    if (options.platformCode) extensions.platformCode = options.platformCode;
    if (options.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = options.retryAfterSeconds;
    if (options.outcome) extensions.outcome = options.outcome;
    super(message, { extensions, ...(options.path ? { path: options.path } : {}) });
    this.name = 'GatewayError';
    this.code = code;
    this.platform = options.platform;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    // Kept for the server log only; GraphQLError does not serialize `cause`.
    if (options.cause !== undefined) Object.defineProperty(this, 'cause', { value: options.cause });
  }
}

export function isGatewayError(error: unknown): error is GatewayError {
  return error instanceof GatewayError;
}

export function badUserInput(message: string, field?: string): GatewayError {
  const error = new GatewayError('BAD_USER_INPUT', message);
  if (field) error.extensions.field = field;
  return error;
}

/** Codes after which a read may be served from a stale cache entry instead. */
export function isAvailabilityFailure(error: unknown): boolean {
  return (
    isGatewayError(error) &&
    (error.code === 'UPSTREAM_UNAVAILABLE' ||
      error.code === 'UPSTREAM_TIMEOUT' ||
      error.code === 'RATE_LIMITED')
  );
}
