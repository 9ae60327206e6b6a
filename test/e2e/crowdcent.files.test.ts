import { FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsOf, predictionsFile } from '../support/parquet.js';
import { ALICE, BOB, CAROL, at, startStack, type Stack } from '../support/stack.js';
import { uploadMutation } from '../support/upload.js';

const SUBMIT = `mutation($input: SubmitCrowdCentPredictionsInput!) {
  submitCrowdCentPredictions(input: $input) {
    submission { submissionId slot status submitter periodReleaseDate predictionFileUrl }
    replaced queued matchInfo { matchedIds unmatchedIds message }
    userErrors { field message code }
  } }`;

async function download(
  url: string,
): Promise<{ status: number; bytes: Buffer; headers: Record<string, unknown> }> {
  const response = await request(url);
  const bytes = Buffer.from(await response.body.arrayBuffer());
  return { status: response.statusCode, bytes, headers: response.headers };
}

/** What the platform itself serves for a download path with a key, following its 302. */
async function direct(stack: Stack, path: string, key: string): Promise<Buffer> {
  const response = await fetch(`${stack.sim.baseUrl}${path}`, {
    headers: { authorization: `Api-Key ${key}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function platformSubmissions(stack: Stack, key: string): Promise<Array<{ id: number; slot: number }>> {
  const response = await request(
    `${stack.sim.baseUrl}/challenges/hyperliquid-ranking/submissions/?period=current`,
    {
      headers: { authorization: `Api-Key ${key}` },
    },
  );
  return (await response.body.json()) as Array<{ id: number; slot: number }>;
}

describe('CrowdCent downloads through /files and prediction uploads', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('streams the training file through /files byte for byte, with no credential in the URL', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { latestTrainingDataset { version downloadUrl } } } }`,
      undefined,
      { 'x-crowdcent-api-key': ALICE },
    );
    const url = String(at(body.data, 'crowdcent', 'challenge', 'latestTrainingDataset', 'downloadUrl'));
    expect(url).not.toContain(ALICE);
    expect(url).not.toMatch(/key|signature|expires/i);
    const got = await download(url);
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toContain('hyperliquid-ranking-training-2.0.parquet');
    const expected = await direct(
      stack,
      '/challenges/hyperliquid-ranking/training_data/2.0/download/',
      ALICE,
    );
    expect(got.bytes.equals(expected)).toBe(true);
    expect(got.bytes.subarray(0, 4).toString()).toBe('PAR1');
  });

  it('refuses a tampered or garbage file token with 404 and never reaches the platform', async () => {
    stack.sim.log.reset();
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { metaModel { downloadUrl } } } }`,
      undefined,
      { 'x-crowdcent-api-key': ALICE },
    );
    const url = String(at(body.data, 'crowdcent', 'challenge', 'metaModel', 'downloadUrl'));
    const tampered = url.slice(0, -3) + (url.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await download(tampered)).status).toBe(404);
    expect((await download(`${stack.url}/files/garbage`)).status).toBe(404);
    expect(stack.sim.log.count({ path: /meta_model/ })).toBe(0);
  });

  it("downloads the meta model with the caller's own key: allowed for alice, 403 for bob", async () => {
    const query = `{ crowdcent { challenge(slug: "hyperliquid-ranking") { metaModel { downloadUrl } } } }`;
    const alice = await stack.gql(query, undefined, { 'x-crowdcent-api-key': ALICE });
    const bob = await stack.gql(query, undefined, { 'x-crowdcent-api-key': BOB });
    const aliceFile = await download(
      String(at(alice.body.data, 'crowdcent', 'challenge', 'metaModel', 'downloadUrl')),
    );
    expect(aliceFile.status).toBe(200);
    expect(aliceFile.bytes.subarray(0, 4).toString()).toBe('PAR1');
    const bobFile = await download(
      String(at(bob.body.data, 'crowdcent', 'challenge', 'metaModel', 'downloadUrl')),
    );
    expect(bobFile.status).toBe(403);
    expect(JSON.parse(bobFile.bytes.toString())).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('answers 404 for an inference file that is not yet published', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "crypto-momentum") { currentInferencePeriod { isProcessed downloadUrl } } } }`,
      undefined,
      { 'x-crowdcent-api-key': ALICE },
    );
    expect(at(body.data, 'crowdcent', 'challenge', 'currentInferencePeriod', 'isProcessed')).toBe(false);
    const file = await download(
      String(at(body.data, 'crowdcent', 'challenge', 'currentInferencePeriod', 'downloadUrl')),
    );
    expect(file.status).toBe(404);
  });

  async function currentIds(): Promise<string[]> {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { currentInferencePeriod { downloadUrl } } } }`,
      undefined,
      { 'x-crowdcent-api-key': CAROL },
    );
    const file = await download(
      String(at(body.data, 'crowdcent', 'challenge', 'currentInferencePeriod', 'downloadUrl')),
    );
    expect(file.status).toBe(200);
    return idsOf(file.bytes);
  }

  it('submits predictions into a slot, then replaces them in the same slot without a duplicate', async () => {
    const ids = await currentIds();
    expect(ids.length).toBeGreaterThanOrEqual(80);
    const headers = { 'x-crowdcent-api-key': CAROL };
    const listBefore = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { submissions(period: { current: true }) { totalCount } } } }`,
      undefined,
      headers,
    );
    expect(at(listBefore.body.data, 'crowdcent', 'challenge', 'submissions', 'totalCount')).toBe(0);

    const first = await uploadMutation({
      url: stack.url,
      query: SUBMIT,
      input: { challengeSlug: 'hyperliquid-ranking', slot: 2 },
      file: { bytes: predictionsFile(ids), filename: 'preds.parquet' },
      headers,
    });
    expect(first.body.errors).toBeUndefined();
    const payload = at(first.body.data, 'submitCrowdCentPredictions') as Record<string, unknown>;
    expect(payload.userErrors).toEqual([]);
    expect(payload.replaced).toBe(false);
    expect(at(payload, 'submission', 'slot')).toBe(2);
    expect(at(payload, 'submission', 'submitter')).toBe('carol');
    expect(at(payload, 'matchInfo', 'matchedIds')).toBe(ids.length);

    const second = await uploadMutation({
      url: stack.url,
      query: SUBMIT,
      input: { challengeSlug: 'hyperliquid-ranking', slot: 2 },
      file: { bytes: predictionsFile(ids, (i) => ((i * 7) % 100) / 100), filename: 'preds-v2.parquet' },
      headers,
    });
    expect(at(second.body.data, 'submitCrowdCentPredictions', 'replaced')).toBe(true);
    const onPlatform = await platformSubmissions(stack, CAROL);
    expect(onPlatform.filter((s) => s.slot === 2)).toHaveLength(1);

    // The write invalidated the cached list: the gateway shows the new submission at once.
    const listAfter = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { submissions(period: { current: true }) { totalCount } } } }`,
      undefined,
      headers,
    );
    expect(at(listAfter.body.data, 'crowdcent', 'challenge', 'submissions', 'totalCount')).toBe(1);

    const fileUrl = String(
      at(second.body.data, 'submitCrowdCentPredictions', 'submission', 'predictionFileUrl'),
    );
    const uploaded = await download(fileUrl);
    expect(uploaded.status).toBe(200);
    expect(await idsOf(uploaded.bytes)).toEqual(ids);
  });

  it('returns userErrors and creates no submission for a file that is not Parquet', async () => {
    const before = await platformSubmissions(stack, BOB);
    const result = await uploadMutation({
      url: stack.url,
      query: SUBMIT,
      input: { challengeSlug: 'hyperliquid-ranking', slot: 3 },
      file: { bytes: new TextEncoder().encode('id,pred_10d,pred_30d\nBTC,0.5,0.5\n'), filename: 'preds.csv' },
      headers: { 'x-crowdcent-api-key': BOB },
    });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    const payload = at(result.body.data, 'submitCrowdCentPredictions') as Record<string, unknown>;
    expect(payload.submission).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({
        code: 'VALIDATION_ERROR',
        field: ['input', 'file'],
        message: expect.any(String),
      }),
    ]);
    expect(await platformSubmissions(stack, BOB)).toEqual(before);
  });

  it('returns userErrors for Parquet missing a required column', async () => {
    const ids = await currentIds();
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: 'id', data: ids, type: 'STRING' },
          { name: 'pred_10d', data: ids.map(() => 0.5), type: 'DOUBLE' },
        ],
      }),
    );
    const result = await uploadMutation({
      url: stack.url,
      query: SUBMIT,
      input: { challengeSlug: 'hyperliquid-ranking' },
      file: { bytes, filename: 'preds.parquet' },
      headers: { 'x-crowdcent-api-key': BOB },
    });
    const errors = at(result.body.data, 'submitCrowdCentPredictions', 'userErrors') as Array<{
      message: string;
    }>;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/pred_30d/);
  });

  it('refuses a slot below 1 before any upstream call', async () => {
    stack.sim.log.reset();
    const result = await uploadMutation({
      url: stack.url,
      query: SUBMIT,
      input: { challengeSlug: 'hyperliquid-ranking', slot: 0 },
      file: { bytes: new Uint8Array([1, 2, 3]), filename: 'p.parquet' },
      headers: { 'x-crowdcent-api-key': BOB },
    });
    expect(at(result.body.data, 'submitCrowdCentPredictions', 'userErrors', 0, 'field')).toEqual([
      'input',
      'slot',
    ]);
    expect(stack.sim.log.count({ method: 'POST' })).toBe(0);
  });

  it('refuses an upload without the CSRF preflight header', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: SUBMIT, variables: { input: { challengeSlug: 'x', file: null } } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([new Uint8Array([1])]), 'p.parquet');
    const response = await request(`${stack.url}/graphql`, { method: 'POST', body: form });
    expect(response.statusCode).toBe(400);
    expect(await response.body.text()).toContain('apollo-require-preflight');
  });
});
