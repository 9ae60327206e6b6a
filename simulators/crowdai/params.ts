/**
 * Rails `params`: the query string and the body (form or JSON) merged, body winning, path
 * parameters last (reference §1). Bracketed form keys (`meta[epoch]=3`) nest as Rack nests them.
 */

export type Params = Record<string, unknown>;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `meta[a][b]` → `['meta', 'a', 'b']`; `list[]` → `['list', '']`; malformed keys stay whole. */
function splitKey(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
  if (match?.[1] === undefined) return [key];
  const rest = [...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((part) => part[1] ?? '');
  return [match[1], ...rest];
}

function assign(target: Params, path: readonly string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined || FORBIDDEN.has(head)) return;
  if (rest.length === 0) {
    target[head] = value;
  } else if (rest[0] === '' && rest.length === 1) {
    const existing = target[head];
    target[head] = Array.isArray(existing) ? [...existing, value] : [value];
  } else {
    const existing = target[head];
    const child: Params = isRecord(existing) ? existing : {};
    target[head] = child;
    assign(child, rest[0] === '' ? rest.slice(1) : rest, value);
  }
}

export function parseForm(text: string): Params {
  const tree: Params = {};
  for (const [key, value] of new URLSearchParams(text)) assign(tree, splitKey(key), value);
  return tree;
}

export function queryParams(url: string): Params {
  const start = url.indexOf('?');
  return start === -1 ? {} : parseForm(url.slice(start + 1));
}

export function mergeParams(...layers: readonly unknown[]): Params {
  const merged: Params = {};
  for (const layer of layers) {
    if (!isRecord(layer)) continue;
    for (const [key, value] of Object.entries(layer)) if (!FORBIDDEN.has(key)) merged[key] = value;
  }
  return merged;
}

/** A scalar parameter as Rails would compare it; absent, null, hashes and lists are undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Rails' `present?`: not nil and not only whitespace. */
export function present(value: unknown): boolean {
  const raw = text(value);
  return raw !== undefined && raw.trim() !== '';
}

/** A float column's cast: blank is nil, otherwise Ruby's `to_f` (leading number or 0.0). */
export function floatParam(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const raw = text(value);
  if (raw === undefined || raw.trim() === '') return null;
  const match = /^\s*[+-]?(?:\d[\d_]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(raw);
  return match === null ? 0 : Number(match[0].replace(/_/g, ''));
}

/** An integer cast as ActiveRecord does it: Ruby's `to_i` of the text (`"12abc"` → 12, `"x"` → 0). */
export function integerParam(value: unknown): number | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const match = /^\s*[+-]?\d+/.exec(raw);
  return match === null ? 0 : Number(match[0]);
}

const TRUE_WORDS = new Set(['true', '1', 't', 'yes', 'on']);

export function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const raw = text(value);
  return raw !== undefined && TRUE_WORDS.has(raw.trim().toLowerCase());
}

/** `meta` as a hash or a JSON string; a string that is not a JSON object becomes `{}` (§7.9). */
export function metaParam(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isRecord(value)) return { ...value };
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
