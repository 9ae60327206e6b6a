import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  Clock,
  CredentialFingerprinter,
  GatewayMetrics,
  Generations,
  PlatformName,
  RequestTrace,
  ResponseCache,
  WholeResponse,
} from '../datasources/core/index.js';
import type { GatewayContext } from '../resolvers/index.js';
import { CREDENTIAL_HEADERS } from '../resolvers/index.js';
import { asksForFreshData } from './freshness.js';

/** Answers that would stay fresh for less than this are not stored. */
const MIN_FRESH_MS = 1_000;

/** What a cache miss carries from lookup to storing: the key and the generations current before it ran. */
interface Ticket {
  key: string;
  generations: Generations;
  /** Set once the answer is known to be reusable. */
  store?: { freshUntil: number; platforms: readonly PlatformName[]; operation: string };
}

/** A hit's metric children for one operation label. */
interface OperationCounters {
  requests: ReturnType<GatewayMetrics['graphqlRequests']['labels']>;
  duration: ReturnType<GatewayMetrics['graphqlDuration']['labels']>;
}

export interface WholeResponsesOptions {
  cache: ResponseCache;
  fingerprinter: CredentialFingerprinter;
  clock: Clock;
  metrics: GatewayMetrics;
  label: (name: string | null | undefined) => string;
}

/**
 * The warm path: a query answered before, by a caller of the same cache scope, is replayed as the
 * bytes sent then — no parsing, validation, execution or serialization (DESIGN §10).
 *
 * Correctness rests on three rules. The key covers everything that shapes the answer: the request
 * body, the `accept` header (content type), the host (file links) and a fingerprint of every
 * credential header, so one caller's answer never reaches another (DESIGN §5). An answer is stored
 * only when every upstream read behind it came from (or went into) the shared cache and nothing
 * failed, and only until the first of those reads goes stale. Every write the gateway sends to a
 * platform voids the answers that read that platform (write generations, shared through Redis when
 * configured), so a client reads its own writes. A request with `Cache-Control: no-cache` is never
 * answered from here.
 */
export class WholeResponses {
  readonly #options: WholeResponsesOptions;
  readonly #tickets = new WeakMap<FastifyRequest, Ticket>();
  /** By the context's trace: Apollo hands plugins a shallow copy of the context, not the object built. */
  readonly #byTrace = new WeakMap<RequestTrace, Ticket>();

  /** Label-bound metric children: resolving label values on every hit was a visible share of it. */
  readonly #hits: ReturnType<GatewayMetrics['wholeResponses']['labels']>;
  readonly #perOperation = new Map<string, OperationCounters>();

  constructor(options: WholeResponsesOptions) {
    this.#options = options;
    this.#hits = options.metrics.wholeResponses.labels({ result: 'hit' });
  }

  #countersFor(operation: string): OperationCounters {
    let counters = this.#perOperation.get(operation);
    if (!counters) {
      // Operation labels are already bounded (operationLabeler), so this map is too.
      counters = {
        requests: this.#options.metrics.graphqlRequests.labels({ operation, outcome: 'ok' }),
        duration: this.#options.metrics.graphqlDuration.labels({ operation }),
      };
      this.#perOperation.set(operation, counters);
    }
    return counters;
  }

  /**
   * Replays a stored answer and returns true, or records what is needed to store this request's
   * answer and returns false. Only JSON POSTs are eligible: they are CSRF-safe (preflighted), and
   * GET and multipart requests are rare on the warm path.
   */
  async serve(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    // While the backend fails (Redis gone), each lookup would wait for it: the data cache's own
    // operations find out when it is back.
    if (!this.#options.cache.healthy) return false;
    const key = this.#keyOf(request);
    if (key === undefined) return false;
    const started = performance.now();
    const found = await this.#options.cache.getWhole(key, this.#options.clock.now());
    if (!found) return false;
    const { hit, generations } = found;
    // A caller asking for current data is answered by executing; its fresh answer may be stored.
    if (!hit || asksForFreshData(request.headers)) {
      this.#options.metrics.wholeResponses.inc({ result: 'miss' });
      this.#tickets.set(request, { key, generations });
      return false;
    }
    this.#hits.inc();
    const counted = this.#countersFor(hit.operation);
    counted.requests.inc();
    counted.duration.observe((performance.now() - started) / 1_000);
    // Apollo's own header for an answer without cache hints: per-caller data, never in a shared HTTP cache.
    // Not awaited: awaiting a reply waits for the socket to finish writing (an end-of-stream listener
    // per request) and nothing after this depends on it.
    void reply.code(200).header('cache-control', 'no-store').type(hit.contentType).send(hit.bytes);
    return true;
  }

  /** Ties a miss's ticket to the context its execution runs with (the plugin sees only the context). */
  attach(request: FastifyRequest, context: GatewayContext): void {
    const ticket = this.#tickets.get(request);
    if (ticket) this.#byTrace.set(context.trace, ticket);
  }

  /** Decides, once the answer is complete, whether it may be replayed, and for how long. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, operationName, request, response }) => {
          const ticket = this.#byTrace.get(contextValue.trace);
          if (!ticket) return;
          if (operation?.operation !== 'query' || response.body.kind !== 'single') return;
          if ((response.body.singleResult.errors?.length ?? 0) > 0) return;
          if (contextValue.partialErrors.errors.length > 0) return;
          const freshUntil = contextValue.trace.reusableUntil;
          if (freshUntil === undefined || freshUntil - this.#options.clock.now() < MIN_FRESH_MS) return;
          ticket.store = {
            freshUntil,
            platforms: [...contextValue.trace.cachedReads],
            operation: this.#options.label(operationName ?? request.operationName),
          };
        },
      }),
    };
  }

  /**
   * onSend: stores the bytes about to go out when the plugin said they may be replayed. Nothing to
   * do (every hit, every uncacheable answer) is answered synchronously.
   */
  store(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> | undefined {
    const ticket = this.#tickets.get(request);
    if (!ticket?.store || reply.statusCode !== 200 || typeof payload !== 'string') return undefined;
    const contentType = reply.getHeader('content-type');
    if (typeof contentType !== 'string') return undefined;
    const generations: WholeResponse['generations'] = {};
    for (const platform of ticket.store.platforms) generations[platform] = ticket.generations[platform];
    const { freshUntil, operation } = ticket.store;
    const now = this.#options.clock.now();
    return this.#options.cache
      .setWhole(ticket.key, { body: payload, contentType, operation, generations }, freshUntil, now)
      .then(() => {
        this.#options.metrics.wholeResponses.inc({ result: 'stored' });
      });
  }

  #keyOf(request: FastifyRequest): string | undefined {
    if (request.method !== 'POST') return undefined;
    const contentType = request.headers['content-type'];
    if (typeof contentType !== 'string' || !contentType.startsWith('application/json')) return undefined;
    const body: unknown = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    let key = `${JSON.stringify(body)}\0${headerText(request.headers.accept)}\0${headerText(request.headers.host)}`;
    for (const name of CREDENTIAL_HEADERS) {
      const value = request.headers[name];
      // Fingerprints, not credentials: keys live in the LRU and may be sent to Redis.
      key +=
        value === undefined ? '\0-' : `\0${this.#options.fingerprinter.fingerprint(name, headerText(value))}`;
    }
    // In memory the text itself is the key (hashing it cost more than the lookup); Redis gets a digest.
    return this.#options.cache.backend === 'memory'
      ? key
      : createHash('sha256').update(key).digest('base64url');
  }
}

function headerText(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : value;
}
