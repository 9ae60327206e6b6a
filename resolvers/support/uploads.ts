import { PassThrough, type Readable } from 'node:stream';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { GatewayError } from '../../datasources/core/index.js';

/**
 * A GraphQL-upload file as a stream that is safe to hand to a data source:
 * - a client that breaks off its upload (truncated body, disconnect, size limit) surfaces as
 *   BAD_USER_INPUT — the caller's problem, never counted against the platform;
 * - an error with no reader attached (the write was refused before the file was read) cannot
 *   crash the process as an unhandled 'error' event.
 */
export function openUpload(upload: FileUpload): Readable {
  const out = new PassThrough();
  out.on('error', () => undefined);
  let source: Readable;
  try {
    source = upload.createReadStream();
  } catch (error) {
    out.destroy(uploadError(upload, error));
    return out;
  }
  source.on('error', (error) => out.destroy(uploadError(upload, error)));
  source.pipe(out);
  return out;
}

function uploadError(upload: FileUpload, error: unknown): GatewayError {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 0;
  const detail =
    status === 413 && error instanceof Error
      ? error.message
      : 'the upload ended before the file was complete.';
  return new GatewayError('BAD_USER_INPUT', `File "${upload.filename.slice(0, 100)}": ${detail}`, {
    cause: error,
  });
}
