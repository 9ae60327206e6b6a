/** Deterministic randomness: every generated value is a pure function of its parts, so seeds replay exactly. */

/** FNV-1a over the parts' text, as a 32-bit seed. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: tiny, fast and good enough for a fake crowd. */
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

/** A uniform draw in [0, 1) that depends only on the parts. */
export function draw(...parts: ReadonlyArray<string | number>): number {
  return rng(hashSeed(...parts))();
}

/** A deterministic pick; `items` must not be empty. */
export function pick<T>(items: readonly T[], ...parts: ReadonlyArray<string | number>): T {
  const item = items[Math.floor(draw(...parts) * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
