import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The object store standing in for S3 (uploads), CloudFront (protected media) and HealthImaging
 * (DICOM instances). Objects may be produced lazily on first read, so seeding 1000+ images costs
 * nothing until one is downloaded. Every URL authorizes itself with an HMAC, because the client
 * sends no Authorization to them.
 */

export const CLOUDFRONT_PREFIX = '/cloudfront/';
export const S3_PREFIX = '/s3/';
export const UPLOADS_BUCKET = 'grand-challenge-uploads';
export const HEALTHIMAGING_PREFIX = '/healthimaging/';
/** Signed download URLs and presigned part URLs live an hour [inference]. */
export const URL_TTL_SECONDS = 3600;
const KEY_PAIR_ID = 'K2JCJMDEHXQW5F';
const ACCESS_KEY_ID = 'AKIAGRANDCHALLENGESIM';
const REGION = 'eu-central-1';

export type SignatureCheck = 'ok' | 'expired' | 'invalid';

interface Part {
  readonly etag: string;
  readonly bytes: Uint8Array;
}

const encodeKey = (key: string): string => key.split('/').map(encodeURIComponent).join('/');

/** `20250609T140101Z`, the X-Amz-Date form. */
function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function parseAmzDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

export function md5Hex(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

export class ObjectStore {
  // per instance, so one simulator's URLs are worthless on another
  readonly #secret = randomBytes(32);
  readonly #objects = new Map<string, Uint8Array>();
  readonly #producers = new Map<string, () => Uint8Array>();
  readonly #parts = new Map<string, Map<number, Part>>();

  /** Registers a lazily generated object; keeps an existing one. */
  define(key: string, produce: () => Uint8Array): void {
    if (!this.#objects.has(key) && !this.#producers.has(key)) this.#producers.set(key, produce);
  }

  put(key: string, bytes: Uint8Array): void {
    this.#objects.set(key, bytes);
    this.#producers.delete(key);
  }

  has(key: string): boolean {
    return this.#objects.has(key) || this.#producers.has(key);
  }

  read(key: string): Uint8Array | undefined {
    const stored = this.#objects.get(key);
    if (stored !== undefined) return stored;
    const produce = this.#producers.get(key);
    if (produce === undefined) return undefined;
    const bytes = produce();
    this.#objects.set(key, bytes);
    this.#producers.delete(key);
    return bytes;
  }

  /** CloudFront canned-policy style: `Expires`, `Signature`, `Key-Pair-Id`. */
  signedGetUrl(origin: string, key: string, nowMs: number): string {
    const expires = String(Math.floor(nowMs / 1000) + URL_TTL_SECONDS);
    const signature = this.#sign('GET', key, expires);
    return `${origin}${CLOUDFRONT_PREFIX}${encodeKey(key)}?Expires=${expires}&Signature=${signature}&Key-Pair-Id=${KEY_PAIR_ID}`;
  }

  verifyGet(key: string, expires: unknown, signature: unknown, nowMs: number): SignatureCheck {
    if (typeof expires !== 'string' || typeof signature !== 'string' || !/^\d+$/.test(expires))
      return 'invalid';
    if (!this.#same(signature, this.#sign('GET', key, expires))) return 'invalid';
    return Number(expires) * 1000 <= nowMs ? 'expired' : 'ok';
  }

  /** An S3 SigV4 query-presigned `UploadPart` URL. */
  presignedPartUrl(origin: string, key: string, uploadId: string, partNumber: number, nowMs: number): string {
    const date = amzDate(nowMs);
    const credential = `${ACCESS_KEY_ID}/${date.slice(0, 8)}/${REGION}/s3/aws4_request`;
    const signature = this.#sign('PUT', key, uploadId, String(partNumber), date, String(URL_TTL_SECONDS));
    const query = new URLSearchParams({
      partNumber: String(partNumber),
      uploadId,
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': credential,
      'X-Amz-Date': date,
      'X-Amz-Expires': String(URL_TTL_SECONDS),
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': signature,
    });
    return `${origin}${S3_PREFIX}${UPLOADS_BUCKET}/${encodeKey(key)}?${query.toString()}`;
  }

  verifyPart(key: string, query: Readonly<Record<string, unknown>>, nowMs: number): SignatureCheck {
    const { partNumber, uploadId } = query;
    const date = query['X-Amz-Date'];
    const expires = query['X-Amz-Expires'];
    const signature = query['X-Amz-Signature'];
    if (
      typeof partNumber !== 'string' ||
      typeof uploadId !== 'string' ||
      typeof date !== 'string' ||
      typeof expires !== 'string' ||
      typeof signature !== 'string'
    )
      return 'invalid';
    const signedAt = parseAmzDate(date);
    if (signedAt === undefined || !/^\d+$/.test(expires)) return 'invalid';
    if (!this.#same(signature, this.#sign('PUT', key, uploadId, partNumber, date, expires))) return 'invalid';
    return signedAt + Number(expires) * 1000 <= nowMs ? 'expired' : 'ok';
  }

  /** SigV4 headers for a HealthImaging GetDICOMInstance request (signed headers, not a query). */
  signedInstanceHeaders(path: string, nowMs: number): Record<string, string> {
    const date = amzDate(nowMs);
    const scope = `${date.slice(0, 8)}/${REGION}/medical-imaging/aws4_request`;
    return {
      Accept: 'application/dicom; transfer-syntax=1.2.840.10008.1.2.1',
      'X-Amz-Date': date,
      Authorization: `AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/${scope}, SignedHeaders=accept;host;x-amz-date, Signature=${this.#sign('DICOM', path, date)}`,
    };
  }

  /** Valid for 15 minutes after X-Amz-Date, as SigV4 requests are. */
  verifyInstanceHeaders(path: string, authorization: unknown, date: unknown, nowMs: number): SignatureCheck {
    if (typeof authorization !== 'string' || typeof date !== 'string') return 'invalid';
    const signature = /Signature=([0-9a-f]{64})$/.exec(authorization)?.[1];
    const signedAt = parseAmzDate(date);
    if (signature === undefined || signedAt === undefined) return 'invalid';
    if (!this.#same(signature, this.#sign('DICOM', path, date))) return 'invalid';
    return signedAt + 15 * 60 * 1000 <= nowMs ? 'expired' : 'ok';
  }

  /** Stores one part of a multipart upload; returns its quoted ETag as S3 does. */
  putPart(uploadId: string, partNumber: number, bytes: Uint8Array): string {
    const etag = `"${md5Hex(bytes)}"`;
    const parts = this.#parts.get(uploadId) ?? new Map<number, Part>();
    parts.set(partNumber, { etag, bytes });
    this.#parts.set(uploadId, parts);
    return etag;
  }

  partsOf(uploadId: string): ReadonlyMap<number, Part> {
    return this.#parts.get(uploadId) ?? new Map<number, Part>();
  }

  dropParts(uploadId: string): void {
    this.#parts.delete(uploadId);
  }

  #sign(...parts: string[]): string {
    return createHmac('sha256', this.#secret).update(parts.join('\n')).digest('hex');
  }

  #same(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
