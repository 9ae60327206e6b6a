import { startCrowdCentSimulator, type CrowdCentSimulator } from './crowdcent/index.js';

export {
  startCrowdCentSimulator,
  CROWDCENT_DEMO_USERS,
  type CrowdCentSimulator,
  type CrowdCentSimulatorOptions,
  type CrowdCentDemoUser,
  type CrowdCentTier,
} from './crowdcent/index.js';
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
  ports?: { crowdcent?: number };
  /** Fixed latency every simulator adds per request, in ms; default 0. */
  latencyMs?: number;
}

export interface Simulators {
  crowdcent: CrowdCentSimulator;
  close(): Promise<void>;
}

/** Starts every platform simulator, each with its own state, log and fault injector. */
export async function startSimulators(options: SimulatorsOptions = {}): Promise<Simulators> {
  const { host, latencyMs } = options;
  const crowdcent = await startCrowdCentSimulator({ host, port: options.ports?.crowdcent, latencyMs });
  const all = [crowdcent];
  return {
    crowdcent,
    close: async () => {
      await Promise.all(all.map((simulator) => simulator.close()));
    },
  };
}
