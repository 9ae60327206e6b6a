import { STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ADMIN_PREFIX, registerAdminRoutes } from './admin.js';
import { SimulatorHttpError, type ErrorDescription } from './errors.js';
import { applyFaultConfig, faultConfigFromEnv, type Environment } from './faultEnv.js';
import {
  applyAnswerFault,
  applyFault,
  FaultInjector,
  hasAnswerFault,
  type FaultRule,
  type FaultTarget,
} from './faults.js';
import { RequestLog, DEFAULT_REDACTED_QUERY_PARAMS } from './requestLog.js';

export interface SimulatorServerOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port to bind; default 0 (ephemeral). */
  port?: number;
  /** Fixed latency added to every non-admin request, in ms; default 0. */
  latencyMs?: number;
  /** Uniform random extra latency in [0, jitterMs] per non-admin request; default 0. */
  jitterMs?: number;
  /** Fault rules in force from the start, applied in order (a later rule wins where both match). */
  faults?: readonly FaultRule[];
  /** Seed of the injector's generator (rates, status picks, jitter); default DEFAULT_FAULT_SEED. */
  faultSeed?: number;
  /**
   * Reads `SIM_<prefix>_FAULTS`, `_LATENCY_MS`, `_JITTER_MS`, `_ERROR_RATE`, `_RATE_LIMIT_RATE` and
   * `_FAULT_SEED` from `env` at start (see faultEnv.ts): the variables win over `latencyMs`,
   * `jitterMs` and `faultSeed`, and their rules are added after `faults`. An invalid variable makes
   * the start fail with a FaultEnvError naming it, before anything listens.
   */
  faultEnvPrefix?: string;
  /** The environment `faultEnvPrefix` reads; default `process.env`. */
  env?: Environment;
  /** Builds the platform's error body; default `{ error: message }`. */
  errorBody?: (error: ErrorDescription) => unknown;
  /**
   * Django's APPEND_SLASH: a request for a path without a trailing `/` whose slashed twin is a
   * route gets a 301 to it; default false.
   */
  appendSlash?: boolean;
  /** Query parameters redacted in the request log; default DEFAULT_REDACTED_QUERY_PARAMS. */
  redactQueryParams?: readonly string[];
  /** Largest accepted request body in bytes; default 64 MiB. */
  bodyLimit?: number;
  /** Registers the platform's routes and plugins. */
  routes: (app: FastifyInstance) => void | Promise<void>;
}

export interface SimulatorHandle {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  log: RequestLog;
  faults: FaultInjector;
  close(): Promise<void>;
}

const defaultErrorBody = ({ message }: ErrorDescription): unknown => ({ error: message });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Wildcard binds are not connectable addresses, so the handle's URL names loopback instead. */
function originFor(host: string, port: number): string {
  const connectable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${connectable.includes(':') ? `[${connectable}]` : connectable}:${port}`;
}

export async function startSimulatorServer(options: SimulatorServerOptions): Promise<SimulatorHandle> {
  const host = options.host ?? '127.0.0.1';
  // parsed first, so a bad variable fails the start before a port is taken
  const fromEnv =
    options.faultEnvPrefix === undefined
      ? undefined
      : faultConfigFromEnv(options.faultEnvPrefix, options.env ?? process.env);
  const errorBody = options.errorBody ?? defaultErrorBody;
  const log = new RequestLog(options.redactQueryParams ?? DEFAULT_REDACTED_QUERY_PARAMS);
  const faults = new FaultInjector(options.faultSeed === undefined ? {} : { seed: options.faultSeed });
  faults.setLatency({ latencyMs: options.latencyMs ?? 0, jitterMs: options.jitterMs ?? 0 });
  for (const rule of options.faults ?? []) faults.set(rule);
  if (fromEnv !== undefined) applyFaultConfig(faults, fromEnv);
  /** Requests whose answer a rule still has to alter or drop, in onSend. */
  const answerFaults = new WeakMap<FastifyRequest, FaultTarget>();
  // forced close: hung requests (fault `hang`) would otherwise keep close() waiting forever
  const app = Fastify({
    logger: false,
    forceCloseConnections: true,
    bodyLimit: options.bodyLimit ?? 64 << 20,
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith(ADMIN_PREFIX)) return undefined;
    const entry = log.record(request.method, request.url);
    // record() appends synchronously: the last entry is this request's
    const logged = log.entries[log.entries.length - 1];
    reply.raw.once('finish', () => entry.complete(reply.statusCode));
    const wait = faults.nextLatencyMs();
    if (wait > 0) await sleep(wait);
    const rule = faults.take(request.method, entry.path);
    if (rule === undefined) return undefined;
    const target: FaultTarget = { rule, method: request.method, path: entry.path, request: logged };
    if (hasAnswerFault(rule)) answerFaults.set(request, target);
    if (await applyFault(target, request, reply, errorBody, faults)) return reply;
    return undefined;
  });

  // root hook: runs before the platforms' own onSend hooks, which only adjust headers
  app.addHook('onSend', async (request, reply, payload) => {
    const target = answerFaults.get(request);
    if (target === undefined) return payload;
    answerFaults.delete(request);
    return applyAnswerFault(target, request, reply, payload, faults);
  });

  app.setErrorHandler(async (error: unknown, _request, reply) => {
    const described = describeError(error);
    if (error instanceof SimulatorHttpError) reply.headers(error.headers);
    return reply.code(described.status).send(errorBody(described));
  });

  app.setNotFoundHandler(async (request, reply) =>
    notFound(app, request, reply, options.appendSlash, errorBody),
  );

  registerAdminRoutes(app, faults, log);
  await app.register(async (scope) => options.routes(scope));
  await app.listen({ host, port: options.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;

  return { url: originFor(host, port), port, log, faults, close: () => app.close() };
}

function describeError(error: unknown): ErrorDescription {
  if (error instanceof SimulatorHttpError)
    return { status: error.status, message: error.message, code: error.code };
  const status = statusOf(error);
  if (status >= 500) return { status, message: 'Internal server error' };
  return { status, message: error instanceof Error ? error.message : (STATUS_CODES[status] ?? 'Error') };
}

/** Fastify and its plugins mark client errors with `statusCode`; anything else is our bug. */
function statusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const { statusCode } = error;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode <= 599) return statusCode;
  }
  return 500;
}

async function notFound(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  appendSlash: boolean | undefined,
  errorBody: (error: ErrorDescription) => unknown,
): Promise<FastifyReply> {
  const queryStart = request.url.indexOf('?');
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : request.url.slice(queryStart);
  if (
    appendSlash === true &&
    !path.endsWith('/') &&
    app.findRoute({ method: request.method, url: `${path}/` })
  ) {
    return reply.redirect(`${path}/${query}`, 301);
  }
  const allowed = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter(
    (method) => method !== request.method && app.findRoute({ method, url: path }) !== null,
  );
  if (allowed.length > 0) {
    const message = `Method "${request.method}" not allowed.`;
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send(errorBody({ status: 405, message }));
  }
  return reply.code(404).send(errorBody({ status: 404, message: 'Not found.' }));
}

/**
 * Absolute URLs are built from the Host the client used, as Django's build_absolute_uri and Rails'
 * url helpers do, so they work through whatever address reached the simulator.
 */
export function originOf(request: FastifyRequest): string {
  const { host } = request.headers;
  if (host !== undefined && host !== '') return `http://${host}`;
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  return `http://${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort ?? 80}`;
}
