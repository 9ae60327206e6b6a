import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface TsxProcess {
  child: ChildProcess;
  /** What `ready` matched in the child's output. */
  match: RegExpExecArray;
  /** SIGTERM, then its exit code (null when a signal ended it); at once if it already exited. */
  stop(): Promise<number | null>;
}

/**
 * `node --import tsx <script>` from the repository root in a process of its own (the gateway, the
 * simulators, a load generator), resolved once its stdout or stderr matches `ready`. Rejects with
 * its output if it exits first or does not get there within `timeoutMs`.
 */
export async function spawnTsxProcess(
  script: string,
  options: {
    args?: readonly string[];
    env?: Record<string, string>;
    ready: RegExp;
    timeoutMs?: number;
  },
): Promise<TsxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running: the caller gets no handle to stop a child that never said it was ready.
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start:\n${output}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = options.ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    child,
    match,
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
