import { RequestTrace } from '../trace.js';

/**
 * A trace for a watcher's poll binding: its cached GETs skip a fresh cache hit. A watcher exists to
 * see the platform as it is now: answering its poll from a 15-second-old cache entry would hide the
 * very change it polls for. The read still goes through the UpstreamClient (retries, budget,
 * breaker, Retry-After) and still refreshes the shared cache, so the subscribers' own field reads
 * right after are fresh.
 */
export function freshReadTrace(): RequestTrace {
  return new RequestTrace({ readsFresh: 'poll' });
}
