/** Platform time is epoch milliseconds; these print it the way Django REST framework does. */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** DRF's DateTimeField in UTC: `2025-06-09T14:01:01.161000Z` (microseconds, `Z` for +00:00). */
export function isoTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 23)}000Z`;
}

/** Django's `duration_iso_string`, the form the reference shows: `P0DT00H22M17S`. */
export function isoDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) * 1000);
  const micros = rest % 1_000_000;
  rest = Math.floor(rest / 1_000_000);
  const seconds = rest % 60;
  rest = Math.floor(rest / 60);
  const minutes = rest % 60;
  rest = Math.floor(rest / 60);
  const hours = rest % 24;
  const days = Math.floor(rest / 24);
  const two = (n: number): string => String(n).padStart(2, '0');
  const fraction = micros === 0 ? '' : `.${String(micros).padStart(6, '0')}`;
  return `${sign}P${days}DT${two(hours)}H${two(minutes)}M${two(seconds)}${fraction}S`;
}

/**
 * Parses what Django's DurationField accepts: ISO 8601 (`P0DT00H01M30S`, `PT90S`) or
 * `[DD] [HH:[MM:]]ss[.uuuuuu]`. Returns milliseconds, or undefined when unparseable.
 */
export function parseDuration(text: string): number | undefined {
  const iso =
    /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text.trim(),
    );
  if (iso !== null && text.trim() !== 'P' && !text.trim().endsWith('T')) {
    const [, minus, d, h, m, s] = iso;
    const total =
      Number(d ?? 0) * DAY + Number(h ?? 0) * HOUR + Number(m ?? 0) * MINUTE + Number(s ?? 0) * SECOND;
    return minus === undefined ? total : -total;
  }
  const standard = /^(?:(-?\d+) (?:days?, )?)?(?:(\d+):)??(?:(\d+):)?(\d+(?:\.\d{1,6})?)$/.exec(text.trim());
  if (standard === null) return undefined;
  const [, d, h, m, s] = standard;
  return Number(d ?? 0) * DAY + Number(h ?? 0) * HOUR + Number(m ?? 0) * MINUTE + Number(s ?? 0) * SECOND;
}
