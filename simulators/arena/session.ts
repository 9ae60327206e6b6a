import type { FastifyReply, FastifyRequest } from 'fastify';
import { newSecret, randomString } from './csrf.js';
import type { ArenaState } from './state.js';
import { httpDate } from './time.js';
import { userNamed, type ArenaDemoUser } from './users.js';

/** Django's session and CSRF cookies (reference §2). */

export const SESSION_COOKIE = 'sessionid';
export const CSRF_COOKIE = 'csrftoken';
/** Django's `CSRF_COOKIE_AGE`: one year. */
const CSRF_COOKIE_AGE_MS = 31_449_600_000;

/** The `Cookie` header as name → value; the first of duplicate names wins, as in Python's parser. */
export function cookiesOf(request: FastifyRequest): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const equals = pair.indexOf('=');
    if (equals === -1) continue;
    const name = pair.slice(0, equals).trim();
    let value = pair.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (name !== '' && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

function setCookie(
  reply: FastifyReply,
  name: string,
  value: string,
  maxAgeMs: number,
  httpOnly: boolean,
): void {
  const parts = [
    `${name}=${value}`,
    // the client's jar judges expiry by its own (real) clock, not the simulator's injected one
    `expires=${httpDate(Date.now() + maxAgeMs)}`,
    ...(httpOnly ? ['HttpOnly'] : []),
    `Max-Age=${Math.max(0, Math.ceil(maxAgeMs / 1000))}`,
    'Path=/',
    'SameSite=Lax',
  ];
  reply.header('set-cookie', parts.join('; '));
}

/** Sends a (new or refreshed) CSRF cookie and returns its secret. */
export function issueCsrfCookie(reply: FastifyReply, secret: string = newSecret()): string {
  setCookie(reply, CSRF_COOKIE, secret, CSRF_COOKIE_AGE_MS, false);
  return secret;
}

/** The logged-in user behind the request's `sessionid`; an expired session is deleted on sight. */
export function sessionUser(
  state: ArenaState,
  request: FastifyRequest,
): { key: string; user: ArenaDemoUser } | undefined {
  const key = cookiesOf(request).get(SESSION_COOKIE);
  if (key === undefined) return undefined;
  const session = state.sessions.get(key);
  if (session === undefined) return undefined;
  if (session.expiresAt <= state.now()) {
    state.sessions.delete(key);
    return undefined;
  }
  const user = userNamed(session.username);
  return user === undefined ? undefined : { key, user };
}

/** Django's `login()`: a fresh session key (the old session is dropped) and a rotated CSRF secret. */
export function startSession(
  state: ArenaState,
  reply: FastifyReply,
  user: ArenaDemoUser,
  previousKey: string | undefined,
): void {
  if (previousKey !== undefined) state.sessions.delete(previousKey);
  const now = state.now();
  const key = randomString(32, 'abcdefghijklmnopqrstuvwxyz0123456789');
  state.sessions.set(key, { username: user.username, expiresAt: now + state.sessionTtlMs });
  state.logins += 1;
  setCookie(reply, SESSION_COOKIE, key, state.sessionTtlMs, true);
  issueCsrfCookie(reply);
}

/** Django's `logout()`: the session is flushed and its cookie deleted. */
export function endSession(state: ArenaState, reply: FastifyReply, key: string | undefined): void {
  if (key !== undefined) state.sessions.delete(key);
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax`,
  );
}
