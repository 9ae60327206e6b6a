import { z } from 'zod';
import { isDateText } from './dates.js';
import { derivedFromBody } from './bodyMemo.js';
import { GatewayError, type PlatformName } from './errors.js';

/**
 * Validates an upstream body at the boundary. A body that does not match is the platform's fault:
 * an UPSTREAM_BAD_RESPONSE on the field that needed it, never a crash and never the body itself
 * in the message.
 */
export function parseWire<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: { platform: PlatformName; name: string; what: string },
): z.output<S> {
  const result = derivedFromBody(value, `validated|${context.platform}|${context.what}`, () =>
    schema.safeParse(value),
  );
  if (result.success) return result.data;
  const where = result.error.issues[0]?.path.join('.') ?? '';
  throw new GatewayError(
    'UPSTREAM_BAD_RESPONSE',
    `${context.name} returned a malformed ${context.what}${where ? ` (at ${where})` : ''}.`,
    { platform: context.platform, cause: result.error },
  );
}

/**
 * A JSON object whose values the gateway does not look into (a unit's source data, a job's options):
 * checked to be an object and passed through as is. zod's record of unknowns copies every key into a
 * new object, and for CrowdFlower unit reads that copy was about half of validating them.
 */
/** An upstream timestamp Date can read (mapped with `isoUtc`); the common UTC forms are checked without parsing. */
export const dateText = z.string().refine(isDateText, 'not an ISO date');

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const jsonObject = z.custom<Record<string, unknown>>(isJsonObject, 'expected an object');

const isNumericId = (key: string): boolean => {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
};

/**
 * An object keyed by numeric ids whose values are opaque JSON objects (CrowdFlower's units page:
 * `{ "<unit id>": { …source data… } }`), checked key by key and passed through. zod's record copies
 * every entry of a 1,000-unit page into a new object.
 */
export const objectsByNumericId = z.custom<Record<string, Record<string, unknown>>>((value) => {
  if (!isJsonObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (!isNumericId(key) || !isJsonObject(value[key])) return false;
  }
  return true;
}, 'expected an object of objects keyed by numeric ids');
