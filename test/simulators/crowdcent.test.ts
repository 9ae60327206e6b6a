import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CROWDCENT_DEMO_USERS,
  startCrowdCentSimulator,
  type CrowdCentSimulator,
} from '../../simulators/index.js';

const HOUR_MS = 3600 * 1000;

function keyOf(username: string): string {
  const user = CROWDCENT_DEMO_USERS.find((candidate) => candidate.username === username);
  if (user === undefined) throw new Error(`no demo user ${username}`);
  return user.apiKey;
}

interface CallOptions {
  user?: string;
  method?: string;
  body?: FormData;
  headers?: Record<string, string>;
}

/** Talks to a simulator the way the client does: Api-Key header, redirects not followed. */
function call(sim: CrowdCentSimulator, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.user !== undefined) headers.authorization = `Api-Key ${keyOf(options.user)}`;
  const url = path.startsWith('http') ? path : `${sim.baseUrl}${path}`;
  return fetch(url, { method: options.method ?? 'GET', headers, body: options.body, redirect: 'manual' });
}

async function json(response: Response): Promise<unknown> {
  return JSON.parse(await response.text());
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

async function errorOf(response: Response): Promise<{ code: unknown; message: unknown }> {
  const { error } = record(await json(response));
  const { code, message } = record(error);
  return { code, message };
}

/** Follows a download the way `requests` does: 302 to the signed URL, fetched without credentials. */
async function download(sim: CrowdCentSimulator, path: string, user: string): Promise<ArrayBuffer> {
  const redirect = await call(sim, path, { user });
  expect(redirect.status).toBe(302);
  const location = redirect.headers.get('location') ?? '';
  const file = await fetch(location);
  expect(file.status).toBe(200);
  return file.arrayBuffer();
}

async function currentInferenceIds(sim: CrowdCentSimulator, slug = 'hyperliquid-ranking'): Promise<string[]> {
  const buffer = await download(sim, `/challenges/${slug}/inference_data/current/download/`, 'alice');
  const rows = await parquetReadObjects({ file: buffer, columns: ['id'] });
  return rows.map((row) => String(row.id));
}

function predictionsParquet(ids: readonly string[], columns: Record<string, number[]>): Blob {
  const columnData: ColumnSource[] = [
    { name: 'id', data: [...ids], type: 'STRING' },
    ...Object.entries(columns).map(([name, data]): ColumnSource => ({
      name,
      data: Float64Array.from(data),
      type: 'DOUBLE',
    })),
  ];
  return new Blob([parquetWriteBuffer({ columnData })], { type: 'application/octet-stream' });
}

function validPredictions(ids: readonly string[]): Blob {
  return predictionsParquet(ids, {
    pred_10d: ids.map((_, index) => (index + 0.5) / ids.length),
    pred_30d: ids.map((_, index) => 1 - (index + 0.5) / ids.length),
  });
}

function form(file: Blob, fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  body.set('prediction_file', file, 'predictions.parquet');
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
}

async function submissionsOf(
  sim: CrowdCentSimulator,
  user: string,
  query = '',
): Promise<Record<string, unknown>[]> {
  const response = await call(sim, `/challenges/hyperliquid-ranking/submissions/${query}`, { user });
  expect(response.status).toBe(200);
  return records(await json(response));
}

describe('CrowdCent simulator', () => {
  let sim: CrowdCentSimulator;

  beforeAll(async () => {
    sim = await startCrowdCentSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  describe('authentication', () => {
    it('answers 401 NOT_AUTHENTICATED in the platform error shape without a key', async () => {
      const response = await call(sim, '/challenges/');
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const error = await errorOf(response);
      expect(error.code).toBe('NOT_AUTHENTICATED');
      expect(typeof error.message).toBe('string');
    });

    it('answers 401 for an unknown key and for the wrong keyword', async () => {
      const unknown = await call(sim, '/challenges/', {
        headers: { authorization: 'Api-Key abcdefgh.0123456789abcdef0123456789abcdef' },
      });
      expect(unknown.status).toBe(401);
      const bearer = await call(sim, '/challenges/', {
        headers: { authorization: `Bearer ${keyOf('alice')}` },
      });
      expect(bearer.status).toBe(401);
    });

    it('accepts both Api-Key and the ApiKey variant', async () => {
      const check = await call(sim, '/auth/check/', { headers: { authorization: `ApiKey ${keyOf('bob')}` } });
      expect(check.status).toBe(200);
      expect(record(await json(check)).username).toBe('bob');
    });

    it('checks auth before looking up the challenge', async () => {
      expect((await call(sim, '/challenges/no-such-challenge/')).status).toBe(401);
      const missing = await call(sim, '/challenges/no-such-challenge/', { user: 'alice' });
      expect(missing.status).toBe(404);
      expect((await errorOf(missing)).code).toBe('NOT_FOUND');
    });
  });

  describe('challenges', () => {
    it('lists only active challenges but still serves an inactive one by slug', async () => {
      const list = records(await json(await call(sim, '/challenges/', { user: 'alice' })));
      const slugs = list.map((challenge) => challenge.slug);
      expect(slugs).toContain('hyperliquid-ranking');
      expect(slugs).toContain('crypto-momentum');
      expect(slugs).not.toContain('equity-nlp');
      expect(list.every((challenge) => challenge.is_active === true)).toBe(true);

      const ended = await call(sim, '/challenges/equity-nlp/', { user: 'alice' });
      expect(ended.status).toBe(200);
      const body = record(await json(ended));
      expect(body.is_active).toBe(false);
      expect(body.end_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });

    it('prints challenge dates without a fraction', async () => {
      const body = record(await json(await call(sim, '/challenges/hyperliquid-ranking/', { user: 'bob' })));
      expect(Object.keys(body)).toEqual([
        'id',
        'name',
        'slug',
        'description',
        'start_date',
        'end_date',
        'is_active',
      ]);
      expect(body.start_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(body.end_date).toBeNull();
    });

    it('redirects a path without the trailing slash with 301, keeping the query', async () => {
      const response = await call(sim, '/challenges/hyperliquid-ranking?x=1', { user: 'alice' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/api/challenges/hyperliquid-ranking/?x=1');
      expect((await call(sim, '/no-such-thing', { user: 'alice' })).status).toBe(404);
    });
  });

  describe('training data', () => {
    it('resolves latest to the one dataset marked is_latest', async () => {
      const list = records(
        await json(await call(sim, '/challenges/hyperliquid-ranking/training_data/', { user: 'alice' })),
      );
      expect(list.length).toBeGreaterThan(1);
      const flagged = list.filter((dataset) => dataset.is_latest === true);
      expect(flagged).toHaveLength(1);
      const latest = record(
        await json(
          await call(sim, '/challenges/hyperliquid-ranking/training_data/latest/', { user: 'alice' }),
        ),
      );
      expect(latest.version).toBe(flagged[0]?.version);
      expect(latest.uploaded_at).toMatch(/\.\d{6}Z$/);
      expect(latest.download_url).toBe(
        `${sim.baseUrl}/challenges/hyperliquid-ranking/training_data/${String(latest.version)}/download/`,
      );
    });

    it('404s an unknown version', async () => {
      const response = await call(sim, '/challenges/hyperliquid-ranking/training_data/9.9/', {
        user: 'alice',
      });
      expect(response.status).toBe(404);
    });

    it('downloads through a 302 to a self-authorizing signed URL serving real Parquet', async () => {
      const redirect = await call(sim, '/challenges/hyperliquid-ranking/training_data/latest/download/', {
        user: 'alice',
      });
      expect(redirect.status).toBe(302);
      const location = new URL(redirect.headers.get('location') ?? '');
      expect(location.origin).toBe(sim.url);
      expect(location.searchParams.get('signature')).toBeTruthy();
      expect(location.searchParams.get('expires')).toMatch(/^\d+$/);

      const file = await fetch(location);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/octet-stream');
      const buffer = await file.arrayBuffer();
      expect(Number(file.headers.get('content-length'))).toBe(buffer.byteLength);

      const metadata = parquetMetadata(buffer);
      const columns = metadata.schema.slice(1).map((element) => element.name);
      expect(columns.slice(0, 3)).toEqual(['id', 'eodhd_id', 'date']);
      expect(columns).toContain('feature_20_lag15');
      expect(columns.slice(-2)).toEqual(['target_10d', 'target_30d']);
      expect(columns).toHaveLength(85);
      expect(Number(metadata.num_rows)).toBe(1000);
      const [first] = await parquetReadObjects({ file: buffer, columns: ['id', 'target_10d'], rowEnd: 1 });
      expect(typeof first?.id).toBe('string');
    });

    it('refuses a tampered signature with 403', async () => {
      const redirect = await call(sim, '/challenges/hyperliquid-ranking/training_data/1.0/download/', {
        user: 'alice',
      });
      const location = new URL(redirect.headers.get('location') ?? '');
      const signature = location.searchParams.get('signature') ?? '';
      location.searchParams.set(
        'signature',
        `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      );
      expect((await fetch(location)).status).toBe(403);
      // the signature covers the path: a valid signature does not unlock another object
      const other = new URL(location);
      other.pathname = other.pathname.replace('1.0', '1.1');
      other.searchParams.set('signature', signature);
      expect((await fetch(other)).status).toBe(403);
    });
  });

  describe('inference data', () => {
    it('has an open current period whose file downloads as Parquet without targets', async () => {
      const current = record(
        await json(
          await call(sim, '/challenges/hyperliquid-ranking/inference_data/current/', { user: 'bob' }),
        ),
      );
      expect(current.is_processed).toBe(true);
      expect(Date.parse(String(current.submission_deadline)) - Date.parse(String(current.release_date))).toBe(
        4 * HOUR_MS,
      );
      const ids = await currentInferenceIds(sim);
      expect(ids.length).toBeGreaterThan(150);
    });

    it('lists daily periods, each retrievable by its date', async () => {
      const list = records(
        await json(await call(sim, '/challenges/hyperliquid-ranking/inference_data/', { user: 'bob' })),
      );
      expect(list.length).toBeGreaterThanOrEqual(14);
      const date = String(list[3]?.release_date).slice(0, 10);
      const one = record(
        await json(
          await call(sim, `/challenges/hyperliquid-ranking/inference_data/${date}/`, { user: 'bob' }),
        ),
      );
      expect(one.id).toBe(list[3]?.id);
      expect(
        (await call(sim, '/challenges/hyperliquid-ranking/inference_data/2001-01-01/', { user: 'bob' }))
          .status,
      ).toBe(404);
    });

    it('404s the download of crypto-momentum today until its file is published', async () => {
      const current = await call(sim, '/challenges/crypto-momentum/inference_data/current/', {
        user: 'alice',
      });
      expect(current.status).toBe(200);
      expect(record(await json(current)).is_processed).toBe(false);
      const response = await call(sim, '/challenges/crypto-momentum/inference_data/current/download/', {
        user: 'alice',
      });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('NOT_FOUND');
    });
  });

  describe('submissions', () => {
    it("hides another user's submission behind a 404", async () => {
      const [bobs] = await submissionsOf(sim, 'bob');
      expect(bobs?.username).toBe('bob');
      const path = `/challenges/hyperliquid-ranking/submissions/${String(bobs?.id)}/`;
      expect((await call(sim, path, { user: 'bob' })).status).toBe(200);
      const asAlice = await call(sim, path, { user: 'alice' });
      expect(asAlice.status).toBe(404);
      expect((await errorOf(asAlice)).code).toBe('NOT_FOUND');
    });

    it('lists only the caller’s own submissions, evaluated ones with scores on a 0–100 percentile scale', async () => {
      const alices = await submissionsOf(sim, 'alice');
      expect(alices.length).toBeGreaterThanOrEqual(5);
      expect(alices.every((submission) => submission.username === 'alice')).toBe(true);
      const evaluated = alices.find((submission) => submission.status === 'evaluated');
      const scores = record(evaluated?.score_details);
      expect(Object.keys(scores)).toEqual(['ndcg@40_10d', 'ndcg@40_30d', 'spearman_10d', 'spearman_30d']);
      const percentiles = record(evaluated?.percentile_details);
      expect(percentiles).toHaveProperty('composite_percentile');
      expect(
        Object.values(percentiles).every((value) => typeof value === 'number' && value >= 0 && value <= 100),
      ).toBe(true);
      expect(await submissionsOf(sim, 'carol')).toEqual([]);
    });

    it('filters by period date and by current', async () => {
      const all = await submissionsOf(sim, 'alice');
      const date = String(
        all.find((submission) => submission.status === 'evaluated')?.inference_data_release_date,
      ).slice(0, 10);
      const onDate = await submissionsOf(sim, 'alice', `?period=${date}`);
      expect(onDate.length).toBe(
        all.filter((s) => String(s.inference_data_release_date).startsWith(date)).length,
      );
      expect(onDate.length).toBeGreaterThan(0);
      expect(onDate.length).toBeLessThan(all.length);

      const current = await submissionsOf(sim, 'alice', '?period=current');
      expect(current.length).toBeGreaterThan(0);
      expect(current.every((submission) => submission.status === 'pending')).toBe(true);
      const bad = await call(sim, '/challenges/hyperliquid-ranking/submissions/?period=yesterday', {
        user: 'alice',
      });
      expect(bad.status).toBe(400);
    });

    it('creates with 201, then replaces the same slot and period with 200 and no duplicate', async () => {
      const ids = await currentInferenceIds(sim);
      const path = '/challenges/hyperliquid-ranking/submissions/';
      const first = await call(sim, path, {
        user: 'carol',
        method: 'POST',
        body: form(validPredictions(ids), { slot: '3' }),
      });
      expect(first.status).toBe(201);
      const created = record(await json(first));
      expect(created.status).toBe('pending');
      expect(created.slot).toBe(3);
      expect(record(created.match_info).matched_ids).toBe(ids.length);
      expect(created.queued_for_next).toBe(false);
      expect(created.queue_error_code).toBeNull();

      const second = await call(sim, path, {
        user: 'carol',
        method: 'POST',
        body: form(validPredictions(ids.slice(0, 100)), { slot: '3', notes: 'second try' }),
      });
      expect(second.status).toBe(200);
      const replaced = record(await json(second));
      expect(replaced.id).toBe(created.id);
      expect(replaced.notes).toBe('second try');
      expect(record(replaced.match_info).matched_ids).toBe(100);

      const mine = await submissionsOf(sim, 'carol');
      expect(mine).toHaveLength(1);
      const stored = await fetch(String(mine[0]?.prediction_file));
      expect(stored.status).toBe(200);
      const rows = await parquetReadObjects({ file: await stored.arrayBuffer(), columns: ['id'] });
      expect(rows).toHaveLength(100);
    });

    it('defaults the slot to 1', async () => {
      const ids = await currentInferenceIds(sim);
      const response = await call(sim, '/challenges/hyperliquid-ranking/submissions/', {
        user: 'carol',
        method: 'POST',
        body: form(validPredictions(ids)),
      });
      expect(response.status).toBe(201);
      expect(record(await json(response)).slot).toBe(1);
    });

    it('rejects a file that is not Parquet with 400 and creates nothing', async () => {
      const before = await submissionsOf(sim, 'bob');
      const response = await call(sim, '/challenges/hyperliquid-ranking/submissions/', {
        user: 'bob',
        method: 'POST',
        body: form(new Blob(['id,pred_10d,pred_30d\nBTC,0.5,0.5\n']), { slot: '1' }),
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('VALIDATION_ERROR');
      // compare ids: prediction_file URLs are re-signed on every read
      expect((await submissionsOf(sim, 'bob')).map((submission) => submission.id)).toEqual(
        before.map((submission) => submission.id),
      );
    });

    it('rejects a missing prediction column, naming it', async () => {
      const ids = await currentInferenceIds(sim);
      const file = predictionsParquet(ids, { pred_10d: ids.map(() => 0.5) });
      const response = await call(sim, '/challenges/hyperliquid-ranking/submissions/', {
        user: 'bob',
        method: 'POST',
        body: form(file),
      });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('VALIDATION_ERROR');
      expect(error.message).toContain('pred_30d');
    });

    it.each([
      ['out of [0, 1]', (n: number) => Array.from({ length: n }, (_, i) => (i === 3 ? 1.5 : 0.5))],
      ['NaN', (n: number) => Array.from({ length: n }, (_, i) => (i === 3 ? Number.NaN : 0.5))],
    ])('rejects predictions %s', async (_label, values) => {
      const ids = await currentInferenceIds(sim);
      const file = predictionsParquet(ids, { pred_10d: values(ids.length), pred_30d: ids.map(() => 0.5) });
      const response = await call(sim, '/challenges/hyperliquid-ranking/submissions/', {
        user: 'bob',
        method: 'POST',
        body: form(file),
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toContain('pred_10d');
    });

    it('rejects fewer than 80 matching ids and a slot outside 1..5', async () => {
      const ids = await currentInferenceIds(sim);
      const path = '/challenges/hyperliquid-ranking/submissions/';
      const few = await call(sim, path, {
        user: 'bob',
        method: 'POST',
        body: form(validPredictions(ids.slice(0, 79))),
      });
      expect(few.status).toBe(400);
      expect((await errorOf(few)).message).toMatch(/79 IDs matched/);
      const slot = await call(sim, path, {
        user: 'bob',
        method: 'POST',
        body: form(validPredictions(ids), { slot: '6' }),
      });
      expect(slot.status).toBe(400);
      expect((await errorOf(slot)).code).toBe('VALIDATION_ERROR');
    });
  });

  describe('meta model', () => {
    it('is forbidden below the Challenger tier', async () => {
      const response = await call(sim, '/challenges/hyperliquid-ranking/meta_model/download/', {
        user: 'bob',
      });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).code).toBe('PERMISSION_DENIED');
    });

    it('downloads for a Challenger as id, predictions and release_date', async () => {
      const buffer = await download(sim, '/challenges/hyperliquid-ranking/meta_model/download/', 'alice');
      const columns = parquetMetadata(buffer)
        .schema.slice(1)
        .map((element) => element.name);
      expect(columns).toEqual(['id', 'pred_10d', 'pred_30d', 'release_date']);
    });
  });

  describe('request log and faults', () => {
    it('counts upstream calls by method and path, without credentials', async () => {
      sim.log.reset();
      await call(sim, '/challenges/', { user: 'alice' });
      await call(sim, '/challenges/', { user: 'alice' });
      const redirect = await call(sim, '/challenges/hyperliquid-ranking/training_data/1.0/download/', {
        user: 'alice',
      });
      await fetch(redirect.headers.get('location') ?? '');
      await fetch(`${sim.url}/__admin/log`);

      expect(sim.log.count()).toBe(4);
      expect(sim.log.count({ path: '/api/challenges/' })).toBe(2);
      expect(sim.log.count({ method: 'get', path: /^\/storage\// })).toBe(1);
      expect(sim.log.entries.map((entry) => entry.status)).toEqual([200, 200, 302, 200]);
      const logged = JSON.stringify(sim.log.entries);
      expect(logged).not.toContain(keyOf('alice'));
      expect(logged).not.toContain(
        new URL(redirect.headers.get('location') ?? '').searchParams.get('signature'),
      );
    });

    it('injects a 503 once, with Retry-After, then answers normally', async () => {
      sim.faults.set({ path: /^\/api\/challenges\/$/, status: 503, retryAfterSeconds: 2, times: 1 });
      const failed = await call(sim, '/challenges/', { user: 'alice' });
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('2');
      expect((await errorOf(failed)).code).toBe('SERVER_ERROR');
      expect((await call(sim, '/challenges/', { user: 'alice' })).status).toBe(200);
    });

    it('takes fault rules over the loopback admin endpoint, unlogged', async () => {
      sim.log.reset();
      const set = await fetch(`${sim.url}/__admin/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: '^/api/auth/check/$', status: 429, body: 'slow down' }),
      });
      expect(set.status).toBe(204);
      const limited = await call(sim, '/auth/check/', { user: 'carol' });
      expect(limited.status).toBe(429);
      expect(await limited.text()).toBe('slow down');
      expect((await call(sim, '/auth/check/', { user: 'carol' })).status).toBe(429);
      expect((await fetch(`${sim.url}/__admin/faults`, { method: 'DELETE' })).status).toBe(204);
      expect((await call(sim, '/auth/check/', { user: 'carol' })).status).toBe(200);
      expect(sim.log.count()).toBe(3);
      expect((await fetch(`${sim.url}/__admin/reset-log`, { method: 'POST' })).status).toBe(204);
      expect(sim.log.count()).toBe(0);
    });

    it('can hang a request until the client gives up, leaving it unanswered in the log', async () => {
      sim.log.reset();
      sim.faults.set({ path: /auth\/check/, hang: true, times: 1 });
      const hung = fetch(`${sim.baseUrl}/auth/check/`, {
        headers: { authorization: `Api-Key ${keyOf('carol')}` },
        signal: AbortSignal.timeout(150),
      });
      await expect(hung).rejects.toThrow();
      expect(sim.log.entries[0]?.status).toBe(0);
      expect((await call(sim, '/auth/check/', { user: 'carol' })).status).toBe(200);
    });

    it('can delay a request and still answer it', async () => {
      sim.faults.set({ path: /auth\/check/, delayMs: 120, times: 1 });
      const started = performance.now();
      const response = await call(sim, '/auth/check/', { user: 'carol' });
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    });

    it('can reset the connection instead of answering', async () => {
      sim.faults.set({ path: /auth\/check/, resetConnection: true, times: 1 });
      await expect(call(sim, '/auth/check/', { user: 'carol' })).rejects.toThrow();
      expect((await call(sim, '/auth/check/', { user: 'carol' })).status).toBe(200);
    });
  });
});

describe('CrowdCent simulator over time', () => {
  let nowMs = Date.parse('2026-03-10T09:30:00.000Z');
  let sim: CrowdCentSimulator;

  beforeAll(async () => {
    sim = await startCrowdCentSimulator({ now: () => new Date(nowMs), trainingRows: 200 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('expires signed URLs', async () => {
    const redirect = await call(sim, '/challenges/hyperliquid-ranking/training_data/latest/download/', {
      user: 'alice',
    });
    const location = redirect.headers.get('location') ?? '';
    expect((await fetch(location, { method: 'HEAD' })).status).toBe(200);
    nowMs += 2 * HOUR_MS;
    expect((await fetch(location)).status).toBe(403);
  });

  it('evaluates a pending upload once the deadline passes, then refuses uploads until the next window', async () => {
    const ids = await currentInferenceIds(sim);
    const path = '/challenges/hyperliquid-ranking/submissions/';
    const created = await call(sim, path, {
      user: 'carol',
      method: 'POST',
      body: form(validPredictions(ids)),
    });
    expect(created.status).toBe(201);
    const id = String(record(await json(created)).id);

    nowMs += 2 * HOUR_MS + 1000; // started at T, now T + 4h: the window opened at T - 1h
    const evaluated = record(await json(await call(sim, `${path}${id}/`, { user: 'carol' })));
    expect(evaluated.status).toBe('evaluated');
    expect(Object.keys(record(evaluated.score_details))).toHaveLength(4);
    expect(
      (await call(sim, '/challenges/hyperliquid-ranking/inference_data/current/', { user: 'carol' })).status,
    ).toBe(404);

    const closed = await call(sim, path, {
      user: 'carol',
      method: 'POST',
      body: form(validPredictions(ids)),
    });
    expect(closed.status).toBe(400);
    expect((await errorOf(closed)).code).toBe('SUBMISSION_WINDOW_CLOSED');
    expect(await submissionsOf(sim, 'carol')).toHaveLength(1);
  });

  it('queues a closed-window upload with also_queue_next and submits it when the next period opens', async () => {
    // no period is open now, so match against the newest published file, as the platform does
    expect(
      (await call(sim, '/challenges/hyperliquid-ranking/inference_data/current/', { user: 'carol' })).status,
    ).toBe(404);
    const list = records(
      await json(await call(sim, '/challenges/hyperliquid-ranking/inference_data/', { user: 'carol' })),
    );
    const latestDate = String(list[0]?.release_date).slice(0, 10);
    const buffer = await download(
      sim,
      `/challenges/hyperliquid-ranking/inference_data/${latestDate}/download/`,
      'carol',
    );
    const latestIds = (await parquetReadObjects({ file: buffer, columns: ['id'] })).map((row) =>
      String(row.id),
    );

    const path = '/challenges/hyperliquid-ranking/submissions/';
    const queued = await call(sim, path, {
      user: 'carol',
      method: 'POST',
      body: form(validPredictions(latestIds), { slot: '2', also_queue_next: 'true' }),
    });
    expect(queued.status).toBe(202);
    const body = record(await json(queued));
    expect(body.status).toBe('queued');
    expect(body.slot).toBe(2);
    expect(body.challenge).toBe('hyperliquid-ranking');
    expect(body.message).toBe(
      'Submission queued for slot 2. Will be automatically submitted when next period opens.',
    );
    expect(await submissionsOf(sim, 'carol')).toHaveLength(1);

    nowMs += 20 * HOUR_MS; // T + 24h: the next window opened at T + 23h
    const current = await submissionsOf(sim, 'carol', '?period=current');
    expect(current).toHaveLength(1);
    expect(current[0]?.slot).toBe(2);
    expect(current[0]?.status).toBe('pending');
  });

  it('publishes crypto-momentum’s file two hours after release', async () => {
    const path = '/challenges/crypto-momentum/inference_data/current/download/';
    expect((await call(sim, path, { user: 'alice' })).status).toBe(404);
    nowMs += 1.5 * HOUR_MS;
    expect((await call(sim, path, { user: 'alice' })).status).toBe(302);
  });

  it('shares no state with another instance, and adds the configured latency', async () => {
    const other = await startCrowdCentSimulator({ now: () => new Date(nowMs), latencyMs: 60 });
    try {
      const started = performance.now();
      expect(await submissionsOf(other, 'carol')).toEqual([]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
      const redirect = await call(sim, '/challenges/hyperliquid-ranking/training_data/1.0/download/', {
        user: 'alice',
      });
      const foreign = new URL(redirect.headers.get('location') ?? '');
      expect((await fetch(`${other.url}${foreign.pathname}${foreign.search}`)).status).toBe(403);
    } finally {
      await other.close();
    }
  });
});
