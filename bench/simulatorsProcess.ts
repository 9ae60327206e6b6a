/**
 * The five simulators in a process of their own (`node --import tsx bench/simulatorsProcess.ts`), so
 * serving upstream calls does not steal the gateway's or the harness's event loop. Environment:
 * BENCH_UPSTREAM_LATENCY_MS (added to every request), BENCH_LARGE_FILE_BYTES (the synthetic training
 * file). Prints `BENCH_SIMULATORS {"control": origin, "urls": {...}}` once up, then serves a loopback
 * control API: `GET /counts` → calls per platform since the last `POST /reset`, `GET /timeline` →
 * those calls with their start and finish times.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import { countsOf, resetCounts, startBenchSimulators, timelineOf } from './simulation.js';

const latencyMs = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 20);
const largeFileBytes = process.env.BENCH_LARGE_FILE_BYTES
  ? Number(process.env.BENCH_LARGE_FILE_BYTES)
  : undefined;

const simulators = await startBenchSimulators({
  latencyMs,
  ...(largeFileBytes !== undefined ? { largeFileBytes } : {}),
});

const control = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/counts') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(countsOf(simulators.logs)));
  } else if (request.method === 'GET' && request.url === '/timeline') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(timelineOf(simulators.logs)));
  } else if (request.method === 'POST' && request.url === '/reset') {
    resetCounts(simulators.logs);
    response.writeHead(204).end();
  } else {
    response.writeHead(404).end();
  }
});
control.listen(0, '127.0.0.1');
await once(control, 'listening');
const address = control.address();
if (address === null || typeof address === 'string') throw new Error('control server has no port');
console.log(
  `BENCH_SIMULATORS ${JSON.stringify({ control: `http://127.0.0.1:${address.port}`, urls: simulators.urls })}`,
);

const shutdown = (): void => {
  control.close();
  simulators.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
