import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialFingerprinter, FileTokenSealer, PlatformSource } from '../../datasources/core/index.js';
import type { WatchHub } from '../../datasources/core/watch/index.js';
import { buildContext, type ContextDeps } from '../../server/context.js';
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

  it('builds the watch context (subscriptions only) on first read, not for every request', () => {
    const hub = {} as WatchHub;
    let hubReads = 0;
    const deps: ContextDeps = {
      fingerprinter: new CredentialFingerprinter('a secret of at least 16 bytes'),
      sealer: new FileTokenSealer('a secret of at least 16 bytes'),
      fileLinkTtlMs: 60_000,
      publicUrl: undefined,
      platformInfo: [],
      sources: { crowdcent: null, crowdflower: null, grandChallenge: null, crowdai: null, arena: null },
      get watches() {
        hubReads += 1;
        return hub;
      },
    };
    const context = buildContext({ headers: {}, requestId: 'r1', origin: 'http://gateway' }, deps);
    // What Apollo does with every request's context: a copy that reads each own getter.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object) as object, context);
    expect(Object.keys(copy)).not.toContain('watch');
    expect(hubReads).toBe(0);

    const watch = (copy as typeof context).watch;
    expect(watch?.hub).toBe(hub);
    // Built once, and the original and its copy share it.
    expect(context.watch).toBe(watch);
    expect(hubReads).toBe(1);
  });
});
