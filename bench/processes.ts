/**
 * The benchmark's child processes: simulators, gateway, bare-Fastify baseline and load generator,
 * each its own Node process on loopback, plus the RSS sampler that watches the gateway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { startGatewayProcess, type GatewayProcess } from '../test/support/gatewayProcess.js';
import { spawnTsxProcess, type TsxProcess } from '../test/support/tsxProcess.js';
import { parseLoadResult, type LoadOptions, type LoadResult } from './load.js';
import { PLATFORMS, gatewayEnvFor, type Counts, type PlatformKey, type ServedCall } from './simulation.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Children still running. If the harness is interrupted (Ctrl-C) or dies, its `finally` blocks do
 * not run: these are sent SIGTERM on the way out so no simulator or gateway outlives it.
 */
const live = new Set<ChildProcess>();

/** Things the harness had to redo because a child died or a sample was lost; printed in the report. */
export const incidents: string[] = [];
export function incident(what: string): void {
  incidents.push(what);
  console.error(`[bench] ${what}`);
}
function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
}
process.once('exit', () => {
  for (const child of live) child.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

/** `node --import tsx <script>` (test/support/tsxProcess.ts), tracked so it dies with the harness. */
async function spawnTsx(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<TsxProcess> {
  const started = await spawnTsxProcess(script, { args, env, ready });
  track(started.child);
  return started;
}

export interface SimulatorsProcess {
  /** The current simulators' base URLs (they change when the process had to be restarted). */
  readonly urls: Record<PlatformKey, string>;
  /** Resolves once a simulators process is up (after a restart, the new one). */
  ready(): Promise<void>;
  counts(): Promise<Counts>;
  /** The calls served since the last reset, with their start and finish times. */
  timeline(): Promise<ServedCall[]>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

function isCounts(value: unknown): value is Counts {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return PLATFORMS.every((platform) => typeof record[platform] === 'number');
}

function isServedCall(value: unknown): value is ServedCall {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.platform === 'string' &&
    (PLATFORMS as readonly string[]).includes(record.platform) &&
    typeof record.method === 'string' &&
    typeof record.path === 'string' &&
    typeof record.query === 'string' &&
    typeof record.startedMs === 'number' &&
    typeof record.finishedMs === 'number'
  );
}

function isUrls(value: unknown): value is Record<PlatformKey, string> {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return PLATFORMS.every((platform) => typeof record[platform] === 'string');
}

interface SimulatorsChild {
  child: ChildProcess;
  control: string;
  urls: Record<PlatformKey, string>;
  stop(): Promise<void>;
}

async function spawnSimulators(options: {
  latencyMs: number;
  largeFileBytes: number;
}): Promise<SimulatorsChild> {
  const started = await spawnTsx(
    'bench/simulatorsProcess.ts',
    [],
    {
      BENCH_UPSTREAM_LATENCY_MS: String(options.latencyMs),
      BENCH_LARGE_FILE_BYTES: String(options.largeFileBytes),
    },
    /BENCH_SIMULATORS (\{.*\})\n/,
  );
  const announced: unknown = JSON.parse(started.match[1] ?? 'null');
  const control = (announced as { control?: unknown } | null)?.control;
  const urls = (announced as { urls?: unknown } | null)?.urls;
  if (typeof control !== 'string' || !isUrls(urls)) throw new Error('simulators process announced no URLs');
  return {
    child: started.child,
    control,
    urls,
    stop: async () => {
      await started.stop();
    },
  };
}

/**
 * The simulators in their own process, restarted if it dies before `stop()` (on a shared machine a
 * process can be killed from outside). A restart starts from the same seed; callers that held the
 * old URLs fail their current sample or phase and retry with `urls` after `ready()`.
 */
export async function startSimulatorsProcess(options: {
  latencyMs: number;
  largeFileBytes: number;
}): Promise<SimulatorsProcess> {
  let current = await spawnSimulators(options);
  let restarting: Promise<void> = Promise.resolve();
  let stopping = false;
  const supervise = (running: SimulatorsChild): void => {
    running.child.once('exit', () => {
      if (stopping) return;
      incident('the simulators process died; a new one was started');
      restarting = spawnSimulators(options).then((next) => {
        current = next;
        supervise(next);
      });
    });
  };
  supervise(current);
  return {
    get urls() {
      return current.urls;
    },
    ready: () => restarting,
    counts: async () => {
      const response = await request(`${current.control}/counts`);
      const value: unknown = await response.body.json();
      if (!isCounts(value)) throw new Error('simulators process sent malformed counts');
      return value;
    },
    timeline: async () => {
      const response = await request(`${current.control}/timeline`);
      const value: unknown = await response.body.json();
      if (!Array.isArray(value) || !value.every(isServedCall)) {
        throw new Error('simulators process sent a malformed timeline');
      }
      return value;
    },
    reset: async () => {
      const response = await request(`${current.control}/reset`, { method: 'POST' });
      await response.body.dump();
    },
    stop: async () => {
      stopping = true;
      await restarting.catch(() => undefined);
      await current.stop();
    },
  };
}

/**
 * The gateway as `npm start` runs it in production, pointed at the simulators process. A start that
 * fails is retried twice: on a shared machine a child can be killed from outside mid-start, and one
 * lost sample should not cost the whole run.
 */
export async function startBenchGateway(
  urls: Record<PlatformKey, string>,
  extraEnv: Record<string, string> = {},
): Promise<GatewayProcess> {
  const env = {
    ...gatewayEnvFor(urls),
    NODE_ENV: 'production',
    CROWDGRAPH_SECRET: 'bench-secret-bench-secret-bench-secret-0',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  for (let attempt = 1; ; attempt += 1) {
    try {
      const gateway = await startGatewayProcess(env);
      track(gateway.child);
      return gateway;
    } catch (error) {
      if (attempt >= 3) throw error;
      incident(
        `a gateway start failed (attempt ${attempt}) and was retried: ${String(error).split('\n')[0]}`,
      );
    }
  }
}

export interface BareProcess {
  origin: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** The bare-Fastify baseline answering with exactly `bytes`. */
export async function startBare(bytes: string): Promise<BareProcess> {
  const file = join(mkdtempSync(join(tmpdir(), 'crowdgraph-bench-')), 'response.json');
  writeFileSync(file, bytes);
  const started = await spawnTsx('bench/bare.ts', [file], {}, /BARE_UP (http:\/\/\S+)/);
  return {
    origin: started.match[1] ?? '',
    pid: started.child.pid,
    stop: async () => {
      await started.stop();
    },
  };
}

/** The cold floor's bare proxy (bench/bareProxy.ts). */
export async function startBareProxy(): Promise<BareProcess> {
  const started = await spawnTsx('bench/bareProxy.ts', [], {}, /BARE_PROXY_UP (http:\/\/\S+)/);
  return {
    origin: started.match[1] ?? '',
    pid: started.child.pid,
    stop: async () => {
      await started.stop();
    },
  };
}

/** One autocannon run in its own process. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts', JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  const result = parseLoadResult(output);
  if (code !== 0 || result === undefined)
    throw new Error(`load generator failed (${String(code)}):\n${output}`);
  return result;
}

const MIB = 1024 * 1024;

/** Resident set of `pid` now (Linux VmRSS), MiB; NaN when unreadable. */
export function rssMiB(pid: number): number {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? (Number(kib) * 1024) / MIB : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface RssSample {
  startMiB: number;
  peakMiB: number;
  /** Peak over start: what the scenario added. */
  growthMiB: number;
}

/** Samples the resident set of `pid` every `intervalMs` until stopped. */
export function sampleRss(pid: number, intervalMs = 50): { stop(): RssSample } {
  const startMiB = rssMiB(pid);
  let peakMiB = startMiB;
  const timer = setInterval(() => {
    const now = rssMiB(pid);
    if (now > peakMiB) peakMiB = now;
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const now = rssMiB(pid);
      if (now > peakMiB) peakMiB = now;
      return { startMiB, peakMiB, growthMiB: peakMiB - startMiB };
    },
  };
}
