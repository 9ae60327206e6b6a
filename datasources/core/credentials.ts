import { createHmac } from 'node:crypto';

/**
 * Cache scope of a response. `public` entries may be served to anyone; `cred:<fingerprint>` entries
 * only to callers presenting the same credential. The fingerprint is an HMAC under a server secret,
 * so neither the credential nor a plain hash of it (guessable for short keys) ever reaches a cache
 * key, a log line or a metric.
 */
export type CacheScope = 'public' | `cred:${string}`;

/** Fingerprints remembered per process: callers repeat their credential on every request. */
const MEMO_LIMIT = 10_000;

export class CredentialFingerprinter {
  readonly #secret: Buffer;
  /**
   * An HMAC per credential per request was a measurable share of a warm request's CPU. The map
   * holds credentials the process holds anyway while serving them; it is only ever in memory and
   * starts over when full rather than tracking recency.
   */
  readonly #memo = new Map<string, string>();

  constructor(secret: string | Buffer) {
    this.#secret = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
    if (this.#secret.length < 16) throw new Error('credential fingerprint secret must be at least 16 bytes');
  }

  /** 128 bits of HMAC-SHA256: enough to never collide between two callers' credentials. */
  fingerprint(platform: string, credential: string): string {
    const memoKey = `${platform}\0${credential}`;
    const known = this.#memo.get(memoKey);
    if (known !== undefined) return known;
    const fingerprint = createHmac('sha256', this.#secret)
      .update(platform)
      .update('\0')
      .update(credential)
      .digest('base64url')
      .slice(0, 22);
    if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
    this.#memo.set(memoKey, fingerprint);
    return fingerprint;
  }

  scopeFor(platform: string, credential: string | undefined): CacheScope {
    return credential === undefined ? 'public' : `cred:${this.fingerprint(platform, credential)}`;
  }
}
