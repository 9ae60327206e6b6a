import type { FastifyRequest } from 'fastify';
import {
  RequestTrace,
  type CredentialFingerprinter,
  type FileTokenSealer,
  type PlatformName,
  type PlatformSource,
} from '../datasources/core/index.js';
import type { WatchHub } from '../datasources/core/watch/index.js';
import {
  CREDENTIAL_HEADERS_BY_PLATFORM,
  PartialErrors,
  type GatewayContext,
  type PlatformInfoModel,
  type WatchContext,
} from '../resolvers/index.js';
import { encodeArenaCredential } from '../datasources/arena/index.js';
import { asksForFreshData } from './freshness.js';
import type { PlatformSources } from './platforms.js';

/** Process-wide objects the per-request context is built from. */
export interface ContextDeps {
  fingerprinter: CredentialFingerprinter;
  sealer: FileTokenSealer;
  fileLinkTtlMs: number;
  publicUrl: string | undefined;
  platformInfo: readonly PlatformInfoModel[];
  sources: PlatformSources;
  /** The process's watchers; subscriptions are refused without them. */
  watches?: WatchHub | undefined;
}

/** Header names in lower case, as Node gives them (graphql-ws connectionParams are lowered to match). */
export type HeaderMap = Readonly<Record<string, string | string[] | undefined>>;

/**
 * What a context is built from, whatever the transport: the caller's credential headers (HTTP
 * headers, SSE request headers or graphql-ws `connectionParams`), a request id for the logs, and
 * the origin that `/files` links point at.
 */
export interface ContextInput {
  headers: HeaderMap;
  requestId: string;
  origin: string;
}

/** The context input of an HTTP request (also used for SSE, and for a WebSocket's upgrade request). */
export function contextInputOf(
  request: Pick<FastifyRequest, 'headers' | 'id' | 'protocol' | 'host'>,
  publicUrl: string | undefined,
): ContextInput {
  return {
    headers: request.headers,
    requestId: request.id,
    origin: publicUrl ?? `${request.protocol}://${request.host}`,
  };
}

/**
 * A header value as a credential: trimmed, printable ASCII only (no header injection upstream).
 * A malformed value becomes the empty credential, which every platform refuses: it must never fall
 * back to the operator's server-side credential.
 */
export function credentialHeader(headers: HeaderMap, name: string): string | undefined {
  const raw = headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (value === undefined || value === '') return undefined;
  return /^[\x21-\x7e]{1,512}$/.test(value) ? value : '';
}

/**
 * Arena logs in with two headers. Both given: one credential; only one: the empty credential, which
 * Arena refuses — it must not fall back to the operator's account.
 */
function arenaCredential(headers: HeaderMap): string | undefined {
  const [usernameHeader, passwordHeader] = CREDENTIAL_HEADERS_BY_PLATFORM.ARENA;
  const username = credentialHeader(headers, usernameHeader);
  const password = headers[passwordHeader];
  const secret =
    typeof password === 'string' && password !== '' && !/[\r\n]/.test(password) ? password : undefined;
  if (username === undefined && secret === undefined) return undefined;
  return username && secret ? encodeArenaCredential(username, secret) : '';
}

/** The caller's credential for a platform, from that platform's header(s); undefined when none was sent. */
function callerCredential(headers: HeaderMap, platform: PlatformName): string | undefined {
  return platform === 'ARENA'
    ? arenaCredential(headers)
    : credentialHeader(headers, CREDENTIAL_HEADERS_BY_PLATFORM[platform][0]);
}

/**
 * A platform's binding for this request, built on first use: a query that touches one platform
 * pays nothing (credential fingerprint, API object, loaders) for the others.
 */
function lazyBinding<Bound>(
  source: PlatformSource<Bound> | null,
  headers: HeaderMap,
  deps: ContextDeps,
  trace: RequestTrace,
): () => Bound | null {
  let bound: Bound | null | undefined;
  return () => {
    if (bound === undefined) {
      bound =
        source?.forRequest({
          callerCredential: callerCredential(headers, source.platform),
          fingerprinter: deps.fingerprinter,
          trace,
        }) ?? null;
    }
    return bound;
  };
}

/**
 * Per platform, the caller's binding for a watcher's polls: the same credential rule as queries
 * (caller's header, else the operator's), undefined for a platform that is not configured.
 */
function watchContext(hub: WatchHub, headers: HeaderMap, deps: ContextDeps): WatchContext {
  const { sources, fingerprinter } = deps;
  const forWatch = <Bound>(source: PlatformSource<Bound> | null) =>
    source?.forWatch({ callerCredential: callerCredential(headers, source.platform), fingerprinter });
  return {
    hub,
    crowdcent: () => forWatch(sources.crowdcent),
    crowdflower: () => forWatch(sources.crowdflower),
    grandChallenge: () => forWatch(sources.grandChallenge),
    crowdai: () => forWatch(sources.crowdai),
    arena: () => forWatch(sources.arena),
  };
}

/** Builds the per-request context from an HTTP request, or from any transport's ContextInput. */
export function buildContext(source: FastifyRequest | ContextInput, deps: ContextDeps): GatewayContext {
  const input = 'raw' in source ? contextInputOf(source, deps.publicUrl) : source;
  const { headers } = input;
  // Only an HTTP GraphQL request asks for the platforms' current data this way. A subscription's
  // events are read by its watcher's own polls, and browsers' EventSource sends `Cache-Control:
  // no-cache` on every stream: honoured there, it would read every event's fields fresh.
  const readsFresh = 'raw' in source && asksForFreshData(headers) ? 'caller' : undefined;
  const trace = new RequestTrace({ readsFresh });
  const base = input.origin;
  const { sources } = deps;
  const crowdcent = lazyBinding(sources.crowdcent, headers, deps, trace);
  const crowdflower = lazyBinding(sources.crowdflower, headers, deps, trace);
  const grandChallenge = lazyBinding(sources.grandChallenge, headers, deps, trace);
  const crowdai = lazyBinding(sources.crowdai, headers, deps, trace);
  const arena = lazyBinding(sources.arena, headers, deps, trace);
  // Only subscriptions read the watch context: built on first read, not for every HTTP request.
  let watch: { value: WatchContext | undefined } | undefined;
  // The platform and watch getters live on the context's prototype, not on the context itself:
  // Apollo hands each request a copy made with Object.assign, which reads every own getter — all
  // five platforms' bindings (API objects, loaders) were built for every request, whichever it
  // touched. The copy keeps the prototype, so its reads still reach the same lazy bindings.
  const lazy: Pick<
    GatewayContext,
    'crowdcent' | 'crowdflower' | 'grandChallenge' | 'crowdai' | 'arena' | 'watch'
  > = {
    get crowdcent() {
      return crowdcent();
    },
    get crowdflower() {
      return crowdflower();
    },
    get grandChallenge() {
      return grandChallenge();
    },
    get crowdai() {
      return crowdai();
    },
    get arena() {
      return arena();
    },
    get watch() {
      if (!watch) {
        const hub = deps.watches;
        watch = { value: hub && watchContext(hub, headers, deps) };
      }
      return watch.value;
    },
  };
  return Object.assign(Object.create(lazy) as typeof lazy, {
    requestId: input.requestId,
    trace,
    partialErrors: new PartialErrors(),
    platformInfo: deps.platformInfo,
    files: {
      link: (ticket: Parameters<GatewayContext['files']['link']>[0]) => {
        const expiresAt = Date.now() + deps.fileLinkTtlMs;
        // A replayed answer must not hand out a link about to expire: reuse it for half its life at most.
        trace.capFreshness(expiresAt - deps.fileLinkTtlMs / 2);
        return `${base}/files/${deps.sealer.seal({ ...ticket, expiresAt })}`;
      },
    },
  });
}
