import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, startStack, type Stack } from '../support/stack.js';
import { expectRateLimited } from '../support/rateLimit.js';

/** Limits that keep one request from making the gateway (and the platforms) do unbounded work. */
describe('query limits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { MAX_QUERY_DEPTH: '8', MAX_ALIASES: '5', MAX_TOKENS: '400', MAX_QUERY_COST: '3000' },
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  const nested = (levels: number): string => {
    let inner = 'name';
    for (let i = 0; i < levels; i += 1) inner = `trainingDatasets { nodes { challenge { ${inner} } } }`;
    return `{ crowdcent { challenge(slug: "hyperliquid-ranking") { ${inner} } } }`;
  };

  it('refuses a query nested deeper than the limit with QUERY_TOO_COMPLEX and no upstream call', async () => {
    stack.sim.log.reset();
    const { status, body } = await stack.gql(nested(3), undefined, { 'x-crowdcent-api-key': ALICE });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      message: expect.stringMatching(/deeper than 8/),
    });
    expect(stack.sim.log.entries).toHaveLength(0);
  });

  it('accepts a query within every limit', async () => {
    const { body } = await stack.gql(nested(1), undefined, { 'x-crowdcent-api-key': ALICE });
    expect(body.errors).toBeUndefined();
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = await stack.gql(
      `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: platforms { name }`).join(' ')} }`,
    );
    expect(aliases.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const tokens = await stack.gql(
      `{ platforms { ${Array.from({ length: 500 }, () => 'name').join(' ')} } }`,
    );
    expect(tokens.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose cost is over the limit', async () => {
    const { body } = await stack.gql(
      `{ challenges(first: 100) { nodes { ... on CrowdCentChallenge { trainingDatasets(first: 100) { nodes { challenge { submissions(first: 100) { nodes { scores { metric value } } } } } } } } } }`,
      undefined,
      { 'x-crowdcent-api-key': ALICE },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('per-client rate limit', () => {
  it('answers RATE_LIMITED with Retry-After past the limit, and health checks stay exempt', async () => {
    const stack = await startStack({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      for (let i = 0; i < 3; i += 1) expect((await stack.gql(`{ platforms { name } }`)).status).toBe(200);
      const limited = await stack.gql(`{ platforms { name } }`);
      expect(limited.status).toBe(429);
      expectRateLimited(limited, 3);
      const health = await request(`${stack.url}/healthz`);
      expect(health.statusCode).toBe(200);
      await health.body.dump();
    } finally {
      await stack.close();
    }
  });

  it('shares the count between two replicas on Redis', async () => {
    const namespace = `rl-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const env = {
      RATE_LIMIT_PER_MINUTE: '4',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CACHE_NAMESPACE: namespace,
    };
    const one = await startStack({ env });
    const two = await startStack({ env, sim: one.sim });
    try {
      for (let i = 0; i < 2; i += 1) expect((await one.gql(`{ platforms { name } }`)).status).toBe(200);
      for (let i = 0; i < 2; i += 1) expect((await two.gql(`{ platforms { name } }`)).status).toBe(200);
      expect((await one.gql(`{ platforms { name } }`)).status).toBe(429);
      expect((await two.gql(`{ platforms { name } }`)).status).toBe(429);
    } finally {
      await two.close();
      await one.close();
    }
  });
});

describe('production defaults', () => {
  it('turns introspection, GraphiQL and field suggestions off', async () => {
    const stack = await startStack({ env: { NODE_ENV: 'production' } });
    try {
      const introspection = await stack.gql(`{ __schema { types { name } } }`);
      expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await stack.gql(`{ platformz { name } }`);
      expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const page = await request(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.body.text()).not.toContain('graphiql');
      expect(page.statusCode).toBeGreaterThanOrEqual(400);
    } finally {
      await stack.close();
    }
  });
});
