import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SECOND, type Millis } from './time.js';

/**
 * The S3 bucket behind presigned uploads (`presign`) and the expiring `aws_url` of submission
 * files. URLs carry SigV4's query parameters and authorize themselves with an HMAC, because
 * S3 sees no crowdAI credentials; the signature itself is not real SigV4.
 */

export const S3_PREFIX = '/s3/';
/** [unknown] the real bucket name is not in the reference. */
export const BUCKET = 'crowdai-prd';
/** aws-sdk-ruby's presigned_url default [inference]. */
export const URL_TTL_SECONDS = 900;
const ACCESS_KEY_ID = 'AKIACROWDAISIMULATOR';
const REGION = 'us-east-1';

export type SignatureCheck = 'ok' | 'expired' | 'invalid';
export type S3Method = 'GET' | 'PUT';

interface StoredObject {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

/** `20250609T140101Z`, the X-Amz-Date form. */
function amzDate(ms: Millis): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function parseAmzDate(text: string): Millis | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

export const encodeKey = (key: string): string => key.split('/').map(encodeURIComponent).join('/');

export function md5Hex(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

export class ObjectStore {
  // per instance, so one simulator's URLs are worthless on another
  readonly #secret = randomBytes(32);
  readonly #objects = new Map<string, StoredObject>();
  readonly #producers = new Map<string, () => StoredObject>();

  /** Registers a lazily generated object, so seeding costs nothing until a download. */
  define(key: string, contentType: string, produce: () => Uint8Array): void {
    if (!this.#objects.has(key)) this.#producers.set(key, () => ({ bytes: produce(), contentType }));
  }

  put(key: string, bytes: Uint8Array, contentType: string): void {
    this.#objects.set(key, { bytes, contentType });
    this.#producers.delete(key);
  }

  read(key: string): StoredObject | undefined {
    const stored = this.#objects.get(key);
    if (stored !== undefined) return stored;
    const produce = this.#producers.get(key);
    if (produce === undefined) return undefined;
    const made = produce();
    this.#objects.set(key, made);
    this.#producers.delete(key);
    return made;
  }

  presignedUrl(origin: string, method: S3Method, key: string, now: Millis): string {
    const date = amzDate(now);
    const expires = String(URL_TTL_SECONDS);
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `${ACCESS_KEY_ID}/${date.slice(0, 8)}/${REGION}/s3/aws4_request`,
      'X-Amz-Date': date,
      'X-Amz-Expires': expires,
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': this.#sign(method, key, date, expires),
    });
    return `${origin}${S3_PREFIX}${BUCKET}/${encodeKey(key)}?${query.toString()}`;
  }

  verify(
    method: S3Method,
    key: string,
    query: Readonly<Record<string, unknown>>,
    now: Millis,
  ): SignatureCheck {
    const date = query['X-Amz-Date'];
    const expires = query['X-Amz-Expires'];
    const signature = query['X-Amz-Signature'];
    if (typeof date !== 'string' || typeof expires !== 'string' || typeof signature !== 'string')
      return 'invalid';
    const signedAt = parseAmzDate(date);
    if (signedAt === undefined || !/^\d{1,6}$/.test(expires)) return 'invalid';
    const expected = Buffer.from(this.#sign(method, key, date, expires));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return signedAt + Number(expires) * SECOND <= now ? 'expired' : 'ok';
  }

  #sign(method: S3Method, key: string, date: string, expires: string): string {
    return createHmac('sha256', this.#secret).update([method, key, date, expires].join('\n')).digest('hex');
  }
}
