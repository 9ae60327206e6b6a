/**
 * The measured upstream critical path of one cold sample: how long the upstream calls on the
 * dependent chain actually took to be served, from the simulators' timeline of the sample. No client
 * can answer sooner than that, so the cold target judges only what is left over (the gateway's own
 * time). Pure: the unit tests (test/unit/critical-path.test.ts) feed it hand-made timelines.
 */

/** One served call: when the simulator's handler saw it and when its last byte was written (one clock). */
export interface ServedInterval {
  startedMs: number;
  finishedMs: number;
}

export interface UpstreamCriticalPath<T extends ServedInterval = ServedInterval> {
  /** Summed served time (finishedMs − startedMs) of the chain's calls, ms; 0 for no calls. */
  ms: number;
  /** The chain, first call first; its length is the number of calls on the path. */
  chain: T[];
}

const servedMs = (call: ServedInterval): number => call.finishedMs - call.startedMs;

/**
 * The chain c1…cm (m ≤ `maxCalls`) with the largest summed served time where every call started
 * no earlier than its predecessor finished (c(i+1).startedMs ≥ c(i).finishedMs): a call can only
 * have depended on one that had answered when it was sent. The timeline says when calls ran, not
 * which one needed which, so this is the most the upstream can have cost a chain of the declared
 * depth; calls served in parallel count once (only the longest of them can be on a chain).
 *
 * Dynamic programming over the calls sorted by start: `best[j][i]` is the largest sum of a chain of
 * exactly j + 1 calls ending with call i. O(maxCalls × n²) for n calls; n is at most a few dozen.
 * Calls without a finite start and finish at or after it (never answered) are ignored. On a tie the
 * chain with fewer calls wins.
 */
export function upstreamCriticalPath<T extends ServedInterval>(
  timeline: readonly T[],
  maxCalls: number,
): UpstreamCriticalPath<T> {
  const calls = timeline
    .filter(
      (call) => Number.isFinite(call.startedMs) && Number.isFinite(call.finishedMs) && servedMs(call) >= 0,
    )
    .sort((a, b) => a.startedMs - b.startedMs || a.finishedMs - b.finishedMs);
  const depth = Math.min(Math.floor(maxCalls), calls.length);
  if (depth < 1) return { ms: 0, chain: [] };

  // best[j][i]: largest sum of a chain of j + 1 calls ending with calls[i] (-Infinity: none);
  // from[j][i]: the call before calls[i] on that chain.
  const best: number[][] = [calls.map(servedMs)];
  const from: number[][] = [calls.map(() => -1)];
  for (let j = 1; j < depth; j += 1) {
    const shorter = best[j - 1]!;
    const row = calls.map(() => Number.NEGATIVE_INFINITY);
    const link = calls.map(() => -1);
    calls.forEach((call, i) => {
      for (let p = 0; p < i; p += 1) {
        const before = shorter[p]!;
        if (calls[p]!.finishedMs <= call.startedMs && before + servedMs(call) > row[i]!) {
          row[i] = before + servedMs(call);
          link[i] = p;
        }
      }
    });
    best.push(row);
    from.push(link);
  }

  let bestMs = Number.NEGATIVE_INFINITY;
  let end = { length: 0, index: -1 };
  best.forEach((row, j) =>
    row.forEach((sum, i) => {
      if (sum > bestMs) {
        bestMs = sum;
        end = { length: j + 1, index: i };
      }
    }),
  );
  const chain: T[] = [];
  for (let j = end.length - 1, i = end.index; j >= 0 && i >= 0; i = from[j]![i]!, j -= 1) {
    chain.unshift(calls[i]!);
  }
  return { ms: bestMs, chain };
}

/** One timed cold sample, split into what the upstream took and what the gateway took. */
export interface ColdSample {
  /** The query's latency as the harness measured it, ms. */
  latencyMs: number;
  /** Measured upstream critical path (upstreamCriticalPath over the sample's timeline), ms. */
  upstreamMs: number;
  /** Calls on that path. */
  upstreamCalls: number;
  /** The gateway's own time: latencyMs − upstreamMs. */
  gatewayMs: number;
  /** Upstream calls the simulators saw during the sample. */
  calls: number;
}

/** A sample from its latency, its timeline and the scenario's declared chain of dependent calls. */
export function coldSampleOf(
  latencyMs: number,
  timeline: readonly ServedInterval[],
  dependentCalls: number,
  calls: number,
): ColdSample {
  const path = upstreamCriticalPath(timeline, dependentCalls);
  return {
    latencyMs,
    upstreamMs: path.ms,
    upstreamCalls: path.chain.length,
    gatewayMs: latencyMs - path.ms,
    calls,
  };
}
