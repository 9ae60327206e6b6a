import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  GatewayError,
  type CredentialFingerprinter,
  type ErrorCode,
  type FileTokenSealer,
} from '../datasources/core/index.js';
import { openPlatformFile, type PlatformSources } from './platforms.js';

const statusByCode: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  UPSTREAM_BAD_RESPONSE: 502,
  UPSTREAM_UNAVAILABLE: 502,
  UPSTREAM_TIMEOUT: 504,
};

/** Headers of the upstream file worth passing on; never Set-Cookie or anything auth-related. */
const passHeaders = ['content-type', 'content-length', 'last-modified', 'etag'] as const;

/**
 * `GET /files/<token>`: streams an upstream file with the credential sealed in the token. The body
 * is piped, never buffered, so memory stays flat whatever the file size; a client that goes away
 * aborts the upstream transfer.
 */
export async function registerFiles(
  app: FastifyInstance,
  deps: {
    sealer: FileTokenSealer;
    sources: PlatformSources;
    fingerprinter: CredentialFingerprinter;
  },
): Promise<void> {
  app.get<{ Params: { token: string } }>('/files/:token', async (request, reply) => {
    const ticket = deps.sealer.open(request.params.token, Date.now());
    if (!ticket)
      return sendError(reply, new GatewayError('NOT_FOUND', 'This file link is invalid or has expired.'));
    try {
      const upstream = await openPlatformFile(deps.sources, deps.fingerprinter, ticket);
      if (!upstream) throw new GatewayError('NOT_FOUND', 'This file link is invalid or has expired.');
      for (const name of passHeaders) {
        const value = upstream.headers[name];
        if (typeof value === 'string') void reply.header(name, value);
      }
      if (!upstream.headers['content-type']) void reply.header('content-type', 'application/octet-stream');
      void reply.header(
        'content-disposition',
        `attachment; filename="${ticket.filename.replace(/[^\w.-]/g, '_')}"`,
      );
      void reply.header('cache-control', 'private, no-store');
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) upstream.body.destroy();
      });
      return reply.send(upstream.body);
    } catch (error) {
      if (error instanceof GatewayError) return sendError(reply, error);
      throw error;
    }
  });
}

function sendError(reply: FastifyReply, error: GatewayError): FastifyReply {
  return reply
    .code(statusByCode[error.code] ?? 500)
    .header('cache-control', 'no-store')
    .send({ errors: [{ message: error.message, extensions: { ...error.extensions } }] });
}
