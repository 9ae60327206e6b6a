import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { SimulatorHttpError } from '../core/index.js';
import { csrfFailure } from './csrf.js';
import {
  ArenaError,
  arenaErrorBody,
  codeForStatus,
  HtmlError,
  notAuthenticated,
  permissionDenied,
} from './errors.js';
import { Form, readForm } from './form.js';
import { BAD_REQUEST_PAGE, csrfFailurePage, NOT_FOUND_PAGE, SERVER_ERROR_PAGE } from './html.js';
import { CSRF_COOKIE, cookiesOf, sessionUser } from './session.js';
import type { ArenaState } from './state.js';
import type { ArenaDemoUser } from './users.js';

/**
 * Django's request pipeline in the order Django runs it: URL resolution (APPEND_SLASH, HTML 404),
 * the CSRF check on unsafe methods, the view's verb check (405), then the login check and the view.
 */

/** Who may call a session route: a user or an admin (else JSON 401/403), or a page that redirects to login. */
export type Access = 'user' | 'admin' | 'page';

export interface Call<U extends ArenaDemoUser | undefined = ArenaDemoUser> {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly user: U;
  readonly form: Form;
  readonly query: URLSearchParams;
  /** Path parameters; `{id}` segments are already known to be digits. */
  readonly params: Readonly<Record<string, string>>;
}

type Handler<U extends ArenaDemoUser | undefined> = (call: Call<U>) => Promise<FastifyReply> | FastifyReply;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
const VERB_ORDER: readonly HTTPMethods[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function sendJson(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply.code(status).type('application/json').send(JSON.stringify(body));
}

export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

function splitUrl(url: string): { path: string; query: string } {
  const start = url.indexOf('?');
  return start === -1 ? { path: url, query: '' } : { path: url.slice(0, start), query: url.slice(start) };
}

/** `/api/jobs/{id}/` → Fastify's `/api/jobs/:id(^\d+)/` and a regex for resolving paths. */
function compile(path: string): { url: string; pattern: RegExp } {
  const url = path.replace(/\{(\w+)(:str)?\}/g, (_, name: string, str?: string) =>
    str === undefined ? `:${name}(^\\d+)` : `:${name}`,
  );
  const source = path
    .split(/(\{\w+(?::str)?\})/)
    .map((piece) =>
      piece.startsWith('{')
        ? piece.endsWith(':str}')
          ? '[^/]+'
          : '\\d+'
        : piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return { url, pattern: new RegExp(`^${source}$`) };
}

export class ArenaRouter {
  readonly #table: Array<{ pattern: RegExp; methods: HTTPMethods[] }> = [];

  constructor(
    readonly app: FastifyInstance,
    readonly state: ArenaState,
  ) {}

  /** A route that needs a session: `user`/`admin` answer JSON 401/403, `page` redirects to login. */
  route(
    methods: readonly HTTPMethods[],
    path: string,
    access: Access,
    handler: Handler<ArenaDemoUser>,
  ): void {
    this.#register(methods, path, (call) => {
      const { user } = call;
      if (user === undefined) {
        if (access !== 'page') throw notAuthenticated();
        const next = encodeURIComponent(call.request.url).replaceAll('%2F', '/');
        return call.reply.redirect(`/accounts/login/?next=${next}`, 302);
      }
      if (access === 'admin' && !user.admin) throw permissionDenied();
      return handler({ ...call, user });
    });
  }

  /** A route anyone may call (the login form). */
  open(methods: readonly HTTPMethods[], path: string, handler: Handler<ArenaDemoUser | undefined>): void {
    this.#register(methods, path, handler);
  }

  #register(
    methods: readonly HTTPMethods[],
    path: string,
    handler: Handler<ArenaDemoUser | undefined>,
  ): void {
    const { url, pattern } = compile(path);
    const existing = this.#table.find((entry) => entry.pattern.source === pattern.source);
    if (existing === undefined) this.#table.push({ pattern, methods: [...methods] });
    else existing.methods.push(...methods);
    this.app.route({
      method: [...methods],
      url,
      handler: async (request, reply) => {
        const form = await this.#checkedForm(request, reply);
        if (form === undefined) return reply;
        const session = sessionUser(this.state, request);
        const params: Record<string, string> = {};
        if (typeof request.params === 'object' && request.params !== null)
          for (const [key, value] of Object.entries(request.params)) params[key] = String(value);
        return handler({
          request,
          reply,
          user: session?.user,
          form,
          query: new URLSearchParams(splitUrl(request.url).query),
          params,
        });
      },
    });
  }

  /** The verbs a path resolves to, or undefined when no route matches it. */
  resolve(path: string): HTTPMethods[] | undefined {
    const methods = this.#table.filter((entry) => entry.pattern.test(path)).flatMap((entry) => entry.methods);
    return methods.length === 0 ? undefined : methods;
  }

  /** Reads the body of an unsafe request and applies the CSRF check; undefined once a 403 went out. */
  async #checkedForm(request: FastifyRequest, reply: FastifyReply): Promise<Form | undefined> {
    if (SAFE_METHODS.has(request.method)) return new Form();
    const form = await readForm(request);
    const header = request.headers['x-csrftoken'];
    const reason = csrfFailure({
      cookie: cookiesOf(request).get(CSRF_COOKIE),
      field: form.get('csrfmiddlewaretoken'),
      header: Array.isArray(header) ? header[0] : header,
    });
    if (reason === undefined) return form;
    sendHtml(reply, csrfFailurePage(reason), 403);
    return undefined;
  }

  /** Django for every path no route takes: APPEND_SLASH's 301, HTML 404, CSRF then 405 for a wrong verb. */
  registerFallback(): void {
    this.app.route({
      method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      url: '/*',
      handler: async (request, reply) => {
        const { path, query } = splitUrl(request.url);
        const allowed = this.resolve(path);
        if (allowed === undefined) {
          const getLike = request.method === 'GET' || request.method === 'HEAD';
          if (getLike && !path.endsWith('/') && this.resolve(`${path}/`) !== undefined)
            return reply.redirect(`${path}/${query}`, 301);
          return sendHtml(reply, NOT_FOUND_PAGE, 404);
        }
        if ((await this.#checkedForm(request, reply)) === undefined) return reply;
        const allow = VERB_ORDER.filter((method) => allowed.includes(method)).join(', ');
        return reply.code(405).header('allow', allow).type('text/html; charset=utf-8').send('');
      },
    });
  }
}

function statusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const { statusCode } = error;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode <= 599) return statusCode;
  }
  return 500;
}

/** JSON errors for `/api/`, Django's pages elsewhere; a crash is Django's HTML 500. */
export async function handleError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (error instanceof HtmlError) return sendHtml(reply, error.html, error.status);
  if (error instanceof ArenaError) {
    const fields = error.status === 400 ? error.fields : undefined;
    return sendJson(
      reply,
      arenaErrorBody({ status: error.status, message: error.message, code: error.code }, fields),
      error.status,
    );
  }
  if (error instanceof SimulatorHttpError) {
    reply.headers(error.headers);
    return sendJson(
      reply,
      arenaErrorBody({ status: error.status, message: error.message, code: error.code }),
      error.status,
    );
  }
  const status = statusOf(error);
  if (status >= 500) return sendHtml(reply, SERVER_ERROR_PAGE, 500);
  if (!splitUrl(request.url).path.startsWith('/api/')) return sendHtml(reply, BAD_REQUEST_PAGE, 400);
  const message = error instanceof Error ? error.message : 'Bad request.';
  return sendJson(reply, arenaErrorBody({ status: 400, message, code: codeForStatus(400) }), 400);
}
