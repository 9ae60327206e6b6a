import { startCrowdCentSimulator, type CrowdCentSimulator } from './crowdcent/index.js';
import { startCrowdFlowerSimulator, type CrowdFlowerSimulator } from './crowdflower/index.js';
import { startGrandChallengeSimulator, type GrandChallengeSimulator } from './grand-challenge/index.js';
import { startCrowdAISimulator, type CrowdAISimulator } from './crowdai/index.js';
import { startArenaSimulator, type ArenaSimulator } from './arena/index.js';

export {
  startCrowdCentSimulator,
  CROWDCENT_DEMO_USERS,
  type CrowdCentSimulator,
  type CrowdCentSimulatorOptions,
  type CrowdCentDemoUser,
  type CrowdCentTier,
} from './crowdcent/index.js';
export {
  startCrowdFlowerSimulator,
  CROWDFLOWER_DEMO_USERS,
  type CrowdFlowerSimulator,
  type CrowdFlowerSimulatorOptions,
  type CrowdFlowerDemoUser,
} from './crowdflower/index.js';
export {
  startGrandChallengeSimulator,
  GRAND_CHALLENGE_DEMO_USERS,
  type GrandChallengeSimulator,
  type GrandChallengeSimulatorOptions,
  type GrandChallengeDemoUser,
} from './grand-challenge/index.js';
export {
  startCrowdAISimulator,
  CROWDAI_DEMO_ORGANIZERS,
  CROWDAI_DEMO_PARTICIPANTS,
  type CrowdAISimulator,
  type CrowdAISimulatorOptions,
} from './crowdai/index.js';
export {
  startArenaSimulator,
  ARENA_DEMO_USERS,
  type ArenaSimulator,
  type ArenaSimulatorOptions,
  type ArenaDemoUser,
} from './arena/index.js';
export {
  RequestLog,
  FaultInjector,
  type FaultRule,
  type LoggedRequest,
  type RequestFilter,
  type SimulatorHandle,
} from './core/index.js';

export interface SimulatorsOptions {
  /** Interface every simulator binds; default `127.0.0.1`. */
  host?: string;
  /** Fixed ports per platform; default 0 (ephemeral) each. */
  ports?: {
    crowdcent?: number;
    crowdflower?: number;
    grandChallenge?: number;
    crowdai?: number;
    arena?: number;
  };
  /** Fixed latency every simulator adds per request, in ms; default 0. */
  latencyMs?: number;
}

export interface Simulators {
  crowdcent: CrowdCentSimulator;
  crowdflower: CrowdFlowerSimulator;
  grandChallenge: GrandChallengeSimulator;
  crowdai: CrowdAISimulator;
  arena: ArenaSimulator;
  close(): Promise<void>;
}

/** Starts every platform simulator, each with its own state, log and fault injector. */
export async function startSimulators(options: SimulatorsOptions = {}): Promise<Simulators> {
  const { host, latencyMs } = options;
  const started: Array<{ close(): Promise<void> }> = [];
  // Start one after another; if one fails, close the ones already up.
  const start = async <T extends { close(): Promise<void> }>(launch: () => Promise<T>): Promise<T> => {
    try {
      const simulator = await launch();
      started.push(simulator);
      return simulator;
    } catch (error) {
      await Promise.all(started.map((simulator) => simulator.close()));
      throw error;
    }
  };
  const crowdcent = await start(() =>
    startCrowdCentSimulator({ host, port: options.ports?.crowdcent, latencyMs }),
  );
  const crowdflower = await start(() =>
    startCrowdFlowerSimulator({ host, port: options.ports?.crowdflower, latencyMs }),
  );
  const grandChallenge = await start(() =>
    startGrandChallengeSimulator({ host, port: options.ports?.grandChallenge, latencyMs }),
  );
  const crowdai = await start(() => startCrowdAISimulator({ host, port: options.ports?.crowdai, latencyMs }));
  const arena = await start(() => startArenaSimulator({ host, port: options.ports?.arena, latencyMs }));
  return {
    crowdcent,
    crowdflower,
    grandChallenge,
    crowdai,
    arena,
    close: async () => {
      await Promise.all(started.map((simulator) => simulator.close()));
    },
  };
}
