import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { SimulatorHttpError } from '../core/index.js';
import { badRequest, notFound } from './errors.js';
import { get, isRecord, mergeParams, parseBracketForm, positiveInt, text } from './form.js';
import type { JobRecord } from './model.js';
import type { CrowdFlowerState } from './state.js';
import type { Millis } from './time.js';
import { userForKey, type UserRecord } from './users.js';

/** Request plumbing shared by the route modules: auth, parameters, suffixes and negotiation. */

export interface Call {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly user: UserRecord;
  /** Query and body parameters as one tree; the body wins. */
  readonly params: unknown;
  /** Path parameters as matched (an id may still carry its `.json`/`.csv` suffix). */
  readonly path: Readonly<Record<string, string>>;
  /** Platform time of the request. */
  readonly at: Millis;
}

export type Handler = (call: Call) => unknown;

export interface RouteSpec {
  readonly methods: readonly HTTPMethods[];
  readonly path: string;
  /**
   * `optional`: also registered with `.json`; `none`: the bare path only, so `.json` is a 404
   * (channels, tags, gold, regenerate); `param`: the last segment is an id that carries it.
   */
  readonly suffix: 'optional' | 'none' | 'param';
}

const unauthorized = (message: string): SimulatorHttpError => new SimulatorHttpError(401, message);

function queryOf(request: FastifyRequest): unknown {
  const start = request.url.indexOf('?');
  return start === -1 ? {} : parseBracketForm(request.url.slice(start + 1));
}

/** `?key=` on every verb; one docs example puts `key` in the form body instead. */
function authenticate(query: unknown, body: unknown): UserRecord {
  const key = text(isRecord(query) ? query.key : undefined) ?? text(isRecord(body) ? body.key : undefined);
  if (key === undefined || key === '')
    throw unauthorized('You must provide your API key as the key parameter.');
  const user = userForKey(key);
  if (user === undefined) throw unauthorized('Invalid API key.');
  return user;
}

function pathOf(request: FastifyRequest): string {
  const start = request.url.indexOf('?');
  return start === -1 ? request.url : request.url.slice(0, start);
}

/** JSON is chosen by a `.json` suffix or an Accept header that allows it (or no Accept at all). */
function acceptsJson(request: FastifyRequest): boolean {
  if (pathOf(request).endsWith('.json')) return true;
  const accept = request.headers.accept;
  if (accept === undefined || accept.trim() === '') return true;
  return /application\/json|application\/\*|\*\/\*|\+json/i.test(accept);
}

/** A path id, with the optional `.json` suffix (and `.csv` where a report may be asked for). */
export function idOf(
  raw: string | undefined,
  formats: readonly string[] = ['json'],
): { id: number; format: string } {
  const match = /^(\d{1,15})(?:\.([a-z]+))?$/.exec(raw ?? '');
  if (match?.[1] === undefined) throw notFound();
  const format = match[2] ?? '';
  if (format !== '' && !formats.includes(format)) throw notFound();
  return { id: Number(match[1]), format };
}

/** The job named by `:job`, which must belong to the caller; mid-path ids take no suffix. */
export function jobOf(state: CrowdFlowerState, call: Call, formats: readonly string[] = []): JobRecord {
  return state.store.jobFor(call.user, idOf(call.path.job, formats).id);
}

/** 1-based `page`; anything unusable is page 1. */
export function pageOf(params: unknown): number {
  return positiveInt(get(params, 'page')) ?? 1;
}

/** `limit` up to `max`; absent or unusable means `max`. */
export function limitOf(params: unknown, max: number): number {
  return Math.min(max, positiveInt(get(params, 'limit')) ?? max);
}

export function registerRoute(
  app: FastifyInstance,
  state: CrowdFlowerState,
  spec: RouteSpec,
  handler: Handler,
): void {
  const run = async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const query = queryOf(request);
    const user = authenticate(query, request.body);
    state.catchUp();
    const path: Record<string, string> = isRecord(request.params)
      ? Object.fromEntries(Object.entries(request.params).map(([key, value]) => [key, String(value)]))
      : {};
    const result = await handler({
      request,
      reply,
      user,
      params: mergeParams(query, request.body),
      path,
      at: state.now(),
    });
    if (result === reply) return reply;
    // the change is already made: a PUT without an acceptable format ends in 406 afterwards (PPL)
    if (!acceptsJson(request))
      throw new SimulatorHttpError(
        406,
        'This resource is available as JSON: add .json or Accept: application/json.',
      );
    return result;
  };
  const urls = spec.suffix === 'optional' ? [spec.path, `${spec.path}.json`] : [spec.path];
  for (const url of urls) app.route({ method: [...spec.methods], url, handler: run });
}

/** Form bodies become bracket trees; an empty JSON body is no body rather than a parse error. */
export function registerBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, parseBracketForm(String(body)));
    },
  );
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const raw = String(body);
    if (raw.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(raw));
    } catch {
      done(badRequest('Your request body is not valid JSON.'), undefined);
    }
  });
}
