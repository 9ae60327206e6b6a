import { startCrowdCentSimulator, type CrowdCentSimulator } from './crowdcent/index.js';
import { startCrowdFlowerSimulator, type CrowdFlowerSimulator } from './crowdflower/index.js';

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
  ports?: { crowdcent?: number; crowdflower?: number };
  /** Fixed latency every simulator adds per request, in ms; default 0. */
  latencyMs?: number;
}

export interface Simulators {
  crowdcent: CrowdCentSimulator;
  crowdflower: CrowdFlowerSimulator;
  close(): Promise<void>;
}

/** Starts every platform simulator, each with its own state, log and fault injector. */
export async function startSimulators(options: SimulatorsOptions = {}): Promise<Simulators> {
  const { host, latencyMs } = options;
  const crowdcent = await startCrowdCentSimulator({ host, port: options.ports?.crowdcent, latencyMs });
  const crowdflower = await startCrowdFlowerSimulator({
    host,
    port: options.ports?.crowdflower,
    latencyMs,
  }).catch(async (error: unknown) => {
    await crowdcent.close();
    throw error;
  });
  const all = [crowdcent, crowdflower];
  return {
    crowdcent,
    crowdflower,
    close: async () => {
      await Promise.all(all.map((simulator) => simulator.close()));
    },
  };
}
