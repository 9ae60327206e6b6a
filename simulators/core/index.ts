export {
  RequestLog,
  DEFAULT_REDACTED_QUERY_PARAMS,
  type LoggedRequest,
  type RequestFilter,
} from './requestLog.js';
export {
  FaultInjector,
  parseFaultRule,
  seededRandom,
  DEFAULT_FAULT_SEED,
  MALFORMED_JSON,
  type FaultRule,
  type FaultEvent,
  type FaultListener,
  type FaultInjectorOptions,
} from './faults.js';
export {
  FaultEnvError,
  ERROR_RATE_STATUSES,
  applyFaultConfig,
  applyFaultEnv,
  faultConfigFromEnv,
  faultEnvNames,
  faultRulesFromEnv,
  type Environment,
  type FaultEnvConfig,
} from './faultEnv.js';
export { SimulatorHttpError, type ErrorDescription } from './errors.js';
export { startSimulatorServer, type SimulatorHandle, type SimulatorServerOptions } from './server.js';
