/**
 * bench/RESULTS.md from the measurements: machine, command, one table per scenario group and the
 * targets with pass/fail. The Soak and Subscriptions sections belong to their own tools (bench/resultsFile.ts keeps them).
 */
import { SAME_QUERY_WARM_UPS, STEADY_WARM_UPS, WARM_UP_REQUESTS } from './coldMethod.js';
import { countsText, mark, criticalPathMs, TARGETS, type Check, type ColdChecks } from './limits.js';
import type { ColdResult, Settings, StreamResult, ThroughputResult } from './runners.js';
import {
  CROWDCENT_NESTED,
  steadyDependentCalls,
  steadyMinimumCalls,
  type CallScenario,
  type ScenarioGroup,
} from './scenarios.js';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  date: string;
  /** 1-minute load average at the start and the end: other work on the machine skews the figures. */
  loadStart: number;
  loadEnd: number;
}

export interface Measurements {
  settings: Settings;
  command: string;
  machine: Machine;
  wallSeconds: number;
  /** Each cold scenario with the checks bench/run.ts decided for it (also in `checks`). */
  cold: Array<{ result: ColdResult; checks: ColdChecks }>;
  warm: Array<{ scenario: CallScenario; result: ThroughputResult }>;
  bare: ThroughputResult;
  /** The bare route again, right after the warm CrowdCent query, and that query's second max run. */
  bareAgain: ThroughputResult;
  gatewayAgainRps: number;
  typename: ThroughputResult;
  partial: ThroughputResult;
  /** The warm CrowdCent query in a gateway started with WHOLE_RESPONSE_CACHE=false. */
  dataCacheOnly: ThroughputResult;
  /** Bytes of the warm CrowdCent answer the bare route returns. */
  bareBytes: number;
  download: StreamResult;
  upload: StreamResult;
  checks: Check[];
  /** What the harness had to redo (children killed from outside, lost samples). */
  incidents: string[];
}

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '—');
const mib = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(0)} MiB` : '—');
const ratio = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '—');

/** Each distinct call count ÷ the minimum. */
const callRatios = (calls: readonly number[], minimum: number): string =>
  [...new Set(calls)].map((count) => ratio(count / minimum)).join('/') || '—';

function coldTable(rows: Measurements['cold'], settings: Settings): string {
  const { latencyMs, coldSamples, freshSamples } = settings;
  const plural = (n: number) => `${n} sample${n === 1 ? '' : 's'}`;
  const lines = rows.map(({ result, checks }) => {
    const { scenario, steady, fresh, floor } = result;
    const steadyMinimum = steadyMinimumCalls(scenario);
    const steadyDependent = steadyDependentCalls(scenario);
    const declared = `${criticalPathMs(scenario, latencyMs)} ms (${steadyDependent} × ${latencyMs}${
      scenario.sessionCalls > 0 ? `; fresh process ${scenario.dependentCalls} × ${latencyMs}` : ''
    })`;
    const { median } = steady;
    const onPath = median ? ` (${median.upstreamCalls} call${median.upstreamCalls === 1 ? '' : 's'})` : '';
    const problem = result.problem ? ` (answer: ${result.problem})` : '';
    const calls = `${countsText(steady.calls)} / ${countsText(fresh.calls)}`;
    const minimum = `${steadyMinimum} / ${scenario.minimumCalls}`;
    const ratios = `${callRatios(steady.calls, steadyMinimum)} / ${callRatios(fresh.calls, scenario.minimumCalls)}`;
    return `| ${scenario.name}${problem} | ${ms(steady.p50)} / ${ms(steady.p95)} / ${ms(steady.p99)} | ${declared} | ${ms(median?.latencyMs ?? Number.NaN)} = ${ms(median?.upstreamMs ?? Number.NaN)}${onPath} + ${ms(median?.gatewayMs ?? Number.NaN)} | ${mark(checks.latency.pass)} | ${ms(floor.median?.latencyMs ?? Number.NaN)} = ${ms(floor.median?.upstreamMs ?? Number.NaN)} + ${ms(floor.median?.gatewayMs ?? Number.NaN)} | ${calls} | ${minimum} | ${ratios} ${mark(checks.calls.pass)} | ${mib(result.rssPeakMiB)} | ${ms(fresh.p50)} | ${ms(fresh.median?.gatewayMs ?? Number.NaN)} | ${scenario.why} |`;
  });
  return [
    `| scenario | steady state: latency p50 / p95 / p99 of ${plural(coldSamples)}, ms | declared critical path (lower bound) | p50 sample by gateway time: latency = measured upstream critical path (calls on it) + gateway's own time, ms | gateway ≤ ${TARGETS.coldSlackMs} ms | floor: the same upstream calls replayed by a bare proxy, p50 sample: latency = upstream path + own time, ms | upstream calls, steady / fresh | minimum, steady / fresh | calls ÷ minimum | gateway RSS peak (steady-state process) | first query after start (fresh process): latency p50 of ${plural(freshSamples)}, ms | first query after start: gateway's own time p50, ms | why this minimum and path |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

function throughputCells(result: ThroughputResult): string {
  const at = result.atLoad;
  return `${result.max.rps.toFixed(0)} | ${at ? `${at.rps.toFixed(0)} req/s: ${ms(at.p50)} / ${ms(at.p95)} / ${ms(at.p99)}` : '—'} | ${ms(result.max.p50)} / ${ms(result.max.p99)} | ${ratio(result.callsPerQuery)} | ${mib(result.rss.peakMiB)} | ${result.max.failures + (at?.failures ?? 0)}`;
}

const THROUGHPUT_HEAD = [
  '| scenario | max req/s | at 80% of max: p50 / p95 / p99, ms | at max: p50 / p99, ms | upstream calls per query | gateway RSS peak | failed requests |',
  '|---|---|---|---|---|---|---|',
].join('\n');

function streamRow(name: string, result: StreamResult, minimum: string, limitMiB: number): string {
  const rate = result.bytes / (1024 * 1024) / result.seconds;
  return `| ${name} | ${(result.bytes / (1024 * 1024)).toFixed(1)} MiB in ${result.seconds.toFixed(2)} s (${rate.toFixed(0)} MiB/s) | ${result.calls} | ${minimum} | ${mib(result.rss.startMiB)} → ${mib(result.rss.peakMiB)} | ${result.rss.growthMiB.toFixed(1)} MiB ${mark(result.rss.growthMiB <= limitMiB)} | ≤ ${limitMiB} MiB |`;
}

export function renderReport(m: Measurements): string {
  const { settings } = m;
  const group = (g: ScenarioGroup) => m.cold.filter(({ result }) => result.scenario.group === g);
  const passed = m.checks.filter((check) => check.pass).length;
  return `# Benchmark results

Generated by \`${m.command}\` (bench/run.ts) on ${m.machine.date}; ${m.machine.cores} cores (${m.machine.cpu}), Node ${m.machine.node}.
Harness wall time ${m.wallSeconds.toFixed(0)} s; 1-minute load average ${m.machine.loadStart.toFixed(2)} at the start,
${m.machine.loadEnd.toFixed(2)} at the end (anything else running on the machine skews the timings, not the call counts).
${
  m.incidents.length === 0
    ? 'Nothing had to be redone.'
    : `Redone during the run (${m.incidents.length}): ${m.incidents.map((line) => line.replace(/\|/g, '/').replace(/\n/g, ' ')).join('; ')}.`
}
Regenerated by every run: do not edit by hand.

Processes, all on loopback: the five simulators in one process with ${settings.latencyMs} ms added to every
request; the gateway as \`npm start\` runs it (\`node --import tsx server/main.ts\`, \`NODE_ENV=production\`,
\`LOG_LEVEL=warn\`, \`RATE_LIMIT_PER_MINUTE=0\`, server-side credentials, in-memory cache); autocannon in a
process of its own (bench/load.ts, ${settings.connections} connections, ${settings.warmSeconds} s per run); the
harness sends single timed requests itself. Upstream calls are counted by the simulators (every request
they saw: API calls, redirects, file bytes). RSS is the gateway process's (VmRSS sampled every 50 ms;
cold rows: VmHWM of the steady-state process after its samples).

Cold rows: two measurements per scenario.

- **Steady state (judged).** One gateway process per scenario, as a long-running gateway is when a
  cache entry expires. It answers ${WARM_UP_REQUESTS} \`{ __typename }\`, then the measured query as the server-side
  account ${STEADY_WARM_UPS} times with \`Cache-Control: no-cache\`, then ${settings.coldSamples} timed samples, each
  with \`Cache-Control: no-cache\`: the request is not answered from the whole-answer cache and every
  upstream GET skips its (still fresh) cache entry and goes to the simulators, so every upstream call
  of a cache miss is made, while the code that validates and maps the answers has run before and
  the connections to the simulators are open. Arena's login session lives on in the process, so
  its login form GET and login POST are not made: the minimum and the dependent calls are 2 fewer
  for the Arena and cross-platform queries (bench/scenarios.ts \`sessionCalls\`). The entries
  a no-cache read replaces are still fresh, so the gateway also voids the whole answers built on
  them — work a read of an expired entry does not do; it counts as the gateway's own time.
- **First query after start (fresh process, informational).** Each of ${settings.freshSamples} samples
  in a newly started gateway process (empty cache, no Arena session): after ${WARM_UP_REQUESTS} \`{ __typename }\`,
  once each the other scenarios' queries whose upstream data are disjoint from the measured one's
  (bench/scenarios.ts \`warmUpsFor\`) and the measured query ${SAME_QUERY_WARM_UPS} times as other accounts (caller
  headers, bench/simulation.ts \`OTHER_ACCOUNT_HEADERS\`), the timed query is the first of this
  account's data. Other accounts often cannot see the same objects (CrowdFlower's second account
  gets 404 for the measured job), so the code that validates and maps the answer may run for the
  first time in the sample (V8 interpreter, no JIT), and Arena's login is in it. Its calls must
  equal the full minimum; its latency and gateway's own time (same split, full dependent calls)
  are shown, not judged.

Critical path, measured: the simulators log when each call's handler saw the request and when its last
byte was written (one monotonic clock, bench/criticalPath.ts). Of the timed query's calls, the chain of
at most the declared number of dependent calls in which each call started no earlier than the one before
it finished, with the largest summed served time, is the upstream critical path of the sample. The
timeline shows when calls ran, not which one needed which, so this is the most the upstream can have
cost a chain of the declared depth; calls served in parallel count once (only the slowest of them is on
the chain). A served time is all the upstream's: the added latency, the simulator building its answer
(e.g. a page of 1,000 items) and its queueing of parallel calls (one simulator process serves 50 unit
reads one after another). The gateway's own time is the latency minus that path — request handling,
planning, sending the next call after one returns, validating and mapping answers, serialising,
loopback — and the cold target (≤ ${TARGETS.coldSlackMs} ms at p50 of the steady-state samples, the same
checks as in the targets table) is judged on it. The declared critical path, the steady state's
dependent calls × ${settings.latencyMs} ms (without Arena's login), is shown as a lower bound: it leaves
out the simulators' own time. Time a request spends before the simulator's handler sees it (its event loop busy
with another answer) is not in the served time, so it counts against the gateway.

Floor, measured: what the same upstream calls cost on this machine with no gateway at all. The bare proxy
(bench/bareProxy.ts, its own process like the gateway) replays the upstream calls of the scenario's first
steady-state sample — same requests, same credentials, in the same waves: a call that started after a
call of its wave had answered waits for the whole wave (bench/replay.ts \`wavesOf\`) — and only
JSON.parses each body: no GraphQL, no cache, no validation, no mapping, a 12-byte answer. Warmed up with
${STEADY_WARM_UPS} replays, then ${settings.coldSamples} timed ones, split into latency = measured upstream path + own
time exactly as the gateway's samples are. Where the floor's own time alone exceeds
${TARGETS.coldSlackMs} ms, the cold target is below what this machine allows any Node server for those calls
(loopback syscalls per call, JSON.parse of the bodies).

## Targets (DESIGN §10)

${passed} of ${m.checks.length} met.

| figure | target | measured | result |
|---|---|---|---|
${m.checks.map((check) => `| ${check.figure} | ${check.target} | ${check.measured} | ${mark(check.pass)} |`).join('\n')}

## Cold: a nested query per platform, and one across platforms

${coldTable(group('cold'), settings)}

## N+1 shapes: 10, 100 and 1,000 parents with children

${coldTable(group('n+1'), settings)}

## A 1,000-edge connection page

${coldTable(group('connection'), settings)}

## Warm: the cold queries again, answered from the cache

One gateway process; each query sent once to fill the cache, then autocannon as fast as the gateway
answers, then at ${TARGETS.warmLoadShare * 100}% of that rate (\`overallRate\`) for the latency percentiles.

${THROUGHPUT_HEAD}
${m.warm.map(({ scenario, result }) => `| ${scenario.name} | ${throughputCells(result)} |`).join('\n')}

## Baselines, same run

The bare route runs just before and again just after the warm CrowdCent query it is compared with,
and that query once more after it (bare, gateway, bare, gateway: ${m.warm.find(({ scenario }) => scenario.query === CROWDCENT_NESTED)?.result.max.rps.toFixed(0) ?? '—'} and ${m.gatewayAgainRps.toFixed(0)} req/s
for the gateway); the ratio takes the better run of each. \`{ __typename }\` runs just before the two
not-whole-from-cache rows, so machine load drifts as little as possible between them.
The target for a warm query that cannot be answered whole (DESIGN §10: e.g. one field expired) is judged
on the known document executed over the data cache (last row: ${ratio(m.dataCacheOnly.max.rps / m.typename.max.rps)}× \`{ __typename }\`). A new
document on every request is stricter and not judged: graphql-js parses and validates each one afresh
(${ratio(m.partial.max.rps / m.typename.max.rps)}× \`{ __typename }\`).

| server and query | max req/s | at 80% of max: p50 / p95 / p99, ms | at max: p50 / p99, ms | upstream calls per query | server RSS peak | failed requests |
|---|---|---|---|---|---|---|
| bare Fastify route (bench/bare.ts) returning the warm CrowdCent answer's ${m.bareBytes} bytes | ${throughputCells(m.bare)} |
| the same bare route again, after the warm CrowdCent query | ${throughputCells(m.bareAgain)} |
| gateway, \`{ __typename }\` | ${throughputCells(m.typename)} |
| gateway, warm CrowdCent query made unique per request (a \`u<run>_<n>: __typename\` alias never sent before: no whole-response hit, upstream data cached; each document parsed and validated afresh) | ${throughputCells(m.partial)} |
| gateway started with \`WHOLE_RESPONSE_CACHE=false\`, warm CrowdCent query (same document: parsed once, executed every time over the upstream data cache) | ${throughputCells(m.dataCacheOnly)} |

## Streaming through the gateway

| scenario | size, time | upstream calls | minimum | gateway RSS start → peak | growth | target |
|---|---|---|---|---|---|---|
${streamRow(`download of a ${(settings.downloadBytes / 1024 ** 3).toFixed(2)} GiB training file through \`/files\` (simulator generates the bytes as they stream)`, m.download, '2 (the API answers 302 to storage, then the bytes)', TARGETS.downloadGrowthMiB)}
${streamRow(`upload of ${settings.uploadRows.toLocaleString('en-US')} CrowdFlower units (JSON lines, multipart)`, m.upload, '1 (upload.json streams the rows)', TARGETS.uploadGrowthMiB)}
`;
}
