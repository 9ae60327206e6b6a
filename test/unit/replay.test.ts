import { describe, expect, it } from 'vitest';
import { replayPlanOf, wavesOf } from '../../bench/replay.js';
import { BENCH_CREDENTIALS, type PlatformKey } from '../../bench/simulation.js';

const call = (platform: PlatformKey, path: string, startedMs: number, finishedMs: number, query = '') => ({
  platform,
  method: 'GET',
  path,
  query,
  startedMs,
  finishedMs,
});

const URLS: Record<PlatformKey, string> = {
  crowdcent: 'http://127.0.0.1:1001/api',
  crowdflower: 'http://127.0.0.1:1002/v1',
  grandChallenge: 'http://127.0.0.1:1003/api/v1',
  crowdai: 'http://127.0.0.1:1004/api',
  arena: 'http://127.0.0.1:1005/',
};

describe('the cold floor replay', () => {
  it('groups calls that started before any answer of their wave into one wave', () => {
    const waves = wavesOf([
      call('crowdflower', '/v1/jobs/1/units.json', 0.1, 25),
      call('crowdflower', '/v1/jobs/1.json', 0, 20.7),
      call('crowdflower', '/v1/jobs/1/units/2/judgments.json', 25.5, 46),
      call('crowdflower', '/v1/jobs/1/units/3/judgments.json', 25.6, 46.5),
    ]);
    expect(waves.map((wave) => wave.map((c) => c.path))).toEqual([
      ['/v1/jobs/1.json', '/v1/jobs/1/units.json'],
      ['/v1/jobs/1/units/2/judgments.json', '/v1/jobs/1/units/3/judgments.json'],
    ]);
  });

  it('starts a new wave for a call that began after an answer of the current wave (it may have needed it)', () => {
    const waves = wavesOf([
      call('grandChallenge', '/api/v1/archives/', 0, 20),
      call('grandChallenge', '/api/v1/archives/items/', 21, 45),
      call('grandChallenge', '/api/v1/cases/images/', 21.2, 50),
      call('grandChallenge', '/api/v1/cases/images/', 46, 70, 'offset=1000'),
    ]);
    expect(waves.map((wave) => wave.length)).toEqual([1, 2, 1]);
  });

  it("puts each platform's benchmark credential back and keeps the logged query", () => {
    const [wave] = replayPlanOf(
      [
        call('crowdflower', '/v1/jobs/7.json', 0, 20, 'key=REDACTED&page=2'),
        call('grandChallenge', '/api/v1/archives/', 0.1, 20, 'slug=x'),
        call('crowdcent', '/api/challenges/', 0.2, 20),
        call('crowdai', '/api/challenges', 0.3, 20),
        call('arena', '/api/jobs/', 0.4, 20),
      ],
      URLS,
      { arenaCookie: 'sessionid=s; csrftoken=c' },
    );
    const [cf, gc, cc, ai, arena] = wave ?? [];
    expect(cf?.url).toBe(
      `http://127.0.0.1:1002/v1/jobs/7.json?key=${BENCH_CREDENTIALS.CROWDFLOWER_API_KEY}&page=2`,
    );
    expect(gc).toMatchObject({
      url: 'http://127.0.0.1:1003/api/v1/archives/?slug=x',
      headers: { authorization: `Bearer ${BENCH_CREDENTIALS.GRAND_CHALLENGE_TOKEN}` },
    });
    expect(cc?.headers.authorization).toBe(`Api-Key ${BENCH_CREDENTIALS.CROWDCENT_API_KEY}`);
    expect(ai?.headers.authorization).toBe(`Token token="${BENCH_CREDENTIALS.CROWDAI_API_KEY}"`);
    expect(arena?.headers.cookie).toBe('sessionid=s; csrftoken=c');
  });

  it('refuses an Arena replay without a session', () => {
    expect(() => replayPlanOf([call('arena', '/api/jobs/', 0, 20)], URLS, {})).toThrow(/session cookie/);
  });
});
