import { z } from 'zod';
import { parseFaultRule, type FaultInjector, type FaultRule } from './faults.js';

/**
 * Fault configuration of one simulator from the environment, read once at start. For a platform
 * prefix `P` (e.g. `CROWDCENT`, `GRAND_CHALLENGE`):
 *
 * - `SIM_P_FAULTS`: JSON array of fault rules in the admin endpoint's form (regex paths as strings),
 *   e.g. `[{"path":"/api/challenges/","status":503,"times":2}]`; where two rules match a request the
 *   later one wins, as with repeated `faults.set`;
 * - `SIM_P_LATENCY_MS`: latency added to every request (replaces the start option);
 * - `SIM_P_JITTER_MS`: uniform random extra latency in [0, value] per request;
 * - `SIM_P_ERROR_RATE`: share (0–1) of requests answered 500, 502, 503 or 504 at random;
 * - `SIM_P_RATE_LIMIT_RATE`: share (0–1) of requests answered 429 with `Retry-After: 1`;
 * - `SIM_P_FAULT_SEED`: seed of the generator behind rates, status picks and jitter.
 *
 * The shorthand rates are rules like any other, tried after the `SIM_P_FAULTS` rules (which win
 * where they match). A request gets at most one of the two rates: 429 is drawn only when the
 * 5xx draw missed.
 */
export interface FaultEnvConfig {
  rules: FaultRule[];
  latencyMs?: number;
  jitterMs?: number;
  seed?: number;
}

/** Invalid fault configuration; `variable` names the environment variable at fault. */
export class FaultEnvError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'FaultEnvError';
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** The variable names for a prefix, e.g. `grand-challenge` → `SIM_GRAND_CHALLENGE_FAULTS`, …. */
export function faultEnvNames(prefix: string): {
  faults: string;
  latencyMs: string;
  jitterMs: string;
  errorRate: string;
  rateLimitRate: string;
  seed: string;
} {
  const p = `SIM_${prefix
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')}_`;
  return {
    faults: `${p}FAULTS`,
    latencyMs: `${p}LATENCY_MS`,
    jitterMs: `${p}JITTER_MS`,
    errorRate: `${p}ERROR_RATE`,
    rateLimitRate: `${p}RATE_LIMIT_RATE`,
    seed: `${p}FAULT_SEED`,
  };
}

/** Statuses of `SIM_P_ERROR_RATE`. */
export const ERROR_RATE_STATUSES: readonly number[] = [500, 502, 503, 504];

const milliseconds = z.coerce.number().int('must be a whole number of milliseconds').min(0).max(600_000);
const rate = z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const seed = z.coerce.number().int('must be an integer').min(0).max(0xffffffff);

function read<T>(env: Environment, name: string, schema: z.ZodType<T>): T | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? 'invalid value';
    throw new FaultEnvError(name, `${problem} (got ${JSON.stringify(raw)})`);
  }
  return parsed.data;
}

function readRules(env: Environment, name: string): FaultRule[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new FaultEnvError(
      name,
      `must be a JSON array of fault rules (${error instanceof Error ? error.message : 'invalid JSON'})`,
    );
  }
  if (!Array.isArray(json)) throw new FaultEnvError(name, 'must be a JSON array of fault rules');
  return json.map((entry: unknown, index) => {
    try {
      return parseFaultRule(entry);
    } catch (error) {
      const detail =
        error instanceof z.ZodError
          ? error.issues
              .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'rule'}: ${issue.message}`)
              .join('; ')
          : error instanceof Error
            ? error.message
            : 'invalid rule';
      throw new FaultEnvError(name, `rule ${index}: ${detail}`);
    }
  });
}

/** Parses the fault variables of one platform; throws FaultEnvError naming the first bad variable. */
export function faultConfigFromEnv(prefix: string, env: Environment = process.env): FaultEnvConfig {
  const names = faultEnvNames(prefix);
  const latencyMs = read(env, names.latencyMs, milliseconds);
  const jitterMs = read(env, names.jitterMs, milliseconds);
  const errorRate = read(env, names.errorRate, rate);
  const rateLimitRate = read(env, names.rateLimitRate, rate);
  const faultSeed = read(env, names.seed, seed);
  const rules: FaultRule[] = [];
  // set() order: later rules win, so the shorthand goes first and explicit rules override it
  if (rateLimitRate !== undefined && rateLimitRate > 0)
    rules.push({ probability: rateLimitRate, status: 429, retryAfterSeconds: 1 });
  if (errorRate !== undefined && errorRate > 0)
    rules.push({ probability: errorRate, statuses: [...ERROR_RATE_STATUSES] });
  rules.push(...readRules(env, names.faults));
  return {
    rules,
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(jitterMs === undefined ? {} : { jitterMs }),
    ...(faultSeed === undefined ? {} : { seed: faultSeed }),
  };
}

/** The rules `SIM_<prefix>_FAULTS` and the shorthand rates describe, in `set` order. */
export function faultRulesFromEnv(prefix: string, env: Environment = process.env): FaultRule[] {
  return faultConfigFromEnv(prefix, env).rules;
}

/** Applies a parsed configuration to a (running) simulator's injector. */
export function applyFaultConfig(faults: FaultInjector, config: FaultEnvConfig): void {
  if (config.seed !== undefined) faults.reseed(config.seed);
  faults.setLatency({
    ...(config.latencyMs === undefined ? {} : { latencyMs: config.latencyMs }),
    ...(config.jitterMs === undefined ? {} : { jitterMs: config.jitterMs }),
  });
  for (const rule of config.rules) faults.set(rule);
}

/**
 * Reads `SIM_<prefix>_*` and applies it to a running simulator's injector — for simulators whose
 * start function does not pass `faultEnvPrefix` itself. Returns what was applied.
 */
export function applyFaultEnv(
  faults: FaultInjector,
  prefix: string,
  env: Environment = process.env,
): FaultEnvConfig {
  const config = faultConfigFromEnv(prefix, env);
  applyFaultConfig(faults, config);
  return config;
}
