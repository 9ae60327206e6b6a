import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ErrorDescription } from './errors.js';

/**
 * A misbehaviour to inject. Effects combine: `delayMs` first, then the first of `resetConnection`,
 * `hang`, `status` that is set; a rule with only `delayMs` lets the request through late.
 */
export interface FaultRule {
  /** Tested against the path without the query string; default: every path. */
  path?: RegExp;
  /** Case-insensitive; default: every method. */
  method?: string;
  /** Answer with this status instead of running the route. */
  status?: number;
  /** Raw body for `status`; default: the platform's own error body for that status. */
  body?: string;
  /** Adds a `Retry-After` header (seconds) to a `status` answer. */
  retryAfterSeconds?: number;
  /** Wait this long before doing anything else. */
  delayMs?: number;
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  hang?: boolean;
  /** Destroy the TCP connection (RST where the platform supports it) without answering. */
  resetConnection?: boolean;
  /** Apply to the next N matching requests, then drop the rule; default: unlimited. */
  times?: number;
}

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

/**
 * Rules are kept newest first, so a later `set` overrides an earlier one for the requests both
 * match while the earlier one still applies elsewhere.
 */
export class FaultInjector {
  #rules: ActiveRule[] = [];

  set(rule: FaultRule): void {
    this.#rules.unshift({ rule: { ...rule }, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#rules = [];
  }

  /** The rule to apply to this request, if any; counts the use against `times`. */
  take(method: string, path: string): FaultRule | undefined {
    const upper = method.toUpperCase();
    const active = this.#rules.find(
      ({ rule }) =>
        (rule.method === undefined || rule.method.toUpperCase() === upper) &&
        (rule.path === undefined || path.search(rule.path) !== -1),
    );
    if (active === undefined) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) this.#rules = this.#rules.filter((candidate) => candidate !== active);
    return active.rule;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Carries out a rule inside an `onRequest` hook. Returns true when the fault answered (or
 * swallowed) the request, so the caller must stop the lifecycle.
 */
export async function applyFault(
  rule: FaultRule,
  request: FastifyRequest,
  reply: FastifyReply,
  errorBody: (error: ErrorDescription) => unknown,
): Promise<boolean> {
  if (rule.delayMs !== undefined && rule.delayMs > 0) await sleep(rule.delayMs);
  if (rule.resetConnection === true) {
    // hijack first so Fastify never tries to write to the dead socket
    reply.hijack();
    const { socket } = request.raw;
    if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket.destroy();
    return true;
  }
  if (rule.hang === true) {
    // nothing is written; the server's forced close on shutdown ends the connection
    reply.hijack();
    return true;
  }
  if (rule.status === undefined) return false;
  if (rule.retryAfterSeconds !== undefined) reply.header('retry-after', String(rule.retryAfterSeconds));
  reply.code(rule.status);
  if (rule.body === undefined) {
    await reply.send(
      errorBody({ status: rule.status, message: STATUS_CODES[rule.status] ?? 'Injected fault' }),
    );
  } else {
    await reply.type(looksLikeJson(rule.body) ? 'application/json' : 'text/plain').send(rule.body);
  }
  return true;
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const faultRuleJson = z
  .object({
    path: z.string().optional(),
    method: z.string().min(1).optional(),
    status: z.number().int().min(100).max(599).optional(),
    body: z.string().optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    delayMs: z.number().min(0).optional(),
    hang: z.boolean().optional(),
    resetConnection: z.boolean().optional(),
    times: z.number().int().min(1).optional(),
  })
  .strict();

/** Parses the admin endpoint's JSON form of a rule, where `path` is a regular expression source. */
export function parseFaultRule(input: unknown): FaultRule {
  const parsed = faultRuleJson.parse(input);
  const { path, ...rest } = parsed;
  return path === undefined ? rest : { ...rest, path: new RegExp(path) };
}
