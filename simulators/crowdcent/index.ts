import { startSimulatorServer, type SimulatorHandle } from '../core/index.js';
import multipart from '@fastify/multipart';
import { crowdCentErrorBody } from './http.js';
import { registerApiRoutes } from './routes.js';
import { createState } from './state.js';
import { CROWDCENT_DEMO_USERS, type CrowdCentDemoUser } from './users.js';

export { CROWDCENT_DEMO_USERS, type CrowdCentDemoUser, type CrowdCentTier } from './users.js';

export interface CrowdCentSimulatorOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /** Fixed latency added to every request, in ms; default 0. */
  latencyMs?: number;
  /**
   * The platform's clock; default the real one. Periods are laid out from its reading at start
   * (the current window opened an hour earlier and closes three hours later) and re-read on
   * every request, so advancing it closes windows, publishes files and evaluates submissions.
   */
  now?: () => Date;
  /** Rows in each training file; default 1000 (five weekly snapshots of 200 crypto ids). */
  trainingRows?: number;
  /**
   * Benchmarks: every training file of challenge `slug` is `bytes` bytes of a generated pattern,
   * streamed on each download and never held in memory (not Parquet). Default: off.
   */
  largeTrainingFile?: { slug: string; bytes: number };
}

export type CrowdCentSimulator = SimulatorHandle & {
  /** Origin + `/api`, what a client takes as its base URL. */
  baseUrl: string;
  users: ReadonlyArray<CrowdCentDemoUser>;
};

/** Uploads beyond this are refused with 413; real prediction files are a few kB. */
const MAX_UPLOAD_BYTES = 50 << 20;

export async function startCrowdCentSimulator(
  options: CrowdCentSimulatorOptions = {},
): Promise<CrowdCentSimulator> {
  const state = createState(
    options.now ?? (() => new Date()),
    options.trainingRows ?? 1000,
    options.largeTrainingFile,
  );
  const handle = await startSimulatorServer({
    // SIM_CROWDCENT_FAULTS, _LATENCY_MS, _JITTER_MS, _ERROR_RATE, _RATE_LIMIT_RATE, _FAULT_SEED
    faultEnvPrefix: 'CROWDCENT',
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    errorBody: crowdCentErrorBody,
    appendSlash: true,
    routes: async (app) => {
      await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 4, fields: 20 } });
      registerApiRoutes(app, state);
    },
  });
  return { ...handle, baseUrl: `${handle.url}/api`, users: CROWDCENT_DEMO_USERS };
}
