import type { FastifyInstance, FastifyReply } from 'fastify';
import { isRecord } from './params.js';
import type { CrowdAIState } from './state.js';
import { BUCKET, md5Hex, S3_PREFIX, type S3Method } from './storage.js';

/**
 * The presigned-URL target standing in for S3: `PUT` stores what a participant uploads to the
 * `presign` URL, `GET` serves the `aws_url` of submission files. Errors are S3's XML.
 */

type ObjectParams = { Params: { '*': string }; Querystring: Record<string, unknown> };

function s3Error(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return reply.code(status).type('application/xml').send(body);
}

export function registerS3Routes(app: FastifyInstance, state: CrowdAIState): void {
  app.register(
    async (s3) => {
      s3.removeAllContentTypeParsers();
      s3.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
        done(null, body);
      });

      const check = (
        method: S3Method,
        key: string,
        query: unknown,
        reply: FastifyReply,
      ): FastifyReply | undefined => {
        const verdict = state.storage.verify(method, key, isRecord(query) ? query : {}, state.now());
        if (verdict === 'expired') return s3Error(reply, 403, 'AccessDenied', 'Request has expired');
        if (verdict === 'invalid')
          return s3Error(
            reply,
            403,
            'SignatureDoesNotMatch',
            'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
          );
        return undefined;
      };

      s3.put<ObjectParams>('/*', async (request, reply) => {
        const key = request.params['*'];
        const refused = check('PUT', key, request.query, reply);
        if (refused !== undefined) return refused;
        const bytes = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : new Uint8Array();
        state.storage.put(key, bytes, request.headers['content-type'] ?? 'binary/octet-stream');
        return reply
          .code(200)
          .header('etag', `"${md5Hex(bytes)}"`)
          .send();
      });

      s3.get<ObjectParams>('/*', async (request, reply) => {
        const key = request.params['*'];
        const refused = check('GET', key, request.query, reply);
        if (refused !== undefined) return refused;
        const object = state.storage.read(key);
        if (object === undefined)
          return s3Error(reply, 404, 'NoSuchKey', 'The specified key does not exist.');
        return reply
          .code(200)
          .header('etag', `"${md5Hex(object.bytes)}"`)
          .type(object.contentType)
          .send(Buffer.from(object.bytes));
      });
    },
    { prefix: `${S3_PREFIX}${BUCKET}` },
  );
}
