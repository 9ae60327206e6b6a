/** Platform time is epoch milliseconds; the API prints it the way Django's `DjangoJSONEncoder` does. */
export type Millis = number;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `2016-11-02T09:00:00Z`, or `2017-01-08T14:03:12.512Z` when the milliseconds are not zero (reference §1). */
export function djangoTime(ms: Millis): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

export function djangoTimeOrNull(ms: Millis | null): string | null {
  return ms === null ? null : djangoTime(ms);
}

/** `Wed, 21 Oct 2015 07:28:00 GMT`, what a `Set-Cookie` expiry carries. */
export function httpDate(ms: Millis): string {
  return new Date(ms).toUTCString();
}
