import type { FastifyRequest } from 'fastify';
import {
  RequestTrace,
  type CredentialFingerprinter,
  type FileTokenSealer,
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

export function buildContext(request: FastifyRequest, deps: ContextDeps): GatewayContext {
  const trace = new RequestTrace();
  const base = origin(request, deps.publicUrl);
  return {
    requestId: request.id,
    trace,
    partialErrors: new PartialErrors(),
    platformInfo: deps.platformInfo,
    files: {
      link: (ticket) =>
        `${base}/files/${deps.sealer.seal({ ...ticket, expiresAt: Date.now() + deps.fileLinkTtlMs })}`,
    },
    crowdcent:
      deps.sources.crowdcent?.forRequest({
        callerCredential: credentialHeader(request, 'x-crowdcent-api-key'),
        fingerprinter: deps.fingerprinter,
        trace,
      }) ?? null,
    crowdflower:
      deps.sources.crowdflower?.forRequest({
        callerCredential: credentialHeader(request, 'x-crowdflower-key'),
        fingerprinter: deps.fingerprinter,
        trace,
      }) ?? null,
    grandChallenge:
      deps.sources.grandChallenge?.forRequest({
        callerCredential: credentialHeader(request, 'x-grand-challenge-token'),
        fingerprinter: deps.fingerprinter,
        trace,
      }) ?? null,
    crowdai:
      deps.sources.crowdai?.forRequest({
        callerCredential: credentialHeader(request, 'x-crowdai-key'),
        fingerprinter: deps.fingerprinter,
        trace,
      }) ?? null,
    arena:
      deps.sources.arena?.forRequest({
        callerCredential: arenaCredential(request),
        fingerprinter: deps.fingerprinter,
        trace,
      }) ?? null,
  };
}
