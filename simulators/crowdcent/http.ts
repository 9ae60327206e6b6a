import type { FastifyRequest } from 'fastify';
import { SimulatorHttpError, type ErrorDescription } from '../core/index.js';
import type { ChallengeSeed } from './seed.js';
import type { CrowdCentState } from './state.js';
import { userForKey, type UserRecord } from './users.js';

/** Request-level helpers shared by the route modules. */

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_ERROR',
  401: 'NOT_AUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'THROTTLED',
};

/** Every error the platform answers is `{"error":{"code","message"}}` (reference §5). */
export function crowdCentErrorBody({ status, message, code }: ErrorDescription): unknown {
  return {
    error: { code: code ?? CODE_BY_STATUS[status] ?? (status >= 500 ? 'SERVER_ERROR' : 'ERROR'), message },
  };
}

export function notFound(message: string): SimulatorHttpError {
  return new SimulatorHttpError(404, message, 'NOT_FOUND');
}

const unauthenticated = (message: string): SimulatorHttpError =>
  new SimulatorHttpError(401, message, 'NOT_AUTHENTICATED', { 'www-authenticate': 'Api-Key' });

/** `Api-Key <key>` as the client sends it; `ApiKey <key>` as the FAQ shows for Swagger UI. */
export function authenticate(request: FastifyRequest): UserRecord {
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '')
    throw unauthenticated('Authentication credentials were not provided.');
  const match = /^(?:Api-Key|ApiKey)\s+(\S+)\s*$/.exec(header);
  const user = match?.[1] === undefined ? undefined : userForKey(match[1]);
  if (user === undefined) throw unauthenticated('Invalid API key.');
  return user;
}

export { originOf } from '../core/server.js';

export function requireChallenge(state: CrowdCentState, slug: string): ChallengeSeed {
  const challenge = state.challenges.get(slug);
  if (challenge === undefined) throw notFound(`Challenge '${slug}' not found.`);
  return challenge;
}
