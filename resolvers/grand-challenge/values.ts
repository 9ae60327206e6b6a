import type { GrandChallengeSocketValueInput } from '../__generated__/types.js';
import type { CivRequest, GrandChallengeApi } from '../../datasources/grand-challenge/index.js';
import type { GcSocketModel } from '../../datasources/grand-challenge/index.js';
import type { UserErrorModel } from '../support/models.js';
import { decodeSocketValueReference } from './references.js';
import { openUpload } from '../support/uploads.js';

/** A socket value checked against its socket, waiting only for its uploads. */
interface PlannedValue {
  socket: GcSocketModel;
  build: () => Promise<CivRequest | UserErrorModel>;
}

export type Resolved = { ok: true; civs: CivRequest[] } | { ok: false; userErrors: UserErrorModel[] };

export type ValuePlan =
  | { ok: true; sockets: GcSocketModel[]; resolve: () => Promise<Resolved> }
  | { ok: false; userErrors: UserErrorModel[] };

function sourcesOf(input: GrandChallengeSocketValueInput): string[] {
  const given: string[] = [];
  if (input.value !== undefined) given.push('value');
  if (input.file !== undefined && input.file !== null) given.push('file');
  if (input.files !== undefined && input.files !== null) given.push('files');
  if (input.existingImagePk !== undefined && input.existingImagePk !== null) given.push('existingImagePk');
  if (input.existingSocketValue !== undefined && input.existingSocketValue !== null)
    given.push('existingSocketValue');
  return given;
}

/**
 * Checks every socket value before anything is written — exactly one source each, a known socket,
 * a source the socket's kind accepts, no socket twice — and only then (in `resolve`) uploads the
 * files. gcapi's SocketValueSpec rules, enforced at the gateway so a bad input costs no upload.
 */
export async function planValues(
  api: GrandChallengeApi,
  inputs: readonly GrandChallengeSocketValueInput[],
  field: string,
): Promise<ValuePlan> {
  const userErrors: UserErrorModel[] = [];
  const planned: PlannedValue[] = [];
  const seen = new Set<string>();
  const platformOrigin = new URL(api.apiUrl('/')).origin;
  for (const [index, input] of inputs.entries()) {
    const at = ['input', field, String(index)];
    const refuse = (message: string, code: string, where: string[] = at) =>
      userErrors.push({ field: where, message, code });
    const sources = sourcesOf(input);
    if (sources.length !== 1) {
      refuse(
        `Socket "${input.socket}" needs exactly one source (value, file, files, existingImagePk or existingSocketValue); got ${sources.length === 0 ? 'none' : sources.join(' and ')}.`,
        'INVALID_SOCKET_VALUE',
      );
      continue;
    }
    if (seen.has(input.socket)) {
      refuse(`Socket "${input.socket}" is given twice.`, 'DUPLICATE_SOCKET', [...at, 'socket']);
      continue;
    }
    seen.add(input.socket);
    const socket = await api.socketBySlug(input.socket);
    if (!socket) {
      refuse(`Grand Challenge has no socket "${input.socket}".`, 'UNKNOWN_SOCKET', [...at, 'socket']);
      continue;
    }
    const source = sources[0];
    const kind = socket.superKind;
    const wrongKind = () =>
      refuse(
        `Socket "${socket.slug}" holds a ${kind.toLowerCase()}; ${source} cannot fill it.`,
        'INVALID_SOCKET_VALUE',
      );
    switch (source) {
      case 'value':
        if (kind !== 'Value') wrongKind();
        else planned.push({ socket, build: async () => ({ interface: socket.slug, value: input.value }) });
        break;
      case 'existingImagePk':
        if (kind !== 'Image') wrongKind();
        else
          planned.push({
            socket,
            build: async () => ({
              interface: socket.slug,
              image: api.apiUrl(`/cases/images/${encodeURIComponent(input.existingImagePk ?? '')}/`),
            }),
          });
        break;
      case 'existingSocketValue': {
        const reference = decodeSocketValueReference(input.existingSocketValue ?? '');
        if (!reference) {
          refuse(
            'existingSocketValue is not a socket value reference from this API.',
            'INVALID_SOCKET_VALUE',
            [...at, 'existingSocketValue'],
          );
        } else if (reference.socket !== socket.slug) {
          refuse(
            `That socket value belongs to socket "${reference.socket}", not "${socket.slug}".`,
            'INVALID_SOCKET_VALUE',
            [...at, 'existingSocketValue'],
          );
        } else if (
          [reference.image, reference.file].some(
            (url) => url !== undefined && new URL(url).origin !== platformOrigin,
          )
        ) {
          refuse('existingSocketValue points outside Grand Challenge.', 'INVALID_SOCKET_VALUE', [
            ...at,
            'existingSocketValue',
          ]);
        } else {
          const civ: CivRequest = reference.image
            ? { interface: socket.slug, image: reference.image }
            : reference.file
              ? { interface: socket.slug, file: reference.file }
              : { interface: socket.slug, value: reference.value };
          planned.push({ socket, build: async () => civ });
        }
        break;
      }
      case 'file':
      case 'files': {
        if (kind === 'Value') {
          wrongKind();
          break;
        }
        const uploads = source === 'file' ? [input.file] : (input.files ?? []);
        if (uploads.length === 0) {
          refuse('`files` is empty.', 'INVALID_SOCKET_VALUE', [...at, 'files']);
          break;
        }
        if (kind === 'File' && uploads.length !== 1) {
          refuse(`Socket "${socket.slug}" holds one file.`, 'INVALID_SOCKET_VALUE', [...at, 'files']);
          break;
        }
        planned.push({
          socket,
          build: async () => {
            const urls: string[] = [];
            for (const pending of uploads) {
              const upload = await pending!;
              const result = await api.upload(upload.filename || `${socket.slug}.bin`, openUpload(upload));
              if (!result.ok)
                return { field: at, message: result.messages.join(' '), code: 'UPLOAD_REFUSED' };
              urls.push(result.value);
            }
            return kind === 'File'
              ? { interface: socket.slug, user_upload: urls[0] ?? '' }
              : { interface: socket.slug, user_uploads: urls };
          },
        });
        break;
      }
      default:
        break;
    }
  }
  if (userErrors.length > 0) return { ok: false, userErrors };
  return {
    ok: true,
    sockets: planned.map((p) => p.socket),
    resolve: async () => {
      const built: CivRequest[] = [];
      const failed: UserErrorModel[] = [];
      for (const plan of planned) {
        const result = await plan.build();
        if ('interface' in result) built.push(result);
        else failed.push(result);
      }
      return failed.length > 0 ? { ok: false, userErrors: failed } : { ok: true, civs: built };
    },
  };
}
