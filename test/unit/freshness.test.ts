import { describe, expect, it } from 'vitest';
import { CredentialFingerprinter, FileTokenSealer } from '../../datasources/core/index.js';
import type { WatchHub } from '../../datasources/core/watch/index.js';
import { buildContext, type ContextDeps } from '../../server/context.js';
import { asksForFreshData } from '../../server/freshness.js';

describe('a request asking for the platforms’ current data', () => {
  it.each([
    [{ 'cache-control': 'no-cache' }],
    [{ 'cache-control': 'No-Cache' }],
    [{ 'cache-control': 'max-age=0' }],
    [{ 'cache-control': 'private, no-cache, no-store' }],
    [{ pragma: 'no-cache' }],
  ])('is recognised from %j', (headers) => {
    expect(asksForFreshData(headers)).toBe(true);
  });

  it.each([
    [{}],
    [{ 'cache-control': 'max-age=60' }],
    [{ 'cache-control': 'max-age=0123' }],
    [{ 'cache-control': 'no-store' }],
    [{ 'cache-control': 'no-cache-please' }],
    [{ pragma: 'public' }],
  ])('is not read into %j', (headers) => {
    expect(asksForFreshData(headers)).toBe(false);
  });
});

describe('a subscription’s context', () => {
  it('reads through the cache even when its transport sent Cache-Control: no-cache (EventSource always does)', () => {
    const deps: ContextDeps = {
      fingerprinter: new CredentialFingerprinter('a secret of at least 16 bytes'),
      sealer: new FileTokenSealer('a secret of at least 16 bytes'),
      fileLinkTtlMs: 60_000,
      publicUrl: undefined,
      platformInfo: [],
      sources: { crowdcent: null, crowdflower: null, grandChallenge: null, crowdai: null, arena: null },
      watches: {} as WatchHub,
    };
    const context = buildContext(
      {
        headers: { 'cache-control': 'no-cache', accept: 'text/event-stream' },
        requestId: 'r1',
        origin: 'http://gateway',
      },
      deps,
    );
    expect(context.trace.readsFresh).toBeUndefined();
  });
});
