import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Gauge, type Registry } from 'prom-client';
import type {
  ExecutionArgs,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  ValidationRule,
} from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/fastify';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GatewayError } from '../../datasources/core/index.js';
import type { WatchHub } from '../../datasources/core/watch/index.js';
import { CREDENTIAL_HEADERS, type GatewayContext } from '../../resolvers/index.js';
import { buildContext, contextInputOf, type ContextDeps, type ContextInput } from '../context.js';
import {
  clientKey,
  rateLimitedResponse,
  upgradeClientKey,
  upgradeRateLimit,
  type RateLimitRefusal,
  type UpgradeRateLimit,
} from '../rateLimit.js';
import { clientConnections } from './clientConnections.js';
import { maskErrors, subscribeDeduplicated } from './execute.js';
import { graphql } from './graphql.js';
import { prepareSubscription, type OperationRules } from './operation.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface SubscriptionTransportOptions {
  schema: GraphQLSchema;
  /** Depth, alias, cost and operation-type rules: the same as Apollo's for queries. */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  contextDeps: ContextDeps;
  hub: WatchHub;
  formatError: FormatError;
  publicUrl: string | undefined;
  /** Path of the GraphQL endpoint; WebSocket upgrades elsewhere are refused. */
  path: string;
  /** Subscriptions one WebSocket connection may hold at once (each may start a watcher). */
  perConnection: number;
  /** WebSocket connections plus SSE streams one client address may hold open at once; 0 = unlimited. */
  connectionsPerClient: number;
  registry: Registry;
  log: FastifyBaseLogger;
}

export interface SubscriptionTransports {
  /** graphql-ws on the HTTP server's `upgrade` (the `graphql-transport-ws` subprotocol). */
  registerWebSocket(app: FastifyInstance): void;
  /** A GraphQL-over-SSE request (distinct connections mode): `Accept: text/event-stream`. */
  isSseRequest(request: FastifyRequest): boolean;
  handleSse(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Completes every subscription, closes the sockets and stops every watcher. */
  close(): Promise<void>;
}

/** graphql-ws `connectionParams` as a header map: credential headers only, names in lower case. */
function headersFromParams(params: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof params !== 'object' || params === null) return headers;
  const allowed: ReadonlySet<string> = new Set(CREDENTIAL_HEADERS);
  // Clients put them at the top level or under `headers` (as some GraphQL clients do).
  const nested = 'headers' in params ? params.headers : undefined;
  for (const source of [params, nested]) {
    if (typeof source !== 'object' || source === null) continue;
    for (const [name, value] of Object.entries(source)) {
      const lower = name.toLowerCase();
      if (allowed.has(lower) && typeof value === 'string') headers[lower] = value;
    }
  }
  return headers;
}

/**
 * Browsers let any page open a WebSocket to any host, cookies or not, and CORS does not apply: a
 * page elsewhere could subscribe through a gateway the visitor can reach, with the operator's
 * server-side credentials (cross-site WebSocket hijacking). A browser sends `Origin` on those (and on
 * a cross-origin EventSource): it must be the gateway's own (its Host, or PUBLIC_URL). Other clients
 * send none and are let through.
 */
function sameOriginOrNone(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const { host } = new URL(origin);
    return host === request.headers.host || (publicUrl !== undefined && new URL(publicUrl).host === host);
  } catch {
    return false;
  }
}

function originOfUpgrade(request: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const host = request.headers.host;
  return `http://${typeof host === 'string' && /^[A-Za-z0-9.:[\]-]{1,255}$/.test(host) ? host : 'localhost'}`;
}

/**
 * Answers an upgrade request with an HTTP error and closes the socket once the answer is written:
 * the client gets a status to act on, and no socket is left half-open.
 */
function refuseUpgrade(socket: Duplex, status: number, headers: Record<string, string>, body = ''): void {
  // Node stopped listening for the socket's errors when it handed it over: a client gone meanwhile
  // must not crash the process.
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  const fields = { connection: 'close', 'content-length': String(Buffer.byteLength(body)), ...headers };
  const lines = Object.entries(fields).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
}

function refuseUpgradeRateLimited(socket: Duplex, refusal: RateLimitRefusal): void {
  const { headers, body } = rateLimitedResponse(refusal);
  refuseUpgrade(socket, 429, headers, body);
}

/**
 * What a client over the connection cap is told to wait. There is no window to wait out — a slot frees
 * when one of its connections closes — so this only spaces out its retries (each counts against its
 * request rate limit).
 */
const CONNECTION_CAP_RETRY_SECONDS = 5;

/** Subscriptions on `options.path`: the WebSocket endpoint registered now, SSE for the route to dispatch. */
export function registerSubscriptions(
  app: FastifyInstance,
  options: SubscriptionTransportOptions,
): SubscriptionTransports {
  const transports = createSubscriptionTransports(options);
  transports.registerWebSocket(app);
  return transports;
}

function createSubscriptionTransports(options: SubscriptionTransportOptions): SubscriptionTransports {
  const rules: OperationRules = {
    schema: options.schema,
    validationRules: options.validationRules,
    maxTokens: options.maxTokens,
  };
  // The first context of a subscription runs its `subscribe`; each event gets a fresh one from the
  // same input (fresh per-request loaders). Kept beside the context, since graphql-ws and
  // graphql-sse pass only the execution arguments to `subscribe`.
  const freshContexts = new WeakMap<object, { fresh: () => GatewayContext; requestId: string }>();
  const prepare = (request: unknown, input: ContextInput): ExecutionArgs | GraphQLError[] => {
    const fresh = () => buildContext(input, options.contextDeps);
    const params =
      typeof request === 'object' && request !== null
        ? {
            query: 'query' in request ? request.query : undefined,
            variables: 'variables' in request ? request.variables : undefined,
            operationName: 'operationName' in request ? request.operationName : undefined,
          }
        : { query: undefined };
    return prepareSubscription(params, rules, () => {
      const context = fresh();
      freshContexts.set(context, { fresh, requestId: input.requestId });
      return context;
    });
  };
  const active = new Gauge({
    name: 'crowdgraph_subscriptions',
    help: 'Subscriptions streaming now, by transport (websocket or sse).',
    labelNames: ['transport'],
    registers: [options.registry],
  });
  active.set({ transport: 'websocket' }, 0);
  active.set({ transport: 'sse' }, 0);
  const subscribeOver = (transport: 'websocket' | 'sse') => async (args: ExecutionArgs) => {
    const context = args.contextValue;
    const prepared = typeof context === 'object' && context !== null ? freshContexts.get(context) : undefined;
    if (!prepared) throw new Error('subscription context was not prepared');
    // Logged by request id and operation name only: never the document, variables or credentials.
    const fields = { reqId: prepared.requestId, transport, operation: args.operationName ?? null };
    const result = await subscribeDeduplicated(args, {
      freshContext: prepared.fresh,
      formatError: options.formatError,
      onEnd: () => {
        active.dec({ transport });
        options.log.info(fields, 'subscription ended');
      },
    });
    if (Symbol.asyncIterator in result) {
      active.inc({ transport });
      options.log.info(fields, 'subscription started');
    }
    return result;
  };
  const mask = (errors: readonly GraphQLError[]) => maskErrors(errors, options.formatError) ?? [];
  const connections = clientConnections(options.connectionsPerClient);
  const overConnectionCap: RateLimitRefusal = {
    message: `Too many open subscription connections: a client holds at most ${options.connectionsPerClient} WebSocket connections and SSE streams at once. Close one and retry.`,
    retryAfterSeconds: CONNECTION_CAP_RETRY_SECONDS,
  };

  let disposeWs: (() => Promise<void>) | undefined;

  const sse = createSseHandler({
    // Distinct connections mode only: one stream per subscription, no reservation tokens.
    authenticate: () => null,
    onSubscribe: (req, params) => {
      const prepared = prepare(params, contextInputOf(req.raw, options.publicUrl));
      if (Array.isArray(prepared)) return { data: null, errors: mask(prepared) };
      // graphql-sse types the context as a plain record; it is the GatewayContext prepare built.
      return { ...prepared, contextValue: prepared.contextValue as Record<PropertyKey, unknown> };
    },
    subscribe: subscribeOver('sse'),
  });

  return {
    registerWebSocket(app) {
      const server = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
      // Looked up at the first upgrade, when every plugin is registered: undefined while
      // RATE_LIMIT_PER_MINUTE=0.
      let rateLimitOrUnset: UpgradeRateLimit | undefined | null = null;
      const rateLimit = () => {
        if (rateLimitOrUnset === null) rateLimitOrUnset = upgradeRateLimit(app);
        return rateLimitOrUnset;
      };
      const disposable = useServer(
        {
          connectionInitWaitTimeout: 10_000,
          onSubscribe: async (ctx, _id, payload) => {
            // graphql-ws registers the new id before asking: the count includes this one. Read before
            // any await, while it holds only the subscribes that arrived before this one.
            const overCap = Object.keys(ctx.subscriptions).length > options.perConnection;
            // Each subscribe is one request of the client's budget, as the upgrade was: otherwise
            // subscribe/complete churn on one open connection would go unbounded. The connection stays
            // open; only this operation is refused.
            const limit = rateLimit();
            const verdict = limit ? await limit(ctx.extra.request) : undefined;
            if (verdict && !verdict.allowed) {
              const { message, retryAfterSeconds } = verdict;
              return mask([new GatewayError('RATE_LIMITED', message, { retryAfterSeconds })]);
            }
            if (overCap) {
              return mask([
                new graphql.GraphQLError(
                  `A connection holds at most ${options.perConnection} subscriptions; complete one or open another connection.`,
                  { extensions: { code: 'BAD_REQUEST' } },
                ),
              ]);
            }
            const input: ContextInput = {
              headers: headersFromParams(ctx.connectionParams),
              requestId: randomUUID(),
              origin: originOfUpgrade(ctx.extra.request, options.publicUrl),
            };
            const prepared = prepare(payload, input);
            return Array.isArray(prepared) ? mask(prepared) : prepared;
          },
          subscribe: subscribeOver('websocket'),
        },
        server,
      );
      disposeWs = async () => {
        await disposable.dispose();
      };
      const accept = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (!sameOriginOrNone(request, options.publicUrl)) {
          refuseUpgrade(socket, 403, {});
          return;
        }
        const release = connections.acquire(upgradeClientKey(request));
        if (!release) {
          refuseUpgradeRateLimited(socket, overConnectionCap);
          return;
        }
        // The socket's close frees the slot however it comes: the client's close, the server's, an
        // error, or a handshake ws refused.
        socket.once('close', release);
        server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
      };
      app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = (request.url ?? '').split('?')[0];
        if (path !== options.path) {
          socket.destroy();
          return;
        }
        const limit = rateLimit();
        if (!limit) {
          accept(request, socket, head);
          return;
        }
        // Each upgrade is one request of the client's HTTP budget: otherwise one client could open
        // connections without end (each holding up to `perConnection` subscriptions).
        const onError = () => socket.destroy();
        socket.on('error', onError);
        limit(request)
          .then((verdict) => {
            socket.off('error', onError);
            if (socket.destroyed) return;
            if (verdict.allowed) accept(request, socket, head);
            else refuseUpgradeRateLimited(socket, verdict);
          })
          .catch(() => socket.destroy());
      });
    },
    isSseRequest(request) {
      return (
        (request.method === 'GET' || request.method === 'POST') &&
        request.headers.accept === 'text/event-stream'
      );
    },
    async handleSse(request, reply) {
      // As for WebSockets: a page of another origin may not start watchers with the operator's credentials.
      if (!sameOriginOrNone(request.raw, options.publicUrl)) {
        await reply.code(403).send({
          errors: [
            { message: 'Cross-origin subscriptions are not allowed.', extensions: { code: 'FORBIDDEN' } },
          ],
        });
        return;
      }
      const release = connections.acquire(clientKey(request));
      if (!release) {
        const { headers, body } = rateLimitedResponse(overConnectionCap);
        await reply.code(429).headers(headers).send(body);
        return;
      }
      // The response's close frees the slot: the stream completed, the client left, or it failed.
      reply.raw.once('close', release);
      // The x-request-id header set on every request is among those graphql-sse writes (it copies
      // the reply's headers into its writeHead after the hijack).
      reply.hijack();
      try {
        await sse(request, reply);
      } catch (error) {
        request.log.error({ err: error }, 'SSE subscription failed');
        if (!reply.raw.headersSent) {
          reply.raw.writeHead(500, {
            'content-type': 'application/json; charset=utf-8',
            'x-request-id': request.id,
          });
          reply.raw.end(
            JSON.stringify({
              errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            }),
          );
        } else reply.raw.end();
      }
    },
    async close() {
      // Completing the watchers ends every SSE stream and WebSocket subscription first.
      await options.hub.close();
      await disposeWs?.();
    },
  };
}
