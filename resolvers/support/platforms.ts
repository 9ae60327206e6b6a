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

/** The caller's CrowdFlower binding, or a clear error when CrowdFlower is not configured. */
export function crowdflowerOf(ctx: GatewayContext): NonNullable<GatewayContext['crowdflower']> {
  if (!ctx.crowdflower) {
    throw new GatewayError('UPSTREAM_UNAVAILABLE', 'CrowdFlower is not configured on this gateway.', {
      platform: 'CROWDFLOWER',
    });
  }
  return ctx.crowdflower;
}

/** The caller's Grand Challenge binding, or a clear error when it is not configured. */
export function grandChallengeOf(ctx: GatewayContext): NonNullable<GatewayContext['grandChallenge']> {
  if (!ctx.grandChallenge) {
    throw new GatewayError('UPSTREAM_UNAVAILABLE', 'Grand Challenge is not configured on this gateway.', {
      platform: 'GRAND_CHALLENGE',
    });
  }
  return ctx.grandChallenge;
}

/** The caller's crowdAI binding, or a clear error when it is not configured. */
export function crowdaiOf(ctx: GatewayContext): NonNullable<GatewayContext['crowdai']> {
  if (!ctx.crowdai) {
    throw new GatewayError('UPSTREAM_UNAVAILABLE', 'crowdAI is not configured on this gateway.', {
      platform: 'CROWDAI',
    });
  }
  return ctx.crowdai;
}

/** The caller's Arena binding, or a clear error when it is not configured. */
export function arenaOf(ctx: GatewayContext): NonNullable<GatewayContext['arena']> {
  if (!ctx.arena) {
    throw new GatewayError('UPSTREAM_UNAVAILABLE', 'Arena is not configured on this gateway.', {
      platform: 'ARENA',
    });
  }
  return ctx.arena;
}
