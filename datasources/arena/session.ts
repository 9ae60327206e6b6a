import { createHash } from 'node:crypto';
import {
  GatewayError,
  systemClock,
  type Clock,
  type RequestTrace,
  type UpstreamClient,
  type UpstreamRequest,
  type UpstreamResponse,
} from '../core/index.js';

/**
 * Arena's Django session login (shared/platforms/arena.md §2), done once per credential and reused
 * by every request of that credential (DESIGN §5). The store lives in process memory only: it is
 * keyed by a SHA-256 of base URL and credential, never logged, and holds the session and CSRF
 * cookies — the password itself is never kept.
 */

const LOGIN_PATH = '/accounts/login/';
const SESSION_COOKIE = 'sessionid';
const CSRF_COOKIE = 'csrftoken';
/** A session this close to its cookie's expiry is renewed before use rather than after a 401. */
const EXPIRY_MARGIN_MS = 30_000;

export interface ArenaLogin {
  username: string;
  password: string;
}

/** The one credential string the gateway carries per caller: `username + "\n" + password`. */
export function encodeArenaCredential(username: string, password: string): string {
  if (username.includes('\n')) throw new RangeError('an Arena username cannot contain a line break');
  return `${username}\n${password}`;
}

/** The username and password in a credential string; undefined when it is not one. */
export function decodeArenaCredential(credential: string): ArenaLogin | undefined {
  const split = credential.indexOf('\n');
  if (split <= 0 || split === credential.length - 1) return undefined;
  return { username: credential.slice(0, split), password: credential.slice(split + 1) };
}

export interface ArenaSession {
  readonly sessionId: string;
  /** The CSRF secret as rotated by the login; sent as cookie, header and form field. */
  readonly csrfToken: string;
  /** When the session cookie expires by its own Max-Age/Expires; undefined when it did not say. */
  readonly expiresAt: number | undefined;
  /** When the platform last accepted this session. */
  verifiedAt: number;
}

/** What an attempt returns when Arena refused the session (401, CSRF 403, redirect to login). */
export const SESSION_REFUSED: unique symbol = Symbol('Arena refused the session');
export type SessionRefused = typeof SESSION_REFUSED;

export interface SessionContext {
  upstream: UpstreamClient;
  credential: string;
  login: ArenaLogin;
  trace?: RequestTrace | undefined;
}

export interface ArenaSessionsOptions {
  /** Default: the system clock. */
  clock?: Clock | undefined;
  /** Sessions kept at most; the least recently used goes first. Default 10 000. */
  maxSessions?: number;
}

/** Process-wide: build once, share by every per-request ArenaApi. */
export class ArenaSessions {
  readonly clock: Clock;
  readonly #max: number;
  readonly #sessions = new Map<string, ArenaSession>();
  readonly #logins = new Map<string, Promise<ArenaSession>>();

  constructor(options: ArenaSessionsOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.#max = options.maxSessions ?? 10_000;
  }

  /**
   * Runs `attempt` with the credential's session. When Arena refuses the session (expired or
   * logged out) it logs in again — once, shared by every concurrent caller — and runs the attempt
   * once more. That is safe for writes too: Arena checks the session and CSRF token before a view
   * runs, so a refused request was not applied.
   */
  async run<T>(
    context: SessionContext,
    attempt: (session: ArenaSession) => Promise<T | SessionRefused>,
  ): Promise<T> {
    const first = await this.session(context);
    const answer = await attempt(first);
    if (answer !== SESSION_REFUSED) {
      first.verifiedAt = this.clock.now();
      return answer;
    }
    const renewed = await this.renew(context, first);
    const retried = await attempt(renewed);
    if (retried !== SESSION_REFUSED) {
      renewed.verifiedAt = this.clock.now();
      return retried;
    }
    throw new GatewayError('UNAUTHENTICATED', 'Arena refused a freshly logged-in session.', {
      platform: 'ARENA',
    });
  }

  /** The credential's session: the stored one while it lasts, else a new login. */
  async session(context: SessionContext): Promise<ArenaSession> {
    const key = this.#key(context);
    const stored = this.#sessions.get(key);
    if (stored && !this.#expired(stored)) {
      // Map order is recency order: re-inserting keeps the least recently used first.
      this.#sessions.delete(key);
      this.#sessions.set(key, stored);
      return stored;
    }
    return this.#login(key, context);
  }

  /**
   * A new session after `stale` was refused. When another caller already replaced it, that
   * session is used; concurrent renewals share one login.
   */
  async renew(context: SessionContext, stale: ArenaSession): Promise<ArenaSession> {
    const key = this.#key(context);
    const stored = this.#sessions.get(key);
    if (stored !== undefined && stored !== stale) return stored;
    if (stored === stale) this.#sessions.delete(key);
    return this.#login(key, context);
  }

  /** Forgets a credential's session (its cookies stay valid upstream until they expire). */
  forget(context: Pick<SessionContext, 'upstream' | 'credential'>): void {
    this.#sessions.delete(this.#key(context));
  }

  get size(): number {
    return this.#sessions.size;
  }

  #login(key: string, context: SessionContext): Promise<ArenaSession> {
    const inFlight = this.#logins.get(key);
    if (inFlight) return inFlight;
    const login = logIn(context, this.clock)
      .then((session) => {
        this.#sessions.set(key, session);
        for (const oldest of this.#sessions.keys()) {
          if (this.#sessions.size <= this.#max) break;
          this.#sessions.delete(oldest);
        }
        return session;
      })
      .finally(() => this.#logins.delete(key));
    this.#logins.set(key, login);
    return login;
  }

  #expired(session: ArenaSession): boolean {
    return session.expiresAt !== undefined && this.clock.now() >= session.expiresAt - EXPIRY_MARGIN_MS;
  }

  #key({ upstream, credential }: Pick<SessionContext, 'upstream' | 'credential'>): string {
    return createHash('sha256')
      .update(upstream.baseUrl.href)
      .update('\0')
      .update(credential)
      .digest('base64url');
  }
}

/**
 * Django's login: GET the form for the `csrftoken` cookie, POST the credentials with that token
 * as cookie, header and form field; success is a 302 setting `sessionid` and a rotated token,
 * wrong credentials re-render the form with 200.
 */
async function logIn(context: SessionContext, clock: Clock): Promise<ArenaSession> {
  const { upstream, login, trace } = context;
  const secrets = [login.password];
  const formRequest: UpstreamRequest = {
    method: 'GET',
    path: LOGIN_PATH,
    headers: { accept: 'text/html' },
    secrets,
    ...(trace ? { trace } : {}),
  };
  const form = await upstream.request(formRequest);
  await form.body.dump();
  if (form.status !== 200) throw upstream.failure(form.status, '', formRequest, form.headers);
  const formToken = cookiesOf(form.headers, clock).get(CSRF_COOKIE)?.value;
  if (!formToken) throw badResponse('a login form without a CSRF cookie');

  const postRequest: UpstreamRequest = {
    method: 'POST',
    path: LOGIN_PATH,
    headers: {
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `${CSRF_COOKIE}=${formToken}`,
      'x-csrftoken': formToken,
      referer: refererOf(upstream),
    },
    body: new URLSearchParams({
      username: login.username,
      password: login.password,
      csrfmiddlewaretoken: formToken,
    }).toString(),
    // A repeated login only starts one more session, so transport failures may be retried; it
    // changes no data, so the whole answers that read Arena stay valid for every other caller.
    idempotent: true,
    changesData: false,
    secrets: [...secrets, formToken],
    ...(trace ? { trace } : {}),
  };
  const answer = await upstream.request(postRequest);
  await answer.body.dump();
  const cookies = cookiesOf(answer.headers, clock);
  const sessionId = cookies.get(SESSION_COOKIE)?.value;
  if (answer.status >= 300 && answer.status < 400 && sessionId) {
    const now = clock.now();
    return {
      sessionId,
      csrfToken: cookies.get(CSRF_COOKIE)?.value ?? formToken,
      expiresAt: cookies.get(SESSION_COOKIE)?.expiresAt,
      verifiedAt: now,
    };
  }
  if (answer.status === 200) {
    throw new GatewayError('UNAUTHENTICATED', 'Arena did not accept the username and password.', {
      platform: 'ARENA',
      status: 200,
    });
  }
  if (answer.status >= 300 && answer.status < 400) throw badResponse('a login without a session cookie');
  throw upstream.failure(answer.status, '', postRequest, answer.headers);
}

/** The headers that authenticate a request; unsafe methods also carry the CSRF token (§2 step 3). */
export function sessionHeaders(
  session: ArenaSession,
  upstream: UpstreamClient,
  unsafe: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    cookie: `${SESSION_COOKIE}=${session.sessionId}; ${CSRF_COOKIE}=${session.csrfToken}`,
  };
  if (unsafe) {
    headers['x-csrftoken'] = session.csrfToken;
    // Django's CSRF check on HTTPS also wants a same-origin Referer; harmless on HTTP.
    headers.referer = refererOf(upstream);
  }
  return headers;
}

/** Values to scrub from anything the platform echoes back. */
export function sessionSecrets(session: ArenaSession, login: ArenaLogin): string[] {
  return [login.password, session.sessionId, session.csrfToken];
}

/** A 401 on `/api/`, or Django's CSRF page: refused before any view ran. */
export function isSessionRefusal(status: number, text: string): boolean {
  return status === 401 || (status === 403 && text.includes('CSRF verification failed'));
}

/** Page routes (media) answer a missing session with a redirect to the login form. */
export function isLoginRedirect(response: UpstreamResponse): boolean {
  const location = response.headers.location;
  return (
    response.status >= 300 &&
    response.status < 400 &&
    typeof location === 'string' &&
    new URL(location, 'http://arena.invalid/').pathname.endsWith(LOGIN_PATH)
  );
}

function refererOf(upstream: UpstreamClient): string {
  return `${upstream.baseUrl.origin}/`;
}

function badResponse(what: string): GatewayError {
  return new GatewayError('UPSTREAM_BAD_RESPONSE', `Arena answered with ${what}.`, { platform: 'ARENA' });
}

interface Cookie {
  value: string;
  expiresAt: number | undefined;
}

/** The cookies a response sets (name → value and expiry); deleted cookies are left out. */
function cookiesOf(headers: UpstreamResponse['headers'], clock: Clock): Map<string, Cookie> {
  const raw = headers['set-cookie'];
  const lines = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const cookies = new Map<string, Cookie>();
  for (const line of lines) {
    const [pair = '', ...attributes] = line.split(';');
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = pair.slice(0, equals).trim();
    const value = pair
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    let expiresAt: number | undefined;
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const attributeValue = rest.join('=').trim();
      if (key.trim().toLowerCase() === 'max-age' && /^-?\d+$/.test(attributeValue))
        expiresAt = clock.now() + Number(attributeValue) * 1_000;
      else if (key.trim().toLowerCase() === 'expires' && expiresAt === undefined) {
        const parsed = Date.parse(attributeValue);
        if (!Number.isNaN(parsed)) expiresAt = parsed;
      }
    }
    if (value === '' || (expiresAt !== undefined && expiresAt <= clock.now())) continue;
    cookies.set(name, { value, expiresAt });
  }
  return cookies;
}
