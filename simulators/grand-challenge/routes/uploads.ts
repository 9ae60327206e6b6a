import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  badRequest,
  bodyObject,
  forbidden,
  isJsonObject,
  nonFieldError,
  notFound,
  pythonType,
  requireUser,
  uuidParam,
} from '../http.js';
import { hex64 } from '../ids.js';
import type { UploadRecord } from '../model.js';
import { paginate } from '../paging.js';
import type { UserRecord } from '../users.js';
import { uploadJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';

/** The user-uploads API: S3 multipart uploads brokered by the platform (reference §3, §6). */

/** S3's smallest part, except for the last one. */
export const MIN_PART_BYTES = 5 << 20;
/** The part size gcapi uses; quotas are counted in these [inference]. */
export const CLIENT_PART_BYTES = 32 << 20;
/** Highest part number unverified users may presign: 2 GiB at 32 MiB parts [inference]. */
const UNVERIFIED_MAX_PART = 64;
const MAX_PART = 10_000;

type UploadParams = { Params: { pk: string; uploadId: string } };

function validFilename(name: string): boolean {
  return (
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\]/.test(name) &&
    [...name].every((char) => (char.codePointAt(0) ?? 0) >= 0x20 && char !== '\u007f') &&
    name.trim() === name
  );
}

function s3Error(code: string, message: string): string {
  return `An error occurred (${code}) when calling the CompleteMultipartUpload operation: ${message}`;
}

function partNumbers(data: Record<string, unknown>): number[] {
  const raw = data.part_numbers;
  if (raw === undefined) throw badRequest({ part_numbers: ['This field is required.'] });
  if (!Array.isArray(raw))
    throw badRequest({ part_numbers: [`Expected a list of items but got type "${pythonType(raw)}".`] });
  const errors: Record<string, string[]> = {};
  const numbers = raw.map((value, index) => {
    const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number))
      errors[index] = ['A valid integer is required.'];
    else if (number < 1) errors[index] = ['Ensure this value is greater than or equal to 1.'];
    else if (number > MAX_PART) errors[index] = [`Ensure this value is less than or equal to ${MAX_PART}.`];
    return typeof number === 'number' ? number : 0;
  });
  if (Object.keys(errors).length > 0) throw badRequest({ part_numbers: errors });
  return numbers;
}

interface PartRef {
  readonly etag: string;
  readonly partNumber: number;
}

function parts(data: Record<string, unknown>): PartRef[] {
  const raw = data.parts;
  if (raw === undefined) throw badRequest({ parts: ['This field is required.'] });
  if (!Array.isArray(raw))
    throw badRequest({ parts: [`Expected a list of items but got type "${pythonType(raw)}".`] });
  if (raw.length === 0) throw badRequest({ parts: ['This list may not be empty.'] });
  return raw.map((entry, index) => {
    const etag = isJsonObject(entry) ? entry.ETag : undefined;
    const partNumber = isJsonObject(entry) ? entry.PartNumber : undefined;
    if (typeof etag !== 'string' || typeof partNumber !== 'number' || !Number.isInteger(partNumber))
      throw badRequest({ parts: { [index]: ['Each part needs an ETag string and an integer PartNumber.'] } });
    return { etag, partNumber };
  });
}

const unquote = (etag: string): string => etag.replace(/^"|"$/g, '');

export function registerUploadRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  const own = (user: UserRecord, pk: string): UploadRecord => {
    const id = uuidParam(pk);
    const upload = id === undefined ? undefined : state.uploads.get(id);
    if (upload === undefined || upload.creator !== user.username) throw notFound('UserUpload');
    return upload;
  };

  const initialized = (request: FastifyRequest<UploadParams>): { user: UserRecord; upload: UploadRecord } => {
    const user = requireUser(context.user(request));
    const upload = own(user, request.params.pk);
    if (upload.s3UploadId !== request.params.uploadId) throw notFound('UserUpload');
    if (upload.status !== 'Initialized')
      throw nonFieldError(`This upload is ${upload.status.toLowerCase()}.`);
    return { user, upload };
  };

  api.post('/uploads/', async (request, reply) => {
    const user = requireUser(context.user(request));
    const { filename } = bodyObject(request.body);
    if (filename === undefined || filename === null)
      throw badRequest({ filename: ['This field is required.'] });
    if (typeof filename !== 'string') throw badRequest({ filename: ['Not a valid string.'] });
    if (filename === '') throw badRequest({ filename: ['This field may not be blank.'] });
    if (!validFilename(filename)) throw badRequest({ filename: [`${filename} is not a valid filename`] });
    const pk = state.ids.uuid('upload');
    const upload: UploadRecord = {
      pk,
      creator: user.username,
      creatorId: user.id,
      filename,
      // the shape of an S3 multipart UploadId: long, opaque, URL-safe
      s3UploadId: `${hex64('s3-upload-id', pk).slice(0, 48)}.${hex64('s3', pk).slice(0, 24)}`,
      created: state.now(),
      status: 'Initialized',
      key: `uploads/${user.id}/${pk}`,
    };
    state.uploads.set(pk, upload);
    return reply.code(201).send(uploadJson(context.links(request), upload));
  });

  api.get('/uploads/', async (request) => {
    const user = requireUser(context.user(request));
    const mine = [...state.uploads.values()].filter((upload) => upload.creator === user.username);
    const links = context.links(request);
    return paginate(request, mine, (upload) => uploadJson(links, upload));
  });

  api.get<PkParams>('/uploads/:pk/', async (request) =>
    uploadJson(context.links(request), own(requireUser(context.user(request)), request.params.pk)),
  );

  api.patch<UploadParams>('/uploads/:pk/:uploadId/generate-presigned-urls/', async (request) => {
    const { user, upload } = initialized(request);
    const numbers = partNumbers(bodyObject(request.body));
    const limit = user.verified ? MAX_PART : UNVERIFIED_MAX_PART;
    if (numbers.some((number) => number > limit)) throw forbidden('Upload limit reached');
    const links = context.links(request);
    const now = state.now();
    const presigned: Record<string, string> = {};
    for (const number of numbers)
      presigned[String(number)] = state.store.presignedPartUrl(
        links.origin,
        upload.key,
        upload.s3UploadId,
        number,
        now,
      );
    return { ...uploadJson(links, upload), presigned_urls: presigned };
  });

  api.patch<UploadParams>('/uploads/:pk/:uploadId/complete-multipart-upload/', async (request) => {
    const { upload } = initialized(request);
    const listed = parts(bodyObject(request.body));
    const stored = state.store.partsOf(upload.s3UploadId);
    for (let index = 1; index < listed.length; index += 1) {
      if ((listed[index]?.partNumber ?? 0) <= (listed[index - 1]?.partNumber ?? 0))
        throw nonFieldError(
          s3Error(
            'InvalidPartOrder',
            'The list of parts was not in ascending order. The parts list must be specified in order by part number.',
          ),
        );
    }
    const chunks = listed.map(({ etag, partNumber }, index) => {
      const part = stored.get(partNumber);
      if (part === undefined || unquote(part.etag) !== unquote(etag))
        throw nonFieldError(
          s3Error(
            'InvalidPart',
            "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
          ),
        );
      if (index < listed.length - 1 && part.bytes.byteLength < MIN_PART_BYTES)
        throw nonFieldError(
          s3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size'),
        );
      return part.bytes;
    });
    state.store.put(upload.key, Buffer.concat(chunks));
    state.store.dropParts(upload.s3UploadId);
    upload.status = 'Completed';
    return uploadJson(context.links(request), upload);
  });

  api.patch<UploadParams>('/uploads/:pk/:uploadId/abort-multipart-upload/', async (request) => {
    const { upload } = initialized(request);
    state.store.dropParts(upload.s3UploadId);
    upload.status = 'Aborted';
    return uploadJson(context.links(request), upload);
  });
}
