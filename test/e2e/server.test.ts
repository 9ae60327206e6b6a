import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, startStack, type Stack } from '../support/stack.js';

describe('gateway HTTP surface', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { CROWDCENT_API_KEY: ALICE } });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('uses server-side credentials when the caller sends none', async () => {
    const { body } = await stack.gql(`{ crowdcent { viewer { username } } }`);
    expect(body.data).toEqual({ crowdcent: { viewer: { username: 'alice' } } });
  });

  it('answers GET /graphql queries for JSON clients and serves GraphiQL to browsers', async () => {
    const query = encodeURIComponent('{ platforms { name } }');
    // GET is a "simple" request: CSRF prevention wants a preflight header on it.
    const blocked = await request(`${stack.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    });
    expect(blocked.statusCode).toBe(400);
    await blocked.body.dump();
    const json = await request(`${stack.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(json.statusCode).toBe(200);
    const listed = (await json.body.json()) as { data: { platforms: Array<{ name: string }> } };
    expect(listed.data.platforms[0]).toEqual({ name: 'CROWDCENT' });
    const html = await request(`${stack.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(html.statusCode).toBe(200);
    const page = await html.body.text();
    expect(page).toContain('<div id="graphiql"');
    expect(page).not.toMatch(/https?:\/\//);
    expect(html.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('echoes a well-formed x-request-id and generates one otherwise', async () => {
    const given = await request(`${stack.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    await given.body.dump();
    const generated = await request(`${stack.url}/healthz`, {
      headers: { 'x-request-id': 'bad id\twith tab' },
    });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await generated.body.dump();
  });

  it('reports health, readiness of the cache backend, and Prometheus metrics', async () => {
    const health = await request(`${stack.url}/healthz`);
    expect(await health.body.json()).toEqual({ status: 'ok' });
    const ready = await request(`${stack.url}/readyz`);
    expect(ready.statusCode).toBe(200);
    expect(await ready.body.json()).toMatchObject({
      status: 'ready',
      cache: { backend: 'memory', ok: true },
    });

    await stack.gql(`query Dashboard { crowdcent { challenges { totalCount } } }`);
    await stack.gql(`query Dashboard { crowdcent { challenges { totalCount } } }`);
    // Another selection of the same data: not replayable whole, served by the upstream cache.
    await stack.gql(`query Dashboard { crowdcent { challenges { totalCount nodes { slug } } } }`);
    const metrics = await (await request(`${stack.url}/metrics`)).body.text();
    expect(metrics).toMatch(
      /crowdgraph_upstream_requests_total\{platform="CROWDCENT",method="GET",status="200"\} [1-9]/,
    );
    expect(metrics).toMatch(
      /crowdgraph_cache_requests_total\{platform="CROWDCENT",resource="challenges",result="hit"\} [1-9]/,
    );
    expect(metrics).toMatch(
      /crowdgraph_cache_requests_total\{platform="CROWDCENT",resource="challenges",result="miss"\} [1-9]/,
    );
    expect(metrics).toMatch(/crowdgraph_graphql_requests_total\{operation="Dashboard",outcome="ok"\} 3/);
    expect(metrics).toMatch(/crowdgraph_whole_response_cache_total\{result="hit"\} 1/);
    expect(metrics).not.toContain(ALICE);
  });

  it('masks unexpected errors and keeps stack traces out of responses', async () => {
    const { body, text } = await stack.gql(
      `{ nodes(ids: ${JSON.stringify(Array.from({ length: 101 }, () => 'x'))}) { id } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('refuses query batching and non-JSON posts (CSRF prevention)', async () => {
    const batch = await request(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ platforms { name } }' }, { query: '{ platforms { name } }' }]),
    });
    expect(batch.statusCode).toBe(400);
    await batch.body.dump();
    const simple = await request(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ platforms { name } }' }),
    });
    expect(simple.statusCode).toBeGreaterThanOrEqual(400);
    expect(simple.statusCode).toBeLessThan(500);
    await simple.body.dump();
  });

  it('parses multipart uploads on /graphql only', async () => {
    const multipart = (path: string) =>
      request(`${stack.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--\r\n',
      });
    // On /graphql the uploads hook answers first: no preflight header, no parsing.
    const graphql = await multipart('/graphql');
    expect(graphql.statusCode).toBe(400);
    expect(await graphql.body.text()).toContain('apollo-require-preflight');
    // Elsewhere it never runs: the route's own answer (no POST route here) comes back.
    const metrics = await multipart('/metrics');
    expect(metrics.statusCode).toBe(404);
    expect(await metrics.body.text()).not.toContain('apollo-require-preflight');
  });
});

describe('readiness with a Redis that does not answer', () => {
  it('stays up, answers queries from upstream, and reports itself degraded but ready', async () => {
    const stack = await startStack({ env: { REDIS_URL: 'redis://127.0.0.1:1', CROWDCENT_API_KEY: ALICE } });
    try {
      const { body } = await stack.gql(`{ crowdcent { viewer { username } } }`);
      expect(body.data).toEqual({ crowdcent: { viewer: { username: 'alice' } } });
      const ready = await request(`${stack.url}/readyz`);
      expect(ready.statusCode).toBe(200);
      expect(await ready.body.json()).toMatchObject({
        status: 'degraded',
        cache: { backend: 'redis', ok: false },
      });
    } finally {
      await stack.close();
    }
  });
});

describe('execution with and without graphql-jit', () => {
  it('answers the same bytes with GRAPHQL_JIT=false (graphql-js only) as compiled, and still tells bad variables apart', async () => {
    const query = `query Mine($first: Int!) { crowdcent { challenges(first: $first) { nodes { slug name } } } }`;
    const answers: string[] = [];
    const modes: Array<Record<string, string>> = [{ GRAPHQL_JIT: 'false' }, { GRAPHQL_JIT_AFTER: '0' }];
    for (const env of modes) {
      const stack = await startStack({ env: { CROWDCENT_API_KEY: ALICE, ...env } });
      try {
        const answer = await stack.gql(query, { first: 5 });
        expect(answer.body.errors).toBeUndefined();
        answers.push(JSON.stringify(answer.body));
        const bad = await stack.gql(query, { first: 'five' });
        expect(bad.status).toBe(400);
        expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      } finally {
        await stack.close();
      }
    }
    expect(answers[0]).toBe(answers[1]);
  });
});
