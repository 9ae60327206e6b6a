import { DEFAULT_REDACTED_QUERY_PARAMS, startSimulatorServer, type SimulatorHandle } from '../core/index.js';
import { registerGraderRoutes } from './graderRoutes.js';
import {
  crowdAIErrorBody,
  frameworkNotFound,
  registerBodyParsers,
  registerErrorHandler,
  registerRailsHeaders,
} from './http.js';
import { registerReadRoutes } from './readRoutes.js';
import { registerS3Routes } from './s3Routes.js';
import { CrowdAIState } from './state.js';
import {
  CROWDAI_DEMO_ORGANIZERS,
  CROWDAI_DEMO_PARTICIPANTS,
  type CrowdAIDemoOrganizer,
  type CrowdAIDemoParticipant,
} from './users.js';

export {
  CROWDAI_DEMO_ORGANIZERS,
  CROWDAI_DEMO_PARTICIPANTS,
  CROWDAI_DEMO_OAUTH_TOKENS,
  type CrowdAIDemoOrganizer,
  type CrowdAIDemoParticipant,
  type CrowdAIRole,
} from './users.js';

export interface CrowdAISimulatorOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /** Fixed latency added to every request, in ms; default 0. */
  latencyMs?: number;
  /**
   * The platform's clock; default the real one. The seed is laid out around its reading at
   * start, and it is re-read on every request: submission windows slide and rounds open and
   * close with it.
   */
  now?: () => Date;
}

export type CrowdAISimulator = SimulatorHandle & {
  /** Origin + `/api`, what a client takes as its base URL. */
  baseUrl: string;
  /** Two organizers and the Broker's admin key; send as `Authorization: Token token="<key>"`. */
  organizers: ReadonlyArray<CrowdAIDemoOrganizer>;
  /** Participants; their key goes in the URL or the `api_key` parameter, never the header. */
  participants: ReadonlyArray<CrowdAIDemoParticipant>;
};

export async function startCrowdAISimulator(
  options: CrowdAISimulatorOptions = {},
): Promise<CrowdAISimulator> {
  const state = new CrowdAIState(options.now ?? (() => new Date()));
  const handle = await startSimulatorServer({
    // SIM_CROWDAI_FAULTS, _LATENCY_MS, _JITTER_MS, _ERROR_RATE, _RATE_LIMIT_RATE, _FAULT_SEED
    faultEnvPrefix: 'CROWDAI',
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    errorBody: crowdAIErrorBody,
    redactQueryParams: [...DEFAULT_REDACTED_QUERY_PARAMS, 'x-amz-signature', 'x-amz-credential'],
    routes: (app) => {
      app.register(
        async (api) => {
          // Rails has no 405: an unrouted verb or path is the framework's 404
          api.setNotFoundHandler(async () => {
            throw frameworkNotFound();
          });
          registerErrorHandler(api);
          registerRailsHeaders(api);
          registerBodyParsers(api);
          registerGraderRoutes(api, state);
          registerReadRoutes(api, state);
        },
        { prefix: '/api' },
      );
      registerS3Routes(app, state);
    },
  });
  return {
    ...handle,
    baseUrl: `${handle.url}/api`,
    organizers: CROWDAI_DEMO_ORGANIZERS,
    participants: CROWDAI_DEMO_PARTICIPANTS,
  };
}
