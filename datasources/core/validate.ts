import type { z } from 'zod';
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
