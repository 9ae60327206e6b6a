import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { US_PER_SECOND, type Micros } from './time.js';

/** Presigned URLs live an hour, like the S3 defaults the real platform uses. */
export const SIGNED_URL_TTL_SECONDS = 3600;
export const STORAGE_PREFIX = '/storage/';

export type SignatureCheck = 'ok' | 'expired' | 'invalid';

/**
 * The object store behind downloads and uploads, standing in for S3. Files are produced on first
 * read and cached. URLs authorize themselves with an HMAC over key and expiry, because the
 * client's `Authorization` header does not follow a redirect to another host.
 */
export class SignedStorage {
  // per instance, so one simulator's URLs are worthless on another
  readonly #secret = randomBytes(32);
  readonly #objects = new Map<string, Uint8Array>();
  readonly #producers = new Map<string, () => Uint8Array>();

  /** Registers a lazily generated object; keeps an existing one. */
  define(key: string, produce: () => Uint8Array): void {
    if (!this.#objects.has(key) && !this.#producers.has(key)) this.#producers.set(key, produce);
  }

  put(key: string, bytes: Uint8Array): void {
    this.#objects.set(key, bytes);
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

  signedUrl(origin: string, key: string, now: Micros, ttlSeconds = SIGNED_URL_TTL_SECONDS): string {
    const expires = String(Math.floor(now / US_PER_SECOND) + ttlSeconds);
    const path = key.split('/').map(encodeURIComponent).join('/');
    return `${origin}${STORAGE_PREFIX}${path}?expires=${expires}&signature=${this.#sign(key, expires)}`;
  }

  verify(key: string, expires: string, signature: string, now: Micros): SignatureCheck {
    const expected = Buffer.from(this.#sign(key, expires));
    const given = Buffer.from(signature);
    if (!/^\d+$/.test(expires) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return 'invalid';
    }
    return Number(expires) * US_PER_SECOND <= now ? 'expired' : 'ok';
  }

  #sign(key: string, expires: string): string {
    return createHmac('sha256', this.#secret).update(`${key}\n${expires}`).digest('base64url');
  }
}

/** Keeps uploaded file names usable as object keys: no separators, no traversal. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '');
  return cleaned === '' ? 'predictions.parquet' : cleaned.slice(0, 100);
}
