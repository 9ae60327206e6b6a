import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { SimulatorHttpError } from '../core/index.js';
import { badRequest } from './errors.js';
import { isRecord } from './form.js';

/**
 * Upload bodies (reference §1, quirk 3), read as a stream so a large file is never held whole:
 * NDJSON under `application/json` (a JSON array is the platform's 500), or CSV under `text/csv`.
 * The request is always read to its end, so an early error still gets a clean answer.
 */

export type UploadFormat = 'json' | 'csv';

export interface ParsedUpload {
  readonly rows: Array<Record<string, unknown>>;
  /** Union of the columns over every row. */
  readonly columns: ReadonlySet<string>;
}

/** Far above any real upload; beyond it the rest of the body is discarded and the answer is 413. */
export const MAX_UPLOAD_BYTES = 512 << 20;

/** One NDJSON row; a body without newlines would otherwise be held whole. */
const MAX_LINE_CHARS = 16 << 20;

export function uploadFormat(contentType: string | undefined): UploadFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type === 'application/x-ndjson') return 'json';
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  throw badRequest(
    'Unsupported upload type: send one JSON object per line as application/json, or CSV as text/csv.',
  );
}

const tooLarge = (): SimulatorHttpError =>
  new SimulatorHttpError(413, `Uploads are limited to ${MAX_UPLOAD_BYTES >> 20} MB.`);

const arrayUpload = (): SimulatorHttpError =>
  new SimulatorHttpError(
    500,
    'There was a problem processing your upload: expected one JSON object per line.',
  );

function collector(): { add(row: Record<string, unknown>): void; result(): ParsedUpload } {
  const rows: Array<Record<string, unknown>> = [];
  const columns = new Set<string>();
  return {
    add(row) {
      rows.push(row);
      for (const column of Object.keys(row)) columns.add(column);
    },
    result: () => ({ rows, columns }),
  };
}

async function readNdjson(source: Readable): Promise<ParsedUpload> {
  const out = collector();
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  let bytes = 0;
  let failure: SimulatorHttpError | undefined;
  const line = (raw: string): void => {
    lineNumber += 1;
    const trimmed = raw.trim();
    if (trimmed === '' || failure !== undefined) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      failure = trimmed.startsWith('[') ? arrayUpload() : badRequest(`Line ${lineNumber} is not valid JSON.`);
      return;
    }
    if (Array.isArray(value)) failure = arrayUpload();
    else if (!isRecord(value)) failure = badRequest(`Line ${lineNumber} is not a JSON object.`);
    else out.add(value);
  };
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.byteLength;
    if (bytes > MAX_UPLOAD_BYTES) failure ??= tooLarge();
    if (failure !== undefined) continue;
    const lines = (pending + decoder.write(buffer)).split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) line(text);
    if (pending.length > MAX_LINE_CHARS) failure = badRequest(`Line ${lineNumber + 1} is too long.`);
  }
  if (failure === undefined) line(pending + decoder.end());
  if (failure !== undefined) throw failure;
  return out.result();
}

async function readCsv(source: Readable): Promise<ParsedUpload> {
  const out = collector();
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_quotes: true });
  let failure: unknown;
  const consumed = (async () => {
    try {
      for await (const record of parser) {
        if (isRecord(record)) out.add(record);
      }
    } catch (error: unknown) {
      failure ??= error;
    }
  })();
  let bytes = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.byteLength;
    if (bytes > MAX_UPLOAD_BYTES) failure ??= tooLarge();
    if (failure !== undefined) continue;
    if (!parser.write(buffer)) await Promise.race([once(parser, 'drain').catch(() => undefined), consumed]);
  }
  if (failure === undefined) parser.end();
  else parser.destroy();
  await consumed;
  if (failure instanceof SimulatorHttpError) throw failure;
  if (failure !== undefined)
    throw badRequest(
      `Your CSV could not be parsed: ${failure instanceof Error ? failure.message : 'bad CSV'}`,
    );
  return out.result();
}

export async function readUpload(source: Readable, format: UploadFormat): Promise<ParsedUpload> {
  const upload = format === 'json' ? await readNdjson(source) : await readCsv(source);
  if (upload.rows.length === 0) throw badRequest('Your upload did not contain any rows.');
  return upload;
}

/** Reads and discards what is left of a body, so an early answer does not reset the connection. */
export async function drain(source: Readable): Promise<void> {
  if (source.readableEnded || source.destroyed) return;
  source.resume();
  await once(source, 'end').catch(() => undefined);
}
