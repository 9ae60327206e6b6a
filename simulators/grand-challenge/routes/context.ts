import type { FastifyRequest } from 'fastify';
import { originOf } from '../http.js';
import { Links } from '../links.js';
import type { GcState } from '../state.js';
import type { UserRecord } from '../users.js';

/** What every route module receives: the state and the per-request caller and link builder. */
export interface RouteContext {
  readonly state: GcState;
  /** The authenticated caller, or null for anonymous (authentication ran in the scope's hook). */
  user(request: FastifyRequest): UserRecord | null;
  links(request: FastifyRequest): Links;
}

export function linksFor(request: FastifyRequest): Links {
  return new Links(originOf(request));
}

export type PkParams = { Params: { pk: string } };
