import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlatformSource } from '../../datasources/core/index.js';
import { ACME, ALICE, at, startStack, type Stack } from '../support/stack.js';

/**
 * A request builds the per-request binding (API object, loaders) of the platforms it touches only.
 * Apollo hands resolvers a copy of the context made with Object.assign, which reads every own getter:
 * with the platform getters on the context itself, every platform was bound for every request.
 */
describe('per-request platform bindings', () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await stack?.close();
    stack = undefined;
  });

  it('binds only the platforms a query reads, once each', async () => {
    stack = await startStack({ crowdflower: {} });
    const bound = vi.spyOn(PlatformSource.prototype, 'forRequest');
    const platformsBound = (): string[] =>
      bound.mock.contexts.map((source) =>
        source instanceof PlatformSource ? source.platform : 'not a source',
      );

    const challenges = await stack.gql(`{ crowdcent { challenges { nodes { slug } } } }`, undefined, {
      'x-crowdcent-api-key': ALICE,
    });
    expect(challenges.body.errors).toBeUndefined();
    expect(platformsBound()).toEqual(['CROWDCENT']);

    bound.mockClear();
    const both = await stack.gql(
      `{ crowdcent { challenges { nodes { slug } } } crowdflower { job(jobId: 1204373) { title } } }`,
      undefined,
      { 'x-crowdcent-api-key': ALICE, 'x-crowdflower-key': ACME },
    );
    expect(at(both.body.data, 'crowdflower', 'job', 'title')).toEqual(expect.any(String));
    expect(platformsBound().sort()).toEqual(['CROWDCENT', 'CROWDFLOWER']);
  });
});
