import type { FastifyServerOptions } from 'fastify';
import { CREDENTIAL_HEADERS } from '../resolvers/index.js';
import type { GatewayConfig } from './config.js';

/**
 * pino options: JSON lines with the request id. Credential headers are redacted, and `/files/`
 * tokens (bearer links) are cut from logged URLs.
 */
export function loggerOptions(
  config: GatewayConfig,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        ...CREDENTIAL_HEADERS.map((name) => `req.headers["${name}"]`),
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        // The path only: a query string can hold GraphQL variables (a participant key, say), and
        // /files tokens are bearer links.
        url: request.url
          .split('?')[0]
          ?.replace(/^\/files\/[^/#]+/, '/files/[token]')
          .slice(0, 300),
        id: request.id,
      }),
    },
  };
}
