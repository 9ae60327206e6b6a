import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_SCENARIOS } from '../../bench/scenarios.js';
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
 * benchmark, latency 0, a fresh gateway (empty cache) per scenario.
 */
describe('benchmark scenarios cost the minimum upstream calls', () => {
  let simulators: BenchSimulators;

  beforeAll(async () => {
    simulators = await startBenchSimulators({ latencyMs: 0 });
  });
  afterAll(async () => {
    await simulators?.close();
  });

  it.each(CALL_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s',
    async (_id, scenario) => {
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
        resetCounts(simulators.logs);
        const response = await request(`http://127.0.0.1:${address.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
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
        expect(totalOf(counts)).toBe(scenario.minimumCalls);
      } finally {
        await gateway.close();
      }
    },
    30_000,
  );
});
