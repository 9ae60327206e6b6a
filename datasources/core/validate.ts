import { z } from 'zod';
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
export const jsonObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected an object',
);
