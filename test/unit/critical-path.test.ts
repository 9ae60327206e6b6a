import { describe, expect, it } from 'vitest';
import { coldSampleOf, upstreamCriticalPath, type ServedInterval } from '../../bench/criticalPath.js';
import { coldChecks, criticalPathMs, TARGETS } from '../../bench/limits.js';
import { COLD_SCENARIOS, steadyDependentCalls, steadyMinimumCalls } from '../../bench/scenarios.js';

interface Call extends ServedInterval {
  name: string;
}

const call = (name: string, startedMs: number, finishedMs: number): Call => ({ name, startedMs, finishedMs });
const names = (chain: readonly Call[]): string[] => chain.map((c) => c.name);

describe('measured upstream critical path', () => {
  it('is 0 with no calls for an empty timeline', () => {
    expect(upstreamCriticalPath([], 3)).toEqual({ ms: 0, chain: [] });
  });

  it('counts calls served in parallel once: only the slowest of them is on the chain', () => {
    const timeline = [
      call('list', 0, 20),
      call('a', 21, 41),
      call('b', 21, 45),
      call('c', 22, 43),
      call('d', 21, 42),
    ];
    const path = upstreamCriticalPath(timeline, 2);
    expect(path.ms).toBe(20 + 24);
    expect(names(path.chain)).toEqual(['list', 'b']);
  });

  it('cuts a chain longer than the declared depth to its best k calls', () => {
    const timeline = [call('one', 0, 10), call('two', 10, 40), call('three', 40, 45), call('four', 45, 75)];
    const path = upstreamCriticalPath(timeline, 2);
    expect(path.ms).toBe(30 + 30);
    expect(names(path.chain)).toEqual(['two', 'four']);
    expect(upstreamCriticalPath(timeline, 4).ms).toBe(75);
    expect(upstreamCriticalPath(timeline, 1)).toMatchObject({ ms: 30 });
  });

  it('does not let a call follow one that had not finished when it started', () => {
    // 'late' starts 1 ms before 'first' finishes: it cannot have waited for it
    const timeline = [call('first', 0, 30), call('late', 29, 59), call('after', 30, 40)];
    const path = upstreamCriticalPath(timeline, 2);
    expect(path.ms).toBe(30 + 10);
    expect(names(path.chain)).toEqual(['first', 'after']);
  });

  it('lets a call follow one that finished exactly when it started', () => {
    expect(upstreamCriticalPath([call('a', 0, 20), call('b', 20, 40)], 2).ms).toBe(40);
  });

  it('finds the chain whatever order the timeline lists the calls in', () => {
    const timeline = [call('second', 25, 50), call('first', 0, 20), call('parallel', 1, 23)];
    expect(names(upstreamCriticalPath(timeline, 2).chain)).toEqual(['parallel', 'second']);
  });

  it('ignores calls that were never answered', () => {
    const timeline = [call('answered', 0, 20), call('hung', 20, Number.NaN)];
    expect(upstreamCriticalPath(timeline, 2)).toMatchObject({ ms: 20, chain: [{ name: 'answered' }] });
  });

  it('is 0 when the declared depth is 0', () => {
    expect(upstreamCriticalPath([call('a', 0, 20)], 0).ms).toBe(0);
  });
});

describe('cold sample and its checks', () => {
  const scenario = COLD_SCENARIOS[0]!;
  const timeline = [call('list', 0, 24), call('training', 25, 46), call('submissions', 25, 47)];
  const fresh = [coldSampleOf(90, timeline, 2, scenario.minimumCalls)];

  it("splits a sample's latency into the upstream critical path and the gateway's own time", () => {
    const sample = coldSampleOf(50, timeline, 2, 5);
    expect(sample).toEqual({ latencyMs: 50, upstreamMs: 46, upstreamCalls: 2, gatewayMs: 4, calls: 5 });
  });

  it("judges latency on the steady state's median gateway time and names both parts of that sample's latency", () => {
    const samples = [60, 50, 49].map((latency) => coldSampleOf(latency, timeline, 2, scenario.minimumCalls));
    const { latency } = coldChecks(scenario, samples, fresh);
    expect(latency.pass).toBe(true);
    expect(latency.target).toBe(`≤ upstream critical path + ${TARGETS.coldSlackMs} ms`);
    expect(latency.measured).toBe('50.0 ms = 46.0 ms upstream (2 calls) + 4.0 ms gateway');
    const slow = [60, 55, 70].map((l) => coldSampleOf(l, timeline, 2, scenario.minimumCalls));
    expect(coldChecks(scenario, slow, fresh).latency.pass).toBe(false);
    // the fresh-process samples are not judged on latency
    expect(coldChecks(scenario, samples, slow).latency.pass).toBe(true);
  });

  it('passes the calls check only when every sample, steady state and fresh process, made the minimum calls', () => {
    const counts = [scenario.minimumCalls, scenario.minimumCalls + 1];
    const samples = counts.map((calls) => coldSampleOf(50, timeline, 2, calls));
    expect(coldChecks(scenario, samples, fresh).calls.pass).toBe(false);
    expect(coldChecks(scenario, samples.slice(0, 1), fresh).calls.pass).toBe(true);
    expect(coldChecks(scenario, samples.slice(0, 1), samples).calls.pass).toBe(false);
    expect(coldChecks(scenario, [], fresh).calls.pass).toBe(false);
    expect(coldChecks(scenario, samples.slice(0, 1), []).calls.pass).toBe(false);
  });

  it("expects Arena's login only in a fresh process: steady state makes sessionCalls fewer calls", () => {
    const arena = COLD_SCENARIOS.find((s) => s.id === 'arena-nested')!;
    expect(steadyMinimumCalls(arena)).toBe(3);
    expect(steadyDependentCalls(arena)).toBe(1);
    expect(criticalPathMs(arena, 20)).toBe(20);
    const lists = [call('jobs', 0, 21), call('datasets', 0, 22), call('rounds', 1, 22)];
    const steady = [coldSampleOf(25, lists, steadyDependentCalls(arena), 3)];
    const freshArena = [coldSampleOf(70, lists, arena.dependentCalls, 5)];
    const checks = coldChecks(arena, steady, freshArena);
    expect(checks.calls.pass).toBe(true);
    expect(checks.calls.measured).toBe('3 steady state, 5 fresh process');
    expect(checks.latency.measured).toBe('25.0 ms = 22.0 ms upstream (1 call) + 3.0 ms gateway');
    expect(coldChecks(arena, freshArena, steady).calls.pass).toBe(false);
  });
});
