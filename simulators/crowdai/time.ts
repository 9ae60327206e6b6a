/** Platform times are epoch milliseconds; the API prints them two ways (reference §3, §7.2). */
export type Millis = number;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** Ruby `Time#to_s` of a UTC time, `2017-10-30 06:02:02 UTC`: how `reset_dttm` is printed. */
export function rubyTime(ms: Millis): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** ActiveSupport's JSON form of a UTC time, `2018-04-05T10:00:00.000Z`. */
export function railsJsonTime(ms: Millis): string {
  return new Date(ms).toISOString();
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * The `after` filter as PostgreSQL would read the string Rails hands it: a date, or a date and
 * time with an optional zone; zoneless values are UTC (the app's zone). Undefined when Postgres
 * would refuse it, which the controller turns into its 500 [inference].
 */
export function parseTimestamp(raw: string): Millis | undefined {
  const match = TIMESTAMP.exec(raw.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = ''] = match;
  const offset = /^[+-]/.test(zone) ? zoneSuffix(zone) : 'Z';
  const ms = Date.parse(
    `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction.slice(0, 4)}${offset}`,
  );
  return Number.isNaN(ms) ? undefined : ms;
}

function zoneSuffix(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}
