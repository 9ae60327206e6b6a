import { createHash, randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SimulatorHttpError, type ErrorDescription } from '../core/index.js';
import { isRecord, mergeParams, parseForm, queryParams, type Params } from './params.js';
import { organizerForKey, type OrganizerRecord } from './users.js';

/** Request plumbing shared by the route modules: errors, auth, parameters and Rails' headers. */

export const ACCESS_DENIED = 'HTTP Token: Access denied.\n';

/** A failure the controller answers with its own JSON body (reference §5). */
export class CrowdAIError extends SimulatorHttpError {
  readonly body: Readonly<Record<string, unknown>>;

  constructor(status: number, body: Record<string, unknown>) {
    super(status, typeof body.message === 'string' ? body.message : (STATUS_CODES[status] ?? 'Error'));
    this.body = body;
  }
}

/**
 * Bodies Rails itself writes: the token 401 as plain text, anything else as ActionDispatch's
 * PublicExceptions JSON (`{"status":404,"error":"Not Found"}`), which is what an unmatched
 * route or a missing record gives an API client in production [inference].
 */
export function crowdAIErrorBody({ status, message }: ErrorDescription): unknown {
  if (status === 401) return message === ACCESS_DENIED ? message : ACCESS_DENIED;
  return { status, error: STATUS_CODES[status] ?? 'Internal Server Error' };
}

/** `authenticate_or_request_with_http_token`'s refusal: text/plain, trailing newline, realm. */
export function accessDenied(): SimulatorHttpError {
  return new SimulatorHttpError(401, ACCESS_DENIED, undefined, {
    'content-type': 'text/plain',
    'www-authenticate': 'Token realm="Application"',
  });
}

export function frameworkNotFound(): SimulatorHttpError {
  return new SimulatorHttpError(404, 'Not Found');
}

/**
 * The token as Rails 5 reads `Authorization`: `Token` or `Bearer`, then `token="…"`,
 * `token=…` or the bare value; further `, key=value` pairs are options.
 */
export function tokenOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const scheme = /^(?:Token|Bearer)\s+/.exec(header);
  if (scheme === null) return undefined;
  const pairs = header.slice(scheme[0].length).split(/\s*(?:,|;|\t+)\s*/);
  const first = pairs[0] ?? '';
  const pair = first.startsWith('token=') ? first : `token=${first}`;
  const value = pair.slice('token='.length).replace(/^"|"$/g, '');
  return value === '' ? undefined : value;
}

/** ORG: the admin key or any organizer key; anything else is the plain-text 401. */
export function requireOrganizer(request: FastifyRequest): OrganizerRecord {
  const token = tokenOf(request.headers.authorization);
  const organizer = token === undefined ? undefined : organizerForKey(token);
  if (organizer === undefined) throw accessDenied();
  return organizer;
}

/** ADMIN: the Broker's key only. */
export function requireAdmin(request: FastifyRequest): OrganizerRecord {
  const caller = requireOrganizer(request);
  if (caller.role !== 'admin') throw accessDenied();
  return caller;
}

/** Query, then body, then path parameters, as Rails merges them. */
export function paramsOf(request: FastifyRequest): Params {
  return mergeParams(queryParams(request.url), request.body, request.params);
}

/**
 * A path segment as the Rails router hands it over: dynamic segments stop at a dot, and the
 * rest of the last segment is taken as `(.:format)` (`/participants/lucas.martin` asks for
 * `lucas`) [inference].
 */
export function lastSegment(raw: string): string {
  const dot = raw.indexOf('.');
  return dot === -1 ? raw : raw.slice(0, dot);
}

/** A dynamic segment in the middle of a path cannot hold a dot, so such a path is unrouted. */
export function middleSegment(raw: string): string {
  if (raw.includes('.')) throw frameworkNotFound();
  return raw;
}

export { originOf } from '../core/server.js';

/**
 * Form and JSON bodies become params (`application/vnd.api+json`, which the examples send, is
 * read as JSON [inference]); an empty body is no params; other types are ignored, as Rails
 * ignores what it has no parser for.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, parseForm(String(body)));
    },
  );
  app.addContentTypeParser(
    ['application/json', 'application/vnd.api+json'],
    { parseAs: 'string' },
    (_request, body, done) => {
      const raw = String(body);
      if (raw.trim() === '') {
        done(null, undefined);
        return;
      }
      try {
        const parsed: unknown = JSON.parse(raw);
        // a top-level array lands in `_json`, out of the way of named params
        done(null, isRecord(parsed) ? parsed : { _json: parsed });
      } catch {
        done(new SimulatorHttpError(400, 'Bad Request'), undefined);
      }
    },
  );
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => {
    done(null, undefined);
  });
}

/** Rails' default headers (reference §1): request id, runtime, framing and Rack::ETag caching. */
export function registerRailsHeaders(app: FastifyInstance): void {
  const started = new WeakMap<FastifyRequest, bigint>();
  app.addHook('onRequest', async (request) => {
    started.set(request, process.hrtime.bigint());
  });
  app.addHook('onSend', async (request, reply: FastifyReply, payload) => {
    const begin = started.get(request) ?? process.hrtime.bigint();
    const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
    reply.header('x-frame-options', 'SAMEORIGIN');
    reply.header('x-xss-protection', '1; mode=block');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-request-id', randomUUID());
    reply.header('x-runtime', seconds.toFixed(6));
    const cacheable = (reply.statusCode === 200 || reply.statusCode === 201) && typeof payload === 'string';
    if (cacheable && payload !== '') {
      reply.header('etag', `W/"${createHash('md5').update(payload).digest('hex')}"`);
      reply.header('cache-control', 'max-age=0, private, must-revalidate');
    } else {
      reply.header('cache-control', 'no-cache');
    }
    return payload;
  });
}

/** Controller bodies as they are, framework errors as Rails writes them. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: unknown, _request, reply) => {
    if (error instanceof CrowdAIError) return reply.code(error.status).send(error.body);
    if (error instanceof SimulatorHttpError) {
      reply.headers(error.headers);
      return reply
        .code(error.status)
        .send(crowdAIErrorBody({ status: error.status, message: error.message }));
    }
    const status = statusOf(error);
    return reply.code(status).send(crowdAIErrorBody({ status, message: STATUS_CODES[status] ?? 'Error' }));
  });
}

/** Fastify marks client errors (bad body, too large) with `statusCode`; anything else is a 500. */
function statusOf(error: unknown): number {
  if (isRecord(error) || error instanceof Error) {
    const statusCode: unknown = Reflect.get(error, 'statusCode');
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode <= 499) return statusCode;
  }
  return 500;
}
