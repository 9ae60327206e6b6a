import type { FastifyRequest } from 'fastify';
import {
  RequestTrace,
  type CredentialFingerprinter,
  type FileTokenSealer,
  type PlatformSource,
} from '../datasources/core/index.js';
import { PartialErrors, type GatewayContext, type PlatformInfoModel } from '../resolvers/index.js';
import { encodeArenaCredential } from '../datasources/arena/index.js';
import type { PlatformSources } from './platforms.js';
export { CREDENTIAL_HEADERS } from './credentials.js';

/** Process-wide objects the per-request context is built from. */
export interface ContextDeps {
  fingerprinter: CredentialFingerprinter;
  sealer: FileTokenSealer;
  fileLinkTtlMs: number;
  publicUrl: string | undefined;
  platformInfo: readonly PlatformInfoModel[];
  sources: PlatformSources;
}

/**
 * A header value as a credential: trimmed, printable ASCII only (no header injection upstream).
 * A malformed value becomes the empty credential, which every platform refuses: it must never fall
 * back to the operator's server-side credential.
 */
export function credentialHeader(request: FastifyRequest, name: string): string | undefined {
  const raw = request.headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (value === undefined || value === '') return undefined;
  return /^[\x21-\x7e]{1,512}$/.test(value) ? value : '';
}

/**
 * Arena logs in with two headers. Both given: one credential; only one: the empty credential, which
 * Arena refuses — it must not fall back to the operator's account.
 */
function arenaCredential(request: FastifyRequest): string | undefined {
  const username = credentialHeader(request, 'x-arena-username');
  const password = request.headers['x-arena-password'];
  const secret =
    typeof password === 'string' && password !== '' && !/[\r\n]/.test(password) ? password : undefined;
  if (username === undefined && secret === undefined) return undefined;
  return username && secret ? encodeArenaCredential(username, secret) : '';
}

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/**
 * A platform's binding for this request, built on first use: a query that touches one platform
 * pays nothing (credential fingerprint, API object, loaders) for the others.
 */
function lazyBinding<Bound>(
  source: PlatformSource<Bound> | null,
  credential: () => string | undefined,
  deps: ContextDeps,
  trace: RequestTrace,
): () => Bound | null {
  let bound: Bound | null | undefined;
  return () => {
    if (bound === undefined) {
      bound =
        source?.forRequest({ callerCredential: credential(), fingerprinter: deps.fingerprinter, trace }) ??
        null;
    }
    return bound;
  };
}

export function buildContext(request: FastifyRequest, deps: ContextDeps): GatewayContext {
  const trace = new RequestTrace();
  const base = origin(request, deps.publicUrl);
  const { sources } = deps;
  const crowdcent = lazyBinding(
    sources.crowdcent,
    () => credentialHeader(request, 'x-crowdcent-api-key'),
    deps,
    trace,
  );
  const crowdflower = lazyBinding(
    sources.crowdflower,
    () => credentialHeader(request, 'x-crowdflower-key'),
    deps,
    trace,
  );
  const grandChallenge = lazyBinding(
    sources.grandChallenge,
    () => credentialHeader(request, 'x-grand-challenge-token'),
    deps,
    trace,
  );
  const crowdai = lazyBinding(sources.crowdai, () => credentialHeader(request, 'x-crowdai-key'), deps, trace);
  const arena = lazyBinding(sources.arena, () => arenaCredential(request), deps, trace);
  return {
    requestId: request.id,
    trace,
    partialErrors: new PartialErrors(),
    platformInfo: deps.platformInfo,
    files: {
      link: (ticket) => {
        const expiresAt = Date.now() + deps.fileLinkTtlMs;
        // A replayed answer must not hand out a link about to expire: reuse it for half its life at most.
        trace.capFreshness(expiresAt - deps.fileLinkTtlMs / 2);
        return `${base}/files/${deps.sealer.seal({ ...ticket, expiresAt })}`;
      },
    },
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
  };
}
