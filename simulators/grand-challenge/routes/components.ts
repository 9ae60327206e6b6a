import type { FastifyInstance } from 'fastify';
import { notFound, queryValue, requireUser } from '../http.js';
import { SOCKETS } from '../sockets.js';
import { paginate } from '../paging.js';
import { socketJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';

/** `components/interfaces/`: the socket catalogue, for any logged-in user (reference §3). */
export function registerComponentRoutes(api: FastifyInstance, context: RouteContext): void {
  api.get('/components/interfaces/', async (request) => {
    requireUser(context.user(request));
    const slug = queryValue(request.query, 'slug');
    const sockets = SOCKETS.filter((socket) => slug === undefined || socket.slug === slug);
    return paginate(request, sockets, socketJson);
  });

  api.get<PkParams>('/components/interfaces/:pk/', async (request) => {
    requireUser(context.user(request));
    const pk = /^\d+$/.test(request.params.pk) ? Number(request.params.pk) : undefined;
    const socket = SOCKETS.find((candidate) => candidate.pk === pk);
    if (socket === undefined) throw notFound('ComponentInterface');
    return socketJson(socket);
  });
}
