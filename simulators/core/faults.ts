import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ErrorDescription } from './errors.js';
import type { LoggedRequest } from './requestLog.js';
import { rng } from './random.js';

/**
 * A misbehaviour to inject. Effects combine in this order:
 *
 * 1. `delayMs` (plus a uniform random `jitterMs`) first;
 * 2. then the first of `resetConnection`, `hang`, `status`/`statuses` that is set — these answer
 *    instead of the route, which never runs;
 * 3. otherwise the route runs (its effect on the platform's state is kept), and its answer —
 *    or the injected `status` answer — goes through the answer faults: `dropAfterApply`, then
 *    `truncateBody` or `malformedJson`, `contentType`, `trickle`.
 *
 * A rule with only `delayMs`/`jitterMs` lets the request through late.
 */
export interface FaultRule {
  /** Tested against the path without the query string; default: every path. */
  path?: RegExp;
  /** Case-insensitive; default: every method. */
  method?: string;
  /**
   * Chance in [0, 1] that a matching request gets this rule, drawn from the injector's seeded
   * generator; when the draw misses, the next (older) matching rule is tried and `times` is not
   * used up. Default 1.
   */
  probability?: number;
  /** Answer with this status instead of running the route. */
  status?: number;
  /** Answer with one of these statuses, picked at random per request (e.g. 500/502/503/504); wins over `status`. */
  statuses?: number[];
  /** Raw body for `status`; default: the platform's own error body for that status. */
  body?: string;
  /** Adds a `Retry-After` header (seconds) to a `status` answer. */
  retryAfterSeconds?: number;
  /** Wait this long before doing anything else. */
  delayMs?: number;
  /** Adds a uniform random wait in [0, jitterMs] to `delayMs`. */
  jitterMs?: number;
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  hang?: boolean;
  /** Destroy the TCP connection (RST where the platform supports it) without answering. */
  resetConnection?: boolean;
  /**
   * Let the route run and keep its effect, then destroy the connection before the first byte of
   * the answer: the client cannot tell whether its write was applied.
   */
  dropAfterApply?: boolean;
  /**
   * Send only this fraction (0–1) of the answer body's bytes, with a Content-Length that matches
   * the cut body, so the HTTP exchange is clean but the JSON ends early. Streamed answers pass.
   */
  truncateBody?: number;
  /** Replace the answer body with syntactically broken JSON (status and JSON content type kept). */
  malformedJson?: boolean;
  /** Replace the answer's Content-Type, e.g. `text/html` on a JSON body. */
  contentType?: string;
  /** Send the answer body `bytes` at a time, one piece every `intervalMs` (streamed answers too). */
  trickle?: { bytes: number; intervalMs: number };
  /** Apply to the next N matching requests, then drop the rule; default: unlimited. */
  times?: number;
}

/** What a rule did to one request, for observers (tests, the soak's write accounting). */
export interface FaultEvent {
  /**
   * `delay`: only waited; `reset`, `hang`, `status`: answered instead of the route (it never ran);
   * `dropAfterApply`: the answer (`status`) was produced and then dropped with the connection;
   * `answer`: the answer was altered (truncated, malformed, relabelled or trickled).
   */
  effect: 'delay' | 'reset' | 'hang' | 'status' | 'dropAfterApply' | 'answer';
  method: string;
  path: string;
  /** The status injected (`status`) or produced by the route and then dropped or altered. */
  status?: number;
  /** The request-log entry of this request (same object as in `log.entries`), when logged. */
  request?: LoggedRequest;
  rule: FaultRule;
}

export type FaultListener = (event: FaultEvent) => void;

export interface FaultInjectorOptions {
  /** Seed of the generator behind `probability`, `statuses` and jitter; default DEFAULT_FAULT_SEED. */
  seed?: number;
}

/** Default seed: runs are repeatable unless a seed is given. */
export const DEFAULT_FAULT_SEED = 0x5eed;

/** Mulberry32 (simulators/core/random.ts): seedable floats in [0, 1). Not for cryptography. */
export const seededRandom = rng;

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

/**
 * Rules are kept newest first, so a later `set` overrides an earlier one for the requests both
 * match while the earlier one still applies elsewhere. Also holds the latency every request gets
 * (fixed plus jitter), which `clear()` leaves alone.
 */
export class FaultInjector {
  #rules: ActiveRule[] = [];
  #random: () => number;
  #latencyMs = 0;
  #jitterMs = 0;
  readonly #listeners = new Set<FaultListener>();

  constructor(options: FaultInjectorOptions = {}) {
    this.#random = seededRandom(options.seed ?? DEFAULT_FAULT_SEED);
  }

  set(rule: FaultRule): void {
    this.#rules.unshift({ rule: { ...rule }, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  /** Removes every rule; the base latency stays. */
  clear(): void {
    this.#rules = [];
  }

  /** Restarts the generator, e.g. before a test that depends on the draws. */
  reseed(seed: number): void {
    this.#random = seededRandom(seed);
  }

  /** A draw in [0, 1) from the seeded generator. */
  random(): number {
    return this.#random();
  }

  /** Latency added to every request before any rule: `latencyMs` plus uniform [0, jitterMs]. */
  setLatency(latency: { latencyMs?: number; jitterMs?: number }): void {
    if (latency.latencyMs !== undefined) this.#latencyMs = Math.max(0, latency.latencyMs);
    if (latency.jitterMs !== undefined) this.#jitterMs = Math.max(0, latency.jitterMs);
  }

  get latency(): { latencyMs: number; jitterMs: number } {
    return { latencyMs: this.#latencyMs, jitterMs: this.#jitterMs };
  }

  /** The base latency for the next request. */
  nextLatencyMs(): number {
    return this.#latencyMs + (this.#jitterMs > 0 ? this.#random() * this.#jitterMs : 0);
  }

  /** The rule to apply to this request, if any; counts the use against `times`. */
  take(method: string, path: string): FaultRule | undefined {
    const upper = method.toUpperCase();
    for (const active of this.#rules) {
      const { rule } = active;
      if (rule.method !== undefined && rule.method.toUpperCase() !== upper) continue;
      if (rule.path !== undefined && path.search(rule.path) === -1) continue;
      if (rule.probability !== undefined && this.#random() >= rule.probability) continue;
      active.remaining -= 1;
      if (active.remaining <= 0) this.#rules = this.#rules.filter((candidate) => candidate !== active);
      return rule;
    }
    return undefined;
  }

  /** Observes every applied rule; returns the function that stops observing. */
  onApplied(listener: FaultListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Called by the server once it knows what a rule did. */
  notify(event: FaultEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the rule changes the answer after it was produced (so the server must see it in onSend). */
export function hasAnswerFault(rule: FaultRule): boolean {
  return (
    rule.dropAfterApply === true ||
    rule.truncateBody !== undefined ||
    rule.malformedJson === true ||
    rule.contentType !== undefined ||
    rule.trickle !== undefined
  );
}

/** The request a rule is being applied to, as the server knows it. */
export interface FaultTarget {
  rule: FaultRule;
  method: string;
  path: string;
  request: LoggedRequest | undefined;
}

/**
 * Carries out the part of a rule that comes before the route, inside an `onRequest` hook. Returns
 * true when the fault answered (or swallowed) the request, so the caller must stop the lifecycle.
 */
export async function applyFault(
  target: FaultTarget,
  request: FastifyRequest,
  reply: FastifyReply,
  errorBody: (error: ErrorDescription) => unknown,
  injector: FaultInjector,
): Promise<boolean> {
  const { rule } = target;
  const event = (effect: FaultEvent['effect'], status?: number): FaultEvent => ({
    effect,
    method: target.method,
    path: target.path,
    rule,
    ...(status === undefined ? {} : { status }),
    ...(target.request === undefined ? {} : { request: target.request }),
  });
  const delay = (rule.delayMs ?? 0) + (rule.jitterMs ? injector.random() * rule.jitterMs : 0);
  if (delay > 0) await sleep(delay);
  if (rule.resetConnection === true) {
    // hijack first so Fastify never tries to write to the dead socket
    reply.hijack();
    destroySocket(request);
    injector.notify(event('reset'));
    return true;
  }
  if (rule.hang === true) {
    // nothing is written; the server's forced close on shutdown ends the connection
    reply.hijack();
    injector.notify(event('hang'));
    return true;
  }
  const status = pickStatus(rule, injector);
  if (status === undefined) {
    if (!hasAnswerFault(rule)) injector.notify(event('delay'));
    return false;
  }
  // answer faults on an injected answer are reported from onSend
  if (!hasAnswerFault(rule)) injector.notify(event('status', status));
  if (rule.retryAfterSeconds !== undefined) reply.header('retry-after', String(rule.retryAfterSeconds));
  reply.code(status);
  if (rule.body === undefined) {
    await reply.send(errorBody({ status, message: STATUS_CODES[status] ?? 'Injected fault' }));
  } else {
    await reply.type(looksLikeJson(rule.body) ? 'application/json' : 'text/plain').send(rule.body);
  }
  return true;
}

function pickStatus(rule: FaultRule, injector: FaultInjector): number | undefined {
  if (rule.statuses !== undefined && rule.statuses.length > 0) {
    const index = Math.min(rule.statuses.length - 1, Math.floor(injector.random() * rule.statuses.length));
    return rule.statuses[index];
  }
  return rule.status;
}

function destroySocket(request: FastifyRequest): void {
  const { socket } = request.raw;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

/** Not valid JSON in any parser, but looks like the start of an object. */
export const MALFORMED_JSON = '{"detail": "injected fault", "results": [1, 2,, }';

/**
 * Carries out the answer faults inside an `onSend` hook: returns the payload to send instead.
 * For `dropAfterApply` the connection is destroyed here, after the route ran; Fastify's write to
 * the dead socket is then a no-op, so nothing reaches the client.
 */
export function applyAnswerFault(
  target: FaultTarget,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  injector: FaultInjector,
): unknown {
  const { rule } = target;
  const notify = (effect: FaultEvent['effect']): void =>
    injector.notify({
      effect,
      method: target.method,
      path: target.path,
      rule,
      status: reply.statusCode,
      ...(target.request === undefined ? {} : { request: target.request }),
    });
  if (rule.dropAfterApply === true) {
    notify('dropAfterApply');
    destroySocket(request);
    return payload;
  }
  let body = payload;
  if (rule.malformedJson === true) {
    body = MALFORMED_JSON;
    if (!String(reply.getHeader('content-type') ?? '').includes('json'))
      reply.header('content-type', 'application/json; charset=utf-8');
  } else if (rule.truncateBody !== undefined && (typeof body === 'string' || Buffer.isBuffer(body))) {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const keep = Math.floor(bytes.length * Math.min(1, Math.max(0, rule.truncateBody)));
    body = bytes.subarray(0, keep);
  }
  if (rule.malformedJson === true || rule.truncateBody !== undefined) reply.removeHeader('content-length');
  if (rule.contentType !== undefined) reply.header('content-type', rule.contentType);
  if (rule.trickle !== undefined) body = trickled(body, rule.trickle, reply);
  notify('answer');
  return body;
}

function trickled(
  payload: unknown,
  trickle: { bytes: number; intervalMs: number },
  reply: FastifyReply,
): unknown {
  const size = Math.max(1, Math.floor(trickle.bytes));
  const interval = Math.max(0, trickle.intervalMs);
  const pause = (): Promise<void> =>
    new Promise((resolve) => {
      setTimeout(resolve, interval).unref();
    });
  async function* pieces(source: AsyncIterable<unknown> | Iterable<Buffer>): AsyncGenerator<Buffer> {
    let first = true;
    for await (const chunk of source) {
      const bytes = toBuffer(chunk);
      for (let offset = 0; offset < bytes.length; offset += size) {
        if (!first) await pause();
        first = false;
        yield bytes.subarray(offset, offset + size);
      }
    }
  }
  if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    // the length is known: the client sees a normal answer that just arrives slowly
    reply.header('content-length', String(bytes.length));
    return Readable.from(pieces([bytes]), { objectMode: false });
  }
  if (payload instanceof Readable) return Readable.from(pieces(payload), { objectMode: false });
  return payload;
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a valid regular expression' },
);

const httpStatus = z.number().int().min(100).max(599);

const faultRuleJson = z
  .object({
    path: regexSource.optional(),
    method: z.string().min(1).optional(),
    probability: z.number().min(0).max(1).optional(),
    status: httpStatus.optional(),
    statuses: z.array(httpStatus).min(1).optional(),
    body: z.string().optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    delayMs: z.number().min(0).optional(),
    jitterMs: z.number().min(0).optional(),
    hang: z.boolean().optional(),
    resetConnection: z.boolean().optional(),
    dropAfterApply: z.boolean().optional(),
    truncateBody: z.number().min(0).max(1).optional(),
    malformedJson: z.boolean().optional(),
    contentType: z.string().min(1).optional(),
    trickle: z
      .object({ bytes: z.number().int().min(1), intervalMs: z.number().min(0) })
      .strict()
      .optional(),
    times: z.number().int().min(1).optional(),
  })
  .strict();

/**
 * Parses the JSON form of a rule (admin endpoint, `SIM_<PLATFORM>_FAULTS`), where `path` is a
 * regular expression source.
 */
export function parseFaultRule(input: unknown): FaultRule {
  const parsed = faultRuleJson.parse(input);
  const { path, ...rest } = parsed;
  return path === undefined ? rest : { ...rest, path: new RegExp(path) };
}
