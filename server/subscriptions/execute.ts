import type { ExecutionArgs, ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { graphql } from './graphql.js';
import type { GatewayContext } from '../../resolvers/index.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface SubscribeOptions {
  /** A fresh context per event: per-request loaders must not serve one event's reads to the next. */
  freshContext: () => GatewayContext;
  /** The gateway's one masking boundary (server/errors.ts). */
  formatError: FormatError;
  /** Called once when a started stream ends (completed, unsubscribed or failed). */
  onEnd?: () => void;
}

/**
 * Errors after masking, as GraphQLErrors again: both transports serialize errors with `toJSON`,
 * which then yields exactly the masked message, path and extensions.
 */
export function maskErrors(
  errors: ReadonlyArray<GraphQLError> | undefined,
  formatError: FormatError,
): GraphQLError[] | undefined {
  if (!errors || errors.length === 0) return undefined;
  return errors.map((error) => {
    const formatted = formatError(error.toJSON(), error);
    return new graphql.GraphQLError(formatted.message, {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.extensions ? { extensions: formatted.extensions } : {}),
    });
  });
}

function masked(result: ExecutionResult, formatError: FormatError): ExecutionResult {
  const errors = maskErrors(result.errors, formatError);
  return { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors ? { errors } : {}) };
}

/** The object an event is about (its global id), so a list's jobs are compared one by one. */
function keyOf(event: unknown): string {
  if (typeof event === 'object' && event !== null && 'key' in event && typeof event.key === 'string')
    return event.key;
  return '';
}

/** An event that only says its object left the stream (resolvers/subscriptions.ts, `forget`). */
function isForget(event: unknown): boolean {
  return typeof event === 'object' && event !== null && 'kind' in event && event.kind === 'forget';
}

const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });

/**
 * GraphQL's subscribe, with two changes. Each event runs the subscriber's selection with a fresh
 * context; and a result whose JSON equals the last one sent to this subscriber for the same object
 * is dropped — the watcher emits when anything about the object changed, the subscriber hears only
 * when something it selected did. A `forget` event (its object left a watched list) drops that
 * record and is not executed. `return()` reaches the watcher at once (a generator's would wait
 * for the next event), so it stops polling when its last subscriber leaves.
 */
export async function subscribeDeduplicated(
  args: ExecutionArgs,
  options: SubscribeOptions,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await graphql.createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return masked(source, options.formatError);
  const events = source[Symbol.asyncIterator]();
  const lastSent = new Map<string, string>();
  let finished = false;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    options.onEnd?.();
  };
  const stream: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      while (!finished) {
        const event = await events.next();
        if (event.done) break;
        if (isForget(event.value)) {
          // A job that left a watched list: nothing to send, and nothing left to compare with.
          lastSent.delete(keyOf(event.value));
          continue;
        }
        let result: ExecutionResult;
        try {
          result = masked(
            await graphql.execute({ ...args, rootValue: event.value, contextValue: options.freshContext() }),
            options.formatError,
          );
        } catch (error) {
          finished = true;
          await events.return?.();
          end();
          return { value: masked({ errors: [toGraphQLError(error)] }, options.formatError), done: false };
        }
        const key = keyOf(event.value);
        const json = JSON.stringify(result);
        if (lastSent.get(key) === json) continue;
        lastSent.set(key, json);
        return { value: result, done: false };
      }
      finished = true;
      end();
      return done();
    },
    async return() {
      finished = true;
      await events.return?.();
      end();
      return done();
    },
    async throw() {
      finished = true;
      await events.return?.();
      end();
      return done();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof graphql.GraphQLError) return error;
  return new graphql.GraphQLError('Unexpected error.', {
    originalError: error instanceof Error ? error : undefined,
  });
}
