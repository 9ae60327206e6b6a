import { GatewayError } from '../../datasources/core/index.js';
import type { GatewayContext } from '../context.js';

/** The caller's CrowdCent binding, or a clear error when the operator turned CrowdCent off. */
export function crowdcentOf(ctx: GatewayContext): NonNullable<GatewayContext['crowdcent']> {
  if (!ctx.crowdcent) {
    throw new GatewayError('UPSTREAM_UNAVAILABLE', 'CrowdCent is not configured on this gateway.', {
      platform: 'CROWDCENT',
    });
  }
  return ctx.crowdcent;
}
