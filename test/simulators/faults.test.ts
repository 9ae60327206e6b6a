import { parquetReadObjects } from 'hyparquet';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  FaultEnvError,
  FaultInjector,
  MALFORMED_JSON,
  applyFaultEnv,
  faultConfigFromEnv,
  faultRulesFromEnv,
  seededRandom,
  startSimulatorServer,
  type FaultEvent,
  type SimulatorHandle,
} from '../../simulators/core/index.js';
import {
  CROWDCENT_DEMO_USERS,
  startCrowdCentSimulator,
  type CrowdCentSimulator,
} from '../../simulators/index.js';
import { predictionsFile } from '../support/parquet.js';

const CAROL = CROWDCENT_DEMO_USERS.find((user) => user.username === 'carol')!.apiKey;
const auth = { authorization: `Api-Key ${CAROL}` };

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** ms from sending to the whole body. */
  elapsed: number;
  /** Arrival times of body chunks, ms from sending. */
  chunks: number[];
}

async function raw(
  url: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string> } = {},
): Promise<Raw> {
  const started = performance.now();
  const response = await request(url, { method: init.method ?? 'GET', headers: init.headers });
  const parts: Buffer[] = [];
  const chunks: number[] = [];
  for await (const chunk of response.body) {
    parts.push(Buffer.from(chunk as Uint8Array));
    chunks.push(performance.now() - started);
  }
  return {
    status: response.statusCode,
    headers: response.headers,
    text: Buffer.concat(parts).toString('utf8'),
    elapsed: performance.now() - started,
    chunks,
  };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function currentIds(sim: CrowdCentSimulator): Promise<string[]> {
  const redirect = await fetch(
    `${sim.baseUrl}/challenges/hyperliquid-ranking/inference_data/current/download/`,
    {
      headers: auth,
      redirect: 'manual',
    },
  );
  expect(redirect.status).toBe(302);
  const file = await fetch(redirect.headers.get('location') ?? '');
  const rows = await parquetReadObjects({ file: await file.arrayBuffer(), columns: ['id'] });
  return rows.map((row) => String(row.id));
}

function submissionForm(ids: readonly string[], slot: number, notes: string): FormData {
  const body = new FormData();
  body.set('prediction_file', new Blob([predictionsFile(ids)]), 'predictions.parquet');
  body.set('slot', String(slot));
  body.set('notes', notes);
  return body;
}

async function mySubmissions(
  sim: CrowdCentSimulator,
): Promise<Array<{ id: number; slot: number; notes: string }>> {
  const response = await fetch(`${sim.baseUrl}/challenges/hyperliquid-ranking/submissions/?period=current`, {
    headers: auth,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Array<{ id: number; slot: number; notes: string }>;
}

describe('fault injection over HTTP (CrowdCent simulator)', () => {
  let sim: CrowdCentSimulator;
  const events: FaultEvent[] = [];

  beforeAll(async () => {
    sim = await startCrowdCentSimulator({ trainingRows: 200 });
    sim.faults.onApplied((event) => events.push(event));
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(() => {
    sim.faults.clear();
    sim.faults.setLatency({ latencyMs: 0, jitterMs: 0 });
    events.length = 0;
  });

  const challenges = () => `${sim.baseUrl}/challenges/`;

  it('drop-after-apply: the write is kept, the client sees a reset, and it exists exactly once', async () => {
    const ids = await currentIds(sim);
    expect((await mySubmissions(sim)).filter((s) => s.slot === 4)).toEqual([]);
    sim.log.reset();
    sim.faults.set({ method: 'POST', path: /\/submissions\/$/, dropAfterApply: true, times: 1 });

    const lost = fetch(`${sim.baseUrl}/challenges/hyperliquid-ranking/submissions/`, {
      method: 'POST',
      headers: auth,
      body: submissionForm(ids, 4, 'answer lost'),
    });
    await expect(lost).rejects.toThrow();

    // the platform applied it: a later read shows it, once
    const inSlot = (await mySubmissions(sim)).filter((s) => s.slot === 4);
    expect(inSlot).toHaveLength(1);
    expect(inSlot[0]?.notes).toBe('answer lost');
    // the log saw one POST, never answered; the observer learns what the route had answered
    const posts = sim.log.entries.filter((entry) => entry.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.status).toBe(0);
    expect(events).toEqual([
      expect.objectContaining({ effect: 'dropAfterApply', method: 'POST', status: 201, request: posts[0] }),
    ]);
    // the rule was used up: the next request is answered normally
    expect((await fetch(challenges(), { headers: auth })).status).toBe(200);
  });

  it('truncates a JSON body, with a Content-Length that matches what is sent', async () => {
    const full = await raw(challenges(), { headers: auth });
    expect(parses(full.text)).toBe(true);
    sim.faults.set({ path: /^\/api\/challenges\/$/, truncateBody: 0.5, times: 1 });
    const cut = await raw(challenges(), { headers: auth });
    expect(cut.status).toBe(200);
    expect(String(cut.headers['content-type'])).toContain('application/json');
    expect(Number(cut.headers['content-length'])).toBe(Buffer.byteLength(cut.text));
    expect(Buffer.byteLength(cut.text)).toBe(Math.floor(Buffer.byteLength(full.text) / 2));
    expect(full.text.startsWith(cut.text)).toBe(true);
    expect(parses(cut.text)).toBe(false);
    expect(events[0]).toMatchObject({ effect: 'answer', status: 200 });
  });

  it('answers malformed JSON under a JSON content type', async () => {
    sim.faults.set({ path: /^\/api\/challenges\/$/, malformedJson: true, times: 1 });
    const broken = await raw(challenges(), { headers: auth });
    expect(broken.status).toBe(200);
    expect(String(broken.headers['content-type'])).toContain('application/json');
    expect(broken.text).toBe(MALFORMED_JSON);
    expect(parses(broken.text)).toBe(false);
  });

  it('relabels an answer with the wrong content type', async () => {
    sim.faults.set({ path: /^\/api\/challenges\/$/, contentType: 'text/html; charset=utf-8', times: 1 });
    const relabelled = await raw(challenges(), { headers: auth });
    expect(relabelled.status).toBe(200);
    expect(relabelled.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(parses(relabelled.text)).toBe(true);
  });

  it('trickles a body slowly, a few bytes at a time, and it arrives whole', async () => {
    const full = await raw(challenges(), { headers: auth });
    const size = Buffer.byteLength(full.text);
    const bytes = Math.ceil(size / 6);
    sim.faults.set({ path: /^\/api\/challenges\/$/, trickle: { bytes, intervalMs: 40 }, times: 1 });
    const slow = await raw(challenges(), { headers: auth });
    expect(slow.status).toBe(200);
    expect(slow.text).toBe(full.text);
    expect(Number(slow.headers['content-length'])).toBe(size);
    const pieces = Math.ceil(size / bytes);
    expect(slow.elapsed).toBeGreaterThanOrEqual((pieces - 1) * 40 * 0.8);
    expect(slow.chunks.length).toBeGreaterThan(1);
  });

  it('adds jittered latency from a seeded generator, within its bounds', async () => {
    sim.faults.reseed(7);
    sim.faults.set({ path: /auth\/check/, delayMs: 30, jitterMs: 120, times: 5 });
    const elapsed: number[] = [];
    for (let i = 0; i < 5; i += 1)
      elapsed.push((await raw(`${sim.baseUrl}/auth/check/`, { headers: auth })).elapsed);
    for (const ms of elapsed) {
      expect(ms).toBeGreaterThanOrEqual(28);
      expect(ms).toBeLessThan(150 + 100);
    }
    expect(Math.max(...elapsed) - Math.min(...elapsed)).toBeGreaterThan(10);

    sim.faults.setLatency({ latencyMs: 20, jitterMs: 40 });
    const base = await raw(`${sim.baseUrl}/auth/check/`, { headers: auth });
    expect(base.elapsed).toBeGreaterThanOrEqual(19);
  });

  it('fails a share of requests with a random 5xx, the same ones for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      sim.faults.clear();
      sim.faults.reseed(42);
      sim.faults.set({ path: /auth\/check/, probability: 0.3, statuses: [500, 502, 503, 504] });
      const statuses: number[] = [];
      for (let i = 0; i < 60; i += 1)
        statuses.push((await raw(`${sim.baseUrl}/auth/check/`, { headers: auth })).status);
      return statuses;
    };
    const first = await run();
    const failed = first.filter((status) => status !== 200);
    expect(failed.length).toBeGreaterThan(6);
    expect(failed.length).toBeLessThan(36);
    expect(new Set(failed).size).toBeGreaterThan(1);
    expect(failed.every((status) => [500, 502, 503, 504].includes(status))).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('takes the new rule fields over the admin endpoint', async () => {
    const set = await fetch(`${sim.url}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '^/api/challenges/$', malformedJson: true, times: 1 }),
    });
    expect(set.status).toBe(204);
    expect((await raw(challenges(), { headers: auth })).text).toBe(MALFORMED_JSON);
    const bad = await fetch(`${sim.url}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '(', status: 503 }),
    });
    expect(bad.status).toBe(400);
  });

  it('applies SIM_CROWDCENT_* to a running simulator', async () => {
    applyFaultEnv(sim.faults, 'CROWDCENT', {
      SIM_CROWDCENT_FAULTS: '[{"path":"/api/challenges/$","status":503,"times":2}]',
    });
    expect((await raw(challenges(), { headers: auth })).status).toBe(503);
    expect((await raw(challenges(), { headers: auth })).status).toBe(503);
    expect((await raw(challenges(), { headers: auth })).status).toBe(200);
  });
});

describe('fault configuration from the environment', () => {
  let server: SimulatorHandle | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const items: string[] = [];
  const start = (env: Record<string, string>, extra: { latencyMs?: number } = {}) =>
    startSimulatorServer({
      faultEnvPrefix: 'tiny',
      env,
      ...extra,
      routes: (app) => {
        app.get('/ping', async () => ({ ok: true }));
        app.post('/items', async () => {
          items.push('item');
          return { count: items.length };
        });
      },
    });

  it('parses rules, latency, jitter, rates and seed', () => {
    const config = faultConfigFromEnv('grand-challenge', {
      SIM_GRAND_CHALLENGE_FAULTS:
        '[{"path":"^/api/v1/","method":"post","dropAfterApply":true,"probability":0.1}]',
      SIM_GRAND_CHALLENGE_LATENCY_MS: '15',
      SIM_GRAND_CHALLENGE_JITTER_MS: '10',
      SIM_GRAND_CHALLENGE_ERROR_RATE: '0.05',
      SIM_GRAND_CHALLENGE_RATE_LIMIT_RATE: '0.02',
      SIM_GRAND_CHALLENGE_FAULT_SEED: '7',
    });
    expect(config).toMatchObject({ latencyMs: 15, jitterMs: 10, seed: 7 });
    expect(config.rules).toEqual([
      { probability: 0.02, status: 429, retryAfterSeconds: 1 },
      { probability: 0.05, statuses: [500, 502, 503, 504] },
      { path: /^\/api\/v1\//, method: 'post', dropAfterApply: true, probability: 0.1 },
    ]);
    expect(faultRulesFromEnv('OTHER', {})).toEqual([]);
  });

  it.each([
    ['SIM_TINY_FAULTS', '{"status":503}', /SIM_TINY_FAULTS: must be a JSON array/],
    ['SIM_TINY_FAULTS', '[{"status":503', /SIM_TINY_FAULTS: must be a JSON array/],
    ['SIM_TINY_FAULTS', '[{"status":999}]', /SIM_TINY_FAULTS: rule 0: status/],
    [
      'SIM_TINY_FAULTS',
      '[{"path":"("}]',
      /SIM_TINY_FAULTS: rule 0: path: must be a valid regular expression/,
    ],
    ['SIM_TINY_FAULTS', '[{"explode":true}]', /SIM_TINY_FAULTS: rule 0/],
    ['SIM_TINY_ERROR_RATE', '1.5', /SIM_TINY_ERROR_RATE: must be between 0 and 1/],
    ['SIM_TINY_RATE_LIMIT_RATE', 'often', /SIM_TINY_RATE_LIMIT_RATE/],
    ['SIM_TINY_LATENCY_MS', '-3', /SIM_TINY_LATENCY_MS/],
    ['SIM_TINY_JITTER_MS', '2.5', /SIM_TINY_JITTER_MS: must be a whole number/],
    ['SIM_TINY_FAULT_SEED', 'abc', /SIM_TINY_FAULT_SEED/],
  ])('refuses %s=%s at start, naming the variable', async (name, value, message) => {
    const failed = start({ [name]: value });
    await expect(failed).rejects.toThrow(FaultEnvError);
    await expect(failed).rejects.toThrow(message);
  });

  it('applies SIM_<P>_FAULTS at start', async () => {
    server = await start({
      SIM_TINY_FAULTS: '[{"path":"^/ping$","status":503,"times":2,"retryAfterSeconds":3}]',
    });
    const first = await raw(`${server.url}/ping`);
    expect(first.status).toBe(503);
    expect(first.headers['retry-after']).toBe('3');
    expect((await raw(`${server.url}/ping`)).status).toBe(503);
    expect((await raw(`${server.url}/ping`)).status).toBe(200);
  });

  it('answers every request with a 5xx at SIM_<P>_ERROR_RATE=1 and 429 at RATE_LIMIT_RATE=1', async () => {
    server = await start({ SIM_TINY_ERROR_RATE: '1' });
    for (let i = 0; i < 10; i += 1)
      expect([500, 502, 503, 504]).toContain((await raw(`${server.url}/ping`)).status);
    await server.close();
    server = await start({ SIM_TINY_RATE_LIMIT_RATE: '1' });
    const limited = await raw(`${server.url}/ping`);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
  });

  it('lets SIM_<P>_LATENCY_MS and JITTER_MS replace the start option', async () => {
    server = await start({ SIM_TINY_LATENCY_MS: '60', SIM_TINY_JITTER_MS: '20' }, { latencyMs: 0 });
    expect(server.faults.latency).toEqual({ latencyMs: 60, jitterMs: 20 });
    const answer = await raw(`${server.url}/ping`);
    expect(answer.status).toBe(200);
    expect(answer.elapsed).toBeGreaterThanOrEqual(58);
  });

  it('drop-after-apply on a POST keeps the effect and resets the client', async () => {
    server = await start({
      SIM_TINY_FAULTS: '[{"method":"POST","path":"^/items$","dropAfterApply":true,"times":1}]',
    });
    const before = items.length;
    await expect(raw(`${server.url}/items`, { method: 'POST' })).rejects.toThrow();
    expect(items.length).toBe(before + 1);
    const next = await raw(`${server.url}/items`, { method: 'POST' });
    expect(JSON.parse(next.text)).toEqual({ count: before + 2 });
  });
});

describe('seeded generator', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('skips a rule whose draw misses without using up its times', () => {
    const faults = new FaultInjector({ seed: 3 });
    faults.set({ status: 500 });
    faults.set({ probability: 0, status: 503, times: 1 });
    expect(faults.take('GET', '/x')?.status).toBe(500);
    faults.set({ probability: 1, status: 429, times: 1 });
    expect(faults.take('GET', '/x')?.status).toBe(429);
    expect(faults.take('GET', '/x')?.status).toBe(500);
  });
});
