/**
 * Times are epoch microseconds in plain numbers (2^53 µs is ~285 years, so exact): the platform
 * prints six fractional digits and JS Dates only keep milliseconds.
 */
export type Micros = number;

export const US_PER_MS = 1000;
export const US_PER_SECOND = 1_000_000;
export const US_PER_HOUR = 3600 * US_PER_SECOND;
export const US_PER_DAY = 24 * US_PER_HOUR;

export function toMicros(date: Date): Micros {
  return date.getTime() * US_PER_MS;
}

export function parseMicros(iso: string): Micros {
  const match = /\.(\d{1,6})Z$/.exec(iso);
  const wholeSeconds = Date.parse(iso.replace(/\.\d+Z$/, 'Z'));
  if (Number.isNaN(wholeSeconds)) throw new Error(`bad timestamp ${iso}`);
  const fraction = match?.[1] === undefined ? 0 : Number(match[1].padEnd(6, '0'));
  return wholeSeconds * US_PER_MS + fraction;
}

/** `2025-06-09T14:01:01.161998Z` — InferenceData, TrainingDataset and Submission fields. */
export function isoMicros(us: Micros): string {
  const seconds = Math.floor(us / US_PER_SECOND);
  const fraction = String(us - seconds * US_PER_SECOND).padStart(6, '0');
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** `2025-06-05T12:34:26Z` — Challenge dates carry no fraction. */
export function isoSeconds(us: Micros): string {
  return `${new Date(Math.floor(us / US_PER_SECOND) * 1000).toISOString().slice(0, 19)}Z`;
}

/** `YYYY-MM-DD` (UTC), the form periods take in paths and filters. */
export function dateKey(us: Micros): string {
  return new Date(Math.floor(us / US_PER_MS)).toISOString().slice(0, 10);
}

export function isDateKey(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}
