/**
 * `tsx bench/soak.ts` (`npm run soak`): the five simulators with moderate injected faults, one
 * in-process gateway, and a closed loop of mixed queries and mutations at a fixed concurrency for
 * SOAK_SECONDS (default 120). Loopback only, bounded in time.
 *
 * Every write is accounted for. Writes to one platform run one at a time (reads never wait), so
 * the simulator's request log shows exactly which upstream attempts belong to which mutation; the
 * injector's observer says which attempts were applied and then had their answer dropped. After the
 * load, with faults off, the platforms' own state is read back and compared. The run fails (exit 1)
 * when a write was applied twice, reported done but not applied, or applied but reported as a plain
 * failure (a lost answer must come back as `extensions.outcome: "UNKNOWN"`).
 *
 * Knobs: SOAK_SECONDS, SOAK_CONCURRENCY (16), SOAK_WRITE_SHARE (0.25), SOAK_SEED (1); the faults
 * per platform P (CROWDCENT, CROWDFLOWER, GRAND_CHALLENGE, CROWDAI, ARENA) through the simulators'
 * own variables, defaults in brackets: SIM_P_LATENCY_MS (15), SIM_P_JITTER_MS (25),
 * SIM_P_ERROR_RATE (0.05), SIM_P_RATE_LIMIT_RATE (0.02), SIM_P_FAULTS (drop-after-apply on 5% of
 * the platform's writes), SIM_P_FAULT_SEED.
 */
import { cpus } from 'node:os';
import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { FormData, Pool, request } from 'undici';
import { createGateway, type Gateway } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { SOAK_HEADING, writeResultsSection } from './resultsFile.js';
import { percentile } from './stats.js';
import {
  applyFaultEnv,
  faultEnvNames,
  faultRulesFromEnv,
  seededRandom,
  type FaultEvent,
  type LoggedRequest,
  type SimulatorHandle,
} from '../simulators/core/index.js';
import {
  ARENA_DEMO_USERS,
  CROWDAI_DEMO_ORGANIZERS,
  CROWDAI_DEMO_PARTICIPANTS,
  CROWDCENT_DEMO_USERS,
  CROWDFLOWER_DEMO_USERS,
  GRAND_CHALLENGE_DEMO_USERS,
  startSimulators,
  type Simulators,
} from '../simulators/index.js';

// ---- settings ---------------------------------------------------------------------------------

function numberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    console.error(`${name} must be a number in [${min}, ${max}], got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}

const SECONDS = numberFromEnv('SOAK_SECONDS', 120, 1, 3_600);
const CONCURRENCY = Math.round(numberFromEnv('SOAK_CONCURRENCY', 16, 1, 512));
const WRITE_SHARE = numberFromEnv('SOAK_WRITE_SHARE', 0.25, 0, 1);
const SEED = Math.round(numberFromEnv('SOAK_SEED', 1, 0, 0xffffffff));

type PlatformKey = 'crowdcent' | 'crowdflower' | 'grandChallenge' | 'crowdai' | 'arena';
const PLATFORMS: readonly PlatformKey[] = ['crowdcent', 'crowdflower', 'grandChallenge', 'crowdai', 'arena'];
const PREFIX: Record<PlatformKey, string> = {
  crowdcent: 'CROWDCENT',
  crowdflower: 'CROWDFLOWER',
  grandChallenge: 'GRAND_CHALLENGE',
  crowdai: 'CROWDAI',
  arena: 'ARENA',
};

/** Upstream write endpoints, as the simulators log them (path without query). */
interface Endpoint {
  method: string;
  path: RegExp;
}
const ENDPOINTS = {
  ccSubmit: { method: 'POST', path: /^\/api\/challenges\/[^/]+\/submissions\/$/ },
  cfTags: { method: 'POST', path: /^\/v1\/jobs\/\d+\/tags$/ },
  cfPause: { method: 'GET', path: /^\/v1\/jobs\/\d+\/pause(\.json)?$/ },
  cfResume: { method: 'GET', path: /^\/v1\/jobs\/\d+\/resume(\.json)?$/ },
  gcAnswer: { method: 'POST', path: /^\/api\/v1\/reader-studies\/answers\/$/ },
  aiGrade: { method: 'POST', path: /^\/api\/external_graders\/?$/ },
  arenaJoin: { method: 'POST', path: /^\/api\/groups\/join\/$/ },
} satisfies Record<string, Endpoint>;

const DROP_SHARE = 0.05;
const dropRule = (endpoint: Endpoint) => ({
  method: endpoint.method,
  path: endpoint.path.source,
  dropAfterApply: true,
  probability: DROP_SHARE,
});
const DEFAULT_DROPS: Record<PlatformKey, Endpoint[]> = {
  crowdcent: [ENDPOINTS.ccSubmit],
  crowdflower: [ENDPOINTS.cfTags, ENDPOINTS.cfPause, ENDPOINTS.cfResume],
  grandChallenge: [ENDPOINTS.gcAnswer],
  crowdai: [ENDPOINTS.aiGrade],
  arena: [ENDPOINTS.arenaJoin],
};

/** The simulators' fault variables: soak defaults, overridden by the environment. */
function faultEnvironment(): Record<string, string | undefined> {
  const defaults: Record<string, string> = {};
  for (const platform of PLATFORMS) {
    const p = `SIM_${PREFIX[platform]}_`;
    defaults[`${p}LATENCY_MS`] = '15';
    defaults[`${p}JITTER_MS`] = '25';
    defaults[`${p}ERROR_RATE`] = '0.05';
    defaults[`${p}RATE_LIMIT_RATE`] = '0.02';
    defaults[`${p}FAULTS`] = JSON.stringify(DEFAULT_DROPS[platform].map(dropRule));
  }
  const fromProcess = Object.fromEntries(
    Object.entries(process.env).filter(([name, value]) => name.startsWith('SIM_') && value !== undefined),
  );
  return { ...defaults, ...fromProcess };
}

// ---- credentials and fixtures -----------------------------------------------------------------

const cc = (name: string) => CROWDCENT_DEMO_USERS.find((u) => u.username === name)!.apiKey;
const ACME = CROWDFLOWER_DEMO_USERS.find((u) => u.name === 'acme')!.apiKey;
const EDITOR = GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'editor')!.token;
const READER1 = GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'reader1')!.token;
const CROWDAI_ADMIN = CROWDAI_DEMO_ORGANIZERS.find((o) => o.role === 'admin')!.apiKey;
const EPFL = CROWDAI_DEMO_ORGANIZERS.find((o) => o.name.startsWith('EPFL'))!.apiKey;
const arenaUser = (name: string) => {
  const user = ARENA_DEMO_USERS.find((u) => u.username === name)!;
  return { 'x-arena-username': user.username, 'x-arena-password': user.password };
};

const CF_RUNNING = 1204373;
const CF_PAUSED = 1204360;
const CC_SLUG = 'hyperliquid-ranking';
const CC_USERS = ['alice', 'bob', 'carol'];
const CC_SLOTS = [1, 2, 3, 4, 5];
const GC_STUDY = 'lung-nodule-reader-study';
const AI_CHALLENGE = 'crowdai_mapping_challenge';
const AI_CHALLENGE_ID = 14;
const ARENA_JOINERS = ['alice', 'bob', 'carol', 'dave'];
const ARENA_GROUPS = ['team-a', 'team-b'];

const ALL_CREDENTIALS = {
  'x-crowdcent-api-key': cc('alice'),
  'x-crowdflower-key': ACME,
  'x-grand-challenge-token': EDITOR,
  'x-crowdai-key': CROWDAI_ADMIN,
  ...arenaUser('alice'),
};

// ---- GraphQL over HTTP ------------------------------------------------------------------------

interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}
interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}
interface Answer {
  status: number;
  body: GraphQLBody;
  ms: number;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function parseBody(text: string): GraphQLBody {
  try {
    const parsed = record(JSON.parse(text));
    if (parsed === undefined)
      return { errors: [{ message: 'not an object', extensions: { code: 'NON_JSON' } }] };
    return parsed as GraphQLBody;
  } catch {
    return { errors: [{ message: text.slice(0, 200), extensions: { code: 'NON_JSON' } }] };
  }
}

class GatewayClient {
  readonly #pool: Pool;
  constructor(readonly url: string) {
    this.#pool = new Pool(url, { connections: CONCURRENCY });
  }

  async gql(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const started = performance.now();
    const response = await this.#pool.request({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.body.text();
    return { status: response.statusCode, body: parseBody(text), ms: performance.now() - started };
  }

  /** The GraphQL multipart request spec, one file at `variables.input.file`. */
  async upload(
    query: string,
    input: Record<string, unknown>,
    file: { bytes: Uint8Array; filename: string },
    headers: Record<string, string>,
  ): Promise<Answer> {
    const started = performance.now();
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: { input: { ...input, file: null } } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([file.bytes], { type: 'application/octet-stream' }), file.filename);
    const response = await request(`${this.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'apollo-require-preflight': 'true', ...headers },
    });
    const text = await response.body.text();
    return { status: response.statusCode, body: parseBody(text), ms: performance.now() - started };
  }

  async metrics(): Promise<string> {
    const response = await this.#pool.request({ path: '/metrics', method: 'GET' });
    return response.body.text();
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

interface RunningGateway {
  gateway: Gateway;
  client: GatewayClient;
  close(): Promise<void>;
}

async function startGateway(sims: Simulators): Promise<RunningGateway> {
  const gateway = await createGateway(
    loadConfig({
      SIMULATORS: 'off',
      LOG_LEVEL: 'silent',
      CROWDGRAPH_SECRET: 'soak-secret-soak-secret-soak-secret-0123',
      // the soak measures upstream faults, not the gateway's own per-client limit
      RATE_LIMIT_PER_MINUTE: '0',
      CROWDCENT_BASE_URL: sims.crowdcent.baseUrl,
      CROWDFLOWER_BASE_URL: sims.crowdflower.baseUrl,
      GRAND_CHALLENGE_BASE_URL: sims.grandChallenge.baseUrl,
      CROWDAI_BASE_URL: sims.crowdai.baseUrl,
      ARENA_BASE_URL: sims.arena.baseUrl,
    }),
  );
  await gateway.app.listen({ port: 0, host: '127.0.0.1' });
  const address = gateway.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('gateway did not bind a TCP port');
  const client = new GatewayClient(`http://127.0.0.1:${address.port}`);
  return {
    gateway,
    client,
    close: async () => {
      await client.close();
      await gateway.close();
    },
  };
}

// ---- statistics -------------------------------------------------------------------------------

const stats = {
  reads: 0,
  writes: 0,
  httpNon200: 0,
  latencies: [] as number[],
  codes: new Map<string, number>(),
  unknownOutcomes: 0,
};

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function countAnswer(answer: Answer): void {
  stats.latencies.push(answer.ms);
  if (answer.status !== 200) stats.httpNon200 += 1;
  for (const error of answer.body.errors ?? []) {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE';
    bump(stats.codes, code);
    if (error.extensions?.outcome === 'UNKNOWN') stats.unknownOutcomes += 1;
  }
}

// ---- write accounting -------------------------------------------------------------------------

type Outcome = 'ok' | 'refused' | 'error' | 'unknown';

interface WriteResult {
  platform: PlatformKey;
  kind: string;
  outcome: Outcome;
  /** Upstream requests to the write endpoint while this mutation ran. */
  attempts: number;
  /** Attempts the platform applied (answered 2xx, or produced 2xx and then dropped). */
  applied: number;
  /** Attempts applied whose answer was dropped with the connection. */
  droppedAfterApply: number;
  /** An attempt that followed an unanswered attempt: the gateway re-sent blindly. */
  blindResend: boolean;
  /** What the write was, for the state check afterwards. */
  target: string;
  /** The gateway's errors (code: message), for the findings. */
  errors: string[];
  /** Statuses of the upstream attempts (0: unanswered). */
  statuses: number[];
}

const results: WriteResult[] = [];
/** Route status of each attempt whose answer was dropped after apply, by log entry. */
const droppedAnswers = new WeakMap<LoggedRequest, number>();
const faultEffects = new Map<string, number>();

function observe(platform: PlatformKey, sim: SimulatorHandle): void {
  sim.faults.onApplied((event: FaultEvent) => {
    bump(faultEffects, `${platform}:${event.effect === 'status' ? `status ${event.status}` : event.effect}`);
    if (event.effect === 'dropAfterApply' && event.request !== undefined)
      droppedAnswers.set(event.request, event.status ?? 0);
  });
}

function classify(body: GraphQLBody, field: string): Outcome {
  const root = record(body.data?.[field]);
  if (root !== undefined) {
    const userErrors = root.userErrors;
    return Array.isArray(userErrors) && userErrors.length > 0 ? 'refused' : 'ok';
  }
  const errors = body.errors ?? [];
  return errors.some((error) => error.extensions?.outcome === 'UNKNOWN') ? 'unknown' : 'error';
}

const is2xx = (status: number): boolean => status >= 200 && status < 300;

/** Runs one mutation and attributes the upstream attempts logged meanwhile to it. */
async function accountedWrite(
  platform: PlatformKey,
  kind: string,
  sim: SimulatorHandle,
  endpoint: Endpoint,
  field: string,
  target: string,
  send: () => Promise<Answer>,
): Promise<WriteResult> {
  const from = sim.log.entries.length;
  const answer = await send();
  countAnswer(answer);
  stats.writes += 1;
  const attempts = sim.log.entries
    .slice(from)
    .filter((entry) => entry.method === endpoint.method && endpoint.path.test(entry.path));
  let applied = 0;
  let droppedAfterApply = 0;
  let blindResend = false;
  let unansweredBefore = false;
  for (const entry of attempts) {
    if (unansweredBefore) blindResend = true;
    const dropped = droppedAnswers.get(entry);
    if (dropped !== undefined) {
      if (is2xx(dropped)) {
        applied += 1;
        droppedAfterApply += 1;
      }
      unansweredBefore = true;
    } else if (entry.status === 0) {
      unansweredBefore = true;
    } else if (is2xx(entry.status)) {
      applied += 1;
    }
  }
  const result: WriteResult = {
    platform,
    kind,
    outcome: classify(answer.body, field),
    errors: (answer.body.errors ?? []).map(
      (error) =>
        `${String(error.extensions?.code ?? 'NO_CODE')}: ${error.message} (path ${JSON.stringify(error.path ?? null)})`,
    ),
    statuses: attempts.map((entry) => entry.status),
    attempts: attempts.length,
    applied,
    droppedAfterApply,
    blindResend,
    target,
  };
  results.push(result);
  return result;
}

interface Verdict {
  duplicated: boolean;
  lost: boolean;
  unreported: boolean;
}

function verdict(result: WriteResult): Verdict {
  return {
    duplicated: result.applied > 1 || result.blindResend,
    // reported done, but the platform never applied it
    lost: result.outcome === 'ok' && result.applied === 0,
    // applied, but the caller was told it failed without `outcome: UNKNOWN`
    unreported: result.outcome === 'error' && result.applied > 0,
  };
}

// ---- the load ---------------------------------------------------------------------------------

interface Fixtures {
  ccIds: string[];
  gcPairs: Array<{ questionPk: string; displaySetPk: string; answer: unknown }>;
}

interface Operation {
  name: string;
  weight: number;
  run(random: () => number): Promise<void>;
}

function reads(client: GatewayClient): Operation[] {
  const read = (query: string, headers: Record<string, string>) => async (): Promise<void> => {
    countAnswer(await client.gql(query, {}, headers));
    stats.reads += 1;
  };
  return [
    {
      name: 'crowdcent challenge + submissions',
      weight: 2,
      run: read(
        `{ crowdcent { challenge(slug: "${CC_SLUG}") { name submissions(period: { current: true }) { totalCount } } } }`,
        { 'x-crowdcent-api-key': cc('alice') },
      ),
    },
    {
      name: 'crowdcent challenges',
      weight: 1,
      run: read(`{ challenges(platforms: [CROWDCENT]) { nodes { name status } } }`, {
        'x-crowdcent-api-key': cc('bob'),
      }),
    },
    {
      name: 'crowdflower job + units',
      weight: 2,
      run: read(
        `{ crowdflower { job(jobId: ${CF_RUNNING}) { title status units(first: 5) { nodes { unitId } } } } }`,
        { 'x-crowdflower-key': ACME },
      ),
    },
    {
      name: 'crowdflower jobs',
      weight: 1,
      run: read(`{ crowdflower { jobs(first: 12) { nodes { jobId title } } } }`, {
        'x-crowdflower-key': ACME,
      }),
    },
    {
      name: 'grand challenge reader study',
      weight: 2,
      run: read(
        `{ grandChallenge { readerStudy(slug: "${GC_STUDY}") { displaySets(first: 5) { nodes { pk } } } } }`,
        { 'x-grand-challenge-token': EDITOR },
      ),
    },
    {
      name: 'grand challenge archive',
      weight: 1,
      run: read(
        `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: 10) { nodes { values { image { name } } } } } } }`,
        { 'x-grand-challenge-token': EDITOR },
      ),
    },
    {
      name: 'crowdai challenges',
      weight: 2,
      run: read(`{ challenges(platforms: [CROWDAI], first: 20) { nodes { name status } } }`, {
        'x-crowdai-key': CROWDAI_ADMIN,
      }),
    },
    {
      name: 'arena groups + rounds',
      weight: 2,
      run: read(`{ arena { groups { name members } rounds { name status } } }`, arenaUser('alice')),
    },
    {
      name: 'all platforms',
      weight: 2,
      run: read(`{ challenges(first: 30) { nodes { platform name status } } }`, ALL_CREDENTIALS),
    },
  ];
}

function predictionsFile(ids: readonly string[], salt: number): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', data: [...ids], type: 'STRING' },
        { name: 'pred_10d', data: ids.map((_, i) => ((i * 7 + salt) % 100) / 100), type: 'DOUBLE' },
        { name: 'pred_30d', data: ids.map((_, i) => ((i * 13 + salt) % 100) / 100), type: 'DOUBLE' },
      ],
    }),
  );
}

/** One write per platform at a time; a worker that finds the platform busy reads instead. */
interface WriteLane {
  platform: PlatformKey;
  busy: boolean;
  /** undefined when the lane has nothing left to write. */
  next(random: () => number): (() => Promise<WriteResult>) | undefined;
}

function writeLanes(client: GatewayClient, sims: Simulators, fixtures: Fixtures): WriteLane[] {
  let ccCount = 0;
  let tagCount = 0;
  let paused = false;
  let aiCount = 0;
  let arenaCount = 0;
  const gcPairs = [...fixtures.gcPairs];

  const crowdcent: WriteLane = {
    platform: 'crowdcent',
    busy: false,
    next: () => {
      const n = ccCount++;
      const user = CC_USERS[n % CC_USERS.length]!;
      const slot = CC_SLOTS[Math.floor(n / CC_USERS.length) % CC_SLOTS.length]!;
      return () =>
        accountedWrite(
          'crowdcent',
          'submission',
          sims.crowdcent,
          ENDPOINTS.ccSubmit,
          'submitCrowdCentPredictions',
          `${user}/${slot}`,
          () =>
            client.upload(
              `mutation($input: SubmitCrowdCentPredictionsInput!) { submitCrowdCentPredictions(input: $input) {
                submission { submissionId slot } replaced queued userErrors { code message } } }`,
              { challengeSlug: CC_SLUG, slot, notes: `soak ${n}` },
              { bytes: predictionsFile(fixtures.ccIds, n), filename: `soak-${n}.parquet` },
              { 'x-crowdcent-api-key': cc(user) },
            ),
        );
    },
  };

  const crowdflower: WriteLane = {
    platform: 'crowdflower',
    busy: false,
    next: (random) => {
      if (random() < 0.6) {
        const tag = `soak-${tagCount++}`;
        return () =>
          accountedWrite(
            'crowdflower',
            'tags',
            sims.crowdflower,
            ENDPOINTS.cfTags,
            'addCrowdFlowerJobTags',
            tag,
            () =>
              client.gql(
                `mutation($tag: String!) { addCrowdFlowerJobTags(input: { jobId: ${CF_PAUSED}, tags: [$tag] }) { userErrors { code } } }`,
                { tag },
                { 'x-crowdflower-key': ACME },
              ),
          );
      }
      const verb = paused ? 'resume' : 'pause';
      return async () => {
        const result = await accountedWrite(
          'crowdflower',
          verb,
          sims.crowdflower,
          verb === 'pause' ? ENDPOINTS.cfPause : ENDPOINTS.cfResume,
          `${verb}CrowdFlowerJob`,
          String(CF_RUNNING),
          () =>
            client.gql(
              `mutation { ${verb}CrowdFlowerJob(input: { jobId: ${CF_RUNNING} }) { job { jobId status } userErrors { code } } }`,
              {},
              { 'x-crowdflower-key': ACME },
            ),
        );
        // the platform's state decides the next verb; an unknown outcome is settled by trying again
        if (result.applied > 0) paused = !paused;
        return result;
      };
    },
  };

  const grandChallenge: WriteLane = {
    platform: 'grandChallenge',
    busy: false,
    next: () => {
      const pair = gcPairs.shift();
      if (pair === undefined) return undefined;
      return () =>
        accountedWrite(
          'grandChallenge',
          'answer',
          sims.grandChallenge,
          ENDPOINTS.gcAnswer,
          'createGrandChallengeAnswer',
          `${pair.questionPk}|${pair.displaySetPk}`,
          () =>
            client.gql(
              `mutation($input: CreateGrandChallengeAnswerInput!) { createGrandChallengeAnswer(input: $input) { answer { pk } userErrors { code message } } }`,
              { input: pair },
              { 'x-grand-challenge-token': READER1 },
            ),
        );
    },
  };

  const crowdai: WriteLane = {
    platform: 'crowdai',
    busy: false,
    next: (random) => {
      const n = aiCount++;
      const participant = CROWDAI_DEMO_PARTICIPANTS[n % CROWDAI_DEMO_PARTICIPANTS.length]!;
      return () =>
        accountedWrite(
          'crowdai',
          'grade',
          sims.crowdai,
          ENDPOINTS.aiGrade,
          'gradeCrowdAISubmission',
          participant.name,
          () =>
            client.gql(
              `mutation($input: GradeCrowdAISubmissionInput!) { gradeCrowdAISubmission(input: $input) { submissionId userErrors { code } } }`,
              {
                input: {
                  participantApiKey: participant.apiKey,
                  challengeClientName: AI_CHALLENGE,
                  gradingStatus: 'GRADED',
                  score: Math.round(random() * 1000) / 1000,
                },
              },
              { 'x-crowdai-key': EPFL },
            ),
        );
    },
  };

  const arena: WriteLane = {
    platform: 'arena',
    busy: false,
    next: () => {
      const n = arenaCount++;
      const user = ARENA_JOINERS[n % ARENA_JOINERS.length]!;
      const group = ARENA_GROUPS[Math.floor(n / ARENA_JOINERS.length) % ARENA_GROUPS.length]!;
      return () =>
        accountedWrite(
          'arena',
          'group join',
          sims.arena,
          ENDPOINTS.arenaJoin,
          'joinArenaGroup',
          `${user}|${group}`,
          () =>
            client.gql(
              `mutation($name: String!) { joinArenaGroup(input: { name: $name }) { group { name } userErrors { code } } }`,
              { name: group },
              arenaUser(user),
            ),
        );
    },
  };

  return [crowdcent, crowdflower, grandChallenge, crowdai, arena];
}

async function load(client: GatewayClient, sims: Simulators, fixtures: Fixtures): Promise<number> {
  const readOps = reads(client);
  const totalWeight = readOps.reduce((sum, op) => sum + op.weight, 0);
  const lanes = writeLanes(client, sims, fixtures);
  const started = performance.now();
  const deadline = started + SECONDS * 1_000;
  let nextProgress = started + 10_000;

  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      const random = seededRandom(SEED * 7919 + worker);
      while (performance.now() < deadline) {
        if (performance.now() >= nextProgress) {
          nextProgress += 10_000;
          const elapsed = Math.round((performance.now() - started) / 1_000);
          console.log(`  ${elapsed} s: ${stats.reads} reads, ${stats.writes} writes`);
        }
        if (random() < WRITE_SHARE) {
          const lane = lanes[Math.floor(random() * lanes.length)]!;
          if (!lane.busy) {
            const write = lane.next(random);
            if (write !== undefined) {
              lane.busy = true;
              try {
                await write();
              } finally {
                lane.busy = false;
              }
              continue;
            }
          }
        }
        let pick = random() * totalWeight;
        const op = readOps.find((candidate) => (pick -= candidate.weight) < 0) ?? readOps[0]!;
        await op.run(random);
      }
    }),
  );
  return (performance.now() - started) / 1_000;
}

// ---- fixtures and platform state (read with faults off) ---------------------------------------

async function json(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await request(url, { headers });
  const text = await response.body.text();
  if (response.statusCode !== 200)
    throw new Error(`GET ${url} answered ${response.statusCode}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as unknown;
}

async function currentInferenceIds(sims: Simulators): Promise<string[]> {
  const response = await request(
    `${sims.crowdcent.baseUrl}/challenges/${CC_SLUG}/inference_data/current/download/`,
    {
      headers: { authorization: `Api-Key ${cc('alice')}` },
    },
  );
  await response.body.dump();
  const location = response.headers.location;
  if (response.statusCode !== 302 || typeof location !== 'string') throw new Error('no inference download');
  const file = await request(location);
  const bytes = await file.body.arrayBuffer();
  const rows = await parquetReadObjects({ file: bytes, columns: ['id'] });
  return rows.map((row) => String(row.id));
}

async function gcPairs(client: GatewayClient): Promise<Fixtures['gcPairs']> {
  const { body } = await client.gql(
    `{ grandChallenge { readerStudy(slug: "${GC_STUDY}") { questions { pk answerType options { id } }
      displaySets(unansweredBy: "reader1", first: 50) { nodes { pk } } } } }`,
    {},
    { 'x-grand-challenge-token': EDITOR },
  );
  const study = record(record(body.data?.grandChallenge)?.readerStudy);
  const questions = (study?.questions ?? []) as Array<{
    pk: string;
    answerType: string;
    options: Array<{ id: number }>;
  }>;
  const sets = ((record(study?.displaySets)?.nodes ?? []) as Array<{ pk: string }>).map((node) => node.pk);
  const answerTo = (question: (typeof questions)[number]): unknown => {
    const option = question.options[0]?.id;
    switch (question.answerType) {
      case 'Bool':
        return true;
      case 'Number':
        return 12.5;
      case 'Single line text':
        return 'soak';
      case 'Choice':
        return option;
      case 'Multiple choice':
        return option === undefined ? undefined : [option];
      default:
        return undefined;
    }
  };
  const pairs: Fixtures['gcPairs'] = [];
  for (const displaySetPk of sets)
    for (const question of questions) {
      const answer = answerTo(question);
      if (answer !== undefined) pairs.push({ questionPk: question.pk, displaySetPk, answer });
    }
  if (pairs.length === 0)
    throw new Error(`no reader-study questions to answer: ${JSON.stringify(body).slice(0, 300)}`);
  return pairs;
}

interface PlatformState {
  ccSlots: Map<string, number>;
  cfTags: Set<string>;
  gcAnswers: Map<string, number>;
  aiSubmissions: number;
  arenaMembers: Map<string, Set<string>>;
}

async function platformState(sims: Simulators, fresh: GatewayClient): Promise<PlatformState> {
  const ccSlots = new Map<string, number>();
  for (const user of CC_USERS) {
    const rows = (await json(`${sims.crowdcent.baseUrl}/challenges/${CC_SLUG}/submissions/?period=current`, {
      authorization: `Api-Key ${cc(user)}`,
    })) as Array<{ slot: number }>;
    for (const row of rows) bump(ccSlots, `${user}/${row.slot}`);
  }
  const tags = (await json(`${sims.crowdflower.baseUrl}/jobs/${CF_PAUSED}/tags?key=${ACME}`)) as Array<{
    name: string;
  }>;
  const gcAnswers = new Map<string, number>();
  let next: string | null = `${sims.grandChallenge.baseUrl}/reader-studies/answers/mine/?limit=100`;
  while (next !== null) {
    const page = (await json(next, { authorization: `Bearer ${READER1}` })) as {
      next: string | null;
      results: Array<{ question: string; display_set: string }>;
    };
    for (const answer of page.results) {
      const pk = (link: string) => link.replace(/\/+$/, '').split('/').pop() ?? '';
      bump(gcAnswers, `${pk(answer.question)}|${pk(answer.display_set)}`);
    }
    next = page.next;
  }
  const aiRows = (await json(`${sims.crowdai.baseUrl}/challenges/${AI_CHALLENGE_ID}/submissions`, {
    authorization: `Token token="${EPFL}"`,
  })) as unknown[];
  const arena = await fresh.gql(`{ arena { groups { name members } } }`, {}, arenaUser('backend'));
  const groups = (record(arena.body.data?.arena)?.groups ?? []) as Array<{ name: string; members: string[] }>;
  return {
    ccSlots,
    cfTags: new Set(tags.map((tag) => tag.name)),
    gcAnswers,
    aiSubmissions: aiRows.length,
    arenaMembers: new Map(groups.map((group) => [group.name, new Set(group.members)])),
  };
}

/** Platform state against the accounting: each finding is a write that is not there exactly once. */
function stateFindings(before: PlatformState, after: PlatformState): string[] {
  const findings: string[] = [];
  const appliedBy = (platform: PlatformKey, target?: string) =>
    results
      .filter((r) => r.platform === platform && (target === undefined || r.target === target))
      .reduce((sum, r) => sum + r.applied, 0);
  // CrowdCent: one submission per user, slot and period, however often it was replaced
  for (const user of CC_USERS)
    for (const slot of CC_SLOTS) {
      const key = `${user}/${slot}`;
      const expected = appliedBy('crowdcent', key) > 0 ? 1 : (before.ccSlots.get(key) ?? 0);
      const actual = after.ccSlots.get(key) ?? 0;
      if (actual !== expected) findings.push(`CrowdCent ${key}: ${actual} submissions, expected ${expected}`);
    }
  // CrowdFlower: each soak tag is there exactly when its write was applied
  for (const r of results.filter((w) => w.platform === 'crowdflower' && w.kind === 'tags')) {
    if (after.cfTags.has(r.target) !== r.applied > 0)
      findings.push(
        `CrowdFlower tag ${r.target}: present=${after.cfTags.has(r.target)}, applied=${r.applied}`,
      );
  }
  // Grand Challenge: answers per question and display set
  for (const r of results.filter((w) => w.platform === 'grandChallenge')) {
    const expected = (before.gcAnswers.get(r.target) ?? 0) + r.applied;
    const actual = after.gcAnswers.get(r.target) ?? 0;
    if (actual !== expected)
      findings.push(`Grand Challenge answer ${r.target}: ${actual}, expected ${expected}`);
  }
  // crowdAI: every applied grade created one submission
  const aiExpected = before.aiSubmissions + appliedBy('crowdai');
  if (after.aiSubmissions !== aiExpected)
    findings.push(`crowdAI submissions: ${after.aiSubmissions}, expected ${aiExpected}`);
  // Arena: whoever joined is a member
  for (const r of results.filter((w) => w.platform === 'arena' && w.applied > 0)) {
    const [user = '', group = ''] = r.target.split('|');
    if (!after.arenaMembers.get(group)?.has(user))
      findings.push(`Arena: ${user} not in ${group} after joining`);
  }
  return findings;
}

// ---- metrics ----------------------------------------------------------------------------------

/** Metric families of the exposition text whose name starts with `prefix` (declared, even without samples). */
function declaredMetrics(text: string, prefix: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`# TYPE ${prefix}`))
    .map((line) => line.split(' ')[2] ?? '');
}

function metricSums(text: string, prefix: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+([0-9.eE+-]+|NaN)$/.exec(line.trim());
    if (match === null) continue;
    const [, name = '', labels = '', value = '0'] = match;
    bump(sums, labels === '' ? name : `${name}${labels}`, Number(value));
  }
  return sums;
}

function describeBreaker(text: string): string {
  const declared = declaredMetrics(text, 'crowdgraph_breaker_');
  if (declared.length === 0) return 'n/a (no crowdgraph_breaker_* metric)';
  const parts: string[] = [];
  if (declared.includes('crowdgraph_breaker_transitions_total')) {
    const transitions = metricSums(text, 'crowdgraph_breaker_transitions_total');
    const total = [...transitions.values()].reduce((a, b) => a + b, 0);
    const detail = [...transitions]
      .map(([series, n]) => {
        const platform = /platform="([^"]*)"/.exec(series)?.[1] ?? '?';
        const to = /to="([^"]*)"/.exec(series)?.[1] ?? '?';
        return `${platform}→${to} ${n}`;
      })
      .join(', ');
    parts.push(`${total} transitions${detail === '' ? '' : ` (${detail})`}`);
  } else {
    parts.push('transitions n/a');
  }
  const state = metricSums(text, 'crowdgraph_breaker_state');
  const open = [...state].filter(([, value]) => value !== 0).map(([series, value]) => `${series} ${value}`);
  if (state.size > 0)
    parts.push(open.length === 0 ? 'all closed at the end' : `at the end: ${open.join(', ')}`);
  return parts.join('; ');
}

// ---- report -----------------------------------------------------------------------------------

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const rssStart = process.memoryUsage().rss;
  const sims = await startSimulators();
  for (const platform of PLATFORMS) observe(platform, sims[platform]);
  const running = await startGateway(sims);
  const { client } = running;

  // fixtures and the state before, with faults off
  const fixtures: Fixtures = { ccIds: await currentInferenceIds(sims), gcPairs: await gcPairs(client) };
  const setupGateway = await startGateway(sims);
  const before = await platformState(sims, setupGateway.client);
  await setupGateway.close();

  const env = faultEnvironment();
  const applied = PLATFORMS.map((platform) => {
    // replaces whatever the simulator took from the environment at start, so rules are not doubled
    sims[platform].faults.clear();
    const config = applyFaultEnv(sims[platform].faults, PREFIX[platform], env);
    const names = faultEnvNames(PREFIX[platform]);
    const explicit = faultRulesFromEnv(PREFIX[platform], { [names.faults]: env[names.faults] }).length;
    return `${PREFIX[platform]} ${config.latencyMs ?? 0}+${config.jitterMs ?? 0} ms, 5xx ${env[names.errorRate] ?? 0}, 429 ${env[names.rateLimitRate] ?? 0}, ${explicit} SIM_${PREFIX[platform]}_FAULTS rule(s)`;
  });
  console.log(`soak: ${SECONDS} s, ${CONCURRENCY} concurrent, write share ${WRITE_SHARE}, seed ${SEED}`);
  for (const line of applied) console.log(`  ${line}`);
  const rssLoadStart = process.memoryUsage().rss;

  const upstreamBefore = PLATFORMS.reduce((sum, platform) => sum + sims[platform].log.entries.length, 0);
  const elapsed = await load(client, sims, fixtures);
  const rssEnd = process.memoryUsage().rss;
  const heapEnd = process.memoryUsage().heapUsed;
  const upstreamCalls =
    PLATFORMS.reduce((sum, platform) => sum + sims[platform].log.entries.length, 0) - upstreamBefore;

  for (const platform of PLATFORMS) {
    sims[platform].faults.clear();
    sims[platform].faults.setLatency({ latencyMs: 0, jitterMs: 0 });
  }
  const metricsText = await client.metrics();
  const verifyGateway = await startGateway(sims);
  const after = await platformState(sims, verifyGateway.client);
  await verifyGateway.close();
  await running.close();
  await sims.close();

  // ---- figures
  const verdicts = results.map((r) => ({ r, v: verdict(r) }));
  const duplicated = verdicts.filter(({ v }) => v.duplicated);
  const lost = verdicts.filter(({ v }) => v.lost);
  const unreported = verdicts.filter(({ v }) => v.unreported);
  const findings = stateFindings(before, after);
  const dropped = results.reduce((sum, r) => sum + r.droppedAfterApply, 0);
  const droppedReportedUnknown = results.filter(
    (r) => r.droppedAfterApply > 0 && r.outcome === 'unknown',
  ).length;
  // the gateway may read the platform back after a lost answer and report the write as done
  const droppedReconciled = results.filter((r) => r.droppedAfterApply > 0 && r.outcome === 'ok').length;
  const retries = metricSums(metricsText, 'crowdgraph_upstream_retries_total');
  const retryTotal = [...retries.values()].reduce((a, b) => a + b, 0);
  const retryByReason = new Map<string, number>();
  for (const [series, value] of retries) {
    const reason = /reason="([^"]*)"/.exec(series)?.[1] ?? '?';
    bump(retryByReason, reason, value);
  }
  const breakerText = describeBreaker(metricsText);
  const latencies = [...stats.latencies].sort((a, b) => a - b);
  const total = stats.reads + stats.writes;
  const codes = [...stats.codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
  const effects = new Map<string, number>();
  for (const [key, n] of faultEffects) bump(effects, key.split(':')[1] ?? key, n);
  const outcomes = (list: WriteResult[]) => {
    const by = (o: Outcome) => list.filter((r) => r.outcome === o).length;
    return `${by('ok')} / ${by('refused')} / ${by('error')} / ${by('unknown')}`;
  };

  const summary = [
    '| measure | value |',
    '|---|---|',
    `| duration, concurrency | ${elapsed.toFixed(1)} s, ${CONCURRENCY} workers (write share ${WRITE_SHARE}, seed ${SEED}) |`,
    `| GraphQL requests | ${total} (${stats.reads} reads, ${stats.writes} writes), ${(total / elapsed).toFixed(0)} req/s |`,
    `| latency p50 / p99 | ${percentile(latencies, 50).toFixed(1)} ms / ${percentile(latencies, 99).toFixed(1)} ms |`,
    `| upstream requests (simulator logs) | ${upstreamCalls} |`,
    `| HTTP answers other than 200 | ${stats.httpNon200} |`,
    `| GraphQL errors by code | ${codes.length > 0 ? codes.join(', ') : 'none'} |`,
    `| errors with outcome UNKNOWN | ${stats.unknownOutcomes} |`,
    `| injected faults (all platforms) | ${[...effects].map(([effect, n]) => `${effect} ${n}`).join(', ') || 'none'} |`,
    `| upstream retries (crowdgraph_upstream_retries_total) | ${retryTotal}${retryByReason.size > 0 ? ` (${[...retryByReason].map(([reason, n]) => `${reason} ${n}`).join(', ')})` : ''} |`,
    `| breaker transitions | ${breakerText} |`,
    `| writes ok / refused / error / unknown | ${outcomes(results)} |`,
    `| writes applied whose answer was dropped | ${dropped} (reported UNKNOWN: ${droppedReportedUnknown}, read back and reported done: ${droppedReconciled}) |`,
    `| duplicated writes | ${duplicated.length} |`,
    `| lost writes (reported done, not applied) | ${lost.length} |`,
    `| applied writes reported as failed without outcome UNKNOWN | ${unreported.length} |`,
    `| platform state mismatches | ${findings.length} |`,
    `| RSS start / load start / end (heap used at end) | ${mib(rssStart)} / ${mib(rssLoadStart)} / ${mib(rssEnd)} (${mib(heapEnd)}) |`,
  ];
  const kinds = [...new Set(results.map((r) => `${r.platform}|${r.kind}`))];
  const perWrite = [
    '| platform | write | issued | ok / refused / error / unknown | upstream attempts | applied | dropped after apply | duplicated | lost | unreported |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...kinds.map((key) => {
      const [platform = '', kind = ''] = key.split('|');
      const list = verdicts.filter(({ r }) => r.platform === platform && r.kind === kind);
      const rs = list.map(({ r }) => r);
      const sum = (pick: (r: WriteResult) => number) => rs.reduce((s, r) => s + pick(r), 0);
      return `| ${PREFIX[platform as PlatformKey] ?? platform} | ${kind} | ${rs.length} | ${outcomes(rs)} | ${sum((r) => r.attempts)} | ${sum((r) => r.applied)} | ${sum((r) => r.droppedAfterApply)} | ${list.filter(({ v }) => v.duplicated).length} | ${list.filter(({ v }) => v.lost).length} | ${list.filter(({ v }) => v.unreported).length} |`;
    }),
  ];

  const failures = [
    ...duplicated.map(
      ({ r }) =>
        `duplicated: ${r.platform} ${r.kind} ${r.target} (${r.attempts} attempts, ${r.applied} applied)`,
    ),
    ...lost.map(
      ({ r }) =>
        `lost: ${r.platform} ${r.kind} ${r.target} reported done, applied ${r.applied} (upstream ${r.statuses.join(', ') || 'none'})`,
    ),
    ...unreported.map(
      ({ r }) =>
        `unreported: ${r.platform} ${r.kind} ${r.target} applied ${r.applied} (upstream ${r.statuses.join(', ')}), reported as ${r.errors.join('; ')}`,
    ),
    ...findings.map((finding) => `state: ${finding}`),
  ];
  const date = new Date().toISOString().slice(0, 10);
  const section = `## Soak

Generated by \`SOAK_SECONDS=${SECONDS} npx tsx bench/soak.ts\` (\`npm run soak\`) on ${date}; ${cpus().length} cores, Node ${process.version}.
Simulators, gateway and load loop share one process (RSS covers all three). Faults per platform
(latency + jitter, 5xx share, 429 share, explicit rules — by default drop-after-apply on ${DROP_SHARE * 100}% of the
platform's write requests): ${applied.join('; ')}. Writes to one platform run one at a time, so each
upstream attempt is attributed to its mutation; platform state is read back with faults off.

${summary.join('\n')}

${perWrite.join('\n')}

Result: ${
    failures.length === 0
      ? '**pass** — no write duplicated, lost or applied-but-unreported.'
      : `**FAIL** — ${failures.length} finding(s):\n\n${failures
          .slice(0, 20)
          .map((f) => `- ${f}`)
          .join('\n')}${failures.length > 20 ? `\n- … and ${failures.length - 20} more` : ''}`
  }
`;
  console.log(`\n${section}`);
  writeResultsSection(SOAK_HEADING, section);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
