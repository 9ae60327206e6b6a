import { RequestTrace } from '../trace.js';

/**
 * Traces whose cached GETs must skip a fresh cache hit. A watcher exists to see the platform as it
 * is now: answering its poll from a 15-second-old cache entry would hide the very change it polls
 * for. The read still goes through the UpstreamClient (retries, budget, breaker, Retry-After) and
 * still refreshes the shared cache, so the subscribers' own field reads right after are fresh.
 */
const freshTraces = new WeakSet<RequestTrace>();

/** A trace for a watcher's poll binding: its reads bypass the fresh-cache hit. */
export function freshReadTrace(): RequestTrace {
  const trace = new RequestTrace();
  freshTraces.add(trace);
  return trace;
}

export function readsFresh(trace: RequestTrace | undefined): boolean {
  return trace !== undefined && freshTraces.has(trace);
}
