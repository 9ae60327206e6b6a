import { GatewayError, type ErrorCode, type PlatformName } from './errors.js';

/** What a platform's error body says, reduced to safe parts. */
export interface DescribedError {
  /** The platform's own code, e.g. `VALIDATION_ERROR`. */
  platformCode?: string;
  /** The platform's message; scrubbed of secrets and URLs before it reaches a client. */
  message?: string;
}

export type UpstreamErrorDescriber = (status: number, body: string) => DescribedError;

const codeByStatus: ReadonlyArray<[(status: number) => boolean, ErrorCode]> = [
  [(s) => s === 400 || s === 409 || s === 414 || s === 422 || s === 431, 'BAD_USER_INPUT'],
  [(s) => s === 401, 'UNAUTHENTICATED'],
  [(s) => s === 402 || s === 403, 'FORBIDDEN'],
  [(s) => s === 404 || s === 410, 'NOT_FOUND'],
  [(s) => s === 429, 'RATE_LIMITED'],
  [(s) => s === 408 || s === 504, 'UPSTREAM_TIMEOUT'],
  [(s) => s >= 500, 'UPSTREAM_UNAVAILABLE'],
];

const phrase: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'rejected the request',
  UNAUTHENTICATED: 'did not accept the credentials',
  FORBIDDEN: 'refused access',
  NOT_FOUND: 'has no such object',
  RATE_LIMITED: 'is rate limiting this gateway',
  UPSTREAM_TIMEOUT: 'timed out',
  UPSTREAM_UNAVAILABLE: 'is unavailable',
  UPSTREAM_BAD_RESPONSE: 'answered unexpectedly',
  QUERY_TOO_COMPLEX: 'refused the query as too complex',
  INTERNAL_SERVER_ERROR: 'failed',
};

export function mapHttpFailure(input: {
  status: number;
  platform: PlatformName;
  name: string;
  described: DescribedError;
  retryAfterMs: number | undefined;
  secrets: readonly string[];
}): GatewayError {
  const code = codeByStatus.find(([match]) => match(input.status))?.[1] ?? 'UPSTREAM_BAD_RESPONSE';
  const detail = input.described.message ? scrub(input.described.message, input.secrets) : undefined;
  // Server-side failure text can carry internals; only client-error explanations are passed on.
  const showDetail = detail && input.status >= 400 && input.status < 500;
  const message = `${input.name} ${phrase[code]} (HTTP ${input.status})${showDetail ? `: ${detail}` : '.'}`;
  return new GatewayError(code, message, {
    platform: input.platform,
    status: input.status,
    ...(input.described.platformCode ? { platformCode: safeCode(input.described.platformCode) } : {}),
    ...(input.retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(input.retryAfterMs / 1_000) } : {}),
  });
}

/**
 * A request that got no HTTP answer. For a write this means the outcome is unknown: it may have
 * been applied, so it is never re-sent and the error says so.
 */
export function mapTransportFailure(
  error: unknown,
  context: { platform: PlatformName; name: string; idempotent: boolean },
): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const name = error instanceof Error ? error.name : '';
  const timedOut = code.includes('TIMEOUT') || name === 'TimeoutError';
  const outcome = context.idempotent ? {} : { outcome: 'UNKNOWN' as const };
  const suffix = context.idempotent ? '' : ' The write may or may not have been applied; it was not re-sent.';
  return timedOut
    ? new GatewayError('UPSTREAM_TIMEOUT', `${context.name} did not answer in time.${suffix}`, {
        platform: context.platform,
        cause: error,
        ...outcome,
      })
    : new GatewayError('UPSTREAM_UNAVAILABLE', `${context.name} could not be reached.${suffix}`, {
        platform: context.platform,
        cause: error,
        ...outcome,
      });
}

/** Removes secrets, URLs (they may carry keys or signatures) and control characters; caps length. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  out = out.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[url]');
  out = out.replace(/\b(key|api_key|token|signature|password)=[^&\s]+/gi, '$1=[redacted]');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return out.length > 300 ? `${out.slice(0, 297)}...` : out;
}

function safeCode(code: string): string {
  return code.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 64);
}
