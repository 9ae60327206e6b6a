/**
 * The platforms as the benchmark sees them: all five simulators with the benchmark's seed options,
 * the gateway environment that points at them with server-side credentials (so load requests need
 * no headers), and upstream-call counts per platform. Shared by the simulators child process
 * (bench/simulatorsProcess.ts) and the minimums test (test/e2e/bench-minimums.test.ts), so both
 * run against the same data.
 */
import {
  ARENA_DEMO_USERS,
  CROWDAI_DEMO_ORGANIZERS,
  CROWDCENT_DEMO_USERS,
  CROWDFLOWER_DEMO_USERS,
  GRAND_CHALLENGE_DEMO_USERS,
  startArenaSimulator,
  startCrowdAISimulator,
  startCrowdCentSimulator,
  startCrowdFlowerSimulator,
  startGrandChallengeSimulator,
  type RequestLog,
} from '../simulators/index.js';

export const PLATFORMS = ['crowdcent', 'crowdflower', 'grandChallenge', 'crowdai', 'arena'] as const;
export type PlatformKey = (typeof PLATFORMS)[number];
export type Counts = Record<PlatformKey, number>;

export interface BenchSimulatorOptions {
  /** Fixed latency every simulator adds per request, ms. */
  latencyMs: number;
  /**
   * Size of the CrowdCent training file of `LARGE_FILE_DATASET`, bytes, generated as it streams;
   * absent: the regular Parquet file.
   */
  largeFileBytes?: number;
}

/** The training dataset whose download the 1 GiB scenario streams. */
export const LARGE_FILE_DATASET = { slug: 'hyperliquid-ranking' } as const;

export interface BenchSimulators {
  urls: Record<PlatformKey, string>;
  logs: Record<PlatformKey, RequestLog>;
  close(): Promise<void>;
}

export async function startBenchSimulators(options: BenchSimulatorOptions): Promise<BenchSimulators> {
  const { latencyMs } = options;
  const crowdcent = await startCrowdCentSimulator({
    latencyMs,
    trainingRows: 200,
    ...(options.largeFileBytes !== undefined
      ? { largeTrainingFile: { slug: LARGE_FILE_DATASET.slug, bytes: options.largeFileBytes } }
      : {}),
  });
  // judgingIntervalMs 0: the crowd stands still, so every run reads the same units and judgments.
  const crowdflower = await startCrowdFlowerSimulator({ latencyMs, judgingIntervalMs: 0 });
  const grandChallenge = await startGrandChallengeSimulator({ latencyMs, jobStepMs: 0 });
  const crowdai = await startCrowdAISimulator({ latencyMs });
  const arena = await startArenaSimulator({ latencyMs });
  const all = { crowdcent, crowdflower, grandChallenge, crowdai, arena };
  return {
    urls: {
      crowdcent: crowdcent.baseUrl,
      crowdflower: crowdflower.baseUrl,
      grandChallenge: grandChallenge.baseUrl,
      crowdai: crowdai.baseUrl,
      arena: arena.baseUrl,
    },
    logs: {
      crowdcent: crowdcent.log,
      crowdflower: crowdflower.log,
      grandChallenge: grandChallenge.log,
      crowdai: crowdai.log,
      arena: arena.log,
    },
    close: async () => {
      await Promise.all(Object.values(all).map((simulator) => simulator.close()));
    },
  };
}

/** Every request a simulator saw except its loopback admin API: API calls, redirects, file bytes. */
export function countsOf(logs: Record<PlatformKey, RequestLog>): Counts {
  const count = (log: RequestLog) => log.entries.filter((entry) => !entry.path.startsWith('/__admin')).length;
  return {
    crowdcent: count(logs.crowdcent),
    crowdflower: count(logs.crowdflower),
    grandChallenge: count(logs.grandChallenge),
    crowdai: count(logs.crowdai),
    arena: count(logs.arena),
  };
}

/** One upstream call as the simulators served it (monotonic ms of the simulators' process). */
export interface ServedCall {
  platform: PlatformKey;
  method: string;
  path: string;
  /** The query string without `?`, credential-bearing parameters' values redacted by the simulator. */
  query: string;
  startedMs: number;
  finishedMs: number;
}

/** Every answered call since the last reset, in arrival order: when each started and finished. */
export function timelineOf(logs: Record<PlatformKey, RequestLog>): ServedCall[] {
  return PLATFORMS.flatMap((platform) =>
    logs[platform].entries
      .filter((entry) => !entry.path.startsWith('/__admin') && Number.isFinite(entry.finishedMs))
      .map(({ method, path, query, startedMs, finishedMs }) => ({
        platform,
        method,
        path,
        query,
        startedMs,
        finishedMs,
      })),
  ).sort((a, b) => a.startedMs - b.startedMs);
}

export function resetCounts(logs: Record<PlatformKey, RequestLog>): void {
  for (const log of Object.values(logs)) log.reset();
}

export function totalOf(counts: Counts): number {
  return PLATFORMS.reduce((sum, platform) => sum + counts[platform], 0);
}

/** The accounts the gateway uses for every benchmark query (server-side credentials). */
export const BENCH_CREDENTIALS = {
  CROWDCENT_API_KEY: CROWDCENT_DEMO_USERS.find((u) => u.username === 'alice')!.apiKey,
  CROWDFLOWER_API_KEY: CROWDFLOWER_DEMO_USERS.find((u) => u.name === 'acme')!.apiKey,
  GRAND_CHALLENGE_TOKEN: GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'editor')!.token,
  // the Broker's admin key: the only one that may list crowdAI challenges
  CROWDAI_API_KEY: CROWDAI_DEMO_ORGANIZERS.find((o) => o.role === 'admin')!.apiKey,
  ARENA_USERNAME: ARENA_DEMO_USERS.find((u) => u.username === 'alice')!.username,
  ARENA_PASSWORD: ARENA_DEMO_USERS.find((u) => u.username === 'alice')!.password,
} as const;

/**
 * Other accounts on every platform, sent as caller headers: a cold sample first runs its own query
 * under these (another cache scope), so the code it exercises is warm while its own scope's cache
 * stays empty. Their answers may differ or fail (another account sees other objects); only the
 * code paths matter.
 */
export const OTHER_ACCOUNT_HEADERS: Readonly<Record<string, string>> = {
  'x-crowdcent-api-key': CROWDCENT_DEMO_USERS.find((u) => u.username === 'bob')!.apiKey,
  'x-crowdflower-key': CROWDFLOWER_DEMO_USERS.find((u) => u.name === 'lowfunds')!.apiKey,
  'x-grand-challenge-token': GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'researcher')!.token,
  'x-crowdai-key': CROWDAI_DEMO_ORGANIZERS.find((o) => o.role === 'organizer')!.apiKey,
  'x-arena-username': ARENA_DEMO_USERS.find((u) => u.username === 'bob')!.username,
  'x-arena-password': ARENA_DEMO_USERS.find((u) => u.username === 'bob')!.password,
};

/** Gateway environment pointing at the simulators, with the benchmark's server-side accounts. */
export function gatewayEnvFor(urls: Record<PlatformKey, string>): Record<string, string> {
  return {
    SIMULATORS: 'off',
    RATE_LIMIT_PER_MINUTE: '0',
    CROWDCENT_BASE_URL: urls.crowdcent,
    CROWDFLOWER_BASE_URL: urls.crowdflower,
    GRAND_CHALLENGE_BASE_URL: urls.grandChallenge,
    CROWDAI_BASE_URL: urls.crowdai,
    ARENA_BASE_URL: urls.arena,
    ...BENCH_CREDENTIALS,
  };
}
