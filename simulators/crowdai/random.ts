/** Deterministic randomness: every seeded value is a pure function of its parts, so seeds replay exactly. */

/** FNV-1a over the parts' text, as a 32-bit seed. */
function hashSeed(parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32, one step: a uniform draw in [0, 1) that depends only on the parts. */
export function draw(...parts: ReadonlyArray<string | number>): number {
  let t = (hashSeed(parts) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A deterministic integer in [min, max]. */
export function between(min: number, max: number, ...parts: ReadonlyArray<string | number>): number {
  return min + Math.floor(draw(...parts) * (max - min + 1));
}

/** A deterministic UUID v4 shape, for S3 object keys. */
export function uuid(...parts: ReadonlyArray<string | number>): string {
  const hex = Array.from({ length: 32 }, (_, index) =>
    Math.floor(draw(...parts, index) * 16).toString(16),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
