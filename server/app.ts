import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  CredentialFingerprinter,
  FileTokenSealer,
  createMetrics,
  createResponseCache,
  systemClock,
  type Clock,
  type GatewayMetrics,
  type ResponseCache,
} from '../datasources/core/index.js';
import { Gauge } from 'prom-client';
import { CREDENTIAL_HEADERS, type GatewayContext } from '../resolvers/index.js';
import type { GatewayConfig } from './config.js';
import { buildContext } from './context.js';
import { documentStore } from './documentStore.js';
import { createFormatError } from './errors.js';
import { registerFiles } from './files.js';
import { GRAPHIQL_CSP, prefersHtml, registerGraphiQLAssets, renderGraphiQLPage } from './graphiql.js';
import { loggerOptions } from './logging.js';
import { closeSources, createSources, platformInfo } from './platforms.js';
import { metricsPlugin, operationLabeler, responseExtrasPlugin } from './plugins.js';
import { buildSchema } from './schema.js';
import { knownOperationTypesRule, queryProtection } from './protection.js';
import { rateLimitedBody, registerRateLimit } from './rateLimit.js';
import { jitGateway } from './jit.js';
import { createTracing, tracingPlugin } from './tracing.js';
import { registerUploads } from './uploads.js';
import { createWatchHub, registerSubscriptions, subscriptionsNeedStreamRule } from './subscriptions/index.js';
import { WholeResponses } from './wholeResponses.js';

export interface Gateway {
  app: FastifyInstance;
  metrics: GatewayMetrics;
  cache: ResponseCache;
  /** Stops accepting requests, drains in-flight ones, closes upstream pools and the cache. */
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** Platforms served by the built-in simulators (shown in `platforms { simulated }`). */
  simulated?: ReadonlySet<string>;
  /** Logger destination override (tests capture log lines). */
  logStream?: NodeJS.WritableStream;
  /** Time source of the data sources (cache freshness, retry waits); the system clock by default. */
  clock?: Clock;
}

const DEFAULT_QUERY = `# Welcome to crowdgraph. Try:
{
  challenges(first: 5) {
    nodes { id platform name status endsAt }
  }
}
`;

export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,128}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // /files tokens are a few hundred characters (more when they seal a signed storage URL).
    routerOptions: { maxParamLength: 8192 },
    trustProxy: false,
  });
  const metrics = createMetrics();
  const tracing = createTracing(config.tracing);
  const cache = createResponseCache({
    redisUrl: config.redisUrl,
    namespace: config.cacheNamespace,
    onError: (error) => app.log.warn({ err: error }, 'cache backend failing; serving without cache'),
    wholeResponseBytes: config.wholeResponseCache.maxBytes,
  });
  new Gauge({
    name: 'crowdgraph_cache_backend_up',
    help: 'Whether the last operation on the response cache backend (memory or Redis) succeeded: 1 or 0.',
    labelNames: ['backend'],
    registers: [metrics.registry],
    collect() {
      this.set({ backend: cache.backend }, cache.healthy ? 1 : 0);
    },
  });
  const fingerprinter = new CredentialFingerprinter(config.secret);
  const sealer = new FileTokenSealer(config.secret);
  const sources = createSources(config, { cache, metrics, clock: options.clock });
  const watches = await createWatchHub(config, { registry: metrics.registry, log: app.log });
  const platforms = platformInfo(sources, options.simulated ?? new Set());
  const operationLabel = operationLabeler();
  const wholeResponses = config.wholeResponseCache.enabled
    ? new WholeResponses({
        cache,
        fingerprinter,
        clock: options.clock ?? systemClock,
        metrics,
        label: operationLabel,
      })
    : undefined;

  // Callback hooks here and below: they run on every request, and an async hook's promise and
  // microtask showed in the cache-hit profile.
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  app.setErrorHandler(
    (
      error: { statusCode?: unknown; message?: unknown; rateLimited?: unknown; retryAfterSeconds?: unknown },
      request,
      reply,
    ) => {
      if (error.rateLimited === true) {
        const retryAfterSeconds = typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : 60;
        return reply
          .code(429)
          .header('retry-after', String(retryAfterSeconds))
          .send(rateLimitedBody({ message: String(error.message), retryAfterSeconds }));
      }
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      // 4xx messages come from Fastify and graphql-upload and describe the request; 5xx are masked.
      const message = status < 500 && typeof error.message === 'string' ? error.message : 'Unexpected error.';
      const code = status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
      return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
    },
  );

  const closeRateLimit = await registerRateLimit(app, {
    perMinute: config.rateLimitPerMinute,
    redisUrl: config.redisUrl,
    namespace: config.cacheNamespace,
  });
  const protection = queryProtection(config.limits);

  const formatError = createFormatError((error) => app.log.error({ err: error }, 'masked resolver error'), {
    hideSuggestions: !config.introspection,
  });
  // One schema for queries and subscriptions (built once: it is the largest startup cost after imports).
  const schema = buildSchema();
  const apollo = new ApolloServer<GatewayContext>({
    ...(config.jit.enabled
      ? { gateway: jitGateway(schema, { compileAfter: config.jit.compileAfter }) }
      : { schema }),
    introspection: config.introspection,
    csrfPrevention: true,
    // Automatic persisted queries, stored in the shared cache (Redis when configured).
    persistedQueries: { cache: cache.persistedQueryStore(), ttl: 86_400 },
    documentStore: documentStore(),
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT and drains in order (HTTP, Apollo, sources, cache). Apollo's own
    // handlers raced it: the second stop() never settled and every shutdown took the 15 s fallback.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [...protection.validationRules, knownOperationTypesRule, subscriptionsNeedStreamRule],
    parseOptions: { maxTokens: config.limits.maxTokens },
    formatError,
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints exist, and its per-field hook wrapped every resolver: about half of
      // executing a 1,000-edge page in a profile. responseExtrasPlugin sends `cache-control: no-store`.
      ApolloServerPluginCacheControlDisabled(),
      responseExtrasPlugin(formatError),
      metricsPlugin(metrics, operationLabel),
      ...(wholeResponses ? [wholeResponses.plugin()] : []),
      ...(tracing ? [tracingPlugin(tracing.tracer)] : []),
    ],
  });
  await apollo.start();

  const contextDeps = {
    fingerprinter,
    sealer,
    fileLinkTtlMs: config.fileLinkTtlSeconds * 1_000,
    publicUrl: config.publicUrl,
    platformInfo: platforms,
    sources,
    watches,
  };
  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const context = buildContext(request, contextDeps);
      wholeResponses?.attach(request, context);
      return context;
    },
  });

  const parseUploads = registerUploads(app, { maxFileSize: config.maxUploadBytes, maxFiles: 5 });
  const subscriptions = registerSubscriptions(app, {
    schema,
    validationRules: [...protection.validationRules, knownOperationTypesRule],
    maxTokens: config.limits.maxTokens,
    contextDeps,
    hub: watches,
    formatError,
    publicUrl: config.publicUrl,
    path: '/graphql',
    perConnection: config.subscriptions.perConnection,
    connectionsPerClient: config.subscriptions.connectionsPerClient,
    registry: metrics.registry,
    log: app.log,
  });
  if (config.graphiql) await registerGraphiQLAssets(app);
  const page = config.graphiql
    ? renderGraphiQLPage({
        endpoint: '/graphql',
        title: 'crowdgraph',
        defaultQuery: DEFAULT_QUERY,
        headerNames: CREDENTIAL_HEADERS,
      })
    : undefined;

  app.route<{ Reply: string }>({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    preValidation: parseUploads,
    onSend: (request, reply, payload, done) => {
      const storing = wholeResponses?.store(request, reply, payload);
      if (!storing) return done(null, payload);
      storing.then(
        () => done(null, payload),
        (error: Error) => done(error),
      );
    },
    handler: async (request, reply) => {
      if (subscriptions.isSseRequest(request)) return subscriptions.handleSse(request, reply);
      if (page && request.method === 'GET' && prefersHtml(request.headers.accept)) {
        return reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', GRAPHIQL_CSP)
          .send(page);
      }
      // Answered from the cache: the bytes are sent; resolving with nothing tells Fastify so.
      if (wholeResponses && (await wholeResponses.serve(request, reply))) return;
      return graphql.call(app, request, reply);
    },
  });

  await registerFiles(app, { sealer, sources, fingerprinter });

  app.get('/healthz', async () => ({ status: 'ok' }));
  // A Redis outage degrades the gateway (no shared cache, no shared rate limit) but does not stop
  // it: answering 503 here would pull every replica out of its Service at once and turn a cache
  // outage into a gateway outage. The state is reported, and is a metric, instead.
  app.get('/readyz', async () => {
    const cacheOk = await cache.ping();
    return { status: cacheOk ? 'ready' : 'degraded', cache: { backend: cache.backend, ok: cacheOk } };
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );

  return {
    app,
    metrics,
    cache,
    close: async () => {
      await subscriptions.close();
      await app.close();
      await apollo.stop();
      await tracing?.shutdown().catch(() => undefined);
      await closeSources(sources);
      await closeRateLimit();
      await cache.close();
    },
  };
}
