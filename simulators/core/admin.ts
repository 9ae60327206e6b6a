import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { parseFaultRule, type FaultInjector } from './faults.js';
import type { RequestLog } from './requestLog.js';

/** Admin routes live here; the server keeps them out of the log, latency and faults. */
export const ADMIN_PREFIX = '/__admin/';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function fromLoopback(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  return LOOPBACK.has(address) || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * Lets a test or benchmark in another process steer the simulator. Loopback only, because a
 * simulator bound to 0.0.0.0 (e.g. in a container) must not let the network break it.
 */
export function registerAdminRoutes(app: FastifyInstance, faults: FaultInjector, log: RequestLog): void {
  app.register(
    async (admin) => {
      admin.addHook('onRequest', async (request, reply) => {
        if (!fromLoopback(request))
          return reply.code(403).send({ error: 'admin endpoints are loopback-only' });
        return undefined;
      });
      admin.post('/faults', async (request, reply) => {
        try {
          faults.set(parseFaultRule(request.body));
        } catch (error: unknown) {
          const message =
            error instanceof ZodError || error instanceof SyntaxError ? error.message : 'bad rule';
          return reply.code(400).send({ error: message });
        }
        return reply.code(204).send();
      });
      admin.delete('/faults', async (_request, reply) => {
        faults.clear();
        return reply.code(204).send();
      });
      admin.post('/reset-log', async (_request, reply) => {
        log.reset();
        return reply.code(204).send();
      });
      // lets an out-of-process benchmark count upstream calls
      admin.get('/log', async () => ({ entries: log.entries }));
    },
    { prefix: ADMIN_PREFIX.slice(0, -1) },
  );
}
