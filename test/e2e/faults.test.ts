import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, at, startStack, type Stack } from '../support/stack.js';

const asAlice = { 'x-crowdcent-api-key': ALICE };
const QUERY = `{ crowdcent { challenge(slug: "hyperliquid-ranking") { trainingDatasets { totalCount } } } }`;
const TRAINING = /training_data\/$/;

/** Each kind of upstream fault, and what the gateway makes of it (upstream calls counted). */
describe('gateway behaviour under injected faults', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ env: { CROWDCENT_TIMEOUT_MS: '500' } });
  });
  afterEach(async () => {
    await stack.close();
  });

  const total = (body: unknown) => at(body, 'crowdcent', 'challenge', 'trainingDatasets', 'totalCount');

  it('retries a read after a connection reset, once', async () => {
    stack.sim.faults.set({ path: TRAINING, resetConnection: true, times: 1 });
    const { body } = await stack.gql(QUERY, undefined, asAlice);
    expect(total(body.data)).toBe(3);
    expect(stack.sim.log.count({ path: TRAINING })).toBe(2);
  });

  it('turns a truncated JSON body into UPSTREAM_BAD_RESPONSE on that field alone', async () => {
    stack.sim.faults.set({ path: TRAINING, truncateBody: 0.5 });
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { trainingDatasets { totalCount } } viewer { username } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'UPSTREAM_BAD_RESPONSE', platform: 'CROWDCENT' },
    });
    expect(at(body.data, 'crowdcent', 'viewer', 'username')).toBe('alice');
  });

  it('turns malformed JSON into UPSTREAM_BAD_RESPONSE', async () => {
    stack.sim.faults.set({ path: TRAINING, malformedJson: true });
    const { body } = await stack.gql(QUERY, undefined, asAlice);
    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('reads a valid JSON body whatever its content type says', async () => {
    stack.sim.faults.set({ path: TRAINING, contentType: 'text/html' });
    const { body } = await stack.gql(QUERY, undefined, asAlice);
    expect(total(body.data)).toBe(3);
  });

  it('times out a body that trickles slower than the timeout allows', async () => {
    stack.sim.faults.set({ path: TRAINING, trickle: { bytes: 1, intervalMs: 700 } });
    const { body } = await stack.gql(QUERY, undefined, asAlice);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', platform: 'CROWDCENT' });
  });

  it('absorbs a 5xx rate with retries, and latency with jitter, without errors', async () => {
    stack.sim.faults.set({
      path: TRAINING,
      statuses: [500, 502, 503, 504],
      probability: 0.5,
      delayMs: 5,
      jitterMs: 10,
    });
    for (let i = 0; i < 3; i += 1) {
      const fresh = await stack.gql(
        `query($s: String!) { crowdcent { challenge(slug: $s) { trainingDatasets { totalCount } } } }`,
        { s: ['hyperliquid-ranking', 'crypto-momentum', 'equity-nlp'][i] },
        asAlice,
      );
      // 500 is not retried (not idempotent-safe to assume transient); 502/503/504 are.
      const code = fresh.body.errors?.[0]?.extensions?.code;
      expect(code === undefined || code === 'UPSTREAM_UNAVAILABLE' || code === 'UPSTREAM_TIMEOUT').toBe(true);
    }
    expect(stack.sim.log.count({ path: TRAINING })).toBeGreaterThanOrEqual(3);
  });
});

describe('upload size limit', () => {
  it('refuses an upload over MAX_UPLOAD_BYTES with BAD_USER_INPUT and stores nothing', async () => {
    const stack = await startStack({ env: { MAX_UPLOAD_BYTES: '1024' } });
    try {
      const { uploadMutation } = await import('../support/upload.js');
      const result = await uploadMutation({
        url: stack.url,
        query: `mutation($input: SubmitCrowdCentPredictionsInput!) { submitCrowdCentPredictions(input: $input) { userErrors { code } } }`,
        input: { challengeSlug: 'hyperliquid-ranking' },
        file: { bytes: new Uint8Array(4096), filename: 'big.parquet' },
        headers: asAlice,
      });
      expect(result.body.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/exceeds the 1024 byte size limit/),
      });
      // The platform may have seen the start of the stream, but refused the cut body: nothing stored.
      const stored = await stack.gql(
        `{ crowdcent { challenge(slug: "hyperliquid-ranking") { submissions(period: { current: true }) { nodes { slot } } } } }`,
        undefined,
        asAlice,
      );
      expect(
        (at(stored.body.data, 'crowdcent', 'challenge', 'submissions', 'nodes') as unknown[]).length,
      ).toBeLessThanOrEqual(1);
    } finally {
      await stack.close();
    }
  });
});
