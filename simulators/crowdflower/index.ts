import { startSimulatorServer, type SimulatorHandle } from '../core/index.js';
import { registerCrowdRoutes } from './crowdRoutes.js';
import { crowdFlowerErrorBody, NOT_FOUND_MESSAGE } from './errors.js';
import { registerBodyParsers } from './http.js';
import { registerJobRoutes } from './jobRoutes.js';
import { registerResultRoutes } from './resultRoutes.js';
import { seed } from './seed.js';
import { registerSettingsRoutes } from './settingsRoutes.js';
import { CrowdFlowerState } from './state.js';
import { registerUnitRoutes } from './unitRoutes.js';
import { registerUploadRoutes } from './uploadRoutes.js';
import { CROWDFLOWER_DEMO_USERS, type CrowdFlowerDemoUser } from './users.js';

export { CROWDFLOWER_DEMO_USERS, type CrowdFlowerDemoUser } from './users.js';

export interface CrowdFlowerSimulatorOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /** Fixed latency added to every request, in ms; default 0. */
  latencyMs?: number;
  /**
   * The platform's clock; default the real one. Read on every request: report builds finish and
   * the crowd takes one step per `judgingIntervalMs` of it.
   */
  now?: () => Date;
  /** Units in each of the big seeded jobs; default 500 (about 2,300 units in all). */
  unitsPerJob?: number;
  /** Platform time per crowd step applied lazily on each request; default 5000. 0 turns it off. */
  judgingIntervalMs?: number;
}

export type CrowdFlowerSimulator = SimulatorHandle & {
  /** Origin + `/v1`, what a client takes as its base URL. */
  baseUrl: string;
  /** The demo accounts with their starting funds. */
  users: ReadonlyArray<CrowdFlowerDemoUser>;
  /** Advance the crowd: contributors judge running jobs `steps` times (default 1); returns judgments created. */
  tick(steps?: number): number;
};

export async function startCrowdFlowerSimulator(
  options: CrowdFlowerSimulatorOptions = {},
): Promise<CrowdFlowerSimulator> {
  const state = new CrowdFlowerState(options.now ?? (() => new Date()), options.judgingIntervalMs ?? 5000);
  seed(state.store, state.now(), options.unitsPerJob ?? 500);
  const handle = await startSimulatorServer({
    // SIM_CROWDFLOWER_FAULTS, _LATENCY_MS, _JITTER_MS, _ERROR_RATE, _RATE_LIMIT_RATE, _FAULT_SEED
    faultEnvPrefix: 'CROWDFLOWER',
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    errorBody: crowdFlowerErrorBody,
    routes: (app) => {
      app.register(
        async (api) => {
          // no 405s here: a wrong verb is the platform's 404 (POST on jobs/{id}.json, reference §2)
          api.setNotFoundHandler(async (_request, reply) =>
            reply.code(404).send({ error: { message: NOT_FOUND_MESSAGE } }),
          );
          registerBodyParsers(api);
          registerJobRoutes(api, state);
          registerUnitRoutes(api, state);
          registerResultRoutes(api, state);
          registerCrowdRoutes(api, state);
          registerSettingsRoutes(api, state);
          registerUploadRoutes(api, state);
        },
        { prefix: '/v1' },
      );
    },
  });
  return {
    ...handle,
    baseUrl: `${handle.url}/v1`,
    users: CROWDFLOWER_DEMO_USERS,
    tick: (steps = 1) => state.tick(steps),
  };
}
