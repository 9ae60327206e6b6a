import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, ManualClock, at, startStack, type Stack } from '../support/stack.js';

const asAlice = { 'x-crowdcent-api-key': ALICE };
const LIST = `{ crowdcent { challenges { totalCount } } platforms { name breaker } }`;

/** A failing platform is short-circuited: its fields fail fast while the rest of the query answers. */
describe('circuit breaker per platform', () => {
  let stack: Stack;
  const clock = new ManualClock();
  beforeEach(async () => {
    stack = await startStack({ clock, env: { BREAKER_FAILURES: '3', BREAKER_OPEN_SECONDS: '30' } });
  });
  afterEach(async () => {
    await stack.close();
  });

  const breakerOf = (body: unknown) =>
    (at(body, 'platforms') as Array<{ name: string; breaker: string }>).find((p) => p.name === 'CROWDCENT')
      ?.breaker;

  it('opens after repeated failures, fails fast without calling, then recovers through a probe', async () => {
    stack.sim.faults.set({ path: /^\/api\/challenges\/$/, status: 503 });
    const failing = await stack.gql(LIST, undefined, asAlice);
    expect(failing.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(stack.sim.log.count({ path: /^\/api\/challenges\/$/ })).toBe(3);
    // Root fields resolve in parallel: ask for the breaker in a request of its own.
    expect(breakerOf((await stack.gql(`{ platforms { name breaker } }`)).body.data)).toBe('OPEN');

    stack.sim.log.reset();
    const shortCircuited = await stack.gql(LIST, undefined, asAlice);
    expect(shortCircuited.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      platform: 'CROWDCENT',
    });
    expect(shortCircuited.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // The rest of the query still answers.
    expect(at(shortCircuited.body.data, 'platforms')).toBeDefined();
    expect(stack.sim.log.entries).toHaveLength(0);

    const metrics = await (await request(`${stack.url}/metrics`)).body.text();
    expect(metrics).toMatch(/crowdgraph_breaker_state\{platform="CROWDCENT"\} 2/);
    expect(metrics).toMatch(/crowdgraph_breaker_transitions_total\{platform="CROWDCENT",to="OPEN"\} 1/);

    stack.sim.faults.clear();
    clock.advance(31_000);
    const recovered = await stack.gql(LIST, undefined, asAlice);
    expect(recovered.body.errors).toBeUndefined();
    expect(stack.sim.log.count({ path: /^\/api\/challenges\/$/ })).toBe(1);
    expect(breakerOf((await stack.gql(`{ platforms { name breaker } }`)).body.data)).toBe('CLOSED');
  });

  it('serves cached data marked stale while the circuit is open', async () => {
    const warm = await stack.gql(`{ crowdcent { challenges { totalCount } } }`, undefined, asAlice);
    expect(warm.body.errors).toBeUndefined();
    clock.advance(120_000); // past the 60 s freshness of the list
    stack.sim.faults.set({ path: /^\/api\//, status: 502 });
    await stack.gql(`{ crowdcent { viewer { username } } }`, undefined, asAlice); // trips the breaker (3 failures)
    stack.sim.log.reset();
    const stale = await stack.gql(`{ crowdcent { challenges { totalCount } } }`, undefined, asAlice);
    expect(at(stale.body.data, 'crowdcent', 'challenges', 'totalCount')).toBe(2);
    expect(stale.body.extensions?.stale).toEqual(['CROWDCENT']);
    expect(stack.sim.log.entries).toHaveLength(0);
  });
});
