/**
 * Deterministic randomness for the simulators' seeds: every generated value is a pure function of
 * its parts (names, ids, indexes), so seeds, files and replays are the same on every run.
 */

/** FNV-1a over the parts' text, as a 32-bit seed. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: tiny, fast and plenty for synthetic data. */
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

/** A deterministic integer in [min, max]. */
export function between(min: number, max: number, ...parts: ReadonlyArray<string | number>): number {
  return min + Math.floor(draw(...parts) * (max - min + 1));
}

/** A deterministic pick; `items` must not be empty. */
export function pick<T>(items: readonly T[], ...parts: ReadonlyArray<string | number>): T {
  const item = items[Math.floor(draw(...parts) * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A deterministic UUID v4 shape. */
export function uuid(...parts: ReadonlyArray<string | number>): string {
  const hex = Array.from({ length: 32 }, (_, index) =>
    Math.floor(draw(...parts, index) * 16).toString(16),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A standard normal draw (Box–Muller) from a uniform source. */
export function gaussian(next: () => number): number {
  const u = Math.max(next(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** Fisher–Yates with the given source; returns a new array. */
export function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    const a = copy[index];
    const b = copy[other];
    if (a === undefined || b === undefined) continue;
    copy[index] = b;
    copy[other] = a;
  }
  return copy;
}

/** Rounds to `digits` decimals. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
