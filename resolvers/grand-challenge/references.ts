import type { GcSocketValueModel } from '../../datasources/grand-challenge/index.js';

/** What an existing socket value contributes when reused: its socket and exactly its source. */
export interface SocketValueReference {
  socket: string;
  image?: string;
  file?: string;
  value?: unknown;
}

/**
 * An opaque token naming a socket value's content, so a client can pass an existing value back in
 * a write (gcapi's `existing_socket_value`) without the gateway keeping any state.
 */
export function encodeSocketValueReference(value: GcSocketValueModel): string {
  const reference: SocketValueReference = value.imageApiUrl
    ? { socket: value.socket.slug, image: value.imageApiUrl }
    : value.fileUrl
      ? { socket: value.socket.slug, file: value.fileUrl }
      : { socket: value.socket.slug, value: value.value };
  return Buffer.from(JSON.stringify(reference), 'utf8').toString('base64url');
}

export function decodeSocketValueReference(token: string): SocketValueReference | null {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      !('socket' in parsed) ||
      typeof parsed.socket !== 'string'
    )
      return null;
    const record = parsed as Record<string, unknown>;
    const image = typeof record.image === 'string' ? record.image : undefined;
    const file = typeof record.file === 'string' ? record.file : undefined;
    return {
      socket: parsed.socket,
      ...(image ? { image } : {}),
      ...(file ? { file } : {}),
      ...('value' in record ? { value: record.value } : {}),
    };
  } catch {
    return null;
  }
}
