import { badUserInput } from './errors.js';

/**
 * Builds an upstream path from a template, encoding every interpolated value as exactly one path
 * segment: `/`, `?`, `#` and `%` are escaped, and `.`/`..` become `%2E`/`%2E%2E` so no value can
 * climb out of its place (a slug of `../admin` reaches the platform as one literal segment).
 *
 *     upstreamPath`/challenges/${slug}/training_data/${version}/`
 */
export function upstreamPath(
  strings: TemplateStringsArray,
  ...values: ReadonlyArray<string | number>
): string {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += encodePathSegment(String(value)) + (strings[index + 1] ?? '');
  });
  return out;
}

export function encodePathSegment(value: string): string {
  if (value === '') throw badUserInput('An identifier cannot be empty.');
  if (value.length > MAX_SEGMENT) throw badUserInput(`An identifier is at most ${MAX_SEGMENT} characters.`);
  if (/^\.+$/.test(value)) return value.replace(/\./g, '%2E');
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone UTF-16 surrogate cannot be encoded: no platform could have such an identifier.
    throw badUserInput('An identifier contains invalid Unicode.');
  }
}

/** Longer identifiers exist on no platform, and some servers refuse long path segments outright. */
const MAX_SEGMENT = 200;

/** `?a=1&b=x` from the defined entries, in a stable order (it is part of cache keys). */
export function queryString(
  query: Readonly<Record<string, string | number | boolean | undefined>> | undefined,
): string {
  if (!query) return '';
  const entries = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '';
  return (
    '?' +
    new URLSearchParams(entries.map(([key, value]): [string, string] => [key, String(value)])).toString()
  );
}
