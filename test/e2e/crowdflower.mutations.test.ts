import { FormData, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME, LOWFUNDS, at, startStack, type Stack } from '../support/stack.js';

const asAcme = { 'x-crowdflower-key': ACME };
const UNORDERED = 1204367;
const RUNNING = 1204373;
const PAUSED = 1204360;
const GOLD_JOB = 1204362;
const LOWFUNDS_EXPENSIVE = 1204381;

const JOB_PAYLOAD = `job { jobId title status platformStatus unitsCount } message userErrors { field message code }`;

async function platformJob(stack: Stack, jobId: number, key = ACME): Promise<Record<string, unknown>> {
  const response = await request(`${stack.cf!.baseUrl}/jobs/${jobId}.json?key=${key}`);
  return (await response.body.json()) as Record<string, unknown>;
}

/** Every CrowdFlower write through the gateway, checked against the simulator's own state. */
describe('CrowdFlower mutations through the gateway', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ crowdflower: {} });
  });
  afterEach(async () => {
    await stack.close();
  });

  const run = (
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = asAcme,
  ) => stack.gql(query, variables, headers);

  it('creates, updates, copies and deletes a job, and the cached job list follows', async () => {
    const listed = async () =>
      (
        at(
          (await run(`{ crowdflower { jobs(first: 100) { nodes { jobId } } } }`)).body.data,
          'crowdflower',
          'jobs',
          'nodes',
        ) as Array<{ jobId: number }>
      ).map((j) => j.jobId);
    const before = await listed();
    const created = await run(
      `mutation($input: CreateCrowdFlowerJobInput!) { createCrowdFlowerJob(input: $input) { ${JOB_PAYLOAD} } }`,
      {
        input: {
          attributes: {
            title: 'Classify support tickets',
            instructions: '<p>Pick the team</p>',
            cml: '<cml:radios label="Team" name="team" validates="required"><cml:radio label="Billing" value="billing"/><cml:radio label="Tech" value="tech"/></cml:radios>',
            judgmentsPerUnit: 3,
            includedCountries: ['FI', 'DE'],
            options: { req_ttl_in_seconds: 1800 },
          },
        },
      },
    );
    expect(at(created.body.data, 'createCrowdFlowerJob', 'userErrors')).toEqual([]);
    const jobId = at(created.body.data, 'createCrowdFlowerJob', 'job', 'jobId') as number;
    expect(at(created.body.data, 'createCrowdFlowerJob', 'job')).toMatchObject({
      title: 'Classify support tickets',
      status: 'PENDING',
    });
    expect(await listed()).toEqual(expect.arrayContaining([...before, jobId]));
    const onPlatform = await platformJob(stack, jobId);
    expect(onPlatform.judgments_per_unit).toBe(3);
    expect(onPlatform.included_countries).toEqual([
      expect.objectContaining({ code: 'FI' }),
      expect.objectContaining({ code: 'DE' }),
    ]);

    const updated = await run(
      `mutation($input: UpdateCrowdFlowerJobInput!) { updateCrowdFlowerJob(input: $input) { ${JOB_PAYLOAD} } }`,
      {
        input: {
          jobId,
          attributes: {
            title: 'Classify support tickets v2',
            instructions: '<p>Pick the team</p>',
            cml: String(onPlatform.cml),
          },
        },
      },
    );
    expect(at(updated.body.data, 'updateCrowdFlowerJob', 'job', 'title')).toBe('Classify support tickets v2');

    const copied = await run(
      `mutation { copyCrowdFlowerJob(input: { jobId: ${RUNNING}, allUnits: true }) { ${JOB_PAYLOAD} } }`,
    );
    const copy = at(copied.body.data, 'copyCrowdFlowerJob', 'job') as { jobId: number; unitsCount: number };
    expect(copy.jobId).not.toBe(RUNNING);
    expect(copy.unitsCount).toBe(500);
    const goldCopy = await run(
      `mutation { copyCrowdFlowerJob(input: { jobId: ${GOLD_JOB}, gold: true }) { ${JOB_PAYLOAD} } }`,
    );
    expect(at(goldCopy.body.data, 'copyCrowdFlowerJob', 'job', 'unitsCount')).toBe(20);

    const deleted = await run(
      `mutation { deleteCrowdFlowerJob(input: { jobId: ${jobId} }) { deletedJobId message userErrors { code } } }`,
    );
    expect(at(deleted.body.data, 'deleteCrowdFlowerJob', 'deletedJobId')).toBe(jobId);
    expect(await listed()).not.toContain(jobId);
    const again = await run(
      `mutation { deleteCrowdFlowerJob(input: { jobId: ${jobId} }) { deletedJobId userErrors { field code } } }`,
    );
    expect(at(again.body.data, 'deleteCrowdFlowerJob', 'userErrors')).toEqual([
      { field: ['input', 'jobId'], code: 'NOT_FOUND' },
    ]);
  });

  it('reports pausing an unordered job as a userError and leaves it unchanged', async () => {
    const { body } = await run(
      `mutation { pauseCrowdFlowerJob(input: { jobId: ${UNORDERED} }) { ${JOB_PAYLOAD} } }`,
    );
    expect(at(body.data, 'pauseCrowdFlowerJob', 'job')).toBeNull();
    expect(at(body.data, 'pauseCrowdFlowerJob', 'userErrors')).toEqual([
      { field: null, code: 'INVALID_STATE', message: expect.stringMatching(/pause/i) },
    ]);
    expect((await platformJob(stack, UNORDERED)).state).toBe('unordered');
  });

  it('pauses, resumes and cancels a running job, sending each command once', async () => {
    const paused = await run(
      `mutation { pauseCrowdFlowerJob(input: { jobId: ${RUNNING} }) { ${JOB_PAYLOAD} } }`,
    );
    expect(at(paused.body.data, 'pauseCrowdFlowerJob', 'job', 'status')).toBe('PAUSED');
    const resumed = await run(
      `mutation { resumeCrowdFlowerJob(input: { jobId: ${RUNNING} }) { ${JOB_PAYLOAD} } }`,
    );
    expect(at(resumed.body.data, 'resumeCrowdFlowerJob', 'job', 'status')).toBe('RUNNING');
    const canceled = await run(
      `mutation { cancelCrowdFlowerJob(input: { jobId: ${RUNNING} }) { ${JOB_PAYLOAD} } }`,
    );
    expect(at(canceled.body.data, 'cancelCrowdFlowerJob', 'job', 'status')).toBe('CANCELED');
    expect(stack.cf!.log.count({ path: /\/(pause|resume|cancel)\.json$/ })).toBe(3);
    // The job read after the writes is fresh, not the cached running one.
    const read = await run(`{ crowdflower { job(jobId: ${RUNNING}) { status } } }`);
    expect(at(read.body.data, 'crowdflower', 'job', 'status')).toBe('CANCELED');
  });

  it('launches a job, which then collects judgments as the crowd works', async () => {
    const launched = await run(
      `mutation { launchCrowdFlowerJob(input: { jobId: ${UNORDERED}, unitsCount: 20, channels: ["on_demand"] }) { ${JOB_PAYLOAD} order { orderId } } }`,
    );
    expect(at(launched.body.data, 'launchCrowdFlowerJob', 'userErrors')).toEqual([]);
    expect(at(launched.body.data, 'launchCrowdFlowerJob', 'job', 'status')).toBe('RUNNING');
    expect(at(launched.body.data, 'launchCrowdFlowerJob', 'message')).toMatch(/collecting judgments/);
    const orderId = at(launched.body.data, 'launchCrowdFlowerJob', 'order', 'orderId');
    expect(orderId).toEqual(expect.any(Number));
    const order = await run(
      `query($o: SafeInt!) { crowdflower { job(jobId: ${UNORDERED}) { order(orderId: $o) { orderId jobId type meta } } } }`,
      {
        o: orderId,
      },
    );
    expect(at(order.body.data, 'crowdflower', 'job', 'order')).toMatchObject({ orderId, jobId: UNORDERED });
    stack.cf!.tick(3);
    const progress = await run(
      `{ crowdflower { job(jobId: ${UNORDERED}) { progress { orderedUnits allJudgments } } } }`,
    );
    expect(at(progress.body.data, 'crowdflower', 'job', 'progress', 'orderedUnits')).toBe(20);
    expect(at(progress.body.data, 'crowdflower', 'job', 'progress', 'allJudgments')).toBeGreaterThan(0);
  });

  it('turns a 402 for missing funds into a userError', async () => {
    const { body } = await run(
      `mutation { launchCrowdFlowerJob(input: { jobId: ${LOWFUNDS_EXPENSIVE}, unitsCount: 100 }) { ${JOB_PAYLOAD} } }`,
      undefined,
      { 'x-crowdflower-key': LOWFUNDS },
    );
    expect(at(body.data, 'launchCrowdFlowerJob', 'userErrors', 0)).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      message: expect.stringMatching(/\$20\.00 available/),
    });
    expect(at(body.data, 'launchCrowdFlowerJob', 'userErrors', 0, 'message')).not.toMatch(/https?:/);
  });

  it('uploads inline rows to an existing job and to a new job', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ text: `ticket ${i}`, product: 'nimbus' }));
    const added = await run(
      `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { rowsSent job { jobId unitsCount } userErrors { field code message } } }`,
      { input: { rows } },
    );
    expect(at(added.body.data, 'uploadCrowdFlowerUnits', 'userErrors')).toEqual([]);
    expect(at(added.body.data, 'uploadCrowdFlowerUnits', 'rowsSent')).toBe(25);
    expect(at(added.body.data, 'uploadCrowdFlowerUnits', 'job', 'unitsCount')).toBe(25);
    const both = await run(
      `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { rowsSent userErrors { field code } } }`,
      { input: { rows: [], file: null } },
    );
    expect(at(both.body.data, 'uploadCrowdFlowerUnits', 'userErrors', 0, 'code')).toBe('BAD_USER_INPUT');
    const notObjects = await run(
      `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { userErrors { field } } }`,
      { input: { jobId: UNORDERED, rows: [{ a: 1 }, [1, 2]] } },
    );
    expect(at(notObjects.body.data, 'uploadCrowdFlowerUnits', 'userErrors', 0, 'field')).toEqual([
      'input',
      'rows',
      '1',
    ]);
  });

  it('streams a 10,000-row JSON-lines file upload into the job', async () => {
    const lines =
      Array.from({ length: 10_000 }, (_, i) =>
        JSON.stringify({ text: `review number ${i}`, stars: i % 5 }),
      ).join('\n') + '\n';
    const created = await run(
      `mutation { createCrowdFlowerJob(input: { attributes: { title: "Bulk reviews" } }) { job { jobId } } }`,
    );
    const jobId = at(created.body.data, 'createCrowdFlowerJob', 'job', 'jobId') as number;
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { rowsSent job { unitsCount } userErrors { message } } }`,
        variables: { input: { jobId, file: null, format: 'JSON_LINES' } },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([lines], { type: 'application/x-ndjson' }), 'reviews.jsonl');
    const heapBefore = process.memoryUsage().heapUsed;
    const response = await request(`${stack.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'apollo-require-preflight': 'true', ...asAcme },
    });
    const body = (await response.body.json()) as { data: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'uploadCrowdFlowerUnits', 'rowsSent')).toBe(10_000);
    expect(at(body.data, 'uploadCrowdFlowerUnits', 'job', 'unitsCount')).toBe(10_000);
    expect((await platformJob(stack, jobId)).units_count).toBe(10_000);
    // Gateway and simulator share this process: the bound covers both, and is far below
    // what holding the upload several times over (as strings and parsed rows) would take.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('uploads CSV, and refuses differing columns unless forced', async () => {
    const upload = (csv: string, force: boolean) => {
      const form = new FormData();
      form.append(
        'operations',
        JSON.stringify({
          query: `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { rowsSent job { unitsCount } userErrors { code message } } }`,
          variables: { input: { jobId: UNORDERED, file: null, format: 'CSV', force } },
        }),
      );
      form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
      form.append('0', new Blob([csv], { type: 'text/csv' }), 'rows.csv');
      return request(`${stack.url}/graphql`, {
        method: 'POST',
        body: form,
        headers: { 'apollo-require-preflight': 'true', ...asAcme },
      }).then(async (r) => (await r.body.json()) as { data: unknown });
    };
    const refused = await upload('unexpected_column\nhello\n', false);
    expect(at(refused.data, 'uploadCrowdFlowerUnits', 'userErrors', 0, 'code')).toBe('VALIDATION_ERROR');
    const forced = await upload('unexpected_column\nhello\nworld\n', true);
    expect(at(forced.data, 'uploadCrowdFlowerUnits', 'userErrors')).toEqual([]);
    expect(at(forced.data, 'uploadCrowdFlowerUnits', 'rowsSent')).toBe(2);
    expect(at(forced.data, 'uploadCrowdFlowerUnits', 'job', 'unitsCount')).toBe(502);
  });

  it('converts gold to test questions, sets tags and channels, cancels a unit', async () => {
    const gold = await run(
      `mutation { convertCrowdFlowerTestQuestions(input: { jobId: ${UNORDERED} }) { job { jobId } message userErrors { code } } }`,
    );
    expect(at(gold.body.data, 'convertCrowdFlowerTestQuestions', 'userErrors')).toEqual([]);

    const set = await run(
      `mutation { setCrowdFlowerJobTags(input: { jobId: ${PAUSED}, tags: ["news", "ner"] }) { tags userErrors { code } } }`,
    );
    expect(at(set.body.data, 'setCrowdFlowerJobTags', 'tags')).toEqual(['news', 'ner']);
    const added = await run(
      `mutation { addCrowdFlowerJobTags(input: { jobId: ${PAUSED}, tags: ["q3"] }) { tags } }`,
    );
    expect(at(added.body.data, 'addCrowdFlowerJobTags', 'tags')).toEqual(['news', 'ner', 'q3']);
    const removed = await run(
      `mutation { removeCrowdFlowerJobTags(input: { jobId: ${PAUSED}, tags: ["ner"] }) { tags } }`,
    );
    expect(at(removed.body.data, 'removeCrowdFlowerJobTags', 'tags')).toEqual(['news', 'q3']);

    const channels = await run(
      `mutation { setCrowdFlowerJobChannels(input: { jobId: ${PAUSED}, channels: ["on_demand", "cf_internal"] }) { job { channels { enabled } } userErrors { code message } } }`,
    );
    expect(at(channels.body.data, 'setCrowdFlowerJobChannels', 'userErrors')).toEqual([]);
    expect(at(channels.body.data, 'setCrowdFlowerJobChannels', 'job', 'channels', 'enabled')).toEqual([
      'on_demand',
      'cf_internal',
    ]);

    const units = await run(
      `{ crowdflower { job(jobId: ${UNORDERED}) { units(first: 1) { nodes { unitId status } } } } }`,
    );
    const unitId = at(units.body.data, 'crowdflower', 'job', 'units', 'nodes', 0, 'unitId');
    expect(at(units.body.data, 'crowdflower', 'job', 'units', 'nodes', 0, 'status')).toBe('NEW');
    const canceled = await run(
      `mutation($u: SafeInt!) { cancelCrowdFlowerUnit(input: { jobId: ${UNORDERED}, unitId: $u }) { unit { unitId status platformStatus } userErrors { code } } }`,
      { u: unitId },
    );
    expect(at(canceled.body.data, 'cancelCrowdFlowerUnit', 'unit')).toMatchObject({
      unitId,
      status: 'CANCELED',
    });
  });

  it('regenerates a report and reports it generating', async () => {
    const { body } = await run(
      `mutation { regenerateCrowdFlowerReport(input: { jobId: ${RUNNING}, type: FULL }) { report { status type } userErrors { code } } }`,
    );
    expect(at(body.data, 'regenerateCrowdFlowerReport', 'report')).toEqual({
      status: 'GENERATING',
      type: 'FULL',
    });
    expect(stack.cf!.log.count({ method: 'POST', path: /\/regenerate$/ })).toBe(1);
  });

  it('bonuses, notifies, flags, deflags and rejects a worker', async () => {
    const judgments = await run(
      `{ crowdflower { job(jobId: ${RUNNING}) { units(first: 30) { nodes { judgments { worker { workerId } } } } } } }`,
    );
    const units = at(judgments.body.data, 'crowdflower', 'job', 'units', 'nodes') as Array<{
      judgments: Array<{ worker: { workerId: number } }>;
    }>;
    const workerId = units.flatMap((u) => u.judgments)[0]!.worker.workerId;
    const command = (name: string, args: string) =>
      run(
        `mutation { ${name}(input: { jobId: ${RUNNING}, workerId: ${workerId}${args} }) { worker { workerId } message userErrors { code field } } }`,
      );
    const bonus = await command('bonusCrowdFlowerWorker', ', amountCents: 250, reason: "great work"');
    expect(at(bonus.body.data, 'bonusCrowdFlowerWorker', 'worker', 'workerId')).toBe(workerId);
    expect(at(bonus.body.data, 'bonusCrowdFlowerWorker', 'message')).toMatch(/\$2\.50/);
    const tooMuch = await command('bonusCrowdFlowerWorker', ', amountCents: 0');
    expect(at(tooMuch.body.data, 'bonusCrowdFlowerWorker', 'userErrors', 0, 'field')).toEqual([
      'input',
      'amountCents',
    ]);
    for (const [name, args] of [
      ['notifyCrowdFlowerWorker', ', message: "Thanks!"'],
      ['flagCrowdFlowerWorker', ', flag: "speeding", persist: false'],
      ['deflagCrowdFlowerWorker', ', reason: "appealed"'],
      ['rejectCrowdFlowerWorker', ''],
    ] as const) {
      const result = await command(name, args);
      expect(at(result.body.data, name, 'userErrors')).toEqual([]);
      expect(at(result.body.data, name, 'worker', 'workerId')).toBe(workerId);
    }
    const unknownWorker = await run(
      `mutation { notifyCrowdFlowerWorker(input: { jobId: ${RUNNING}, workerId: 1, message: "hi" }) { userErrors { code } } }`,
    );
    expect(at(unknownWorker.body.data, 'notifyCrowdFlowerWorker', 'userErrors', 0, 'code')).toBe('NOT_FOUND');
  });
});
