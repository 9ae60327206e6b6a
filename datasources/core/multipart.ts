import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

export type MultipartPart =
  { name: string; value: string } | { name: string; filename: string; contentType: string; stream: Readable };

/**
 * A multipart/form-data body produced as a stream: file parts are piped through chunk by chunk,
 * so an upload of any size crosses the gateway in constant memory. Sent chunked (no length).
 */
export function multipartBody(parts: readonly MultipartPart[]): { body: Readable; contentType: string } {
  const boundary = `----crowdgraph${randomBytes(12).toString('hex')}`;
  async function* generate(): AsyncGenerator<Buffer> {
    for (const part of parts) {
      if ('value' in part) {
        yield Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.name)}"\r\n\r\n${part.value}\r\n`,
        );
        continue;
      }
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.name)}"; filename="${quote(part.filename)}"\r\n` +
          `Content-Type: ${part.contentType}\r\n\r\n`,
      );
      for await (const chunk of part.stream)
        yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  return { body: Readable.from(generate()), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Quotes a header parameter value; CR/LF and quotes cannot break out of it. */
function quote(value: string): string {
  return value.replace(/[\r\n]/g, ' ').replace(/["\\]/g, (c) => `\\${c}`);
}
