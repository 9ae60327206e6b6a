import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CROWDAI_DEMO_PARTICIPANTS,
  startArenaSimulator,
  startCrowdAISimulator,
  startCrowdCentSimulator,
  startCrowdFlowerSimulator,
  startGrandChallengeSimulator,
  type ArenaSimulator,
  type CrowdAISimulator,
  type CrowdCentSimulator,
  type CrowdFlowerSimulator,
  type GrandChallengeSimulator,
} from '../../simulators/index.js';
import { idsOf, predictionsFile } from '../support/parquet.js';
import {
  ACME,
  ALICE,
  BOB,
  CROWDAI_ADMIN,
  EPFL,
  RESEARCHER,
  at,
  startStack,
  type Stack,
} from '../support/stack.js';

/**
 * Credentials never leak. A broad run over all five platforms — success paths, refused credentials,
 * missing objects, uploads, /files downloads, platform errors that echo secrets — with recognizable
 * credentials, valid and invalid. Every platform is reached through a recording proxy, so the test
 * also knows every secret that actually crossed the wire (Authorization values, CrowdFlower's
 * `key=`, Arena's session and CSRF cookies) and checks that none of them comes back out of the
 * gateway: not in a response body or header, not in a /files link, not in /metrics, not in a log line.
 */

const ANIKA = CROWDAI_DEMO_PARTICIPANTS.find((p) => p.name === 'AnikaR')!.apiKey;

/** Credentials the simulators accept. */
const VALID: Readonly<Record<string, string>> = {
  'CrowdCent key (alice)': ALICE,
  'CrowdCent key (bob)': BOB,
  'CrowdFlower key (acme)': ACME,
  'Grand Challenge token (researcher)': RESEARCHER,
  'crowdAI admin key': CROWDAI_ADMIN,
  'crowdAI organizer key (EPFL)': EPFL,
  'crowdAI participant key (AnikaR)': ANIKA,
  'Arena password (alice)': 'alice-pw',
  'Arena password (backend)': 'foobar',
};

/** Recognizable wrong credentials: every platform refuses them. */
const INVALID = {
  crowdcent: 'SECRETSECRET-cc-0001-Zq7Xw3Lp9Tg',
  crowdcentMalformed: 'SECRETSECRET cc 0002 with spaces',
  crowdflower: 'SECRETSECRET-cf-0003-Mv4Kd8Rt2',
  grandChallenge: '5ec2e7ab'.repeat(8),
  crowdai: 'SECRETSECRET-ai-0004-Hb6Nc1Yq5',
  crowdaiParticipant: '5ec2e7c0ffee5ec2e7c0ffee5ec2e7aa',
  arena: 'SECRETSECRET-pw',
  arenaOther: 'SECRETSECRET-pw-for-mallory',
} as const;

const INVALID_NAMED: Readonly<Record<string, string>> = {
  'wrong CrowdCent key': INVALID.crowdcent,
  'malformed CrowdCent key': INVALID.crowdcentMalformed,
  'wrong CrowdFlower key': INVALID.crowdflower,
  'wrong Grand Challenge token': INVALID.grandChallenge,
  'wrong crowdAI key': INVALID.crowdai,
  'wrong crowdAI participant key': INVALID.crowdaiParticipant,
  'wrong Arena password (alice)': INVALID.arena,
  'wrong Arena password (mallory)': INVALID.arenaOther,
};

const ALL_CREDENTIALS: Readonly<Record<string, string>> = { ...VALID, ...INVALID_NAMED };

const asAlice = { 'x-crowdcent-api-key': ALICE };
const asBob = { 'x-crowdcent-api-key': BOB };
const asAcme = { 'x-crowdflower-key': ACME };
const asResearcher = { 'x-grand-challenge-token': RESEARCHER };
const asAiAdmin = { 'x-crowdai-key': CROWDAI_ADMIN };
const asEpfl = { 'x-crowdai-key': EPFL };
const asArenaAlice = { 'x-arena-username': 'alice', 'x-arena-password': 'alice-pw' };
const asArenaBackend = { 'x-arena-username': 'backend', 'x-arena-password': 'foobar' };
const EVERY_VALID = { ...asAlice, ...asAcme, ...asResearcher, ...asAiAdmin, ...asArenaAlice };
const EVERY_INVALID = {
  'x-crowdcent-api-key': INVALID.crowdcent,
  'x-crowdflower-key': INVALID.crowdflower,
  'x-grand-challenge-token': INVALID.grandChallenge,
  'x-crowdai-key': INVALID.crowdai,
  'x-arena-username': 'alice',
  'x-arena-password': INVALID.arena,
};

/** Values that must never come out of the gateway, whatever credential they belong to. */
const FORBIDDEN_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['a key= query parameter', /[?&](?:api_?)?key=(?!\[redacted\])[^&\s"'<>]{4,}/i],
  [
    'an Authorization header value',
    /\bauthorization\\?["']?\s*[:=]\s*\\?["']?(?:Api-Key|Bearer|Token|Basic)?\s*(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/i,
  ],
  ['an Api-Key value', /\bApi-Key\s+(?!\[redacted\])[A-Za-z0-9._-]{8,}/],
  ['a Bearer token', /\bBearer\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/i],
  ['a Token token= value', /\bToken\s+token=\\?"?(?!\[redacted\])[A-Za-z0-9._-]{4,}/i],
  ['a sessionid cookie value', /\bsessionid=(?!\[redacted\])[^;\s"'&]{4,}/i],
  ['a csrftoken cookie value', /\bcsrftoken=(?!\[redacted\])[^;\s"'&]{4,}/i],
  ['an X-CSRFToken header value', /x-csrftoken\\?["']?\s*[:=]\s*\\?["']?[A-Za-z0-9]{8,}/i],
  ['a signed storage URL signature', /(?:[?&]signature=(?!\[redacted\])[^&\s"']{8,}|X-Amz-Signature=)/i],
  ['a stack trace', /\bat .*\.(?:ts|js|mjs|cjs):\d+/],
];

// ---------------------------------------------------------------------------------------------
// A recording reverse proxy in front of each simulator. The Host header is passed through, so the
// simulators build their absolute URLs (pagination, file links, signed storage URLs) on the proxy's
// origin and every follow-up request is recorded too.

class Wire {
  /** Every request as text: request line, headers, and url-encoded form bodies (Arena's login). */
  readonly requests: string[] = [];
  /** Secret values seen on the wire, by what they were. */
  readonly secrets = new Map<string, string>();
  /** The Cookie and X-CSRFToken headers of the latest request that carried a cookie (Arena's session). */
  lastCookie = '';
  lastCsrfToken = '';

  #add(label: string, value: string | undefined): void {
    const trimmed = value?.trim().replace(/^"|"$/g, '');
    if (trimmed && trimmed.length >= 8) this.secrets.set(trimmed, label);
  }

  observeRequest(method: string, url: string, headers: IncomingHttpHeaders, form: string): void {
    this.requests.push(`${method} ${url}\n${JSON.stringify(headers)}\n${form}`);
    const auth = headers.authorization;
    if (typeof auth === 'string') {
      this.#add('an Authorization header', auth);
      this.#add('an Authorization credential', auth.replace(/^\S+\s+/, '').replace(/^token=/i, ''));
    }
    if (headers.cookie) this.lastCookie = headers.cookie;
    if (typeof headers['x-csrftoken'] === 'string') this.lastCsrfToken = headers['x-csrftoken'];
    for (const pair of (headers.cookie ?? '').split(';')) {
      const [name, ...rest] = pair.split('=');
      if (name?.trim()) this.#add(`a ${name.trim()} cookie`, rest.join('='));
    }
    const csrf = headers['x-csrftoken'];
    if (typeof csrf === 'string') this.#add('an X-CSRFToken header', csrf);
    const query = new URL(url, 'http://wire.invalid').searchParams;
    for (const name of ['key', 'api_key', 'token', 'signature', 'Signature']) {
      for (const value of query.getAll(name)) this.#add(`a ${name}= query parameter`, value);
    }
    if (form) {
      const fields = new URLSearchParams(form);
      for (const name of ['password', 'csrfmiddlewaretoken'])
        this.#add(`a ${name} form field`, fields.get(name) ?? undefined);
    }
  }

  observeResponse(headers: IncomingHttpHeaders): void {
    for (const cookie of headers['set-cookie'] ?? []) {
      const [pair] = cookie.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (name?.trim()) this.#add(`a ${name.trim()} cookie set by the platform`, rest.join('='));
    }
  }
}

async function startRecordingProxy(
  target: string,
  wire: Wire,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const formBody = String(incoming.headers['content-type'] ?? '').startsWith(
      'application/x-www-form-urlencoded',
    );
    const chunks: Buffer[] = [];
    if (formBody) incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      wire.observeRequest(
        incoming.method ?? 'GET',
        incoming.url ?? '/',
        incoming.headers,
        Buffer.concat(chunks).toString('utf8'),
      );
    });
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        wire.observeResponse(answer.headers);
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.on('error', () => forward.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy did not bind a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
  text: string;
  json: unknown;
}

/** Everything the gateway said: response bodies and headers, /metrics, health, and (later) its logs. */
const outputs: Array<{ where: string; text: string }> = [];
/** Every `/files/` link found in a response. */
const fileLinks = new Set<string>();
/** x-request-id of every gateway response. */
const requestIds: string[] = [];

let stack: Stack;
const wire = new Wire();
let cfNow = Date.now();
let sims: {
  cc: CrowdCentSimulator;
  cf: CrowdFlowerSimulator;
  gc: GrandChallengeSimulator;
  ai: CrowdAISimulator;
  arena: ArenaSimulator;
};
const proxies: Array<{ close(): Promise<void> }> = [];

async function call(
  where: string,
  path: string,
  options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string | FormData } = {},
): Promise<Reply> {
  const response = await request(`${stack.url}${path}`, {
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  const bytes = Buffer.from(await response.body.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = undefined;
  }
  outputs.push({ where: `${where} — body (HTTP ${response.statusCode})`, text });
  outputs.push({ where: `${where} — headers`, text: JSON.stringify(response.headers) });
  const requestId = response.headers['x-request-id'];
  if (typeof requestId === 'string') requestIds.push(requestId);
  for (const match of text.matchAll(/https?:\/\/[^\s"'<>]*?\/files\/[A-Za-z0-9_-]+/g))
    fileLinks.add(match[0]);
  return { status: response.statusCode, headers: response.headers, bytes, text, json };
}

function gql(
  where: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  headers: Record<string, string>,
): Promise<Reply> {
  return call(where, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

function upload(
  where: string,
  query: string,
  variables: Record<string, unknown>,
  file: { path: string; bytes: Uint8Array; filename: string; type?: string },
  headers: Record<string, string>,
): Promise<Reply> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify({ 0: [file.path] }));
  form.append('0', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.filename);
  return call(where, '/graphql', {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true', ...headers },
    body: form,
  });
}

/** GET of a gateway `/files/` link. */
function download(where: string, link: unknown): Promise<Reply> {
  expect(typeof link, `${where}: a link`).toBe('string');
  const url = new URL(String(link));
  expect(url.origin).toBe(stack.url);
  expect(url.pathname).toMatch(/^\/files\/[A-Za-z0-9_-]+$/);
  return call(where, `${url.pathname}${url.search}`);
}

function codes(reply: Reply): unknown[] {
  const errors = at(reply.json, 'errors');
  return Array.isArray(errors) ? errors.map((error: unknown) => at(error, 'extensions', 'code')) : [];
}

function expectOk(reply: Reply): void {
  expect(reply.status, reply.text.slice(0, 300)).toBe(200);
  expect(at(reply.json, 'errors'), reply.text.slice(0, 300)).toBeUndefined();
}

describe('credentials never leak from the gateway', () => {
  beforeAll(async () => {
    const cc = await startCrowdCentSimulator({ trainingRows: 400 });
    const cf = await startCrowdFlowerSimulator({ judgingIntervalMs: 0, now: () => new Date(cfNow) });
    const gc = await startGrandChallengeSimulator({ jobStepMs: 0 });
    const ai = await startCrowdAISimulator();
    const arena = await startArenaSimulator();
    sims = { cc, cf, gc, ai, arena };
    const through = async (handle: { url: string; baseUrl: string }): Promise<string> => {
      const proxy = await startRecordingProxy(handle.url, wire);
      proxies.push(proxy);
      return handle.baseUrl.replace(handle.url, proxy.url);
    };
    stack = await startStack({
      sim: cc,
      cf,
      gc,
      ai,
      // The stack starts an Arena simulator of its own so that ARENA counts as simulated; the
      // gateway is pointed at ours, behind the proxy, instead.
      arena: {},
      env: {
        CROWDCENT_BASE_URL: await through(cc),
        CROWDFLOWER_BASE_URL: await through(cf),
        GRAND_CHALLENGE_BASE_URL: await through(gc),
        CROWDAI_BASE_URL: await through(ai),
        ARENA_BASE_URL: await through(arena),
      },
    });
  }, 30_000);

  afterAll(async () => {
    await stack?.close();
    for (const proxy of proxies) await proxy.close();
    if (sims) {
      await sims.cc.close();
      await sims.cf.close();
      await sims.gc.close();
      await sims.ai.close();
      await sims.arena.close();
    }
  });

  it('CrowdCent: reads, downloads and submits with a valid key; wrong keys, 404s and echoing errors', async () => {
    const viewer = await gql(
      'CrowdCent viewer and challenges (alice)',
      `{ crowdcent { viewer { username } challenges { totalCount nodes { id slug } } } }`,
      undefined,
      asAlice,
    );
    expectOk(viewer);
    expect(at(viewer.json, 'data', 'crowdcent', 'viewer', 'username')).toBe('alice');

    const links = await gql(
      'CrowdCent file links (alice)',
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { id latestTrainingDataset { downloadUrl }
          metaModel { downloadUrl } currentInferencePeriod { downloadUrl } } } }`,
      undefined,
      asAlice,
    );
    expectOk(links);
    const challenge = at(links.json, 'data', 'crowdcent', 'challenge');
    const training = await download(
      'CrowdCent training file',
      at(challenge, 'latestTrainingDataset', 'downloadUrl'),
    );
    expect(training.status).toBe(200);
    const meta = await download('CrowdCent meta model (alice)', at(challenge, 'metaModel', 'downloadUrl'));
    expect(meta.status).toBe(200);
    const inference = await download(
      'CrowdCent inference file',
      at(challenge, 'currentInferencePeriod', 'downloadUrl'),
    );
    expect(inference.status).toBe(200);

    const SUBMIT = `mutation($input: SubmitCrowdCentPredictionsInput!) { submitCrowdCentPredictions(input: $input) {
      submission { submissionId predictionFileUrl } replaced userErrors { field message code } } }`;
    const ids = await idsOf(inference.bytes);
    const submitted = await upload(
      'CrowdCent prediction upload (alice)',
      SUBMIT,
      { input: { challengeSlug: 'hyperliquid-ranking', slot: 1, file: null } },
      { path: 'variables.input.file', bytes: predictionsFile(ids), filename: 'preds.parquet' },
      asAlice,
    );
    expectOk(submitted);
    const predictionFile = await download(
      'CrowdCent uploaded prediction file',
      at(submitted.json, 'data', 'submitCrowdCentPredictions', 'submission', 'predictionFileUrl'),
    );
    expect(predictionFile.status).toBe(200);
    const notParquet = await upload(
      'CrowdCent upload of a text file (alice)',
      SUBMIT,
      { input: { challengeSlug: 'hyperliquid-ranking', slot: 2, file: null } },
      {
        path: 'variables.input.file',
        bytes: new TextEncoder().encode('id,pred\nBTC,0.5\n'),
        filename: 'p.parquet',
      },
      asAlice,
    );
    expect(at(notParquet.json, 'data', 'submitCrowdCentPredictions', 'userErrors', 0, 'code')).toEqual(
      expect.any(String),
    );
    const wrongKeyUpload = await upload(
      'CrowdCent upload with a wrong key',
      SUBMIT,
      { input: { challengeSlug: 'hyperliquid-ranking', slot: 1, file: null } },
      { path: 'variables.input.file', bytes: predictionsFile(ids), filename: 'preds.parquet' },
      { 'x-crowdcent-api-key': INVALID.crowdcent },
    );
    expect(codes(wrongKeyUpload)).toContain('UNAUTHENTICATED');

    const bobMeta = await gql(
      'CrowdCent meta model link (bob)',
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { metaModel { downloadUrl } } } }`,
      undefined,
      asBob,
    );
    const refused = await download(
      'CrowdCent meta model refused (bob)',
      at(bobMeta.json, 'data', 'crowdcent', 'challenge', 'metaModel', 'downloadUrl'),
    );
    expect(refused.status).toBe(403);

    const missing = await gql(
      'CrowdCent missing challenge and version',
      `{ crowdcent { nope: challenge(slug: "no-such-challenge") { name }
          challenge(slug: "hyperliquid-ranking") { trainingDataset(version: "9.9") { name } } } }`,
      undefined,
      asAlice,
    );
    expect(at(missing.json, 'data', 'crowdcent', 'nope')).toBeNull();
    for (const [label, key] of [
      ['wrong', INVALID.crowdcent],
      ['malformed', INVALID.crowdcentMalformed],
    ] as const) {
      const refusedKey = await gql(
        `CrowdCent viewer with a ${label} key`,
        `{ crowdcent { viewer { username } } }`,
        undefined,
        { 'x-crowdcent-api-key': key },
      );
      expect(codes(refusedKey)).toContain('UNAUTHENTICATED');
    }

    // A platform whose error message quotes the caller's key back.
    sims.cc.faults.set({
      path: /\/equity-nlp\/training_data\/$/,
      status: 400,
      times: 1,
      body: JSON.stringify({
        error: {
          code: 'VALIDATION_ERROR',
          message: `key ${ALICE} is not allowed here (Authorization: Api-Key ${ALICE}, ?key=${ALICE})`,
        },
      }),
    });
    const echoed = await gql(
      'CrowdCent 400 that echoes the key',
      `{ crowdcent { challenge(slug: "equity-nlp") { trainingDatasets { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(codes(echoed)).toContain('BAD_USER_INPUT');
    expect(echoed.text).toContain('[redacted]');
    sims.cc.faults.set({
      path: /\/equity-nlp\/inference_data\/$/,
      status: 500,
      body: `Traceback (most recent call last): Authorization: Api-Key ${ALICE}\n  File "/srv/app/views.py", line 12`,
    });
    const crashed = await gql(
      'CrowdCent 500 that echoes the key',
      `{ crowdcent { challenge(slug: "equity-nlp") { inferencePeriods { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(codes(crashed)).toContain('UPSTREAM_UNAVAILABLE');
    sims.cc.faults.clear();
  });

  it('CrowdFlower: jobs, a report download and a unit upload; wrong key, 404 and an echoing error', async () => {
    const RUNNING = 1204373;
    const FINISHED = 1204356;
    const jobs = await gql(
      'CrowdFlower jobs (acme)',
      `query($id: SafeInt!) { crowdflower { jobs(first: 5) { nodes { id jobId title } }
          job(jobId: $id) { title progress { allUnits } units(first: 2) { nodes { unitId judgments { worker { workerId } } } } } } }`,
      { id: RUNNING },
      asAcme,
    );
    expectOk(jobs);
    const REPORT = `query($id: SafeInt!) { crowdflower { job(jobId: $id) { report(type: JSON) { status downloadUrl } } } }`;
    const generating = await gql('CrowdFlower report requested', REPORT, { id: FINISHED }, asAcme);
    expect(at(generating.json, 'data', 'crowdflower', 'job', 'report', 'status')).toBe('GENERATING');
    cfNow += 60_000;
    const ready = await gql('CrowdFlower report ready', REPORT, { id: FINISHED }, asAcme);
    expect(at(ready.json, 'data', 'crowdflower', 'job', 'report', 'status')).toBe('READY');
    const report = await download(
      'CrowdFlower report ZIP',
      at(ready.json, 'data', 'crowdflower', 'job', 'report', 'downloadUrl'),
    );
    expect(report.status).toBe(200);
    expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const created = await gql(
      'CrowdFlower job created',
      `mutation { createCrowdFlowerJob(input: { attributes: { title: "secrets run" } }) { job { jobId } userErrors { code } } }`,
      undefined,
      asAcme,
    );
    expectOk(created);
    const jobId = at(created.json, 'data', 'createCrowdFlowerJob', 'job', 'jobId');
    const lines = `${JSON.stringify({ text: 'first' })}\n${JSON.stringify({ text: 'second' })}\n`;
    const uploaded = await upload(
      'CrowdFlower unit upload',
      `mutation($input: UploadCrowdFlowerUnitsInput!) { uploadCrowdFlowerUnits(input: $input) { rowsSent userErrors { message } } }`,
      { input: { jobId, file: null, format: 'JSON_LINES' } },
      { path: 'variables.input.file', bytes: new TextEncoder().encode(lines), filename: 'units.jsonl' },
      asAcme,
    );
    expectOk(uploaded);
    expect(at(uploaded.json, 'data', 'uploadCrowdFlowerUnits', 'rowsSent')).toBe(2);

    const missing = await gql(
      'CrowdFlower missing job',
      `{ crowdflower { job(jobId: 1) { title } } }`,
      undefined,
      asAcme,
    );
    expect(at(missing.json, 'data', 'crowdflower', 'job') ?? null).toBeNull();
    const wrongKey = await gql(
      'CrowdFlower jobs with a wrong key',
      `{ crowdflower { jobs { totalCount } } }`,
      undefined,
      { 'x-crowdflower-key': INVALID.crowdflower },
    );
    expect(codes(wrongKey)).toContain('UNAUTHENTICATED');

    sims.cf.faults.set({
      path: /\/jobs\/1204360\.json$/,
      status: 422,
      times: 1,
      body: JSON.stringify({
        error: {
          message: `https://api.crowdflower.com/v1/jobs/1204360.json?key=${ACME} key=${ACME} is over quota`,
        },
      }),
    });
    const echoed = await gql(
      'CrowdFlower 422 that echoes the key',
      `{ crowdflower { job(jobId: 1204360) { title } } }`,
      undefined,
      asAcme,
    );
    expect(codes(echoed)).toContain('BAD_USER_INPUT');
    expect(echoed.text).toContain('[redacted]');
    sims.cf.faults.clear();
  });

  it('Grand Challenge: archives and file downloads; wrong token, 404 and an echoing error', async () => {
    const archive = await gql(
      'Grand Challenge archive items (researcher)',
      `{ grandChallenge { archives { totalCount } version { __typename }
          archive(slug: "lung-ct-screening") { items(first: 10) { nodes { id values { fileUrl image { files { downloadUrl } } } } } } } }`,
      undefined,
      asResearcher,
    );
    expectOk(archive);
    const values = (
      at(archive.json, 'data', 'grandChallenge', 'archive', 'items', 'nodes') as Array<{
        values: Array<{ fileUrl: string | null; image: { files: Array<{ downloadUrl: string }> } | null }>;
      }>
    ).flatMap((item) => item.values);
    const image = await download(
      'Grand Challenge image file',
      values.find((v) => v.image)?.image?.files[0]?.downloadUrl,
    );
    expect(image.status).toBe(200);
    const file = await download('Grand Challenge socket value file', values.find((v) => v.fileUrl)?.fileUrl);
    expect(file.status).toBe(200);

    const missing = await gql(
      'Grand Challenge missing archive',
      `{ grandChallenge { archive(slug: "no-such-archive") { name } } }`,
      undefined,
      asResearcher,
    );
    expect(at(missing.json, 'data', 'grandChallenge', 'archive')).toBeNull();
    const wrongToken = await gql(
      'Grand Challenge jobs with a wrong token',
      `{ grandChallenge { jobs { totalCount } } }`,
      undefined,
      { 'x-grand-challenge-token': INVALID.grandChallenge },
    );
    expect(codes(wrongToken)).toContain('UNAUTHENTICATED');

    sims.gc.faults.set({
      path: /\/reader-studies\/$/,
      status: 400,
      times: 1,
      body: JSON.stringify({
        detail: `Token ${RESEARCHER} (Authorization: Bearer ${RESEARCHER}) may not list these`,
      }),
    });
    const echoed = await gql(
      'Grand Challenge 400 that echoes the token',
      `{ grandChallenge { readerStudies { totalCount } } }`,
      undefined,
      asResearcher,
    );
    expect(codes(echoed)).toContain('BAD_USER_INPUT');
    expect(echoed.text).toContain('[redacted]');
    sims.gc.faults.clear();
  });

  it('crowdAI: reads, grading and a media upload; participant keys checked; wrong keys and 404', async () => {
    const reads = await gql(
      'crowdAI challenges and a submission (admin)',
      `{ challenges(platforms: [CROWDAI], first: 20) { nodes { id name } }
         crowdai { challenge(challengeId: 9) { name } submission(submissionId: 10001) { score files { downloadUrl } } } }`,
      undefined,
      asAiAdmin,
    );
    expectOk(reads);
    const organizer = await gql(
      'crowdAI submissions (EPFL)',
      `{ crowdai { submissions(challengeId: 14, first: 20) { totalCount nodes { files { downloadUrl } participant { name } } } } }`,
      undefined,
      asEpfl,
    );
    expectOk(organizer);
    const submissionFiles = [
      ...((at(reads.json, 'data', 'crowdai', 'submission', 'files') as Array<{
        downloadUrl: string | null;
      }>) ?? []),
      ...(
        (at(organizer.json, 'data', 'crowdai', 'submissions', 'nodes') as Array<{
          files: Array<{ downloadUrl: string | null }>;
        }>) ?? []
      ).flatMap((n) => n.files),
    ].filter((f) => f.downloadUrl);
    if (submissionFiles[0]) {
      const media = await download('crowdAI submission file', submissionFiles[0].downloadUrl);
      expect(media.status).toBeLessThan(500);
    }

    const CHECK = `query($k: String!) { crowdai { participantKey(apiKey: $k) { valid participantId } } }`;
    const valid = await gql('crowdAI participant key check (valid)', CHECK, { k: ANIKA }, asEpfl);
    expect(at(valid.json, 'data', 'crowdai', 'participantKey', 'valid')).toBe(true);
    const invalid = await gql(
      'crowdAI participant key check (wrong)',
      CHECK,
      { k: INVALID.crowdaiParticipant },
      asEpfl,
    );
    expect(at(invalid.json, 'data', 'crowdai', 'participantKey', 'valid')).toBe(false);
    // GraphQL over GET is allowed (with the CSRF preflight header): the key travels in the URL.
    const overGet = await call(
      'crowdAI participant key check over GET',
      `/graphql?query=${encodeURIComponent(CHECK)}&variables=${encodeURIComponent(JSON.stringify({ k: ANIKA }))}`,
      { headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...asEpfl } },
    );
    expect(at(overGet.json, 'data', 'crowdai', 'participantKey', 'valid')).toBe(true);

    const GRADE = `mutation($input: GradeCrowdAISubmissionInput!) { gradeCrowdAISubmission(input: $input) {
      submissionId message userErrors { field message code } } }`;
    const graded = await gql(
      'crowdAI grade (valid participant key)',
      GRADE,
      {
        input: {
          participantApiKey: ANIKA,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'GRADED',
          score: 0.9,
        },
      },
      asEpfl,
    );
    expectOk(graded);
    expect(at(graded.json, 'data', 'gradeCrowdAISubmission', 'userErrors')).toEqual([]);
    const refusedGrade = await gql(
      'crowdAI grade (wrong participant key)',
      GRADE,
      {
        input: {
          participantApiKey: INVALID.crowdaiParticipant,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'GRADED',
          score: 0.9,
        },
      },
      asEpfl,
    );
    expect(
      (at(refusedGrade.json, 'data', 'gradeCrowdAISubmission', 'userErrors') as unknown[] | undefined)
        ?.length ?? codes(refusedGrade).length,
    ).toBeGreaterThan(0);
    const media = await upload(
      'crowdAI media upload',
      `mutation($input: UploadCrowdAIMediaInput!) { uploadCrowdAIMedia(input: $input) { s3Key userErrors { message } } }`,
      { input: { participantApiKey: ANIKA, file: null } },
      {
        path: 'variables.input.file',
        bytes: new Uint8Array([71, 73, 70, 56, 57, 97]),
        filename: 'run.gif',
        type: 'image/gif',
      },
      asEpfl,
    );
    expectOk(media);

    sims.ai.faults.set({
      path: /external_graders/,
      method: 'POST',
      status: 400,
      times: 1,
      body: JSON.stringify({
        message: `Participant key ${ANIKA} refused for organizer Token token="${EPFL}" (api_key=${EPFL})`,
      }),
    });
    const echoed = await gql(
      'crowdAI 400 that echoes both keys',
      GRADE,
      {
        input: {
          participantApiKey: ANIKA,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'GRADED',
          score: 0.5,
        },
      },
      asEpfl,
    );
    expect(at(echoed.json, 'data', 'gradeCrowdAISubmission', 'userErrors', 0, 'code')).toEqual(
      expect.any(String),
    );
    expect(echoed.text).toContain('[redacted]');
    sims.ai.faults.clear();

    const missing = await gql(
      'crowdAI missing challenge',
      `{ crowdai { challenge(challengeId: 999999) { name } } }`,
      undefined,
      asAiAdmin,
    );
    expect(at(missing.json, 'data', 'crowdai', 'challenge') ?? null).toBeNull();
    const wrongKey = await gql(
      'crowdAI challenges with a wrong key',
      `{ crowdai { challenges { totalCount } } }`,
      undefined,
      { 'x-crowdai-key': INVALID.crowdai },
    );
    expect(codes(wrongKey)).toContain('UNAUTHENTICATED');
  });

  it('Arena: session reads, a picture upload and download, re-login; wrong passwords and 404', async () => {
    const reads = await gql(
      'Arena reads (alice)',
      `{ arena { viewer { username } groups { name } rounds { name } datasets { id name } jobs(first: 3) { nodes { id nativeId } } } }`,
      undefined,
      asArenaAlice,
    );
    expectOk(reads);
    const claimed = await gql(
      'Arena job claimed (backend)',
      `mutation { claimNextArenaJob { job { nativeId } userErrors { code } } }`,
      undefined,
      asArenaBackend,
    );
    expectOk(claimed);
    const jobId = String(at(claimed.json, 'data', 'claimNextArenaJob', 'job', 'nativeId'));
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const picture = await upload(
      'Arena picture upload (backend)',
      `mutation($input: AddArenaJobPictureInput!) { addArenaJobPicture(input: $input) { picture { downloadUrl } userErrors { code } } }`,
      { input: { jobId, picture: null } },
      { path: 'variables.input.picture', bytes: png, filename: 'matrix.png', type: 'image/png' },
      asArenaBackend,
    );
    expectOk(picture);
    const pictureFile = await download(
      'Arena picture download',
      at(picture.json, 'data', 'addArenaJobPicture', 'picture', 'downloadUrl'),
    );
    expect(pictureFile.status).toBe(200);

    // backend's session cookie and CSRF token crossed the wire with the download just made: a
    // platform error that quotes them (and the password) back to the gateway.
    expect(wire.lastCookie).toMatch(/sessionid=/);
    expect(wire.lastCsrfToken.length).toBeGreaterThan(8);
    sims.arena.faults.set({
      path: /groups/,
      method: 'POST',
      status: 400,
      times: 1,
      body: JSON.stringify({
        error: {
          code: 'validation_error',
          message: `Bad request with Cookie: ${wire.lastCookie}; X-CSRFToken: ${wire.lastCsrfToken}`,
          fields: { name: [`password foobar and ${wire.lastCookie}`] },
        },
      }),
    });
    const echoed = await gql(
      'Arena 400 that echoes the session',
      `mutation { joinArenaGroup(input: { name: "team-a" }) { group { name } userErrors { field message code } } }`,
      undefined,
      asArenaBackend,
    );
    expect(
      (at(echoed.json, 'data', 'joinArenaGroup', 'userErrors') as unknown[] | undefined)?.length ??
        codes(echoed).length,
    ).toBeGreaterThan(0);
    expect(echoed.text).toContain('[redacted]');
    sims.arena.faults.clear();

    sims.arena.expireSessions();
    const relogged = await gql(
      'Arena read after the session expired',
      `{ arena { groups { name } } }`,
      undefined,
      asArenaAlice,
    );
    expectOk(relogged);

    const missing = await gql(
      'Arena missing dataset',
      `{ arena { dataset(datasetId: "999999") { name } } }`,
      undefined,
      asArenaAlice,
    );
    expect(at(missing.json, 'data', 'arena', 'dataset') ?? null).toBeNull();
    for (const [username, password] of [
      ['alice', INVALID.arena],
      ['mallory', INVALID.arenaOther],
    ] as const) {
      const refused = await gql(
        `Arena viewer with a wrong password (${username})`,
        `{ arena { viewer { username } } }`,
        undefined,
        { 'x-arena-username': username, 'x-arena-password': password },
      );
      expect(codes(refused)).toContain('UNAUTHENTICATED');
    }
  });

  it('all platforms at once: cross-platform lists and node refetches, with every valid and every wrong credential', async () => {
    const everything = await gql(
      'cross-platform lists (all valid)',
      `{ challenges(first: 50) { totalCount nodes { id platform name } } jobs(first: 20) { nodes { id platform } } platforms { name hasServerCredentials } }`,
      undefined,
      EVERY_VALID,
    );
    expect(everything.status).toBe(200);
    const ids = (at(everything.json, 'data', 'challenges', 'nodes') as Array<{ id: string }>).map(
      (n) => n.id,
    );
    expect(ids.length).toBeGreaterThan(5);
    const refetched = await gql(
      'node refetch (all valid)',
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Challenge { name url } } }`,
      { ids: ids.slice(0, 100) },
      EVERY_VALID,
    );
    expect(refetched.status).toBe(200);
    const refused = await gql(
      'cross-platform lists (all wrong)',
      `{ challenges(first: 50) { totalCount } jobs(first: 20) { totalCount } }`,
      undefined,
      EVERY_INVALID,
    );
    expect(codes(refused)).toContain('UNAUTHENTICATED');
    const refusedNodes = await gql(
      'node refetch (all wrong)',
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: ids.slice(0, 20) },
      EVERY_INVALID,
    );
    expect(refusedNodes.status).toBe(200);
  });

  it('operational endpoints answer: /healthz, /readyz, /metrics and refused /files links', async () => {
    expect((await call('/healthz', '/healthz')).status).toBe(200);
    expect((await call('/readyz', '/readyz')).status).toBe(200);
    const metrics = await call('/metrics', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('crowdgraph_upstream_requests_total');
    expect((await call('/files with a garbage token', '/files/garbage')).status).toBe(404);
    const [someLink] = [...fileLinks];
    expect(someLink).toBeDefined();
    const tampered = new URL(String(someLink));
    const token = tampered.pathname.slice('/files/'.length);
    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    expect((await call('/files with a tampered token', `/files/${flipped}`)).status).toBe(404);
  });

  it('sent every credential, valid and wrong, to its platform (the run really exercised them)', () => {
    const traffic = wire.requests.join('\n');
    const neverSent = Object.entries(ALL_CREDENTIALS)
      // A malformed header value is refused before any call; it must not reach the wire.
      .filter(([label]) => label !== 'malformed CrowdCent key')
      .filter(([, value]) => !traffic.includes(value) && !traffic.includes(encodeURIComponent(value)))
      .map(([label]) => label);
    expect(neverSent).toEqual([]);
    expect(traffic).not.toContain(INVALID.crowdcentMalformed);
    const kinds = new Set(wire.secrets.values());
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        'an Authorization credential',
        'a key= query parameter',
        'a sessionid cookie',
        'a csrftoken cookie',
      ]),
    );
  });

  it('no credential, valid or wrong, and no secret seen on the wire appears in any response', () => {
    const leaks: string[] = [];
    const secrets: Array<[string, string]> = [
      ...Object.entries(ALL_CREDENTIALS),
      ...[...wire.secrets].map(([value, label]): [string, string] => [`${label} seen on the wire`, value]),
    ];
    for (const output of outputs) {
      for (const [label, value] of secrets) {
        if (output.text.includes(value) || output.text.includes(encodeURIComponent(value)))
          leaks.push(`${label} in ${output.where}`);
      }
    }
    expect(outputs.length).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  });

  it('no auth header value, key= parameter, session cookie, signature or stack trace appears in any response', () => {
    const found: string[] = [];
    for (const output of outputs) {
      for (const [what, pattern] of FORBIDDEN_PATTERNS) {
        const match = pattern.exec(output.text);
        if (match) found.push(`${what} in ${output.where}: …${match[0].slice(0, 60)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no credential, wire secret, auth value, cookie or stack trace appears in any gateway log line', () => {
    expect(stack.logs.length).toBeGreaterThan(50);
    const secrets: Array<[string, string]> = [
      ...Object.entries(ALL_CREDENTIALS),
      ...[...wire.secrets].map(([value, label]): [string, string] => [`${label} seen on the wire`, value]),
    ];
    const found: string[] = [];
    stack.logs.forEach((line, index) => {
      for (const [label, value] of secrets) {
        if (line.includes(value) || line.includes(encodeURIComponent(value)))
          found.push(`${label} in log line ${index}: ${line.slice(0, 200)}`);
      }
      for (const [what, pattern] of FORBIDDEN_PATTERNS) {
        const match = pattern.exec(line);
        if (match) found.push(`${what} in log line ${index}: …${match[0].slice(0, 80)}…`);
      }
    });
    expect(found, found.join('\n')).toEqual([]);
  });

  it('/files links carry no credential, neither in clear nor in their decoded token', () => {
    expect(fileLinks.size).toBeGreaterThanOrEqual(8);
    const secrets: Array<[string, string]> = [
      ...Object.entries(ALL_CREDENTIALS),
      ...[...wire.secrets].map(([value, label]): [string, string] => [`${label} seen on the wire`, value]),
    ];
    const found: string[] = [];
    for (const link of fileLinks) {
      const url = new URL(link);
      expect(url.search).toBe('');
      const token = url.pathname.slice('/files/'.length);
      const decoded = Buffer.from(token, 'base64url').toString('latin1');
      for (const [label, value] of secrets) {
        if (link.includes(value) || decoded.includes(value)) found.push(`${label} in ${link.slice(0, 80)}…`);
      }
      for (const [what, pattern] of FORBIDDEN_PATTERNS) {
        if (pattern.test(link) || pattern.test(decoded)) found.push(`${what} in ${link.slice(0, 80)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('writes its log as JSON lines carrying the request id of every response', () => {
    const entries = stack.logs.map((line, index) => {
      let entry: unknown;
      expect(
        () => {
          entry = JSON.parse(line) as unknown;
        },
        `log line ${index} is JSON: ${line.slice(0, 120)}`,
      ).not.toThrow();
      expect(typeof at(entry, 'level'), `log line ${index} has a level`).toBe('number');
      expect(typeof at(entry, 'time'), `log line ${index} has a time`).toBe('number');
      expect(typeof at(entry, 'msg'), `log line ${index} has a message`).toBe('string');
      return entry;
    });
    // Outside request handling only the listen notice may lack a request id.
    const withoutId = entries
      .filter((entry) => typeof at(entry, 'reqId') !== 'string' || at(entry, 'reqId') === '')
      .map((entry) => String(at(entry, 'msg')))
      .filter((msg) => !/^Server listening at /.test(msg));
    expect(withoutId).toEqual([]);
    const logged = new Set(entries.map((entry) => at(entry, 'reqId')));
    const unlogged = requestIds.filter((id) => !logged.has(id));
    expect(requestIds.length).toBeGreaterThan(50);
    expect(unlogged).toEqual([]);
  });
});
