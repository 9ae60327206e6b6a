/** Platform times are epoch milliseconds; the API prints them as ISO 8601 with an explicit `+00:00`. */
export type Millis = number;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `2015-06-24T13:10:22+00:00`, the form every Job, Unit and Judgment timestamp takes. */
export function iso(ms: Millis): string {
  return `${new Date(Math.floor(ms / SECOND) * SECOND).toISOString().slice(0, 19)}+00:00`;
}

export function isoOrNull(ms: Millis | null): string | null {
  return ms === null ? null : iso(ms);
}
