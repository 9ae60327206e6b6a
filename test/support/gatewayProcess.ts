import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { spawnTsxProcess } from './tsxProcess.js';

export interface GatewayProcess {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  child: ChildProcess;
  /** Peak resident set of the gateway process so far (Linux VmHWM), MiB; NaN elsewhere. */
  peakRssMiB(): number;
  stop(): Promise<number | null>;
}

/**
 * `npm start`'s entry point in its own Node process, so the load generator does not share (and
 * steal) the gateway's event loop. Resolves once it prints the address it bound.
 */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const { child, match, stop } = await spawnTsxProcess('server/main.ts', {
    env: { PORT: '0', HOST: '127.0.0.1', SIMULATORS: 'off', ...env },
    ready: /crowdgraph is up: (http:\/\/127\.0\.0\.1:\d+)\/graphql/,
  });
  return {
    origin: match[1] ?? '',
    child,
    peakRssMiB: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
        return kib ? Number(kib) / 1024 : Number.NaN;
      } catch {
        return Number.NaN;
      }
    },
    stop,
  };
}
