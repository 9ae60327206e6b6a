import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Validated gateway configuration. Every field comes from the environment (see README). */
export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Origin used in `/files` links; derived from the request's Host when absent. */
  publicUrl: string | undefined;
  /** Signs file links and keys credential fingerprints; random per process when not configured. */
  secret: string;
  secretIsEphemeral: boolean;
  redisUrl: string | undefined;
  cacheNamespace: string;
  /** Replay whole answers to repeated queries of the same cache scope; byte budget in memory mode. */
  wholeResponseCache: { enabled: boolean; maxBytes: number };
  /** Execute repeated operations through graphql-jit (server/jit.ts) after `compileAfter` plain executions. */
  jit: { enabled: boolean; compileAfter: number };
  graphiql: boolean;
  introspection: boolean;
  fileLinkTtlSeconds: number;
  /** Largest upload accepted, bytes. */
  maxUploadBytes: number;
  /** Keep-alive connections per platform origin: a list's children are read this many at a time. */
  upstreamConnections: number;
  /** Circuit breaker of every platform. */
  breaker: { failureThreshold: number; openMs: number };
  /** Requests per client (address) per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number };
  /** Start built-in simulators for platforms that have no base URL. */
  simulators: boolean;
  /** OpenTelemetry traces: off, or OTLP/HTTP to `endpoint` (one span per operation and per upstream call). */
  tracing: { exporter: 'none' | 'otlp'; endpoint: string; serviceName: string };
  crowdcent: PlatformConfig;
  crowdflower: PlatformConfig;
  grandChallenge: PlatformConfig;
  crowdai: PlatformConfig;
  arena: PlatformConfig;
  /** Subscriptions: how often each platform's watched objects are polled, and Redis leases. */
  subscriptions: SubscriptionConfig;
}

export interface SubscriptionConfig {
  /** Poll interval per platform after a change (and at first), ms. */
  pollMs: { crowdcent: number; crowdflower: number; grandChallenge: number; crowdai: number; arena: number };
  /** Ceiling of the backoff while nothing changes or a platform fails, ms. */
  maxPollMs: number;
  /** Lifetime of a watcher's Redis lease (renewed every third of it by its owner), ms. */
  leaseMs: number;
  /** Subscriptions one WebSocket connection may hold at once. */
  perConnection: number;
  /** WebSocket connections plus SSE streams one client (address) may hold open at once, per process; 0 = unlimited. */
  connectionsPerClient: number;
}

/** One platform's connection settings. */
export interface PlatformConfig {
  enabled: boolean;
  /** The real platform's base URL; the built-in simulator's when absent (outside production). */
  baseUrl: string | undefined;
  /** Server-side credential used when the caller sends none. */
  apiKey: string | undefined;
  timeoutMs: number;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: httpUrl.optional(),
  CROWDGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
  CACHE_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only')
    .default('crowdgraph'),
  WHOLE_RESPONSE_CACHE: bool.default(true),
  WHOLE_RESPONSE_CACHE_MB: positiveInt(16_384).default(64),
  GRAPHQL_JIT: bool.default(true),
  GRAPHQL_JIT_AFTER: z.coerce.number().int().min(0).max(1_000_000).default(1),
  GRAPHIQL: bool.optional(),
  INTROSPECTION: bool.optional(),
  FILE_LINK_TTL_SECONDS: positiveInt(86_400).default(900),
  MAX_UPLOAD_BYTES: positiveInt(10 * 1024 ** 3).default(512 * 1024 ** 2),
  SIMULATORS: z.enum(['auto', 'off']).default('auto'),
  // The standard OpenTelemetry variable names, so existing deployment conventions carry over.
  OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp']).default('none'),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(100).default('crowdgraph'),
  UPSTREAM_CONNECTIONS: positiveInt(1024).default(64),
  BREAKER_FAILURES: positiveInt(1000).default(5),
  BREAKER_OPEN_SECONDS: positiveInt(3600).default(30),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  MAX_QUERY_DEPTH: positiveInt(100).default(15),
  MAX_ALIASES: positiveInt(1000).default(30),
  MAX_TOKENS: positiveInt(1_000_000).default(5000),
  MAX_QUERY_COST: positiveInt(1_000_000_000).default(500_000),
  CROWDCENT_ENABLED: bool.default(true),
  CROWDCENT_BASE_URL: httpUrl.optional(),
  CROWDCENT_API_KEY: z.string().min(1).optional(),
  CROWDCENT_TIMEOUT_MS: positiveInt(120_000).default(10_000),
  CROWDFLOWER_ENABLED: bool.default(true),
  CROWDFLOWER_BASE_URL: httpUrl.optional(),
  CROWDFLOWER_API_KEY: z.string().min(1).optional(),
  CROWDFLOWER_TIMEOUT_MS: positiveInt(120_000).default(10_000),
  GRAND_CHALLENGE_ENABLED: bool.default(true),
  GRAND_CHALLENGE_BASE_URL: httpUrl.optional(),
  GRAND_CHALLENGE_TOKEN: z.string().min(1).optional(),
  GRAND_CHALLENGE_TIMEOUT_MS: positiveInt(300_000).default(60_000),
  CROWDAI_ENABLED: bool.default(true),
  CROWDAI_BASE_URL: httpUrl.optional(),
  CROWDAI_API_KEY: z.string().min(1).optional(),
  CROWDAI_TIMEOUT_MS: positiveInt(120_000).default(10_000),
  ARENA_ENABLED: bool.default(true),
  ARENA_BASE_URL: httpUrl.optional(),
  ARENA_USERNAME: z
    .string()
    .min(1)
    .regex(/^[^\n]+$/, 'one line')
    .optional(),
  ARENA_PASSWORD: z.string().min(1).optional(),
  ARENA_TIMEOUT_MS: positiveInt(120_000).default(10_000),
  // Subscriptions. Defaults follow how fast each platform's objects move: an Arena job is claimed
  // in seconds, a CrowdCent submission is scored in minutes.
  CROWDCENT_POLL_MS: positiveInt(3_600_000).default(10_000),
  CROWDFLOWER_POLL_MS: positiveInt(3_600_000).default(5_000),
  GRAND_CHALLENGE_POLL_MS: positiveInt(3_600_000).default(5_000),
  CROWDAI_POLL_MS: positiveInt(3_600_000).default(10_000),
  ARENA_POLL_MS: positiveInt(3_600_000).default(3_000),
  SUBSCRIPTION_MAX_POLL_MS: positiveInt(3_600_000).default(60_000),
  SUBSCRIPTION_LEASE_MS: z.coerce.number().int().min(300).max(600_000).default(10_000),
  SUBSCRIPTIONS_PER_CONNECTION: positiveInt(100_000).default(200),
  SUBSCRIPTION_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).max(1_000_000).default(50),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError listing one line per problem (values never echoed). */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): GatewayConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if ((e.ARENA_USERNAME === undefined) !== (e.ARENA_PASSWORD === undefined)) {
    throw new ConfigError(['ARENA_USERNAME/ARENA_PASSWORD: give both or neither']);
  }
  if (production && !e.CROWDGRAPH_SECRET) {
    throw new ConfigError([
      'CROWDGRAPH_SECRET: required when NODE_ENV=production (file links must survive restarts and replicas)',
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    secret: e.CROWDGRAPH_SECRET ?? randomBytes(32).toString('base64url'),
    secretIsEphemeral: !e.CROWDGRAPH_SECRET,
    redisUrl: e.REDIS_URL,
    cacheNamespace: e.CACHE_NAMESPACE,
    wholeResponseCache: {
      enabled: e.WHOLE_RESPONSE_CACHE,
      maxBytes: e.WHOLE_RESPONSE_CACHE_MB * 1024 * 1024,
    },
    jit: { enabled: e.GRAPHQL_JIT, compileAfter: e.GRAPHQL_JIT_AFTER },
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    fileLinkTtlSeconds: e.FILE_LINK_TTL_SECONDS,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    simulators: e.SIMULATORS === 'auto' && !production,
    tracing: {
      exporter: e.OTEL_TRACES_EXPORTER,
      endpoint:
        e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
        `${(e.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318').replace(/\/+$/, '')}/v1/traces`,
      serviceName: e.OTEL_SERVICE_NAME,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    upstreamConnections: e.UPSTREAM_CONNECTIONS,
    breaker: { failureThreshold: e.BREAKER_FAILURES, openMs: e.BREAKER_OPEN_SECONDS * 1_000 },
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_QUERY_COST,
    },
    crowdcent: {
      enabled: e.CROWDCENT_ENABLED,
      baseUrl: e.CROWDCENT_BASE_URL,
      apiKey: e.CROWDCENT_API_KEY,
      timeoutMs: e.CROWDCENT_TIMEOUT_MS,
    },
    crowdflower: {
      enabled: e.CROWDFLOWER_ENABLED,
      baseUrl: e.CROWDFLOWER_BASE_URL,
      apiKey: e.CROWDFLOWER_API_KEY,
      timeoutMs: e.CROWDFLOWER_TIMEOUT_MS,
    },
    grandChallenge: {
      enabled: e.GRAND_CHALLENGE_ENABLED,
      baseUrl: e.GRAND_CHALLENGE_BASE_URL,
      apiKey: e.GRAND_CHALLENGE_TOKEN,
      timeoutMs: e.GRAND_CHALLENGE_TIMEOUT_MS,
    },
    crowdai: {
      enabled: e.CROWDAI_ENABLED,
      baseUrl: e.CROWDAI_BASE_URL,
      apiKey: e.CROWDAI_API_KEY,
      timeoutMs: e.CROWDAI_TIMEOUT_MS,
    },
    subscriptions: {
      pollMs: {
        crowdcent: e.CROWDCENT_POLL_MS,
        crowdflower: e.CROWDFLOWER_POLL_MS,
        grandChallenge: e.GRAND_CHALLENGE_POLL_MS,
        crowdai: e.CROWDAI_POLL_MS,
        arena: e.ARENA_POLL_MS,
      },
      maxPollMs: e.SUBSCRIPTION_MAX_POLL_MS,
      leaseMs: e.SUBSCRIPTION_LEASE_MS,
      perConnection: e.SUBSCRIPTIONS_PER_CONNECTION,
      connectionsPerClient: e.SUBSCRIPTION_CONNECTIONS_PER_CLIENT,
    },
    arena: {
      enabled: e.ARENA_ENABLED,
      baseUrl: e.ARENA_BASE_URL,
      // Arena logs in with a username and password; the data source takes them as one credential.
      apiKey: e.ARENA_USERNAME && e.ARENA_PASSWORD ? `${e.ARENA_USERNAME}\n${e.ARENA_PASSWORD}` : undefined,
      timeoutMs: e.ARENA_TIMEOUT_MS,
    },
  };
}
