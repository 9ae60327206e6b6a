import { randomString } from './csrf.js';
import { REQUIRED, validationError, type ArenaError } from './errors.js';
import type { UploadedFile } from './form.js';
import { sniffPicture, type PictureType } from './images.js';
import type { JobRecord, PictureRecord } from './model.js';
import type { ArenaState } from './state.js';

/** Job pictures (reference §3 `add_job_picture`): PNG, JPEG, GIF or SVG up to 5 MiB. */

export const MAX_PICTURE_BYTES = 5 << 20;

const EXTENSION: Readonly<Record<PictureType, string>> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
};

/** Django's `get_valid_filename` on the base name; undefined when nothing usable is left. */
export function sanitizeFilename(name: string): string | undefined {
  const base = name.split(/[/\\]/).at(-1) ?? '';
  const cleaned = base
    .trim()
    .replaceAll(' ', '_')
    .replace(/[^-\p{L}\p{N}_.]/gu, '');
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? undefined : cleaned;
}

/** Django's storage: a taken name gets `_` and seven random characters before its extension. */
function freeName(state: ArenaState, job: JobRecord, wanted: string): string {
  const taken = new Set(state.picturesOf(job.id).map((picture) => picture.filename));
  if (!taken.has(wanted)) return wanted;
  const dot = wanted.lastIndexOf('.');
  const [root, extension] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
  let candidate = wanted;
  while (taken.has(candidate)) candidate = `${root}_${randomString(7)}${extension}`;
  return candidate;
}

export function addPicture(state: ArenaState, job: JobRecord, file: UploadedFile | undefined): PictureRecord {
  if (file === undefined) throw validationError({ picture: [REQUIRED] }, 'Invalid picture.');
  const invalid = (message: string): ArenaError =>
    validationError({ picture: [message] }, 'Invalid picture.');
  if (file.truncated || file.bytes.byteLength > MAX_PICTURE_BYTES)
    throw invalid(`The picture is larger than ${MAX_PICTURE_BYTES >> 20} MiB.`);
  if (file.bytes.byteLength === 0) throw invalid('The submitted file is empty.');
  const contentType = sniffPicture(file.bytes);
  if (contentType === undefined) throw invalid('Upload a valid image: PNG, JPEG, GIF or SVG.');
  const wanted = sanitizeFilename(file.filename) ?? `picture${EXTENSION[contentType]}`;
  const id = state.nextId('picture');
  const picture: PictureRecord = {
    id,
    job: job.id,
    filename: freeName(state, job, wanted),
    contentType,
    bytes: file.bytes,
    uploadedAt: state.now(),
  };
  state.pictures.set(id, picture);
  return picture;
}
