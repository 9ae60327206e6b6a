import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SimulatorHttpError } from '../../core/index.js';
import { ApiError, authenticate } from '../http.js';
import { syncJobs } from '../jobs.js';
import type { GcState } from '../state.js';
import type { UserRecord } from '../users.js';
import { registerAlgorithmRoutes } from './algorithms.js';
import { registerAnswerRoutes } from './answers.js';
import { registerArchiveRoutes } from './archives.js';
import { registerCaseRoutes } from './cases.js';
import { registerChallengeRoutes } from './challenges.js';
import { registerComponentRoutes } from './components.js';
import { linksFor, type RouteContext } from './context.js';
import { djangoNotFound, djangoServerError } from './errors.js';
import { registerFileRoutes } from './files.js';
import { registerReaderStudyRoutes } from './readerStudies.js';
import { registerUploadRoutes } from './uploads.js';

/** What `gcapi/` reports: versions at or below gcapi 0.15.1, so its start-up check passes. */
export const GCAPI_VERSIONS = { latest_version: '0.13.2', lowest_supported_version: '0.13.0' };

const API_PREFIX = '/api/v1';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function statusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const { statusCode } = error;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return statusCode;
  }
  return 500;
}

/** DRF's bodies for what reaches the view; Django's HTML page for a crash. */
async function handleError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (error instanceof ApiError) return reply.code(error.status).headers(error.headers).send(error.body);
  if (error instanceof SimulatorHttpError)
    return reply.code(error.status).headers(error.headers).send({ detail: error.message });
  const status = statusOf(error);
  if (status === 415)
    return reply
      .code(415)
      .send({ detail: `Unsupported media type "${request.headers['content-type'] ?? ''}" in request.` });
  if (status < 500) {
    const message = (error as FastifyError).message;
    return reply.code(status).send({ detail: message });
  }
  return djangoServerError(reply);
}

/** Django's APPEND_SLASH, DRF's 405 and OPTIONS, and the resolver's HTML 404 for unknown paths. */
function apiNotFound(api: FastifyInstance) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const queryStart = request.url.indexOf('?');
    const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
    const query = queryStart === -1 ? '' : request.url.slice(queryStart);
    if (!path.endsWith('/') && METHODS.some((method) => api.findRoute({ method, url: `${path}/` }) !== null))
      return reply.redirect(`${path}/${query}`, 301);
    const allowed = METHODS.filter((method) => api.findRoute({ method, url: path }) !== null);
    if (allowed.length === 0) return djangoNotFound(reply);
    const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    if (request.method === 'OPTIONS') {
      return reply
        .code(200)
        .header('allow', allow)
        .send({
          name: 'Grand Challenge API',
          description: '',
          renders: ['application/json', 'text/html'],
          parses: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
        });
    }
    return reply
      .code(405)
      .header('allow', allow)
      .send({ detail: `Method "${request.method}" not allowed.` });
  };
}

export function registerRoutes(app: FastifyInstance, state: GcState): void {
  // gcapi decodes a body only when Content-Type is exactly application/json (reference §1)
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('application/json'))
      reply.header('content-type', 'application/json');
    return payload;
  });
  app.setErrorHandler(handleError);

  app.register(
    async (api) => {
      // DRF parses an empty JSON body as {} and answers a malformed one with its own message
      api.removeContentTypeParser(['application/json', 'text/plain']);
      api.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        const text = typeof body === 'string' ? body : body.toString('utf8');
        if (text.trim() === '') return done(null, undefined);
        try {
          done(null, JSON.parse(text));
        } catch (error: unknown) {
          const reason = error instanceof Error ? error.message : 'unreadable';
          done(new ApiError(400, { detail: `JSON parse error - ${reason}` }), undefined);
        }
      });
      api.setNotFoundHandler(apiNotFound(api));

      const users = new WeakMap<FastifyRequest, UserRecord | null>();
      api.addHook('onRequest', async (request) => {
        // the resolver answers unknown paths before any authentication happens
        if (request.is404 || request.routeOptions.url === `${API_PREFIX}/gcapi/`) return;
        users.set(request, authenticate(request.headers.authorization));
        syncJobs(state);
      });
      const context: RouteContext = {
        state,
        user: (request) => users.get(request) ?? null,
        links: linksFor,
      };

      api.get('/gcapi/', async () => GCAPI_VERSIONS);
      registerAlgorithmRoutes(api, context);
      registerArchiveRoutes(api, context);
      registerCaseRoutes(api, context);
      registerReaderStudyRoutes(api, context);
      registerAnswerRoutes(api, context);
      registerUploadRoutes(api, context);
      registerComponentRoutes(api, context);
      registerChallengeRoutes(api, context);
    },
    { prefix: API_PREFIX },
  );

  registerFileRoutes(app, state);
}
