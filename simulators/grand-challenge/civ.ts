import { canViewImage, canViewValue } from './access.js';
import { badRequest, detailRoute, isJsonObject, NO_SUCH_OBJECT, parseHyperlink, pythonType } from './http.js';
import { importUploads } from './images.js';
import type { CivRecord, UploadRecord } from './model.js';
import { checkValue, isJsonFileKind, socketBySlug, type Socket } from './sockets.js';
import type { GcState } from './state.js';
import type { UserRecord } from './users.js';

/**
 * Socket values posted as CIVPost (reference §4): `interface` (slug) plus exactly one source —
 * `value`, `file`, `image`, `user_upload`, `user_uploads` or the legacy `upload_session`; unused
 * keys may be sent as null. Validation happens up front; upload-backed values are imported as
 * the platform's background task would, and may fail there.
 */

export interface PendingValue {
  readonly socket: Socket;
  /** Built from uploads: the platform attaches these asynchronously, so Post responses omit them. */
  readonly uploadBacked: boolean;
  /** Equal for equal inputs; upload-backed values are always new. */
  readonly identity: string;
  /** Creates the value, or returns the error the background import would report. */
  readonly build: () => CivRecord | string;
}

type FieldErrors = Record<string, unknown>;

const SOURCES = ['value', 'file', 'image', 'user_upload', 'user_uploads', 'upload_session'] as const;
type Source = (typeof SOURCES)[number];

const ALLOWED: Readonly<Record<Socket['superKind'], readonly Source[]>> = {
  Value: ['value'],
  Image: ['image', 'user_uploads', 'upload_session'],
  File: ['file', 'user_upload'],
};

const REQUIRED_MESSAGE: Readonly<Record<Socket['superKind'], string>> = {
  Value: 'value is required for interface kind',
  Image: 'upload_session, user_uploads or image are required for interface kind',
  File: 'user_upload or file are required for interface kind',
};

const IMAGE_LINK = detailRoute('cases/images');
const UPLOAD_LINK = detailRoute('uploads');
const SESSION_LINK = detailRoute('cases/upload-sessions');
const CIV_FILE_LINK = /^\/media\/(components\/componentinterfacevalue\/\d{3}\/\d{3}\/\d+\/[^/]+)$/;

/** The decoded path of a media URL; empty when it is not one. */
function mediaPath(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  try {
    return decodeURIComponent(new URL(raw, 'http://relative.invalid').pathname);
  } catch {
    return '';
  }
}

interface Context {
  readonly state: GcState;
  readonly user: UserRecord;
}

function completedUpload(context: Context, link: unknown): UploadRecord | string {
  const parsed = parseHyperlink(link, UPLOAD_LINK);
  if (!parsed.ok) return parsed.message;
  const upload = context.state.uploads.get(parsed.id.toLowerCase());
  // only the creator's own completed uploads are in the field's queryset
  if (upload === undefined || upload.creator !== context.user.username || upload.status !== 'Completed')
    return NO_SUCH_OBJECT;
  return upload;
}

function fileCheck(socket: Socket, bytes: Uint8Array): string | undefined {
  if (socket.kind === 'PDF file') {
    const magic = new TextDecoder().decode(bytes.subarray(0, 5));
    return magic === '%PDF-' ? undefined : 'The file is not a valid PDF file.';
  }
  if (!isJsonFileKind(socket)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return 'The file is not valid JSON.';
  }
  return checkValue(socket, parsed);
}

function resolveSource(
  context: Context,
  socket: Socket,
  source: Source,
  raw: unknown,
): { pending: PendingValue } | { errors: FieldErrors } {
  const { state, user } = context;
  const fail = (message: string): { errors: FieldErrors } => ({ errors: { [source]: [message] } });
  switch (source) {
    case 'value': {
      const problem = checkValue(socket, raw);
      if (problem !== undefined) return { errors: { non_field_errors: [problem] } };
      return {
        pending: {
          socket,
          uploadBacked: false,
          identity: `value:${JSON.stringify(raw)}`,
          build: () => state.jsonValue(socket, raw),
        },
      };
    }
    case 'image': {
      const parsed = parseHyperlink(raw, IMAGE_LINK);
      if (!parsed.ok) return fail(parsed.message);
      const image = state.images.get(parsed.id.toLowerCase());
      if (image === undefined || !canViewImage(state, user, image)) return fail(NO_SUCH_OBJECT);
      return {
        pending: {
          socket,
          uploadBacked: false,
          identity: `image:${image.pk}`,
          build: () => state.imageValue(socket, image.pk),
        },
      };
    }
    case 'file': {
      const key = CIV_FILE_LINK.exec(mediaPath(raw))?.[1];
      const entry = key === undefined ? undefined : state.media.get(key);
      if (entry?.kind !== 'civFile' || !canViewValue(user, entry.civ) || entry.civ.file === null)
        return fail(
          typeof raw === 'string'
            ? NO_SUCH_OBJECT
            : `Incorrect type. Expected URL string, received ${pythonType(raw)}.`,
        );
      const original = entry.civ.file;
      return {
        pending: {
          socket,
          uploadBacked: false,
          identity: `file:${original.key}`,
          build: () =>
            state.fileValue(
              socket,
              original.fileName,
              () => state.store.read(original.key) ?? new Uint8Array(),
            ),
        },
      };
    }
    case 'user_upload': {
      const upload = completedUpload(context, raw);
      if (typeof upload === 'string') return fail(upload);
      return {
        pending: {
          socket,
          uploadBacked: true,
          identity: `upload:${upload.pk}`,
          build: () => {
            const bytes = state.store.read(upload.key) ?? new Uint8Array();
            const problem = fileCheck(socket, bytes);
            return problem ?? state.fileValue(socket, upload.filename, () => bytes);
          },
        },
      };
    }
    case 'user_uploads': {
      if (!Array.isArray(raw)) return fail(`Expected a list of items but got type "${pythonType(raw)}".`);
      if (raw.length === 0) return fail('This list may not be empty.');
      const uploads: UploadRecord[] = [];
      for (const link of raw) {
        const upload = completedUpload(context, link);
        if (typeof upload === 'string') return fail(upload);
        uploads.push(upload);
      }
      return {
        pending: {
          socket,
          uploadBacked: true,
          identity: `uploads:${uploads.map((upload) => upload.pk).join(',')}`,
          build: () => {
            const image = importUploads(state, uploads, user.username, state.ids.uuid('image'));
            return typeof image === 'string' ? image : state.imageValue(socket, image.pk);
          },
        },
      };
    }
    case 'upload_session': {
      // raw image upload sessions have no endpoint in the reference, so none ever exists here
      const parsed = parseHyperlink(raw, SESSION_LINK);
      return fail(parsed.ok ? NO_SUCH_OBJECT : parsed.message);
    }
    default: {
      const never: never = source;
      return never;
    }
  }
}

function resolveEntry(context: Context, entry: unknown): { pending: PendingValue } | { errors: FieldErrors } {
  if (!isJsonObject(entry))
    return {
      errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonType(entry)}.`] },
    };
  const slug = entry.interface;
  if (slug === undefined || slug === null) return { errors: { interface: ['This field is required.'] } };
  if (typeof slug !== 'string') return { errors: { interface: ['Invalid value.'] } };
  const socket = socketBySlug(slug);
  if (socket === undefined) return { errors: { interface: [`Object with slug=${slug} does not exist.`] } };
  const given = SOURCES.filter((source) => entry[source] !== undefined && entry[source] !== null);
  if (given.length > 1)
    return {
      errors: {
        non_field_errors: [
          `Provide exactly one of value, file, image, user_upload, user_uploads or upload_session; got ${given.join(', ')}.`,
        ],
      },
    };
  const [source] = given;
  const allowed = ALLOWED[socket.superKind];
  if (source === undefined && socket.superKind === 'Value')
    return resolveSource(context, socket, 'value', null);
  if (source === undefined || !allowed.includes(source))
    return { errors: { non_field_errors: [`${REQUIRED_MESSAGE[socket.superKind]} ${socket.kind}`] } };
  return resolveSource(context, socket, source, entry[source]);
}

/**
 * Validates a list of CIVPosts under `field` (`inputs` or `values`). Errors come back the way a
 * DRF list serializer reports them: one object per entry, `{}` for the valid ones.
 */
export function resolveValues(state: GcState, user: UserRecord, raw: unknown, field: string): PendingValue[] {
  if (raw === undefined) throw badRequest({ [field]: ['This field is required.'] });
  if (raw === null) throw badRequest({ [field]: ['This field may not be null.'] });
  if (!Array.isArray(raw))
    throw badRequest({
      [field]: { non_field_errors: [`Expected a list of items but got type "${pythonType(raw)}".`] },
    });
  const context = { state, user };
  const results = raw.map((entry) => resolveEntry(context, entry));
  if (results.some((result) => 'errors' in result))
    throw badRequest({ [field]: results.map((result) => ('errors' in result ? result.errors : {})) });
  const pending = results.flatMap((result) => ('pending' in result ? [result.pending] : []));
  const slugs = pending.map((value) => value.socket.slug);
  const repeated = slugs.filter((slug, index) => slugs.indexOf(slug) !== index);
  if (repeated.length > 0)
    throw badRequest({
      non_field_errors: [`Duplicate socket in ${field}: ${[...new Set(repeated)].join(', ')}.`],
    });
  return pending;
}

/** Builds the values; those whose background import failed come back as messages. */
export function buildValues(pending: readonly PendingValue[]): {
  values: CivRecord[];
  direct: CivRecord[];
  failures: string[];
} {
  const values: CivRecord[] = [];
  const direct: CivRecord[] = [];
  const failures: string[] = [];
  for (const entry of pending) {
    const built = entry.build();
    if (typeof built === 'string') {
      failures.push(`${entry.socket.slug}: ${built}`);
      continue;
    }
    values.push(built);
    if (!entry.uploadBacked) direct.push(built);
  }
  return { values, direct, failures };
}
