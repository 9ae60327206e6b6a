import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { PlatformName } from './errors.js';

/** What a `/files/<token>` URL stands for. */
export interface FileTicket {
  platform: PlatformName;
  /** Upstream path relative to the platform's base URL (built with `upstreamPath`). */
  path: string;
  /** The caller's credential for the download, if any; only ever inside the encrypted token. */
  credential?: string | undefined;
  /** Suggested file name for Content-Disposition. */
  filename: string;
  /** Epoch ms after which the token is refused. */
  expiresAt: number;
}

/**
 * Seals download tickets into opaque URL tokens with AES-256-GCM: the token reveals nothing (not
 * the upstream path, not the credential) and cannot be forged or altered. Any replica with the same
 * secret can open it, so links work behind a load balancer without shared state.
 */
export class FileTokenSealer {
  readonly #key: Buffer;

  constructor(secret: string | Buffer) {
    this.#key = createHash('sha256').update('crowdgraph-files\0').update(secret).digest();
  }

  seal(ticket: FileTicket): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const plain = Buffer.from(JSON.stringify(ticket), 'utf8');
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The ticket, or null when the token is malformed, forged or expired. */
  open(token: string, now: number): FileTicket | null {
    if (!/^[A-Za-z0-9_-]{40,8192}$/.test(token)) return null;
    const raw = Buffer.from(token, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      const ticket = parseTicket(JSON.parse(plain) as unknown);
      return ticket && ticket.expiresAt > now ? ticket : null;
    } catch {
      return null;
    }
  }
}

function parseTicket(value: unknown): FileTicket | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { platform, path, credential, filename, expiresAt } = record;
  if (typeof platform !== 'string' || typeof path !== 'string' || typeof filename !== 'string') return null;
  if (typeof expiresAt !== 'number') return null;
  if (credential !== undefined && typeof credential !== 'string') return null;
  return { platform: platform as PlatformName, path, credential, filename, expiresAt };
}
