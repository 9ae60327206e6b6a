export {
  RequestLog,
  DEFAULT_REDACTED_QUERY_PARAMS,
  type LoggedRequest,
  type RequestFilter,
} from './requestLog.js';
export { FaultInjector, parseFaultRule, type FaultRule } from './faults.js';
export { SimulatorHttpError, type ErrorDescription } from './errors.js';
export { startSimulatorServer, type SimulatorHandle, type SimulatorServerOptions } from './server.js';
