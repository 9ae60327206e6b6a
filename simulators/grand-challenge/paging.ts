import type { FastifyRequest } from 'fastify';
import { originOf } from './http.js';

/** DRF LimitOffsetPagination as the server configures it (reference §2). */

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: unknown[];
}

/** DRF's `_positive_int`: digits only (Python's int() allows surrounding space and a sign). */
function positiveInt(raw: string | undefined, strict: boolean, cutoff?: number): number | undefined {
  if (raw === undefined || !/^\s*[+-]?\d+\s*$/.test(raw)) return undefined;
  const value = Number.parseInt(raw.trim(), 10);
  if (value < 0 || (strict && value === 0)) return undefined;
  return cutoff === undefined ? value : Math.min(value, cutoff);
}

/** Python's `quote_plus`: unreserved `A-Za-z0-9_.-~` stay, space becomes `+`. */
function quotePlus(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function unquotePlus(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `parse_qs(keep_blank_values=True)`: names in first-seen order, values in order. */
function parseQuery(query: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const field of query.split('&')) {
    if (field === '') continue;
    const equals = field.indexOf('=');
    const name = unquotePlus(equals === -1 ? field : field.slice(0, equals));
    const value = equals === -1 ? '' : unquotePlus(field.slice(equals + 1));
    parsed.set(name, [...(parsed.get(name) ?? []), value]);
  }
  return parsed;
}

/** DRF's replace/remove_query_param: re-encodes the query with its names sorted. */
function withQuery(url: string, changes: Readonly<Record<string, number | null>>): string {
  const queryStart = url.indexOf('?');
  const base = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = parseQuery(queryStart === -1 ? '' : url.slice(queryStart + 1));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) query.delete(name);
    else query.set(name, [String(value)]);
  }
  const encoded = [...query.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, values]) => values.map((value) => `${quotePlus(name)}=${quotePlus(value)}`))
    .join('&');
  return encoded === '' ? base : `${base}?${encoded}`;
}

function rawQueryValue(request: FastifyRequest, name: string): string | undefined {
  const query = request.query;
  if (typeof query !== 'object' || query === null || !(name in query)) return undefined;
  const value: unknown = Reflect.get(query, name);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    // QueryDict's __getitem__ returns the last value
    const last: unknown = value.at(-1);
    return typeof last === 'string' ? last : undefined;
  }
  return undefined;
}

/** One page of `items`, with absolute `next`/`previous` links on the caller's own origin. */
export function paginate<T>(
  request: FastifyRequest,
  items: readonly T[],
  toJson: (item: T) => unknown,
): Page {
  const limit = positiveInt(rawQueryValue(request, 'limit'), true, MAX_LIMIT) ?? DEFAULT_LIMIT;
  const offset = positiveInt(rawQueryValue(request, 'offset'), false) ?? 0;
  const count = items.length;
  const url = `${originOf(request)}${request.url}`;
  const next = offset + limit >= count ? null : withQuery(url, { limit, offset: offset + limit });
  let previous: string | null = null;
  if (offset > 0) {
    previous =
      offset - limit <= 0
        ? withQuery(url, { limit, offset: null })
        : withQuery(url, { limit, offset: offset - limit });
  }
  const results = offset >= count ? [] : items.slice(offset, offset + limit).map(toJson);
  return { count, next, previous, results };
}
