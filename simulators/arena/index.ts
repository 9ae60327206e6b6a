import multipart from '@fastify/multipart';
import { startSimulatorServer, type SimulatorHandle } from '../core/index.js';
import { arenaErrorBody } from './errors.js';
import { Form, parseUrlencoded } from './form.js';
import { ArenaRouter, handleError } from './http.js';
import { MAX_PICTURE_BYTES } from './pictures.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerDatasetRoutes } from './routes/datasets.js';
import { registerGroupRoutes } from './routes/groups.js';
import { registerJobRoutes } from './routes/jobs.js';
import { registerWorkerRoutes } from './routes/worker.js';
import { seed } from './seed.js';
import { ArenaState } from './state.js';
import { DAY } from './time.js';
import { ARENA_DEMO_USERS, type ArenaDemoUser } from './users.js';

export { ARENA_DEMO_USERS, type ArenaDemoUser } from './users.js';

export interface ArenaSimulatorOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /** Fixed latency added to every request, in ms; default 0. */
  latencyMs?: number;
  /**
   * The platform's clock; default the real one. The seed is laid out from its reading at start
   * (Round 1 closed, Round 2 open, Round 3 upcoming) and it is re-read on every request, so
   * advancing it expires sessions and opens or closes rounds.
   */
  now?: () => Date;
  /** Session lifetime in ms; default two weeks (Django's `SESSION_COOKIE_AGE`). Tests set it short. */
  sessionTtlMs?: number;
}

export type ArenaSimulator = SimulatorHandle & {
  /** Origin + `/`, what the official client takes as its `host`. */
  baseUrl: string;
  users: ReadonlyArray<ArenaDemoUser>;
  /** Expire every session now (tests of transparent re-login). */
  expireSessions(): void;
  /** Number of successful logins so far. */
  loginCount(): number;
};

/** Django's `FILE_UPLOAD`/`DATA_UPLOAD` style ceilings for one multipart request. */
const MULTIPART_LIMITS = { fileSize: MAX_PICTURE_BYTES, files: 10, fields: 1000 };

export async function startArenaSimulator(options: ArenaSimulatorOptions = {}): Promise<ArenaSimulator> {
  const state = new ArenaState(options.now ?? (() => new Date()), options.sessionTtlMs ?? 14 * DAY);
  seed(state);
  const handle = await startSimulatorServer({
    // SIM_ARENA_FAULTS, _LATENCY_MS, _JITTER_MS, _ERROR_RATE, _RATE_LIMIT_RATE, _FAULT_SEED
    faultEnvPrefix: 'ARENA',
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    errorBody: (error) => arenaErrorBody(error),
    routes: async (app) => {
      app.setErrorHandler(handleError);
      // JSON answers are exactly application/json (reference §1), injected faults included
      app.addHook('onSend', async (_request, reply, payload) => {
        const type = reply.getHeader('content-type');
        if (typeof type === 'string' && type.startsWith('application/json'))
          reply.header('content-type', 'application/json');
        return payload;
      });
      // Django reads urlencoded and multipart bodies into request.POST; anything else is no fields
      app.removeAllContentTypeParsers();
      app.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_request, body, done) => {
          done(null, new Form(parseUrlencoded(String(body))));
        },
      );
      app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => {
        done(null, undefined);
      });
      await app.register(multipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: false });
      const router = new ArenaRouter(app, state);
      registerAuthRoutes(router);
      registerGroupRoutes(router);
      registerDatasetRoutes(router);
      registerJobRoutes(router);
      registerWorkerRoutes(router);
      router.registerFallback();
    },
  });
  return {
    ...handle,
    baseUrl: `${handle.url}/`,
    users: ARENA_DEMO_USERS,
    expireSessions: () => state.sessions.clear(),
    loginCount: () => state.logins,
  };
}
