import { createClient as createWsClient, type Client } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

/** One subscription's results as they arrive, with its end (complete or error). */
export interface Subscriber {
  results: Array<{
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  }>;
  /** Resolves once the server completed the subscription (or the transport failed: `error` is set). */
  ended: Promise<void>;
  error: unknown;
  /** Waits until at least `count` results arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  unsubscribe(): void;
}

type Sink = Parameters<Client['subscribe']>[1];

function subscriber(start: (sink: Sink) => () => void): Subscriber {
  const listeners = new Set<() => void>();
  let endResolve: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    endResolve = resolve;
  });
  const state: Subscriber = {
    results: [],
    ended,
    error: undefined,
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (state.results.length >= count) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `waited for ${count} results, got ${state.results.length}: ${JSON.stringify(state.results)}`,
            ),
          );
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    unsubscribe: () => undefined,
  };
  state.unsubscribe = start({
    next: (value) => {
      state.results.push(value as Subscriber['results'][number]);
      for (const listener of [...listeners]) listener();
    },
    error: (error) => {
      state.error = error;
      endResolve();
    },
    complete: () => endResolve(),
  });
  return state;
}

/** A graphql-ws client on the gateway's /graphql; credentials go in connectionParams. */
export function wsClient(origin: string, connectionParams: Record<string, string> = {}): Client {
  return createWsClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

export function wsSubscribe(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscriber {
  return subscriber((sink) => client.subscribe({ query, variables }, sink));
}

/** A GraphQL-over-SSE subscription (distinct connections mode); credentials as request headers. */
export function sseSubscribe(
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Subscriber {
  const client = createSseClient({ url: `${origin}/graphql`, headers, retryAttempts: 0 });
  return subscriber((sink) => {
    const stop = client.subscribe({ query, variables }, sink);
    return () => {
      stop();
      client.dispose();
    };
  });
}
