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

/** mulberry32: tiny, fast and good enough for fake imaging data. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts' text, as a 32-bit seed. */
export function seedOf(...parts: Part[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A uniform draw in [0, 1) that depends only on the parts. */
export function unit(...parts: Part[]): number {
  return rng(seedOf(...parts))();
}

/** An integer in [low, high] that depends only on the parts. */
export function between(low: number, high: number, ...parts: Part[]): number {
  return low + Math.floor(unit(...parts) * (high - low + 1));
}

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
