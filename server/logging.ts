import type { FastifyServerOptions } from 'fastify';
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
        'req.headers["x-crowdcent-api-key"]',
        'req.headers["x-grand-challenge-token"]',
        'req.headers["x-crowdflower-key"]',
        'req.headers["x-crowdai-key"]',
        'req.headers["x-arena-username"]',
        'req.headers["x-arena-password"]',
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
