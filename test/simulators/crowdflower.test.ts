import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CROWDFLOWER_DEMO_USERS,
  startCrowdFlowerSimulator,
  type CrowdFlowerSimulator,
} from '../../simulators/crowdflower/index.js';

const NOT_FOUND = "We couldn't find what you were looking for.";
const MISSING = 'Your request is missing required parameters.';
const SENTIMENT_CML =
  '<cml:radios label="Sentiment" name="sentiment" validates="required">' +
  '<cml:radio label="Positive" value="positive"/><cml:radio label="Negative" value="negative"/>' +
  '<cml:radio label="Neutral" value="neutral"/></cml:radios>';

function keyOf(name: string): string {
  const user = CROWDFLOWER_DEMO_USERS.find((candidate) => candidate.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  return user.apiKey;
}

interface CallOptions {
  /** Demo user whose key goes in the query; null sends no key. */
  user?: string | null;
  method?: string;
  /** Sent as application/x-www-form-urlencoded, in order. */
  form?: ReadonlyArray<readonly [string, string]>;
  json?: unknown;
  body?: string | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}

/** Talks to the simulator the way EVE does: `?key=` on every verb, form-encoded writes. */
function call(sim: CrowdFlowerSimulator, path: string, options: CallOptions = {}): Promise<Response> {
  const url = new URL(`${sim.baseUrl}${path}`);
  const user = options.user === undefined ? 'acme' : options.user;
  if (user !== null) url.searchParams.set('key', keyOf(user));
  const headers: Record<string, string> = { ...options.headers };
  let body: string | ReadableStream<Uint8Array> | undefined = options.body;
  if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(
      options.form.map(([name, value]): [string, string] => [name, value]),
    ).toString();
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const streamed = typeof body === 'object';
  return fetch(url, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    redirect: 'manual',
    ...(streamed ? { duplex: 'half' as const } : {}),
  });
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('expected an object');
  return Object.fromEntries(Object.entries(value));
}

function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new Error('expected an array');
  return value.map(record);
}

async function body(response: Response): Promise<unknown> {
  return JSON.parse(await response.text());
}

/** Asserts a 200 and returns the JSON body. */
async function ok(sim: CrowdFlowerSimulator, path: string, options: CallOptions = {}): Promise<unknown> {
  const response = await call(sim, path, options);
  const text = await response.text();
  expect(response.status, `${options.method ?? 'GET'} ${path}: ${text}`).toBe(200);
  return JSON.parse(text);
}

async function errorMessage(response: Response): Promise<unknown> {
  return record(record(await body(response)).error).message;
}

async function jobOf(
  sim: CrowdFlowerSimulator,
  id: unknown,
  user = 'acme',
): Promise<Record<string, unknown>> {
  return record(await ok(sim, `/jobs/${String(id)}.json`, { user }));
}

function ndjson(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}

/** A job with sentiment CML and `rows` uploaded as NDJSON; returns its id. */
async function sentimentJob(
  sim: CrowdFlowerSimulator,
  rows: readonly Record<string, unknown>[],
  user = 'acme',
): Promise<number> {
  const created = record(
    await ok(sim, '/jobs.json', {
      user,
      form: [
        ['job[title]', 'Test sentiment job'],
        ['job[instructions]', 'Judge the sentiment.'],
        ['job[cml]', SENTIMENT_CML],
      ],
    }),
  );
  const id = Number(created.id);
  await ok(sim, `/jobs/${id}/upload.json`, {
    user,
    method: 'POST',
    body: ndjson(rows),
    headers: { 'content-type': 'application/json' },
  });
  return id;
}

const textRows = (count: number, prefix = 'review'): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, index) => ({ text: `${prefix} number ${index}` }));

async function order(
  sim: CrowdFlowerSimulator,
  jobId: number,
  units: number,
  user = 'acme',
): Promise<Response> {
  return call(sim, `/jobs/${jobId}/orders.json`, {
    user,
    method: 'POST',
    form: [
      ['debit[units_count]', String(units)],
      ['channels[]', 'on_demand'],
    ],
  });
}

async function tickUntilFinished(sim: CrowdFlowerSimulator, jobId: number): Promise<Record<string, unknown>> {
  for (let round = 0; round < 100; round += 1) {
    const job = await jobOf(sim, jobId);
    if (job.state === 'finished') return job;
    sim.tick(5);
  }
  throw new Error(`job ${jobId} never finished`);
}

/** Every judgment of a job, unit by unit. */
async function judgmentsOf(sim: CrowdFlowerSimulator, jobId: number): Promise<Record<string, unknown>[]> {
  const units = Object.keys(record(await ok(sim, `/jobs/${jobId}/units.json`)));
  const lists = await Promise.all(
    units.map(async (unitId) => records(await ok(sim, `/jobs/${jobId}/units/${unitId}/judgments`))),
  );
  return lists.flat();
}

describe('CrowdFlower simulator', () => {
  let sim: CrowdFlowerSimulator;
  let clockMs = Date.parse('2024-05-06T12:00:00Z');
  const advance = (ms: number): void => {
    clockMs += ms;
  };
  let seeded: Record<string, unknown>[] = [];
  const seededJob = (state: string, titlePart = ''): Record<string, unknown> => {
    const job = seeded.find(
      (candidate) => candidate.state === state && String(candidate.title).includes(titlePart),
    );
    if (job === undefined) throw new Error(`no seeded ${state} job`);
    return job;
  };

  beforeAll(async () => {
    // the crowd only moves on tick() here, so assertions never race the clock
    sim = await startCrowdFlowerSimulator({ now: () => new Date(clockMs), judgingIntervalMs: 0 });
    const pages = await Promise.all([1, 2].map((page) => ok(sim, `/jobs.json?page=${page}`)));
    seeded = pages.flatMap(records);
  });
  afterAll(async () => {
    await sim.close();
  });

  describe('authentication and isolation', () => {
    it('answers 401 with the error envelope without a key or with an unknown one', async () => {
      const missing = await call(sim, '/jobs.json', { user: null });
      expect(missing.status).toBe(401);
      expect(typeof (await errorMessage(missing))).toBe('string');
      const unknown = await fetch(`${sim.baseUrl}/jobs.json?key=notarealkey0000000000`);
      expect(unknown.status).toBe(401);
    });

    it('checks the key before looking the job up', async () => {
      expect((await call(sim, '/jobs/999999999.json', { user: null })).status).toBe(401);
      expect((await call(sim, '/jobs/999999999.json')).status).toBe(404);
    });

    it('accepts the key in a form body, as one docs example sends it', async () => {
      const response = await fetch(`${sim.baseUrl}/jobs.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ key: keyOf('lowfunds'), 'job[title]': 'Key in body' }).toString(),
      });
      expect(response.status).toBe(200);
      expect(record(await body(response)).title).toBe('Key in body');
    });

    it('hides another user’s job behind the platform 404', async () => {
      const acmeJob = seededJob('running');
      const response = await call(sim, `/jobs/${String(acmeJob.id)}.json`, { user: 'lowfunds' });
      expect(response.status).toBe(404);
      expect(await body(response)).toEqual({ error: { message: NOT_FOUND } });
      const theirs = records(await ok(sim, '/jobs.json', { user: 'lowfunds' }));
      expect(theirs.map((job) => job.id)).not.toContain(acmeJob.id);
      expect(theirs.length).toBeGreaterThanOrEqual(2);
    });

    it('redacts the key from the request log', async () => {
      await ok(sim, '/jobs.json');
      const entry = sim.log.entries.at(-1);
      expect(entry?.query).toContain('key=REDACTED');
      expect(JSON.stringify(sim.log.entries)).not.toContain(keyOf('acme'));
    });
  });

  describe('jobs', () => {
    it('pages the jobs list 10 at a time, newest first, ignoring limit, then an empty page', async () => {
      const first = records(await ok(sim, '/jobs.json?page=1&limit=100'));
      expect(first).toHaveLength(10);
      const ids = first.map((job) => Number(job.id));
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      expect(seeded.length).toBeGreaterThanOrEqual(15);
      expect(seeded.length).toBeLessThan(20);
      expect(new Set(seeded.map((job) => job.id)).size).toBe(seeded.length);
      expect(await ok(sim, '/jobs.json?page=3')).toEqual([]);
    });

    it('seeds jobs in every state with realistic CML and judgments', async () => {
      const states = new Set(seeded.map((job) => job.state));
      for (const state of ['unordered', 'running', 'paused', 'finished', 'canceled'])
        expect(states).toContain(state);
      const finished = seededJob('finished', 'Image relevance');
      expect(finished.completed).toBe(true);
      expect(finished.completed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
      const ping = record(await ok(sim, `/jobs/${String(finished.id)}/ping.json`));
      expect(ping.completed_units_estimate).toBe(ping.ordered_units);
      expect(ping.needed_judgments).toBe(0);
      const gold = seededJob('running', 'test questions');
      expect(Number(gold.golds_count)).toBeGreaterThan(0);
      const total = seeded.reduce((sum, job) => sum + Number(job.units_count), 0);
      expect(total).toBeGreaterThan(2000);
    });

    it('serves a job with or without .json, and 406 when Accept rules JSON out', async () => {
      const id = String(seededJob('paused').id);
      expect(record(await ok(sim, `/jobs/${id}`, { headers: { accept: 'application/json' } })).id).toBe(
        Number(id),
      );
      expect((await call(sim, `/jobs/${id}`, { headers: { accept: 'text/html' } })).status).toBe(406);
      expect((await call(sim, `/jobs/${id}.json`, { headers: { accept: 'text/html' } })).status).toBe(200);
    });

    it('answers a POST to a job with the 404 the platform gives, not a 405', async () => {
      const response = await call(sim, `/jobs/${String(seededJob('paused').id)}.json`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(await errorMessage(response)).toBe(NOT_FOUND);
    });

    it('creates a blank unordered job from an empty body', async () => {
      const job = record(await ok(sim, '/jobs.json', { method: 'POST' }));
      expect(job).toMatchObject({ state: 'unordered', title: null, instructions: '', units_count: 0 });
      expect(job.completed).toBe(false);
    });

    it('parses bracketed form attributes and JSON bodies alike', async () => {
      const form = record(
        await ok(sim, '/jobs.json', {
          method: 'POST',
          form: [
            ['job[title]', 'Bracketed attributes'],
            ['job[judgments_per_unit]', '5'],
            ['job[options][req_ttl_in_seconds]', '60'],
            ['job[included_countries][]', 'FI'],
            ['job[included_countries][]', 'IN'],
          ],
        }),
      );
      expect(form.judgments_per_unit).toBe(5);
      expect(record(form.options).req_ttl_in_seconds).toBe(60);
      expect(form.included_countries).toEqual([
        { name: 'Finland', code: 'FI' },
        { name: 'India', code: 'IN' },
      ]);
      const json = record(
        await ok(sim, '/jobs.json', {
          method: 'POST',
          json: { job: { title: 'From JSON', payment_cents: 7 } },
        }),
      );
      expect(json).toMatchObject({ title: 'From JSON', payment_cents: 7 });
    });

    it('answers an update "valid" but changes nothing without title, instructions and required CML', async () => {
      const blank = record(await ok(sim, '/jobs.json', { method: 'POST' }));
      const path = `/jobs/${String(blank.id)}.json`;
      const partial = record(
        await ok(sim, path, { method: 'PUT', form: [['job[instructions]', 'Only this']] }),
      );
      expect(partial.instructions).toBe('');
      const full = record(
        await ok(sim, path, {
          method: 'PUT',
          form: [
            ['job[title]', 'Now it persists'],
            ['job[instructions]', 'Read carefully'],
            ['job[cml]', SENTIMENT_CML],
          ],
        }),
      );
      expect(full).toMatchObject({ title: 'Now it persists', instructions: 'Read carefully' });
      expect(record(await ok(sim, `/jobs/${String(blank.id)}/legend.json`))).toEqual({
        sentiment: 'Sentiment',
      });
      expect(
        record(await ok(sim, path, { method: 'PUT', form: [['job[title]', 'Renamed job']] })).title,
      ).toBe('Renamed job');
    });

    it('deletes a job with the platform message, after which it is gone', async () => {
      const job = record(await ok(sim, '/jobs.json', { method: 'POST' }));
      const deleted = await ok(sim, `/jobs/${String(job.id)}.json`, { method: 'DELETE' });
      expect(deleted).toEqual({ message: { success: `Job ${String(job.id)} has been deleted.` } });
      expect((await call(sim, `/jobs/${String(job.id)}.json`)).status).toBe(404);
    });

    it('copies settings only, all units, or only the gold', async () => {
      const source = seededJob('running', 'test questions');
      const path = `/jobs/${String(source.id)}/copy.json`;
      const settingsOnly = record(await ok(sim, path, { method: 'POST' }));
      expect(settingsOnly).toMatchObject({ units_count: 0, state: 'unordered', copied_from: source.id });
      expect(record(settingsOnly.message).notice).toBe(
        'Job successfully copied. You may add data using one of three methods above.',
      );
      const all = record(await ok(sim, `${path}?all_units=true`));
      expect(all.units_count).toBe(source.units_count);
      expect(all.title).toBe(source.title);
      const gold = record(await ok(sim, path, { method: 'POST', form: [['gold', 'true']] }));
      expect(gold.units_count).toBe(source.golds_count);
      expect(gold.golds_count).toBe(source.golds_count);
    });
  });

  describe('state changes', () => {
    it('refuses to pause an unordered job with HTTP 200 and a plain-string error, leaving it unordered', async () => {
      const id = String(seededJob('unordered', 'categorization').id);
      const paused = await call(sim, `/jobs/${id}/pause.json`);
      expect(paused.status).toBe(200);
      expect(await body(paused)).toEqual({ error: "You can't pause a job that hasn't been launched." });
      expect(await ok(sim, `/jobs/${id}/cancel.json`, { method: 'PUT' })).toEqual({
        error: "You can't cancel a job that hasn't been launched.",
      });
      expect(await ok(sim, `/jobs/${id}/resume.json`)).toEqual({
        error: 'You can only resume jobs that are paused or complete.',
      });
      expect((await jobOf(sim, id)).state).toBe('unordered');
    });

    it('pauses a running job, resumes it, then cancels it for good and refunds the rest', async () => {
      const id = await sentimentJob(sim, textRows(10));
      expect((await order(sim, id, 10)).status).toBe(200);
      const before = record(await ok(sim, '/account.json')).balance_cents;
      expect(await ok(sim, `/jobs/${id}/resume.json`)).toEqual({
        error: 'You can only resume jobs that are paused or complete.',
      });
      expect(record(await ok(sim, `/jobs/${id}/pause.json`)).state).toBe('paused');
      sim.tick(10);
      expect((await jobOf(sim, id)).judgments_count).toBe(0);
      expect(record(await ok(sim, `/jobs/${id}/resume`, { method: 'PUT' })).state).toBe('running');
      expect(record(await ok(sim, `/jobs/${id}/cancel.json`)).state).toBe('canceled');
      // 10 units × 3 judgments × 10¢ come back
      expect(record(await ok(sim, '/account.json')).balance_cents).toBe(Number(before) + 300);
      expect(record(await ok(sim, `/jobs/${id}/resume.json`)).error).toBe(
        'You can only resume jobs that are paused or complete.',
      );
    });
  });

  describe('orders and the crowd', () => {
    it('launches a job, collects judgments on tick, finalizes units and finishes the job', async () => {
      const id = await sentimentJob(sim, textRows(12));
      const launched = await order(sim, id, 12);
      expect(launched.status).toBe(200);
      const placed = record(await body(launched));
      expect(placed.success).toEqual({ message: 'Your job is now collecting judgments!' });
      expect(placed).toMatchObject({ job_id: id, type: 'debit' });
      expect(record(await ok(sim, `/jobs/${id}/orders/${String(placed.id)}.json`)).job_id).toBe(id);
      const running = await jobOf(sim, id);
      expect(running.state).toBe('running');
      const units = Object.keys(record(await ok(sim, `/jobs/${id}/units.json`)));
      const unit = record(await ok(sim, `/jobs/${id}/units/${units[0] ?? ''}.json`));
      expect(unit.state).toBe('judgable');

      expect(sim.tick(1)).toBeGreaterThan(0);
      expect(Number((await jobOf(sim, id)).judgments_count)).toBeGreaterThan(0);

      const finished = await tickUntilFinished(sim, id);
      expect(finished.completed).toBe(true);
      expect(typeof finished.completed_at).toBe('string');
      for (const unitId of units) {
        const done = record(await ok(sim, `/jobs/${id}/units/${unitId}.json`));
        expect(done.state).toBe('finalized');
        const results = record(done.results);
        expect(records(results.judgments).filter((judgment) => judgment.tainted === false)).toHaveLength(3);
        expect(['positive', 'negative', 'neutral']).toContain(record(results.sentiment).agg);
        expect(record(results.sentiment).confidence).toBeGreaterThan(0);
      }
      const ping = record(await ok(sim, `/jobs/${id}/ping.json`));
      expect(ping).toMatchObject({
        all_units: 12,
        ordered_units: 12,
        completed_units_estimate: 12,
        needed_judgments: 0,
      });
    });

    it('answers 402 with the platform message when the order costs more than the funds', async () => {
      const job = records(await ok(sim, '/jobs.json', { user: 'lowfunds' })).find((candidate) =>
        String(candidate.title).startsWith('Logo detection'),
      );
      const response = await order(sim, Number(job?.id), 100, 'lowfunds');
      expect(response.status).toBe(402);
      expect(await errorMessage(response)).toBe(
        'You have $20.00 available but this order will cost $50.00.  You can purchase more at http://crowdflower.com/orders/new',
      );
      expect((await jobOf(sim, job?.id, 'lowfunds')).state).toBe('unordered');
    });

    it('needs five units, CML and debit[units_count] to order', async () => {
      const few = await sentimentJob(sim, textRows(4));
      expect((await order(sim, few, 4)).status).toBe(400);
      const bare = record(
        await ok(sim, '/jobs/upload.json', {
          method: 'POST',
          body: ndjson(textRows(6)),
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect((await order(sim, Number(bare.id), 6)).status).toBe(400);
      const missing = await call(sim, `/jobs/${few}/orders.json`, { method: 'POST' });
      expect(missing.status).toBe(400);
      expect(await errorMessage(missing)).toBe(MISSING);
    });

    it('stops a flagged contributor judging that job while they keep judging others', async () => {
      const flaggedJob = await sentimentJob(sim, textRows(40, 'flag'));
      const control = Number(record(await ok(sim, `/jobs/${flaggedJob}/copy.json?all_units=true`)).id);
      expect((await order(sim, flaggedJob, 40)).status).toBe(200);
      expect((await order(sim, control, 40)).status).toBe(200);
      sim.tick(1);
      const early = await judgmentsOf(sim, flaggedJob);
      const worker = Number(early[0]?.worker_id);
      const flagged = await ok(sim, `/jobs/${flaggedJob}/workers/${worker}.json`, {
        method: 'PUT',
        form: [['flag', 'Too fast']],
      });
      expect(record(flagged).success).toBeDefined();
      const before = early.filter((judgment) => judgment.worker_id === worker).length;
      await tickUntilFinished(sim, flaggedJob);
      await tickUntilFinished(sim, control);
      const after = (await judgmentsOf(sim, flaggedJob)).filter((judgment) => judgment.worker_id === worker);
      expect(after).toHaveLength(before);
      const elsewhere = (await judgmentsOf(sim, control)).filter((judgment) => judgment.worker_id === worker);
      expect(elsewhere.length).toBeGreaterThan(0);
    });

    it('moves lazily with the platform clock when a judging interval is set', async () => {
      let now = Date.parse('2024-05-06T12:00:00Z');
      const paced = await startCrowdFlowerSimulator({
        now: () => new Date(now),
        judgingIntervalMs: 1000,
        unitsPerJob: 50,
      });
      try {
        const running = records(await ok(paced, '/jobs.json')).find((job) => job.state === 'running');
        const before = Number(running?.judgments_count);
        now += 10_000;
        const after = Number((await jobOf(paced, running?.id)).judgments_count);
        expect(after).toBeGreaterThan(before);
      } finally {
        await paced.close();
      }
    });
  });

  describe('units', () => {
    it('lists source data keyed by unit id, paged by limit, with an empty page as {}', async () => {
      const id = String(seededJob('unordered', 'categorization').id);
      const all = record(await ok(sim, `/jobs/${id}/units.json`));
      expect(Object.keys(all)).toHaveLength(500);
      const firstPage = record(await ok(sim, `/jobs/${id}/units.json?limit=50`));
      const secondPage = record(await ok(sim, `/jobs/${id}/units.json?limit=50&page=2`));
      expect(Object.keys(firstPage)).toHaveLength(50);
      expect(Object.keys(firstPage).every((key) => /^\d+$/.test(key))).toBe(true);
      expect(Object.keys(secondPage).some((key) => key in firstPage)).toBe(false);
      expect(record(Object.values(firstPage)[0])).toHaveProperty('title');
      expect(await ok(sim, `/jobs/${id}/units.json?page=99`)).toEqual({});
    });

    it('creates, replaces, golds and deletes single units; missing data is a 400', async () => {
      const id = await sentimentJob(sim, textRows(3));
      const created = record(
        await ok(sim, `/jobs/${id}/units.json`, {
          method: 'POST',
          form: [['unit[data][text]', 'brand new']],
        }),
      );
      expect(created).toMatchObject({ job_id: id, state: 'new', data: { text: 'brand new' } });
      const unitPath = `/jobs/${id}/units/${String(created.id)}.json`;
      const replaced = record(
        await ok(sim, unitPath, { method: 'PUT', json: { unit: { data: { other: 'x' }, golden: true } } }),
      );
      expect(replaced).toMatchObject({ data: { other: 'x' }, state: 'golden' });
      const missing = await call(sim, `/jobs/${id}/units.json`, {
        method: 'POST',
        form: [['unit[state]', 'new']],
      });
      expect(missing.status).toBe(400);
      expect(await body(missing)).toEqual({ error: { message: MISSING } });
      expect((await call(sim, unitPath, { method: 'DELETE' })).status).toBe(200);
      expect((await call(sim, unitPath)).status).toBe(404);
      expect(await ok(sim, `/jobs/${id}/units/ping.json`)).toEqual({ count: 3, done: true });
    });

    it('cancels a unit so it collects nothing while the rest of the job finishes', async () => {
      const id = await sentimentJob(sim, textRows(8));
      expect((await order(sim, id, 8)).status).toBe(200);
      const units = Object.keys(record(await ok(sim, `/jobs/${id}/units.json`)));
      const last = units.at(-1) ?? '';
      const canceled = record(await ok(sim, `/jobs/${id}/units/${last}/cancel.json`, { method: 'POST' }));
      expect(canceled.state).toBe('canceled');
      await tickUntilFinished(sim, id);
      const after = record(await ok(sim, `/jobs/${id}/units/${last}.json`));
      expect(after).toMatchObject({ state: 'canceled', judgments_count: 0 });
    });
  });

  describe('judgments', () => {
    it('pages aggregates keyed by unit id, at most 100 a page', async () => {
      const id = String(seededJob('running', 'Nimbus').id);
      const page = record(await ok(sim, `/jobs/${id}/judgments.json?limit=500`));
      const keys = Object.keys(page);
      expect(keys).toHaveLength(100);
      const aggregate = record(page[keys[0] ?? '']);
      expect(Object.keys(aggregate)).toEqual(
        expect.arrayContaining(['_agreement', '_ids', '_state', '_updated_at', 'sentiment']),
      );
      expect(record(aggregate.sentiment)).toHaveProperty('agg');
      expect(Array.isArray(record(aggregate.sentiment).res)).toBe(true);
      expect(await ok(sim, `/jobs/${id}/judgments.json?page=999`)).toEqual({});
    });

    it('serves one judgment with worker, trust, country and the unit data', async () => {
      const id = String(seededJob('finished', 'Image').id);
      const page = record(await ok(sim, `/jobs/${id}/judgments.json?limit=1`));
      const judgmentId = (record(Object.values(page)[0])._ids as unknown[])[0];
      const judgment = record(await ok(sim, `/jobs/${id}/judgments/${String(judgmentId)}.json`));
      expect(judgment).toMatchObject({ id: judgmentId, job_id: Number(id), golden: false });
      for (const field of ['worker_id', 'trust', 'worker_trust', 'country', 'external_type', 'tainted'])
        expect(judgment).toHaveProperty(field);
      expect(String(judgment.country)).toMatch(/^[A-Z]{3}$/);
      expect(record(judgment.unit_data)).toHaveProperty('image_url');
      expect(record(judgment.data)).toHaveProperty('relevance');
    });
  });

  describe('uploads', () => {
    it('streams a 10,000-row NDJSON upload into 10,000 units', async () => {
      const encoder = new TextEncoder();
      let next = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (next >= 10_000) {
            controller.close();
            return;
          }
          const rows = Array.from({ length: 500 }, (_, index) => ({
            text: `row ${next + index}`,
            n: next + index,
          }));
          next += 500;
          controller.enqueue(encoder.encode(ndjson(rows)));
        },
      });
      const job = record(
        await ok(sim, '/jobs/upload.json', {
          method: 'POST',
          body: stream,
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect(job.units_count).toBe(10_000);
      expect(await ok(sim, `/jobs/${String(job.id)}/units/ping.json`)).toEqual({ count: 10_000, done: true });
      const capped = record(await ok(sim, `/jobs/${String(job.id)}/units.json?limit=5000`));
      expect(Object.keys(capped)).toHaveLength(1000);
    });

    it('answers 500 to a JSON array instead of one object per line', async () => {
      const response = await call(sim, '/jobs/upload.json', {
        method: 'POST',
        body: JSON.stringify([{ text: 'a' }, { text: 'b' }]),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(500);
      expect(typeof (await errorMessage(response))).toBe('string');
    });

    it('adds CSV rows, refuses differing columns without force and adds them with it', async () => {
      const csv = 'text,source\n"Hello, world",web\nSecond row,app\n';
      const job = record(
        await ok(sim, '/jobs/upload.json', {
          method: 'POST',
          body: csv,
          headers: { 'content-type': 'text/csv' },
        }),
      );
      const path = `/jobs/${String(job.id)}/upload.json`;
      expect(Object.values(record(await ok(sim, `/jobs/${String(job.id)}/units.json`)))).toContainEqual({
        text: 'Hello, world',
        source: 'web',
      });
      const differing = await call(sim, path, {
        method: 'POST',
        body: ndjson([{ title: 'no text column' }]),
        headers: { 'content-type': 'application/json' },
      });
      expect(differing.status).toBe(400);
      expect(String(await errorMessage(differing))).toContain('force=true');
      const forced = record(
        await ok(sim, `${path}?force=true`, {
          method: 'POST',
          body: ndjson([{ title: 'no text column' }]),
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect(forced.units_count).toBe(3);
    });
  });

  describe('reports', () => {
    it('answers 202 while generating, then a ZIP whose JSON file holds one unit per line', async () => {
      const id = String(seededJob('finished', 'Image').id);
      const pending = await call(sim, `/jobs/${id}.csv?type=json`);
      expect(pending.status).toBe(202);
      expect(await body(pending)).toEqual({
        notice: { message: 'Your CSV is being generated.  Try again in 10 seconds.' },
      });
      advance(10_000);
      const ready = await call(sim, `/jobs/${id}.csv?type=json`);
      expect(ready.status).toBe(200);
      expect(ready.headers.get('content-type')).toMatch(/zip/);
      const files = unzipSync(new Uint8Array(await ready.arrayBuffer()));
      expect(Object.keys(files)).toEqual([`job_${id}.json`]);
      const lines = strFromU8(files[`job_${id}.json`] ?? new Uint8Array())
        .trim()
        .split('\n')
        .map((line) => record(JSON.parse(line)));
      expect(lines).toHaveLength(Number(seededJob('finished', 'Image').units_count));
      expect(lines[0]).toMatchObject({ state: 'finalized' });
      expect(record(lines[0]?.results)).toHaveProperty('relevance');

      const regenerated = await call(sim, `/jobs/${id}/regenerate`, {
        method: 'POST',
        form: [['type', 'json']],
      });
      expect(regenerated.status).toBe(200);
      expect(await regenerated.text()).toBe('OK');
      expect((await call(sim, `/jobs/${id}.csv?type=json`)).status).toBe(202);
    });
  });

  describe('channels, tags, gold and workers', () => {
    it('serves channels without a suffix only, and sets them from channels[] or channels[0]', async () => {
      const id = String(seededJob('paused').id);
      expect(record(await ok(sim, `/jobs/${id}/channels`))).toEqual({
        enabled_channels: ['on_demand'],
        available_channels: expect.arrayContaining(['on_demand', 'amt']),
      });
      expect((await call(sim, `/jobs/${id}/channels.json`)).status).toBe(404);
      const set = record(
        await ok(sim, `/jobs/${id}/channels`, {
          method: 'PUT',
          form: [
            ['channels[]', 'on_demand'],
            ['channels[]', 'amt'],
          ],
        }),
      );
      expect(set.enabled_channels).toEqual(['on_demand', 'amt']);
      const indexed = record(
        await ok(sim, `/jobs/${id}/channels`, { method: 'POST', form: [['channels[0]', 'sama']] }),
      );
      expect(indexed.enabled_channels).toEqual(['sama']);
      const disabled = record(
        await ok(sim, `/jobs/${id}/disable_channel`, { method: 'POST', form: [['channel_name', 'sama']] }),
      );
      expect(disabled.enabled_channels).toEqual([]);
    });

    it('adds, sets and removes tags', async () => {
      const id = String(seededJob('running', 'Nimbus').id);
      expect(await ok(sim, `/jobs/${id}/tags`)).toEqual([{ name: 'sentiment' }, { name: 'launch' }]);
      expect(
        await ok(sim, `/jobs/${id}/tags`, { method: 'POST', form: [['tags', 'urgent']] }),
      ).toContainEqual({
        name: 'urgent',
      });
      expect(await ok(sim, `/jobs/${id}/tags`, { method: 'PUT', form: [['tags', 'a,b']] })).toEqual([
        { name: 'a' },
        { name: 'b' },
      ]);
      expect(await ok(sim, `/jobs/${id}/tags`, { method: 'DELETE', form: [['tags', 'a']] })).toEqual([
        { name: 'b' },
      ]);
      expect((await call(sim, `/jobs/${id}/tags.json`)).status).toBe(404);
    });

    it('converts uploaded gold to test questions and resets them', async () => {
      const id = await sentimentJob(sim, [
        ...textRows(6),
        { text: 'gold one', sentiment_gold: 'positive' },
        { text: 'gold two', sentiment_gold: 'negative' },
      ]);
      const converted = record(
        await ok(sim, `/jobs/${id}/gold`, {
          method: 'PUT',
          form: [
            ['convert_units', 'true'],
            ['check', 'sentiment'],
          ],
        }),
      );
      expect(record(converted.success).message).toMatch(/^2 /);
      const job = await jobOf(sim, id);
      expect(job).toMatchObject({ golds_count: 2, gold: { sentiment: 'sentiment_gold' } });
      expect((await call(sim, `/jobs/${id}/gold.json`, { method: 'PUT' })).status).toBe(404);
      await ok(sim, `/jobs/${id}/gold`, { method: 'PUT', form: [['reset', 'true']] });
      expect((await jobOf(sim, id)).golds_count).toBe(0);
    });

    it('debits a bonus from the funds and refuses rejects on a basic plan', async () => {
      const id = String(seededJob('finished', 'Image').id);
      const judgment = record(Object.values(record(await ok(sim, `/jobs/${id}/judgments.json?limit=1`)))[0]);
      const judgmentId = (judgment._ids as unknown[])[0];
      const worker = record(await ok(sim, `/jobs/${id}/judgments/${String(judgmentId)}.json`)).worker_id;
      const before = Number(record(await ok(sim, '/account.json')).balance_cents);
      const bonus = record(
        await ok(sim, `/jobs/${id}/workers/${String(worker)}/bonus.json`, {
          method: 'POST',
          form: [
            ['amount', '250'],
            ['reason', 'Great work'],
          ],
        }),
      );
      expect(record(bonus.success).message).toContain('$2.50');
      expect(Number(record(await ok(sim, '/account.json')).balance_cents)).toBe(before - 250);
      const notified = await call(sim, `/jobs/${id}/workers/${String(worker)}/notify.json`, {
        method: 'POST',
        form: [['message', 'Thanks!']],
      });
      expect(notified.status).toBe(200);

      const lowJob = records(await ok(sim, '/jobs.json', { user: 'lowfunds' }))[0];
      const rejected = await call(sim, `/jobs/${String(lowJob?.id)}/workers/${String(worker)}/reject.json`, {
        user: 'lowfunds',
        method: 'PUT',
      });
      expect(rejected.status).toBe(403);
    });

    it('rejecting a contributor removes their judgments from the job', async () => {
      const id = String(seededJob('paused').id);
      const page = record(await ok(sim, `/jobs/${id}/judgments.json?limit=1`));
      const judgmentId = (record(Object.values(page)[0])._ids as unknown[])[0];
      const worker = record(await ok(sim, `/jobs/${id}/judgments/${String(judgmentId)}.json`)).worker_id;
      await ok(sim, `/jobs/${id}/workers/${String(worker)}/reject.json`, { method: 'PUT' });
      expect((await call(sim, `/jobs/${id}/judgments/${String(judgmentId)}.json`)).status).toBe(404);
    });
  });

  describe('faults and determinism', () => {
    it('injects faults through the core with the platform error body', async () => {
      sim.faults.set({ path: /\/v1\/jobs\.json$/, status: 503, times: 1 });
      const failed = await call(sim, '/jobs.json');
      expect(failed.status).toBe(503);
      expect(typeof (await errorMessage(failed))).toBe('string');
      expect((await call(sim, '/jobs.json')).status).toBe(200);
    });

    it('seeds the same world for the same clock', async () => {
      const at = Date.parse('2024-05-06T12:00:00Z');
      const [a, b] = await Promise.all([
        startCrowdFlowerSimulator({ now: () => new Date(at), unitsPerJob: 40 }),
        startCrowdFlowerSimulator({ now: () => new Date(at), unitsPerJob: 40 }),
      ]);
      try {
        const [first, second] = await Promise.all([a, b].map((one) => ok(one, '/jobs.json')));
        expect(first).toEqual(second);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
});
