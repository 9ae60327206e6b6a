export { CircuitBreaker, type BreakerOptions, type BreakerState } from './breaker.js';
export {
  createResponseCache,
  ResponseCache,
  type CacheBackendOptions,
  type Generations,
  type ReplayableResponse,
  type WholeResponse,
} from './cache.js';
export { systemClock, type Clock } from './clock.js';
export { CredentialFingerprinter, type CacheScope } from './credentials.js';
export {
  ERROR_CODES,
  PLATFORM_NAMES,
  GatewayError,
  badUserInput,
  isGatewayError,
  type ErrorCode,
  type GatewayErrorOptions,
  type PlatformName,
} from './errors.js';
export { FileTokenSealer, type FileTicket } from './fileTokens.js';
export { scrub, type DescribedError, type UpstreamErrorDescriber } from './httpErrors.js';
export { groupBy, perKeyLoader, readAfterWrite } from './loaders.js';
export { WholeListReads } from './wholeLists.js';
export { multipartBody, type MultipartPart } from './multipart.js';
export { createMetrics, type GatewayMetrics } from './metrics.js';
export { encodePathSegment, queryString, upstreamPath } from './paths.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry.js';
export { PlatformApi, type PlatformApiOptions } from './platformApi.js';
export { PlatformSource, type BindArgs, type SourceConfig, type SourceDeps } from './source.js';
export { RequestTrace } from './trace.js';
export {
  UpstreamClient,
  type CachedGet,
  type UpstreamClientOptions,
  type UpstreamRequest,
  type UpstreamResponse,
} from './upstream.js';
export { dateText, jsonObject, objectsByNumericId, parseWire } from './validate.js';
export { redisClientOptions } from './redisOptions.js';
export { isDateText, isoUtc, isoUtcOrNull } from './dates.js';
