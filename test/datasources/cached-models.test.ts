import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrowdCentSource, type CrowdCentSource } from '../../datasources/crowdcent/index.js';
import {
  CredentialFingerprinter,
  RequestTrace,
  systemClock,
  type Clock,
  createMetrics,
  createResponseCache,
} from '../../datasources/core/index.js';
import {
  CROWDCENT_DEMO_USERS,
  startCrowdCentSimulator,
  type CrowdCentSimulator,
} from '../../simulators/index.js';

const ALICE = CROWDCENT_DEMO_USERS.find((user) => user.username === 'alice')!.apiKey;
const fingerprinter = new CredentialFingerprinter('cached-models-test-secret');
let sim: CrowdCentSimulator;
let source: CrowdCentSource;
let offsetMs = 0;
/** The system clock, moved forward by hand: cache freshness is judged on it. */
const clock: Clock = { now: () => Date.now() + offsetMs, sleep: systemClock.sleep };

beforeAll(async () => {
  sim = await startCrowdCentSimulator();
  source = createCrowdCentSource(
    { baseUrl: sim.baseUrl },
    { cache: createResponseCache(), metrics: createMetrics({ defaultMetrics: false }), clock },
  );
});

afterAll(async () => {
  await source.close();
  await sim.close();
});

const apiForRequest = () =>
  source.forRequest({ callerCredential: ALICE, fingerprinter, trace: new RequestTrace() }).api;

/**
 * A warm read that is not answered whole maps the same cached body again on every request unless
 * the models are remembered per body: they are built once, and rebuilt when the body is replaced.
 */
describe('models built from cached upstream bodies', () => {
  it('are built once per cached body and shared by later requests', async () => {
    const first = await apiForRequest().listSubmissions('hyperliquid-ranking');
    const second = await apiForRequest().listSubmissions('hyperliquid-ranking');
    expect(first.length).toBeGreaterThan(0);
    expect(second).toBe(first);
    expect(sim.log.count({ path: /submissions/ })).toBe(1);
  });

  it('are built again when the cached body is replaced', async () => {
    const before = await apiForRequest().listSubmissions('crypto-momentum');
    offsetMs += 60 * 60_000; // past the submissions' freshness: the next read refetches
    const after = await apiForRequest().listSubmissions('crypto-momentum');
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
    expect(sim.log.count({ path: /crypto-momentum\/submissions/ })).toBe(2);
  });
});
