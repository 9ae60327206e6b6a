import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idsOf, predictionsFile } from '../support/parquet.js';
import { ACME, CAROL, at, startStack, type Stack } from '../support/stack.js';
import { uploadMutation } from '../support/upload.js';

const SUBMIT = `mutation($input: SubmitCrowdCentPredictionsInput!) {
  submitCrowdCentPredictions(input: $input) { submission { submissionId slot } reconciled replaced userErrors { code } } }`;

/** A write whose answer is lost is sent once, reconciled by reading back, and never duplicated. */
describe('writes under lost answers', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ crowdflower: {} });
  });
  afterEach(async () => {
    await stack.close();
  });

  async function currentIds(): Promise<string[]> {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { currentInferencePeriod { downloadUrl } } } }`,
      undefined,
      { 'x-crowdcent-api-key': CAROL },
    );
    const file = await fetch(
      String(at(body.data, 'crowdcent', 'challenge', 'currentInferencePeriod', 'downloadUrl')),
    );
    return idsOf(new Uint8Array(await file.arrayBuffer()));
  }

  it('sends a submission once when its answer is dropped, and finds it by reading back', async () => {
    const ids = await currentIds();
    stack.sim.faults.set({ method: 'POST', path: /\/submissions\/$/, dropAfterApply: true, times: 1 });
    const result = await uploadMutation({
      url: stack.url,
      query: SUBMIT,
      input: { challengeSlug: 'hyperliquid-ranking', slot: 4 },
      file: { bytes: predictionsFile(ids), filename: 'p.parquet' },
      headers: { 'x-crowdcent-api-key': CAROL },
    });
    expect(result.body.errors).toBeUndefined();
    expect(at(result.body.data, 'submitCrowdCentPredictions', 'reconciled')).toBe(true);
    expect(at(result.body.data, 'submitCrowdCentPredictions', 'submission', 'slot')).toBe(4);
    expect(stack.sim.log.count({ method: 'POST', path: /\/submissions\/$/ })).toBe(1);
    const listed = await request(
      `${stack.sim.baseUrl}/challenges/hyperliquid-ranking/submissions/?period=current`,
      {
        headers: { authorization: `Api-Key ${CAROL}` },
      },
    );
    const rows = (await listed.body.json()) as Array<{ slot: number }>;
    expect(rows.filter((r) => r.slot === 4)).toHaveLength(1);
  });

  it('reports a CrowdFlower command whose answer is lost as outcome UNKNOWN, sent once', async () => {
    stack.cf!.faults.set({ path: /\/pause\.json$/, dropAfterApply: true, times: 1 });
    const { body } = await stack.gql(
      `mutation { pauseCrowdFlowerJob(input: { jobId: 1204373 }) { job { status } } }`,
      undefined,
      {
        'x-crowdflower-key': ACME,
      },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      outcome: 'UNKNOWN',
      platform: 'CROWDFLOWER',
    });
    expect(stack.cf!.log.count({ path: /\/pause\.json$/ })).toBe(1);
    // It was applied: the next read shows it.
    const read = await stack.gql(`{ crowdflower { job(jobId: 1204373) { status } } }`, undefined, {
      'x-crowdflower-key': ACME,
    });
    expect(at(read.body.data, 'crowdflower', 'job', 'status')).toBe('PAUSED');
  });
});
