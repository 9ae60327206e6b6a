import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_SCENARIOS, steadyMinimumCalls, type CallScenario } from '../../bench/scenarios.js';
import {
  PLATFORMS,
  countsOf,
  gatewayEnvFor,
  resetCounts,
  startBenchSimulators,
  totalOf,
  type BenchSimulators,
} from '../../bench/simulation.js';
import { createGateway } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';

/**
 * The benchmark's cold scenarios cost exactly the minimum number of upstream calls their platforms'
 * endpoints allow (bench/scenarios.ts declares each minimum and why). Counts are deterministic, so
 * they are asserted here; timings stay in `npm run bench`. Same simulators and seed as the
 * benchmark, latency 0. A fresh gateway (empty cache, no Arena session) answers its first query with
 * `minimumCalls`; a running one answers the same query with `Cache-Control: no-cache` (the
 * benchmark's steady-state cold read: every upstream read again, Arena's login not) with
 * `steadyMinimumCalls`.
 */
describe('benchmark scenarios cost the minimum upstream calls', () => {
  let simulators: BenchSimulators;

  beforeAll(async () => {
    simulators = await startBenchSimulators({ latencyMs: 0 });
  });
  afterAll(async () => {
    await simulators?.close();
  });

  /** Upstream calls of each run of the scenario's query with these headers, in one fresh gateway. */
  async function callsOf(
    scenario: CallScenario,
    runs: ReadonlyArray<Record<string, string>>,
  ): Promise<number[]> {
    const gateway = await createGateway(
      loadConfig({
        ...gatewayEnvFor(simulators.urls),
        LOG_LEVEL: 'silent',
        CROWDGRAPH_SECRET: 'bench-test-secret-bench-test-secret-0123',
      }),
    );
    try {
      await gateway.app.listen({ port: 0, host: '127.0.0.1' });
      const address = gateway.app.server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP port');
      const calls: number[] = [];
      for (const headers of runs) {
        resetCounts(simulators.logs);
        const response = await request(`http://127.0.0.1:${address.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: scenario.query }),
        });
        const body = (await response.body.json()) as { data?: unknown; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(response.statusCode).toBe(200);
        expect(scenario.check(body.data)).toBeUndefined();
        const counts = countsOf(simulators.logs);
        for (const platform of PLATFORMS) {
          if (!scenario.platforms.includes(platform)) expect(counts[platform], platform).toBe(0);
        }
        calls.push(totalOf(counts));
      }
      return calls;
    } finally {
      await gateway.close();
    }
  }

  it.each(CALL_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    'first query in a fresh gateway: %s',
    async (_id, scenario) => {
      expect(await callsOf(scenario, [{}])).toEqual([scenario.minimumCalls]);
    },
    30_000,
  );

  // A look-ahead read and the loader's read after it are one read for a no-cache request too
  // (arena-nested: the dataset and round lists start beside the job list).
  it.each(CALL_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    'no-cache read in a running gateway: %s',
    async (_id, scenario) => {
      const [, steady] = await callsOf(scenario, [{}, { 'cache-control': 'no-cache' }]);
      expect(steady).toBe(steadyMinimumCalls(scenario));
    },
    30_000,
  );
});
