import type { FastifyInstance, FastifyReply, FastifyRequest, preValidationHookHandler } from 'fastify';
import processRequest from 'graphql-upload/processRequest.mjs';

declare module 'fastify' {
  interface FastifyRequest {
    isGraphQLMultipart?: boolean;
  }
}

/**
 * GraphQL multipart requests (uploads). Fastify hands the raw stream over untouched and
 * graphql-upload parses it: file parts become `Upload` promises whose streams are read by the
 * resolver and piped upstream, buffered at most through a temporary file, never held in memory.
 * Apollo's CSRF prevention still applies: multipart is a "simple" content type, so a preflight
 * header is required (browsers cannot forge it cross-site).
 *
 * Returns the hook that parses an upload, for the GraphQL route's `preValidation` only: no other
 * route takes uploads, and none other should pay for the hook.
 */
export function registerUploads(
  app: FastifyInstance,
  options: { maxFileSize: number; maxFiles: number },
): preValidationHookHandler {
  app.addContentTypeParser('multipart/form-data', (request, _payload, done) => {
    request.isGraphQLMultipart = true;
    done(null);
  });
  // A callback hook: it runs on every GraphQL request, and all but uploads leave at the first line.
  return (request, reply, done) => {
    if (!request.isGraphQLMultipart) {
      done();
      return;
    }
    parseMultipart(request, reply, options).then((answered) => {
      if (!answered) done();
    }, done);
  };
}

/** Parses an upload into `request.body`; true when it answered the request itself (refused it). */
async function parseMultipart(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { maxFileSize: number; maxFiles: number },
): Promise<boolean> {
  // Refuse before parsing a body that Apollo's CSRF check would reject anyway.
  if (!request.headers['apollo-require-preflight'] && !request.headers['x-apollo-operation-name']) {
    void reply.code(400).send({
      errors: [
        {
          message: 'Uploads need an `apollo-require-preflight: true` header (CSRF protection).',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    return true;
  }
  try {
    request.body = await processRequest(request.raw, reply.raw, {
      maxFileSize: options.maxFileSize,
      maxFiles: options.maxFiles,
    });
  } catch (error) {
    // graphql-upload's own errors carry a 4xx status; the parser's (busboy) carry none but are
    // just as much the request's fault: a malformed multipart body.
    const status =
      typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 0;
    if (status >= 400 && status < 500) throw error;
    void reply.code(400).send({
      errors: [{ message: 'Malformed multipart request.', extensions: { code: 'BAD_REQUEST' } }],
    });
    return true;
  }
  return false;
}
