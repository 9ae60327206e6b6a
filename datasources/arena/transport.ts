import type { z } from 'zod';
import {
  GatewayError,
  isGatewayError,
  multipartBody,
  parseWire,
  upstreamPath,
  type CacheScope,
  type CachedGet,
  type MultipartPart,
  type RequestTrace,
  type UpstreamClient,
  type UpstreamRequest,
  type UpstreamResponse,
} from '../core/index.js';
import { refusalOf, type ArenaWriteOutcome } from './errors.js';
import { fileLocation } from './mappers.js';
import {
  SESSION_REFUSED,
  decodeArenaCredential,
  isLoginRedirect,
  isSessionRefusal,
  sessionHeaders,
  sessionSecrets,
  type ArenaSession,
  type ArenaSessions,
  type SessionContext,
  type SessionRefused,
} from './session.js';

/** Cache lifetimes per resource: course data barely changes; jobs move with the workers. */
const ttl = {
  me: 30_000,
  groups: 30_000,
  rounds: 60_000,
  datasets: 300_000,
  points: 600_000,
  jobs: 5_000,
  job: 5_000,
  params: 60_000,
  pictures: 10_000,
  workers: 5_000,
} as const;
export type Resource = keyof typeof ttl;

/** How long an accepted session is trusted before a streamed upload is sent without checking it first. */
const VERIFIED_FOR_MS = 60_000;

export type Query = Record<string, string | undefined>;
export type Fields = Record<string, string | undefined>;
export interface Answer {
  status: number;
  body: unknown;
  text: string;
  request: UpstreamRequest;
}

/**
 * One caller's HTTP to Arena over its Django session: cached reads under the caller's scope,
 * form writes with the CSRF token, streamed uploads and file downloads. Every request that Arena
 * refuses for the session is renewed and re-sent once through `ArenaSessions.run`.
 */
export class ArenaTransport {
  readonly upstream: UpstreamClient;
  readonly sessions: ArenaSessions;
  readonly credential: string | undefined;
  readonly #scope: CacheScope;
  readonly #trace: RequestTrace | undefined;

  constructor(options: {
    upstream: UpstreamClient;
    sessions: ArenaSessions;
    credential: string | undefined;
    scope: CacheScope;
    trace?: RequestTrace | undefined;
  }) {
    this.upstream = options.upstream;
    this.sessions = options.sessions;
    this.credential = options.credential;
    this.#scope = options.scope;
    this.#trace = options.trace;
  }

  get baseUrl(): URL {
    return this.upstream.baseUrl;
  }

  /** The caller's username and password; UNAUTHENTICATED when the caller sent none. */
  context(): SessionContext {
    const login = this.credential === undefined ? undefined : decodeArenaCredential(this.credential);
    if (this.credential === undefined || login === undefined) {
      throw new GatewayError(
        'UNAUTHENTICATED',
        'Arena needs a username and password: send the x-arena-username and x-arena-password headers or configure the operator’s Arena account.',
        { platform: 'ARENA' },
      );
    }
    return { upstream: this.upstream, credential: this.credential, login, trace: this.#trace };
  }

  /** A cached GET under the caller's scope; `orNull` makes a 404 null. */
  read(path: string, resource: Resource, query?: Query, orNull = false): Promise<unknown> {
    const context = this.context();
    return this.sessions.run(context, async (session) => {
      const get: CachedGet = {
        ...this.#request(session, context, { method: 'GET', path, ...(query ? { query } : {}) }),
        scope: this.#scope,
        resource,
        ttlMs: ttl[resource],
      };
      try {
        return orNull ? await this.upstream.getJsonOrNull(get) : await this.upstream.getJson(get);
      } catch (error) {
        if (isGatewayError(error) && error.status === 401) return SESSION_REFUSED;
        throw error;
      }
    });
  }

  /** One write (form-encoded, CSRF token as header and field); never retried on transport errors. */
  send(method: 'GET' | 'POST', path: string, fields?: Fields): Promise<Answer> {
    const context = this.context();
    return this.sessions.run(context, async (session) => {
      const request = this.#request(session, context, {
        method,
        path,
        idempotent: false,
        ...(fields
          ? {
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: formBody(fields, session.csrfToken),
            }
          : {}),
      });
      const answer = await this.upstream.requestJsonWithStatus(request);
      return isSessionRefusal(answer.status, answer.text) ? SESSION_REFUSED : { ...answer, request };
    });
  }

  /**
   * A streamed multipart POST. A stream can be sent only once, so a session Arena has not accepted
   * within the last minute is checked first; if Arena still refuses it, the session is renewed for
   * the next attempt and SESSION_REFUSED says nothing was stored.
   */
  async sendStream(
    path: string,
    parts: (csrfToken: string) => MultipartPart[],
  ): Promise<Answer | SessionRefused> {
    const context = this.context();
    const session = await this.#confirmedSession(context);
    const { body, contentType } = multipartBody(parts(session.csrfToken));
    const request = this.#request(session, context, {
      method: 'POST',
      path,
      headers: { 'content-type': contentType },
      body,
    });
    const answer = await this.upstream.requestJsonWithStatus(request);
    if (!isSessionRefusal(answer.status, answer.text)) return { ...answer, request };
    await this.sessions.renew(context, session);
    return SESSION_REFUSED;
  }

  /** A 2xx is parsed and invalidates; refusals the user can act on are outcomes; the rest throws. */
  async outcome<S extends z.ZodType, M>(
    answer: Answer,
    schema: S,
    map: (wire: z.output<S>) => M,
    invalidate: (value: M) => Promise<void>,
  ): Promise<ArenaWriteOutcome<M>> {
    if (answer.status >= 200 && answer.status < 300) {
      const value = map(this.parse(schema, answer.body, 'write answer'));
      await invalidate(value);
      return { ok: true, value };
    }
    const refusal = refusalOf(answer.status, answer.body, answer.request.secrets ?? []);
    if (refusal) return refusal;
    throw this.upstream.failure(answer.status, answer.text, answer.request);
  }

  invalidate(resource: Resource, paths: ReadonlyArray<{ path: string; query?: Query }>): Promise<void> {
    return this.upstream.invalidate(this.#scope, resource, paths);
  }

  parse<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
    return parseWire(schema, body, { platform: 'ARENA', name: 'Arena', what });
  }

  /**
   * A file under the base URL, with the session cookie. Media routes answer a lost session with a
   * redirect to the login form: the session is renewed and the file asked for again.
   */
  async openDownload(path: string): Promise<UpstreamResponse> {
    if (!isFilePath(path))
      throw new GatewayError('BAD_USER_INPUT', 'Not a file path on Arena.', { platform: 'ARENA' });
    const context = this.context();
    return this.sessions.run(context, async (session) => {
      const request = this.#request(session, context, { method: 'GET', path, headers: { accept: '*/*' } });
      const response = await this.upstream.request(request);
      if (response.status === 401 || isLoginRedirect(response)) {
        await response.body.dump();
        return SESSION_REFUSED;
      }
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
        // Media served from elsewhere (storage): openUrl sends our cookie only to Arena's own origin.
        await response.body.dump();
        const target = new URL(location, `${this.baseUrl.origin}${path}`).href;
        return this.upstream.openUrl(target, {
          headers: request.headers ?? {},
          secrets: request.secrets ?? [],
        });
      }
      if (response.status >= 200 && response.status < 300) return response;
      throw this.upstream.failure(response.status, await response.body.text(), request, response.headers);
    });
  }

  /** A URL the platform handed out: on Arena through openDownload, elsewhere without cookies. */
  async openFile(url: string): Promise<UpstreamResponse> {
    const location = fileLocation(url, this.baseUrl);
    if (location.downloadPath !== null) return this.openDownload(location.downloadPath);
    return this.upstream.openUrl(location.url, this.#trace ? { trace: this.#trace } : {});
  }

  #request(
    session: ArenaSession,
    context: SessionContext,
    req: Omit<UpstreamRequest, 'secrets' | 'trace'>,
  ): UpstreamRequest {
    const unsafe = req.method !== 'GET' && req.method !== 'HEAD';
    return {
      ...req,
      headers: {
        accept: 'application/json',
        ...req.headers,
        ...sessionHeaders(session, this.upstream, unsafe),
      },
      secrets: sessionSecrets(session, context.login),
      ...(this.#trace ? { trace: this.#trace } : {}),
    };
  }

  /** The session, checked with a cheap uncached read unless Arena accepted it within the last minute. */
  async #confirmedSession(context: SessionContext): Promise<ArenaSession> {
    const session = await this.sessions.session(context);
    if (this.sessions.clock.now() - session.verifiedAt < VERIFIED_FOR_MS) return session;
    return this.sessions.run(context, async (candidate) => {
      const request = this.#request(candidate, context, { method: 'GET', path: upstreamPath`/api/me/` });
      const answer = await this.upstream.requestJsonWithStatus(request);
      if (isSessionRefusal(answer.status, answer.text)) return SESSION_REFUSED;
      if (answer.status < 200 || answer.status >= 300)
        throw this.upstream.failure(answer.status, answer.text, request);
      return candidate;
    });
  }
}

function formBody(fields: Fields, csrfToken: string): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  form.append('csrfmiddlewaretoken', csrfToken);
  return form.toString();
}

/** An absolute path on the platform that cannot climb out of its place. */
function isFilePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || /[\\#\s]/.test(path)) return false;
  const pathname = path.split('?')[0] ?? '';
  return pathname.split('/').every((segment) => !/^(?:\.|%2e){1,2}$/i.test(segment));
}
