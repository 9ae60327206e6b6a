import type { FastifyRequest } from 'fastify';
import { SimulatorHttpError } from '../core/index.js';

/** Reading and checking the multipart form of `POST submissions/` (reference §6). */

export interface UploadForm {
  readonly file: { readonly name: string; readonly bytes: Uint8Array } | undefined;
  readonly fields: ReadonlyMap<string, string>;
}

export interface SubmissionOptions {
  readonly slot: number;
  readonly alsoQueueNext: boolean;
  readonly isExperimental: boolean;
  readonly notes: string;
}

const FILE_FIELD = 'prediction_file';
const NOTES_LIMIT = 2000;
// Django REST framework's BooleanField vocabulary
const TRUE_WORDS = new Set(['true', 'True', 'TRUE', '1', 'yes', 'on', 'y']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE', '0', 'no', 'off', 'n']);

const invalid = (message: string): SimulatorHttpError =>
  new SimulatorHttpError(400, message, 'VALIDATION_ERROR');

function hasStatus(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'statusCode' in error &&
    typeof error.statusCode === 'number'
  );
}

/** Drains every part (an unread file stream would stall the request) and keeps the one file that matters. */
export async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  // DRF parses JSON and form bodies too; they just never carry the file
  if (!request.isMultipart()) return { file: undefined, fields: new Map() };
  let file: UploadForm['file'];
  const fields = new Map<string, string>();
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === FILE_FIELD && file === undefined) file = { name: part.filename, bytes };
      } else if (typeof part.value === 'string') {
        fields.set(part.fieldname, part.value);
      }
    }
  } catch (error: unknown) {
    if (hasStatus(error)) throw error;
    throw invalid(`Malformed multipart body: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  return { file, fields };
}

function parseBoolean(fields: ReadonlyMap<string, string>, name: string, fallback: boolean): boolean {
  const raw = fields.get(name);
  if (raw === undefined || raw === '') return fallback;
  if (TRUE_WORDS.has(raw)) return true;
  if (FALSE_WORDS.has(raw)) return false;
  throw invalid(`${name}: Must be a valid boolean.`);
}

/** `slot` defaults to 1 (0.1.3 omits it); `also_queue_next` to false, since old clients never send it. */
export function parseSubmissionOptions(
  fields: ReadonlyMap<string, string>,
  slots: number,
): SubmissionOptions {
  const rawSlot = fields.get('slot');
  let slot = 1;
  if (rawSlot !== undefined && rawSlot !== '') {
    if (!/^\s*-?\d+\s*$/.test(rawSlot)) throw invalid('slot: A valid integer is required.');
    slot = Number(rawSlot);
    if (slot < 1 || slot > slots) throw invalid(`slot: Slot must be between 1 and ${slots}.`);
  }
  const notes = fields.get('notes') ?? '';
  if (notes.length > NOTES_LIMIT)
    throw invalid(`notes: Ensure this field has no more than ${NOTES_LIMIT} characters.`);
  return {
    slot,
    alsoQueueNext: parseBoolean(fields, 'also_queue_next', false),
    isExperimental: parseBoolean(fields, 'is_experimental', false),
    notes,
  };
}

export function requireFile(form: UploadForm): { readonly name: string; readonly bytes: Uint8Array } {
  if (form.file === undefined) throw invalid(`${FILE_FIELD}: No file was submitted.`);
  if (form.file.bytes.byteLength === 0) throw invalid(`${FILE_FIELD}: The submitted file is empty.`);
  return form.file;
}
