import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('configuration', () => {
  it('starts with no configuration at all, GraphiQL and introspection on outside production', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      graphiql: true,
      introspection: true,
      simulators: true,
    });
    expect(config.secretIsEphemeral).toBe(true);
  });

  it('lists every problem at once, one line each, without echoing values', () => {
    const secretish = 'redis-with-password:hunter2';
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: secretish, CROWDCENT_BASE_URL: 'ftp://x', GRAPHIQL: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'CROWDCENT_BASE_URL',
      'GRAPHIQL',
      'PORT',
      'REDIS_URL',
    ]);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('compiles an operation with graphql-jit from its second execution by default, and can be told not to', () => {
    expect(loadConfig({}).jit).toEqual({ enabled: true, compileAfter: 1 });
    expect(loadConfig({ GRAPHQL_JIT: 'false', GRAPHQL_JIT_AFTER: '5' }).jit).toEqual({
      enabled: false,
      compileAfter: 5,
    });
    expect(() => loadConfig({ GRAPHQL_JIT_AFTER: '-1' })).toThrow(ConfigError);
  });

  it('caps open subscription connections per client at 50 by default, 0 meaning unlimited, and refuses a negative cap', () => {
    expect(loadConfig({}).subscriptions.connectionsPerClient).toBe(50);
    expect(loadConfig({ SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '0' }).subscriptions.connectionsPerClient).toBe(
      0,
    );
    expect(() => loadConfig({ SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '-1' })).toThrow(
      /SUBSCRIPTION_CONNECTIONS_PER_CLIENT/,
    );
  });

  it('turns GraphiQL and introspection off in production and demands a secret there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/CROWDGRAPH_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', CROWDGRAPH_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ graphiql: false, introspection: false, simulators: false });
    expect(
      loadConfig({ NODE_ENV: 'production', CROWDGRAPH_SECRET: 'x'.repeat(32), GRAPHIQL: 'true' }).graphiql,
    ).toBe(true);
  });
});
