import { createHmac } from 'node:crypto';

/**
 * Cache scope of a response. `public` entries may be served to anyone; `cred:<fingerprint>` entries
 * only to callers presenting the same credential. The fingerprint is an HMAC under a server secret,
 * so neither the credential nor a plain hash of it (guessable for short keys) ever reaches a cache
 * key, a log line or a metric.
 */
export type CacheScope = 'public' | `cred:${string}`;

export class CredentialFingerprinter {
  readonly #secret: Buffer;

  constructor(secret: string | Buffer) {
    this.#secret = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
    if (this.#secret.length < 16) throw new Error('credential fingerprint secret must be at least 16 bytes');
  }

  /** 128 bits of HMAC-SHA256: enough to never collide between two callers' credentials. */
  fingerprint(platform: string, credential: string): string {
    return createHmac('sha256', this.#secret)
      .update(platform)
      .update('\0')
      .update(credential)
      .digest('base64url')
      .slice(0, 22);
  }

  scopeFor(platform: string, credential: string | undefined): CacheScope {
    return credential === undefined ? 'public' : `cred:${this.fingerprint(platform, credential)}`;
  }
}
