import { createHash } from 'node:crypto';

/** Deterministic identifiers and randomness: every seeded value is a pure function of names. */

type Part = string | number;

function digest(algorithm: 'sha1' | 'sha256', parts: readonly Part[]): string {
  return createHash(algorithm).update(parts.join('\u0000')).digest('hex');
}

/** A version-5-shaped UUID named by the parts, so seeded objects keep their pk across restarts. */
export function uuidFor(...parts: Part[]): string {
  const hex = digest('sha1', ['grand-challenge-simulator', ...parts]);
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** 64 lower-case hex characters, the shape of a knox token. */
export function hex64(...parts: Part[]): string {
  return digest('sha256', parts);
}

// Seeded randomness is shared by every simulator; these are the names this platform's seed uses.
export { between, hashSeed as seedOf, rng, draw as unit } from '../core/random.js';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID_PATTERN.test(text);
}

/**
 * Objects created at run time get pks from a per-instance counter rather than randomness, so a
 * test that repeats a sequence of calls sees the same ids.
 */
export class IdSequence {
  #next = 1;
  readonly #namespace: string;

  constructor(namespace: string) {
    this.#namespace = namespace;
  }

  uuid(kind: string): string {
    const n = this.#next;
    this.#next += 1;
    return uuidFor(this.#namespace, kind, n);
  }
}
