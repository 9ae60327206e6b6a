import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canViewImage, canViewValue, isChallengeAdmin } from '../access.js';
import { authenticate, isJsonObject, originOf } from '../http.js';
import type { MediaEntry, GcState } from '../state.js';
import { CLOUDFRONT_PREFIX, HEALTHIMAGING_PREFIX, S3_PREFIX, UPLOADS_BUCKET } from '../storage.js';
import type { UserRecord } from '../users.js';
import { djangoForbidden, djangoNotFound } from './errors.js';

/**
 * The byte paths: `/media/…` (the platform's protected-media views: 302 to a signed URL), and the
 * stand-ins for CloudFront, S3 and HealthImaging those URLs point at. None of the latter take the
 * caller's Authorization; each URL or request signature authorizes itself.
 */

type Wildcard = { Params: { '*': string }; Querystring: Record<string, unknown> };

const CONTENT_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.json$/i, 'application/json'],
  [/\.pdf$/i, 'application/pdf'],
  [/\.zip$/i, 'application/zip'],
  [/\.dcm$/i, 'application/dicom'],
];

const contentTypeOf = (key: string): string =>
  CONTENT_TYPES.find(([pattern]) => pattern.test(key))?.[1] ?? 'application/octet-stream';

function xmlError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/xml')
    .send(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    );
}

function decodeKey(raw: string): string | undefined {
  try {
    return raw.split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}

/** The media views take a Bearer token but fall back to the (anonymous) session when it is bad. */
function mediaViewer(request: FastifyRequest): UserRecord | null {
  try {
    return authenticate(request.headers.authorization);
  } catch {
    return null;
  }
}

function mayDownload(state: GcState, user: UserRecord | null, entry: MediaEntry): boolean {
  switch (entry.kind) {
    case 'imageFile':
      return canViewImage(state, user, entry.image);
    case 'civFile':
      return canViewValue(user, entry.civ);
    case 'predictions':
      return (
        entry.submission.creator === user?.username ||
        isChallengeAdmin(user, entry.submission.phase.challenge)
      );
    default: {
      const never: never = entry;
      return never;
    }
  }
}

function sendBytes(reply: FastifyReply, key: string, bytes: Uint8Array): FastifyReply {
  const fileName = key.split('/').at(-1) ?? 'file';
  return reply
    .code(200)
    .header('content-type', contentTypeOf(key))
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export function registerFileRoutes(app: FastifyInstance, state: GcState): void {
  app.register(
    async (media) => {
      media.setNotFoundHandler(async (_request, reply) => djangoNotFound(reply));
      media.get<Wildcard>('/*', async (request, reply) => {
        const key = decodeKey(request.params['*']);
        const entry = key === undefined ? undefined : state.media.get(key);
        if (key === undefined || entry === undefined || !state.store.has(key)) return djangoNotFound(reply);
        if (!mayDownload(state, mediaViewer(request), entry)) return djangoForbidden(reply);
        return reply.redirect(state.store.signedGetUrl(originOf(request), key, state.now()), 302);
      });
    },
    { prefix: '/media' },
  );

  app.register(
    async (cdn) => {
      cdn.setNotFoundHandler(async (_request, reply) =>
        xmlError(reply, 404, 'NoSuchKey', 'The specified key does not exist.'),
      );
      cdn.get<Wildcard>('/*', async (request, reply) => {
        const key = decodeKey(request.params['*']) ?? '';
        const check = state.store.verifyGet(key, request.query.Expires, request.query.Signature, state.now());
        if (check !== 'ok') return xmlError(reply, 403, 'AccessDenied', 'Access denied');
        const bytes = state.store.read(key);
        if (bytes === undefined)
          return xmlError(reply, 404, 'NoSuchKey', 'The specified key does not exist.');
        return sendBytes(reply, key, bytes);
      });
    },
    { prefix: CLOUDFRONT_PREFIX.slice(0, -1) },
  );

  app.register(
    async (s3) => {
      // S3 takes any body as bytes, whatever its content type
      s3.removeAllContentTypeParsers();
      s3.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      s3.setNotFoundHandler(async (_request, reply) =>
        xmlError(reply, 404, 'NoSuchKey', 'The specified key does not exist.'),
      );
      s3.put<Wildcard>(`/${UPLOADS_BUCKET}/*`, async (request, reply) => {
        const key = decodeKey(request.params['*']) ?? '';
        const check = state.store.verifyPart(key, request.query, state.now());
        if (check === 'expired') return xmlError(reply, 403, 'AccessDenied', 'Request has expired');
        if (check !== 'ok')
          return xmlError(
            reply,
            403,
            'SignatureDoesNotMatch',
            'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
          );
        const uploadId = String(request.query.uploadId);
        const upload = [...state.uploads.values()].find((candidate) => candidate.key === key);
        if (upload === undefined || upload.s3UploadId !== uploadId || upload.status !== 'Initialized')
          return xmlError(
            reply,
            404,
            'NoSuchUpload',
            'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
          );
        const body: unknown = request.body;
        const bytes = Buffer.isBuffer(body) ? body : new Uint8Array();
        const etag = state.store.putPart(uploadId, Number(request.query.partNumber), bytes);
        return reply.code(200).header('etag', etag).send('');
      });
    },
    { prefix: S3_PREFIX.slice(0, -1) },
  );

  app.register(
    async (imaging) => {
      imaging.get<{
        Params: { sop: string };
        Querystring: Record<string, unknown>;
      }>('/datastore/:datastore/studies/:study/series/:series/instances/:sop', async (request, reply) => {
        const check = state.store.verifyInstanceHeaders(
          request.url,
          request.headers.authorization,
          request.headers['x-amz-date'],
          state.now(),
        );
        if (check !== 'ok') {
          const message =
            check === 'expired'
              ? 'Signature expired'
              : 'The request signature we calculated does not match the signature you provided.';
          return reply.code(403).send({ message });
        }
        const imageSetId = isJsonObject(request.query) ? request.query.imageSetId : undefined;
        const image = [...state.images.values()].find(
          (candidate) => candidate.dicom?.imageSetId === imageSetId,
        );
        const instance = image?.dicom?.instances.find(
          (candidate) => candidate.sopInstanceUid === request.params.sop,
        );
        const bytes = instance === undefined ? undefined : state.store.read(instance.key);
        if (instance === undefined || bytes === undefined)
          return reply.code(404).send({ message: 'The requested DICOM instance does not exist.' });
        return reply
          .code(200)
          .header('content-type', 'application/dicom; transfer-syntax=1.2.840.10008.1.2.1')
          .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
    },
    { prefix: HEALTHIMAGING_PREFIX.slice(0, -1) },
  );
}
