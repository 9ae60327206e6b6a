import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SIMULATORS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /crowdgraph is up: (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    origin,
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
    stop: async () => {
      // Already gone (an exit code, or killed by a signal): its 'exit' event will not come again.
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
  };
}
