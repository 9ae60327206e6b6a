import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, at, apiCalls, startStack, type Stack } from '../support/stack.js';

const CHALLENGE = `{ crowdcent { challenge(slug: "hyperliquid-ranking") { name } } }`;
const TRAINING = `{ crowdcent { challenge(slug: "hyperliquid-ranking") { trainingDatasets { totalCount } } } }`;

/** How upstream failures reach a client: stable codes, the platform named, nothing secret. */
describe('CrowdCent error mapping', () => {
  let stack: Stack;
  const asAlice = { 'x-crowdcent-api-key': ALICE };

  // A fresh gateway and simulator per test: no cached answer from one test hides another's fault.
  beforeEach(async () => {
    stack = await startStack({ env: { CROWDCENT_TIMEOUT_MS: '400' } });
  });
  afterEach(async () => {
    await stack.close();
  });

  it('answers UNAUTHENTICATED without calling the platform when no key is configured or sent', async () => {
    const { body } = await stack.gql(CHALLENGE);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', platform: 'CROWDCENT' });
    expect(apiCalls(stack.sim)).toBe(0);
  });

  it('maps a 401 for a wrong key to UNAUTHENTICATED and never echoes the key', async () => {
    const wrongKey = 'WRONGKEY.abcdefghijklmnopqrstuvwxyz012345';
    const { body, text } = await stack.gql(CHALLENGE, undefined, { 'x-crowdcent-api-key': wrongKey });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', platform: 'CROWDCENT' });
    expect(body.errors?.[0]?.message).toMatch(/CrowdCent did not accept the credentials \(HTTP 401\)/);
    expect(text).not.toContain(wrongKey);
    expect(stack.logs.join('\n')).not.toContain(wrongKey);
  });

  it('treats a malformed key header as a refused credential, never falling back to a server key', async () => {
    const { body } = await stack.gql(CHALLENGE, undefined, { 'x-crowdcent-api-key': 'has spaces in it' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('maps a 404 on a list to NOT_FOUND on that field', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { name } missing: challenge(slug: "nope") { name } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'crowdcent', 'missing')).toBeNull();
    const list = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { trainingDatasets { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(list.body.errors).toBeUndefined();
    stack.sim.faults.set({ path: /training_data\/$/, status: 404 });
    const missing = await stack.gql(
      `{ crowdcent { challenge(slug: "crypto-momentum") { trainingDatasets { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(missing.body.errors?.[0]).toMatchObject({
      path: ['crowdcent', 'challenge', 'trainingDatasets'],
      extensions: { code: 'NOT_FOUND', platform: 'CROWDCENT' },
    });
  });

  it('maps a 400 to BAD_USER_INPUT with the platform code, scrubbing URLs from the message', async () => {
    stack.sim.faults.set({
      path: /training_data\/$/,
      status: 400,
      body: JSON.stringify({
        error: { code: 'VALIDATION_ERROR', message: 'bad thing at https://cc.example/x?Signature=abc' },
      }),
    });
    const { body, text } = await stack.gql(TRAINING, undefined, asAlice);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      platformCode: 'VALIDATION_ERROR',
    });
    expect(text).not.toContain('Signature=abc');
  });

  it('retries a 503 on a read and succeeds, as the upstream call count shows', async () => {
    stack.sim.faults.set({ path: /training_data\/$/, status: 503, times: 1 });
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "equity-nlp") { trainingDatasets { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'crowdcent', 'challenge', 'trainingDatasets', 'totalCount')).toBe(3);
    expect(stack.sim.log.count({ path: /training_data\/$/ })).toBe(2);
  });

  it('gives up after three attempts on a persistent 5xx with UPSTREAM_UNAVAILABLE and no internals', async () => {
    stack.sim.faults.set({
      path: /inference_data\/$/,
      status: 502,
      body: 'Traceback (most recent call last): secret internals',
    });
    const { body, text } = await stack.gql(
      `{ crowdcent { challenge(slug: "equity-nlp") { inferencePeriods { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      platform: 'CROWDCENT',
    });
    expect(text).not.toContain('Traceback');
    expect(stack.sim.log.count({ path: /inference_data\/$/ })).toBe(3);
  });

  it('honours Retry-After on a 429 and surfaces RATE_LIMITED when the wait is too long', async () => {
    stack.sim.faults.set({ path: /submissions\/$/, status: 429, retryAfterSeconds: 120 });
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "equity-nlp") { submissions { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 120 });
    expect(stack.sim.log.count({ path: /submissions\/$/ })).toBe(1);
  });

  it('times out a hanging platform with UPSTREAM_TIMEOUT while other fields still answer', async () => {
    stack.sim.faults.set({ path: /meta_model|auth\/check/, hang: true });
    const { body } = await stack.gql(
      `{ crowdcent { viewer { username } challenge(slug: "hyperliquid-ranking") { name } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors?.[0]).toMatchObject({
      path: ['crowdcent', 'viewer'],
      extensions: { code: 'UPSTREAM_TIMEOUT' },
    });
    expect(at(body.data, 'crowdcent', 'viewer')).toBeNull();
    expect(at(body.data, 'crowdcent', 'challenge', 'name')).toBe('Hyperliquid Ranking');
    // A read is retried (3 attempts) before the timeout is reported.
    expect(stack.sim.log.count({ path: /auth\/check/ })).toBe(3);
  });

  it('reports a failing platform beside the data of a cross-platform list', async () => {
    stack.sim.faults.set({ path: /^\/api\/challenges\/$/, status: 500 });
    const { body } = await stack.gql(`{ challenges { totalCount nodes { name } } }`, undefined, asAlice);
    expect(at(body.data, 'challenges', 'nodes')).toEqual([]);
    expect(body.errors?.[0]).toMatchObject({
      path: ['challenges'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', platform: 'CROWDCENT' },
    });
  });

  it('answers UPSTREAM_BAD_RESPONSE for a malformed body instead of crashing', async () => {
    stack.sim.faults.set({
      path: /^\/api\/challenges\/crypto-momentum\/$/,
      status: 200,
      body: '{"id": "not a number"}',
    });
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "crypto-momentum") { name } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      platform: 'CROWDCENT',
    });
    stack.sim.faults.set({ path: /^\/api\/challenges\/equity-nlp\/$/, status: 200, body: '<html>oops' });
    const html = await stack.gql(
      `{ crowdcent { challenge(slug: "equity-nlp") { name } } }`,
      undefined,
      asAlice,
    );
    expect(html.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('sends a hostile slug as one literal path segment', async () => {
    for (const slug of ['../admin', 'a%2Fb', '..', 'x?y#z']) {
      stack.sim.log.reset();
      const { body } = await stack.gql(
        `query($s: String!) { crowdcent { challenge(slug: $s) { name } } }`,
        { s: slug },
        asAlice,
      );
      expect(at(body.data, 'crowdcent', 'challenge')).toBeNull();
      const paths = stack.sim.log.entries.map((e) => e.path);
      expect(paths).toHaveLength(1);
      expect(paths[0]).toMatch(/^\/api\/challenges\/[^/]+\/$/);
    }
  });
});
