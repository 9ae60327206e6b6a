/**
 * Rails-style parameters. Writes arrive as `application/x-www-form-urlencoded` with bracketed keys
 * (`job[options][req_ttl_in_seconds]=60`, `channels[]=a`, `channels[0]=a`) or as JSON
 * (`{"job":{…}}`); both become the same plain tree so routes read them one way.
 */

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** Keys that would reach Object.prototype through a plain object. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a key is safe to assign on a plain object. */
export function safeKey(key: string): boolean {
  return !FORBIDDEN.has(key);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `job[options][x]` → `['job', 'options', 'x']`; `channels[]` → `['channels', '']`. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const rest = key.slice(open);
  const segment = /\[([^\]]*)\]/y;
  let index = 0;
  while (index < rest.length) {
    segment.lastIndex = index;
    const match = segment.exec(rest);
    // a malformed tail (`a[b`) is kept whole, as Rack does
    if (match === null) return [key];
    parts.push(match[1] ?? '');
    index = segment.lastIndex;
  }
  return parts;
}

function assign(target: FormObject, path: readonly string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined || FORBIDDEN.has(head)) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  if (rest[0] === '') {
    const existing = target[head];
    const list = Array.isArray(existing) ? existing : [];
    target[head] = list;
    const tail = rest.slice(1);
    if (tail.length === 0) {
      list.push(value);
      return;
    }
    // `a[][k]=1&a[][k]=2` starts a new element when the last one already has `k`
    const last = list.at(-1);
    const childKey = tail[0] ?? '';
    if (isFormObject(last) && !(childKey in last)) {
      assign(last, tail, value);
    } else {
      const fresh: FormObject = {};
      list.push(fresh);
      assign(fresh, tail, value);
    }
    return;
  }
  const existing = target[head];
  const child = isFormObject(existing) ? existing : {};
  target[head] = child;
  assign(child, rest, value);
}

function isFormObject(value: FormValue | undefined): value is FormObject {
  return typeof value === 'object' && !Array.isArray(value);
}

export function parseBracketForm(body: string): FormObject {
  const tree: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) assign(tree, splitKey(key), value);
  return tree;
}

/** Body wins over query for the same key, recursively. */
export function mergeParams(base: unknown, override: unknown): unknown {
  if (!isRecord(base) || !isRecord(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (!FORBIDDEN.has(key)) merged[key] = mergeParams(base[key], value);
  }
  return merged;
}

/** `get(params, 'job', 'options')`; undefined as soon as a step is missing. */
export function get(tree: unknown, ...path: readonly string[]): unknown {
  let current = tree;
  for (const key of path) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** Strings and numbers as text; anything else is absent. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't']);

/** Rails' boolean casting: `true`, `1`, `on`, … */
export function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const raw = text(value);
  return raw !== undefined && TRUE_WORDS.has(raw.trim().toLowerCase());
}

/** `a[]=x`, `a[0]=x`, `["x"]` or `"x,y"` → `['x', 'y']`. */
export function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(list);
  if (isRecord(value)) {
    return Object.keys(value)
      .filter((key) => /^\d+$/.test(key))
      .sort((a, b) => Number(a) - Number(b))
      .flatMap((key) => list(value[key]));
  }
  const raw = text(value);
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A positive integer from text or JSON; undefined when it is not one. */
export function positiveInt(value: unknown): number | undefined {
  const raw = text(value)?.trim();
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  const parsed = Number(raw);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : undefined;
}
