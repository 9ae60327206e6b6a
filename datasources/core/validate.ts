import type { z } from 'zod';
import { GatewayError, type PlatformName } from './errors.js';

/**
 * Validates an upstream body at the boundary. A body that does not match is the platform's fault:
 * an UPSTREAM_BAD_RESPONSE on the field that needed it, never a crash and never the body itself
 * in the message.
 */
/**
 * Validated bodies by the body object they came from. The in-memory cache hands back the same body
 * object on every hit, so a warm read that is not answered whole re-validated the same JSON on each
 * request: a large share of its CPU. Keyed weakly, so an entry leaves with its cached body; per
 * platform and kind (`what`), because call sites build their schema inline. Validation outputs are
 * only read (mappers build new models from them), which is what makes sharing them safe.
 */
const validated = new WeakMap<object, Map<string, unknown>>();

export function parseWire<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: { platform: PlatformName; name: string; what: string },
): z.output<S> {
  const memo = typeof value === 'object' && value !== null ? validated.get(value) : undefined;
  const kind = `${context.platform}|${context.what}`;
  if (memo?.has(kind)) return memo.get(kind) as z.output<S>;
  const result = schema.safeParse(value);
  if (result.success) {
    if (typeof value === 'object' && value !== null) {
      const forValue = memo ?? new Map<string, unknown>();
      forValue.set(kind, result.data);
      if (!memo) validated.set(value, forValue);
    }
    return result.data;
  }
  const where = result.error.issues[0]?.path.join('.') ?? '';
  throw new GatewayError(
    'UPSTREAM_BAD_RESPONSE',
    `${context.name} returned a malformed ${context.what}${where ? ` (at ${where})` : ''}.`,
    { platform: context.platform, cause: result.error },
  );
}
