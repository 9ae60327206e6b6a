import { DEFAULT_REDACTED_QUERY_PARAMS, startSimulatorServer, type SimulatorHandle } from '../core/index.js';
import { advanceJobs } from './jobs.js';
import { registerRoutes } from './routes/index.js';
import { createSeededState } from './seed.js';
import { GRAND_CHALLENGE_DEMO_USERS, type GrandChallengeDemoUser } from './users.js';

export { GRAND_CHALLENGE_DEMO_USERS, type GrandChallengeDemoUser } from './users.js';

export interface GrandChallengeSimulatorOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /** Fixed latency added to every request, in ms; default 0. */
  latencyMs?: number;
  /**
   * The platform's clock; default the real one. The seed is laid out relative to its reading at
   * start, and it is re-read on every request, so advancing it moves jobs on and opens phases.
   */
  now?: () => Date;
  /** ms of platform time per algorithm-job status step (default 3000) */
  jobStepMs?: number;
}

export type GrandChallengeSimulator = SimulatorHandle & {
  /** Origin + `/api/v1`, what a client takes as its base URL. */
  baseUrl: string;
  users: ReadonlyArray<GrandChallengeDemoUser>;
  /** move every unfinished algorithm job one status step; returns jobs changed */
  advanceJobs(steps?: number): number;
};

export async function startGrandChallengeSimulator(
  options: GrandChallengeSimulatorOptions = {},
): Promise<GrandChallengeSimulator> {
  const clock = options.now ?? (() => new Date());
  const state = createSeededState(() => clock().getTime(), options.jobStepMs ?? 3000);
  const handle = await startSimulatorServer({
    // SIM_GRAND_CHALLENGE_FAULTS, _LATENCY_MS, _JITTER_MS, _ERROR_RATE, _RATE_LIMIT_RATE, _FAULT_SEED
    faultEnvPrefix: 'GRAND_CHALLENGE',
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    errorBody: ({ message }) => ({ detail: message }),
    appendSlash: true,
    redactQueryParams: [...DEFAULT_REDACTED_QUERY_PARAMS, 'x-amz-signature', 'x-amz-credential'],
    routes: (app) => registerRoutes(app, state),
  });
  return {
    ...handle,
    baseUrl: `${handle.url}/api/v1`,
    users: GRAND_CHALLENGE_DEMO_USERS,
    advanceJobs: (steps = 1) => advanceJobs(state, steps),
  };
}
