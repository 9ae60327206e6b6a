import { Readable } from 'node:stream';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACME,
  ALICE,
  BOB,
  CAROL,
  CROWDAI_ADMIN,
  RESEARCHER,
  at,
  startStack,
  type Stack,
} from '../support/stack.js';

/**
 * A corpus of hostile and broken requests sent to the gateway's HTTP endpoint. Whatever the input,
 * the answer is a 4xx or a GraphQL error with a stable `extensions.code` (or, for input that may
 * legitimately reach a platform, a normal null / NOT_FOUND / userError) — never a 5xx, never
 * INTERNAL_SERVER_ERROR, never a stack trace or a server file path — and the process stays up.
 */

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

interface ReplyError {
  message: unknown;
  code: unknown;
}

interface Case {
  name: string;
  send: () => Promise<Reply>;
  expect: (reply: Reply) => void | Promise<void>;
}

type Path = ReadonlyArray<string | number>;

/** Demo credentials for every platform, so refusals come from the input, not from missing auth. */
const CREDENTIALS: Readonly<Record<string, string>> = {
  'x-crowdcent-api-key': ALICE,
  'x-crowdflower-key': ACME,
  'x-grand-challenge-token': RESEARCHER,
  'x-crowdai-key': CROWDAI_ADMIN,
  'x-arena-username': 'alice',
  'x-arena-password': 'alice-pw',
};
const ARENA_ADMIN = { 'x-arena-username': 'backend', 'x-arena-password': 'foobar' };

const STACK_TRACE = /\bat .*\.(?:ts|js|mjs|cjs):\d+/;
const SERVER_PATH = /\/work\/|node_modules|file:\/\/|\/home\/|\/tmp\/|\/usr\/|[A-Za-z]:\\/;
const ABSENT_CODES = ['NOT_FOUND', 'BAD_USER_INPUT'] as const;
const MIB = 1024 * 1024;

let stack: Stack;

/**
 * Exceptions nobody handled while the corpus ran. The gateway shares this process with the test
 * runner, whose own handler keeps it alive; in production (server/main.ts installs no handler)
 * each of these would have killed the gateway.
 */
const uncaught: string[] = [];
const recordUncaught = (error: Error): void => {
  uncaught.push(`${error.name}: ${error.message}`);
};

async function send(
  path: string,
  options: {
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string | Buffer | Readable;
  } = {},
): Promise<Reply> {
  const response = await request(`${stack.url}${path}`, {
    method: options.method ?? 'POST',
    headers: options.headers ?? {},
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, text, json };
}

/** A raw POST /graphql with a JSON content type (the body is sent exactly as given). */
function postRaw(body: string | Buffer | Readable, headers: Record<string, string> = {}): Promise<Reply> {
  return send('/graphql', {
    headers: { 'content-type': 'application/json', ...CREDENTIALS, ...headers },
    body,
  });
}

/** A GraphQL request over POST, with every platform's demo credentials unless overridden. */
function gql(query: string, variables?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return postRaw(JSON.stringify(variables === undefined ? { query } : { query, variables }), headers);
}

function errorsOf(reply: Reply): ReplyError[] {
  const errors = at(reply.json, 'errors');
  if (!Array.isArray(errors)) return [];
  return errors.map((error: unknown) => ({
    message: at(error, 'message'),
    code: at(error, 'extensions', 'code'),
  }));
}

function describeReply(reply: Reply): string {
  return `HTTP ${reply.status}: ${reply.text.slice(0, 400)}`;
}

/** What every reply must satisfy, whatever the case. */
function expectSafe(reply: Reply): void {
  const seen = describeReply(reply);
  expect(reply.status, seen).toBeGreaterThanOrEqual(200);
  expect(reply.status, seen).toBeLessThan(500);
  expect(reply.text, seen).not.toContain('INTERNAL_SERVER_ERROR');
  expect(reply.text, seen).not.toMatch(STACK_TRACE);
  expect(reply.text, seen).not.toMatch(SERVER_PATH);
  expect(reply.text, seen).not.toMatch(/stacktrace/i);
}

/** Refused: this HTTP status, at least one error, and every error carries one of these codes. */
function refused(status: number | readonly number[], codes: readonly string[]) {
  return (reply: Reply): void => {
    const seen = describeReply(reply);
    const statuses = typeof status === 'number' ? [status] : status;
    expect(statuses, seen).toContain(reply.status);
    expect(reply.json, `a JSON body: ${seen}`).toBeDefined();
    const errors = errorsOf(reply);
    expect(errors.length, seen).toBeGreaterThan(0);
    for (const error of errors) {
      expect(codes, seen).toContain(error.code);
      expect(typeof error.message, seen).toBe('string');
    }
  };
}

const badRequest = refused(400, ['BAD_REQUEST']);
const parseFailed = refused(400, ['GRAPHQL_PARSE_FAILED']);
const validationFailed = refused(400, ['GRAPHQL_VALIDATION_FAILED']);
/** Variable coercion errors: Apollo answers them with 400 and BAD_USER_INPUT. */
const badVariables = refused(400, ['BAD_USER_INPUT']);
/** A resolver refused an argument: HTTP 200 with a BAD_USER_INPUT error on the field. */
const badArgument = refused(200, ['BAD_USER_INPUT']);
/** A literal the schema cannot accept: a validation error (scalars may add BAD_USER_INPUT). */
const badLiteral = refused(400, ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The object at `path` is null: absent, forged or refused — never found, never a crash. */
function absent(path: Path, codes: readonly string[] = ABSENT_CODES) {
  return (reply: Reply): void => {
    const seen = describeReply(reply);
    expect(reply.status, seen).toBe(200);
    for (const error of errorsOf(reply)) expect(codes, seen).toContain(error.code);
    expect(at(reply.json, 'data', ...path) ?? null, seen).toBeNull();
  };
}

/** A mutation payload that reports the problem as userErrors, or a BAD_USER_INPUT/NOT_FOUND error. */
function userErrorOrRefused(payload: string) {
  return (reply: Reply): void => {
    const seen = describeReply(reply);
    expect(reply.status, seen).toBe(200);
    const errors = errorsOf(reply);
    if (errors.length > 0) {
      for (const error of errors) expect(ABSENT_CODES as readonly string[], seen).toContain(error.code);
      return;
    }
    const userErrors = at(reply.json, 'data', payload, 'userErrors');
    expect(Array.isArray(userErrors) && userErrors.length > 0, seen).toBe(true);
  };
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

// ---------------------------------------------------------------------------------------------
// Multipart (GraphQL multipart request spec) built by hand, so it can be broken on purpose.

type Part = { name: string; value: string } | { name: string; filename: string; bytes: Uint8Array };

const BOUNDARY = '----crowdgraphAbuseBoundary7MA4YWxkTrZu0gW';

function multipartBytes(parts: readonly Part[], close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      'filename' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'));
    chunks.push('filename' in part ? Buffer.from(part.bytes) : Buffer.from(part.value, 'utf8'));
    chunks.push(Buffer.from('\r\n', 'utf8'));
  }
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`, 'utf8'));
  return Buffer.concat(chunks);
}

function postMultipart(
  body: Buffer | Readable,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
  contentType = `multipart/form-data; boundary=${BOUNDARY}`,
): Promise<Reply> {
  return send('/graphql', {
    headers: { 'content-type': contentType, 'x-crowdcent-api-key': BOB, ...headers },
    body,
  });
}

/** A multipart upload whose file part has begun (operations, map, first bytes of the file). */
function startedUpload(): { head: Buffer; whole: Buffer } {
  const whole = multipartBytes([
    submitOperations(),
    mapPart({ 0: ['variables.input.file'] }),
    filePart('0', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(4096, 7)])),
  ]);
  return { head: whole.subarray(0, whole.length - 2048), whole };
}

/**
 * A client that sends the start of an upload, pauses while the gateway is already streaming the
 * file to the platform, then ends its request without the rest of the file or the closing boundary.
 */
function abandonedUpload(): Readable {
  const { head } = startedUpload();
  async function* body(): AsyncGenerator<Buffer> {
    yield head;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return Readable.from(body());
}

const SUBMIT = `mutation($input: SubmitCrowdCentPredictionsInput!) {
  submitCrowdCentPredictions(input: $input) {
    submission { submissionId } replaced queued userErrors { field message code } } }`;

function submitOperations(input: Record<string, unknown> = {}): Part {
  return {
    name: 'operations',
    value: JSON.stringify({
      query: SUBMIT,
      variables: { input: { challengeSlug: 'hyperliquid-ranking', slot: 4, file: null, ...input } },
    }),
  };
}

function mapPart(map: Record<string, string[]>): Part {
  return { name: 'map', value: JSON.stringify(map) };
}

function filePart(name: string, bytes: Uint8Array, filename = 'predictions.parquet'): Part {
  return { name, filename, bytes };
}

/** BOB's submissions as the platform itself lists them (to prove a bad upload created none). */
async function bobsSubmissions(): Promise<unknown> {
  const response = await request(
    `${stack.sim.baseUrl}/challenges/hyperliquid-ranking/submissions/?period=current`,
    { headers: { authorization: `Api-Key ${BOB}` } },
  );
  return response.body.json();
}

// ---------------------------------------------------------------------------------------------
// Values fetched from the gateway before the corpus runs (real IDs and cursors to truncate).

const real = { challengeId: '', offsetCursor: '', fanOutCursor: '' };

const HOSTILE_STRINGS: ReadonlyArray<[label: string, value: string]> = [
  ['emoji', '🚀🔥💥-challenge'],
  ['right-to-left override', '\u202Eksir-ym\u202C'],
  ['Arabic (RTL script)', 'تحدي-الأسهم'],
  ['stacked combining marks', 'e\u0301\u0302\u0303\u0304\u0305'.repeat(40)],
  ['NUL byte', 'hyperliquid\u0000-ranking'],
  ['ANSI escape', '\u001b[31mred\u001b[0m'],
  ['CR LF header injection', 'x\r\nX-Injected: yes\r\n\r\nGET /admin'],
  ['path traversal', '../../../etc/passwd'],
  ['percent-encoded traversal', '%2e%2e%2f%2e%2e%2fadmin'],
  ['lone UTF-16 surrogate', 'abc\ud800def'],
  ['empty string', ''],
  ['10 KB string', 'a'.repeat(10 * 1024)],
];

function hostileStringCases(): Case[] {
  const fields: ReadonlyArray<{ label: string; query: string; path: Path }> = [
    {
      label: 'a CrowdCent challenge slug',
      query: `query($s: String!) { crowdcent { challenge(slug: $s) { name } } }`,
      path: ['crowdcent', 'challenge'],
    },
    {
      label: 'a CrowdCent training dataset version',
      query: `query($s: String!) { crowdcent { challenge(slug: "hyperliquid-ranking") { trainingDataset(version: $s) { name } } } }`,
      path: ['crowdcent', 'challenge', 'trainingDataset'],
    },
    {
      label: 'a Grand Challenge archive slug',
      query: `query($s: String!) { grandChallenge { archive(slug: $s) { name } } }`,
      path: ['grandChallenge', 'archive'],
    },
    {
      label: 'a crowdAI participant name',
      query: `query($s: String!) { crowdai { participant(name: $s) { name } } }`,
      path: ['crowdai', 'participant'],
    },
    {
      label: 'an Arena dataset id',
      query: `query($s: String!) { arena { dataset(datasetId: $s) { name } } }`,
      path: ['arena', 'dataset'],
    },
  ];
  const cases: Case[] = [];
  for (const field of fields) {
    for (const [label, value] of HOSTILE_STRINGS) {
      cases.push({
        name: `${label} as ${field.label} finds nothing and breaks nothing`,
        send: () => gql(field.query, { s: value }),
        expect: absent(field.path),
      });
    }
  }
  for (const [label, value] of HOSTILE_STRINGS) {
    cases.push({
      name: `${label} as an Arena group name to join is a userError or a refusal`,
      send: () =>
        gql(
          `mutation($name: String!) { joinArenaGroup(input: { name: $name }) { group { name } userErrors { field message code } } }`,
          { name: value },
        ),
      expect: userErrorOrRefused('joinArenaGroup'),
    });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------

const CHALLENGES_FIRST = `query($n: Int) { challenges(platforms: [CROWDCENT], first: $n) { totalCount } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;
const INFERENCE_PERIOD = `query($d: Date!) { crowdcent { challenge(slug: "hyperliquid-ranking") { inferencePeriod(releaseDate: $d) { name } } } }`;
const CROWDAI_SINCE = `query($t: DateTime) { crowdai { submissions(challengeId: 14, since: $t) { totalCount } } }`;
const CF_JOB = `query($id: SafeInt!) { crowdflower { job(jobId: $id) { title } } }`;

const cases: Case[] = [
  // --- The HTTP envelope ---------------------------------------------------------------------
  {
    name: 'malformed JSON body is a 400 BAD_REQUEST',
    send: () => postRaw('{"query": "{ platforms { name } }"'),
    expect: badRequest,
  },
  {
    name: 'JSON body followed by garbage is a 400 BAD_REQUEST',
    send: () => postRaw('{"query": "{ platforms { name } }"} trailing'),
    expect: badRequest,
  },
  {
    name: 'empty body with a JSON content type is a 400 BAD_REQUEST',
    send: () => postRaw(''),
    expect: badRequest,
  },
  {
    name: 'body that is a JSON string, not an object, is a 400 BAD_REQUEST',
    send: () => postRaw('"{ platforms { name } }"'),
    expect: badRequest,
  },
  {
    name: 'body that is a JSON number is a 400 BAD_REQUEST',
    send: () => postRaw('42'),
    expect: badRequest,
  },
  {
    name: 'body that is JSON null is a 400 BAD_REQUEST',
    send: () => postRaw('null'),
    expect: badRequest,
  },
  {
    name: 'body that is JSON true is a 400 BAD_REQUEST',
    send: () => postRaw('true'),
    expect: badRequest,
  },
  {
    name: 'empty object body (no query) is a 400 BAD_REQUEST',
    send: () => postRaw('{}'),
    expect: badRequest,
  },
  {
    name: 'empty query string is a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: '' })),
    expect: badRequest,
  },
  {
    name: 'whitespace-only query is a 400 GRAPHQL_PARSE_FAILED',
    send: () => postRaw(JSON.stringify({ query: ' \n\t ' })),
    expect: parseFailed,
  },
  {
    name: 'query that is a number is a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: 42 })),
    expect: badRequest,
  },
  {
    name: 'query that is an object is a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: { platforms: ['name'] } })),
    expect: badRequest,
  },
  {
    name: 'variables that are a string are a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: '{ platforms { name } }', variables: '{"a":1}' })),
    expect: badRequest,
  },
  {
    name: 'variables that are an array are a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: '{ platforms { name } }', variables: [1, 2] })),
    expect: badRequest,
  },
  {
    name: 'extensions that are a string are a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: '{ platforms { name } }', extensions: 'x' })),
    expect: badRequest,
  },
  {
    name: 'operationName that is a number is a 400 BAD_REQUEST',
    send: () => postRaw(JSON.stringify({ query: '{ platforms { name } }', operationName: 7 })),
    expect: badRequest,
  },
  {
    name: 'unknown operationName is refused with a request-level code',
    send: () => postRaw(JSON.stringify({ query: 'query A { platforms { name } }', operationName: 'Nope' })),
    expect: refused(400, ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']),
  },
  {
    name: 'two operations and no operationName are refused with a request-level code',
    send: () =>
      postRaw(JSON.stringify({ query: 'query A { platforms { name } } query B { platforms { name } }' })),
    expect: refused(400, ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']),
  },
  {
    name: 'query batching (a JSON array of operations) is refused with 400',
    send: () =>
      postRaw(JSON.stringify([{ query: '{ platforms { name } }' }, { query: '{ platforms { name } }' }])),
    expect: badRequest,
  },
  {
    name: 'an empty JSON array is refused with 400',
    send: () => postRaw('[]'),
    expect: badRequest,
  },
  {
    name: 'body over 1 MiB with a Content-Length is refused with 413 before parsing',
    send: () => gql(`{ platforms { name } } # ${'x'.repeat(MIB + 1024)}`),
    expect: refused(413, ['BAD_REQUEST']),
  },
  {
    name: 'chunked body over 1 MiB (no Content-Length) is refused with 413',
    send: () => {
      const chunk = Buffer.alloc(64 * 1024, 0x78);
      async function* body(): AsyncGenerator<Buffer> {
        yield Buffer.from('{"query":"{ platforms { name } }","pad":"');
        for (let i = 0; i < 20; i += 1) yield chunk;
        yield Buffer.from('"}');
      }
      return postRaw(Readable.from(body()));
    },
    expect: refused(413, ['BAD_REQUEST']),
  },
  {
    name: 'a text/plain POST (CSRF "simple" request) is refused with 400',
    send: () =>
      send('/graphql', {
        headers: { 'content-type': 'text/plain', ...CREDENTIALS },
        body: JSON.stringify({ query: '{ platforms { name } }' }),
      }),
    expect: refused([400, 415], ['BAD_REQUEST']),
  },
  {
    name: 'GET with a mutation (preflight header set) is refused and reaches no platform',
    send: async () => {
      const posts = stack.arena!.log.count({ method: 'POST' });
      const query = encodeURIComponent(
        'mutation { claimNextArenaJob { job { nativeId } userErrors { code } } }',
      );
      const reply = await send(`/graphql?query=${query}`, {
        method: 'GET',
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...ARENA_ADMIN },
      });
      expect(stack.arena!.log.count({ method: 'POST' })).toBe(posts);
      return reply;
    },
    expect: refused([400, 405], ['BAD_REQUEST']),
  },
  {
    name: 'GET with a mutation and no preflight header is refused (CSRF) and reaches no platform',
    send: async () => {
      const posts = stack.arena!.log.count({ method: 'POST' });
      const query = encodeURIComponent(
        'mutation { claimNextArenaJob { job { nativeId } userErrors { code } } }',
      );
      const reply = await send(`/graphql?query=${query}`, {
        method: 'GET',
        headers: { accept: 'application/json', ...ARENA_ADMIN },
      });
      expect(stack.arena!.log.count({ method: 'POST' })).toBe(posts);
      return reply;
    },
    expect: refused([400, 405], ['BAD_REQUEST']),
  },

  // --- Syntactically broken queries --------------------------------------------------------
  ...[
    ['an unclosed selection set', '{ platforms { name }'],
    ['a bare operation keyword', 'query {'],
    ['stray closing braces', '}}}'],
    ['an argument without a value', '{ challenges(first: ) { totalCount } }'],
    ['a variable without a type', 'query Q($x: ) { platforms { name } }'],
    ['an unterminated string', '{ crowdcent { challenge(slug: "abc) { name } } }'],
    ['a lone surrogate escape in a string literal', '{ crowdcent { challenge(slug: "\\uD800") { name } } }'],
    ['a NUL character in the document', '{ platforms\u0000 { name } }'],
    ['an ESC control character in the document', '{ platforms \u001b[31m { name } }'],
    ['a number where a name belongs', '{ 42 }'],
    ['only a comment', '# nothing here'],
  ].map(([label, query]): Case => ({
    name: `syntax: ${label} is a 400 GRAPHQL_PARSE_FAILED`,
    send: () => gql(query ?? ''),
    expect: parseFailed,
  })),

  // --- Unknown fields and other schema violations ------------------------------------------
  ...[
    ['an unknown root field', '{ nope }'],
    ['an unknown nested field', '{ platforms { nope } }'],
    ['an unknown argument', '{ crowdcent { challenge(slug: "x", bogus: 1) { name } } }'],
    ['a missing required argument', '{ crowdcent { challenge { name } } }'],
    ['an object field without a selection', '{ crowdcent }'],
    ['a selection on a scalar', '{ platforms { name { length } } }'],
    ['a fragment on an unknown type', '{ node(id: "x") { ... on Nope { id } } }'],
    ['an undefined fragment', '{ platforms { ...Missing } }'],
    ['an unknown directive', '{ platforms @nope { name } }'],
    ['a variable of an unknown type', 'query($x: Nope) { platforms { name } }'],
    ['an undeclared variable', '{ challenges(first: $n) { totalCount } }'],
    ['an unknown mutation', 'mutation { dropAllTables }'],
    ['a subscription (none exist)', 'subscription { platforms { name } }'],
  ].map(([label, query]): Case => ({
    name: `schema: ${label} is a 400 GRAPHQL_VALIDATION_FAILED`,
    send: () => gql(query ?? ''),
    expect: validationFailed,
  })),

  // --- Wrong variable types ----------------------------------------------------------------
  {
    name: 'a string for an Int variable is a 400 BAD_USER_INPUT',
    send: () => gql(CHALLENGES_FIRST, { n: 'ten' }),
    expect: badVariables,
  },
  {
    name: 'a numeric string for an Int variable is a 400 BAD_USER_INPUT',
    send: () => gql(CHALLENGES_FIRST, { n: '10' }),
    expect: badVariables,
  },
  {
    name: 'an object for an ID variable is a 400 BAD_USER_INPUT',
    send: () => gql(NODE, { id: { platform: 'CROWDCENT', id: 1 } }),
    expect: badVariables,
  },
  {
    name: 'an array for an ID variable is a 400 BAD_USER_INPUT',
    send: () => gql(NODE, { id: ['a', 'b'] }),
    expect: badVariables,
  },
  {
    name: 'a boolean for an ID variable is a 400 BAD_USER_INPUT',
    send: () => gql(NODE, { id: true }),
    expect: badVariables,
  },
  {
    name: 'a number for a Date variable is a 400 BAD_USER_INPUT',
    send: () => gql(INFERENCE_PERIOD, { d: 20250101 }),
    expect: badVariables,
  },
  {
    name: 'a number for a String variable is a 400 BAD_USER_INPUT',
    send: () => gql(`query($s: String!) { crowdcent { challenge(slug: $s) { name } } }`, { s: 42 }),
    expect: badVariables,
  },
  {
    name: 'a string for a Boolean input field is a 400 BAD_USER_INPUT',
    send: () =>
      gql(SUBMIT, { input: { challengeSlug: 'hyperliquid-ranking', file: null, isExperimental: 'yes' } }),
    expect: badVariables,
  },
  {
    name: 'a string for an input object variable is a 400 BAD_USER_INPUT',
    send: () => gql(SUBMIT, { input: 'hyperliquid-ranking' }),
    expect: badVariables,
  },
  {
    name: 'an unknown field inside an input object is a 400 BAD_USER_INPUT',
    send: () =>
      gql(
        `mutation($input: JoinArenaGroupInput!) { joinArenaGroup(input: $input) { userErrors { code } } }`,
        {
          input: { name: 'team-a', admin: true },
        },
      ),
    expect: badVariables,
  },
  {
    name: 'an Int variable used where Int! is required is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`query($n: String) { challenges(first: $n) { totalCount } }`, { n: '1' }),
    expect: validationFailed,
  },

  // --- Missing required variables -----------------------------------------------------------
  {
    name: 'a required ID variable left out is a 400 BAD_USER_INPUT',
    send: () => gql(NODE),
    expect: badVariables,
  },
  {
    name: 'a required ID variable sent as null is a 400 BAD_USER_INPUT',
    send: () => gql(NODE, { id: null }),
    expect: badVariables,
  },
  {
    name: 'a required input object left out is a 400 BAD_USER_INPUT',
    send: () => gql(SUBMIT, {}),
    expect: badVariables,
  },
  {
    name: 'a required field inside an input object left out is a 400 BAD_USER_INPUT',
    send: () => gql(SUBMIT, { input: { file: null } }),
    expect: badVariables,
  },
  {
    name: 'a required Upload sent as null over JSON is a 400 BAD_USER_INPUT',
    send: () => gql(SUBMIT, { input: { challengeSlug: 'hyperliquid-ranking', file: null } }),
    expect: badVariables,
  },
  {
    name: 'a required Upload sent as a string over JSON is refused with BAD_USER_INPUT',
    send: () => gql(SUBMIT, { input: { challengeSlug: 'hyperliquid-ranking', file: 'c2VjcmV0' } }),
    expect: refused([200, 400], ['BAD_USER_INPUT']),
  },

  // --- Invalid custom scalar values ---------------------------------------------------------
  ...['2025-13-45', 'yesterday', '2025-02-30', '2025-1-1', '20250101', '', '2025-01-01T00:00:00Z'].map(
    (value): Case => ({
      name: `Date variable ${JSON.stringify(value)} is a 400 BAD_USER_INPUT`,
      send: () => gql(INFERENCE_PERIOD, { d: value }),
      expect: badVariables,
    }),
  ),
  {
    name: 'Date literal "2025-13-45" is refused before execution',
    send: () =>
      gql(
        `{ crowdcent { challenge(slug: "hyperliquid-ranking") { inferencePeriod(releaseDate: "2025-13-45") { name } } } }`,
      ),
    expect: badLiteral,
  },
  ...['yesterday', '2025-13-45T00:00:00Z', '2025-01-01', 'now', '1736899200'].map((value): Case => ({
    name: `DateTime variable ${JSON.stringify(value)} is a 400 BAD_USER_INPUT`,
    send: () => gql(CROWDAI_SINCE, { t: value }),
    expect: badVariables,
  })),
  {
    name: 'DateTime variable given as a number is a 400 BAD_USER_INPUT',
    send: () => gql(CROWDAI_SINCE, { t: 1736899200000 }),
    expect: badVariables,
  },
  {
    name: 'DateTime literal "yesterday" is refused before execution',
    send: () => gql(`{ crowdai { submissions(challengeId: 14, since: "yesterday") { totalCount } } }`),
    expect: badLiteral,
  },
  {
    // The schema has no URL-typed input, so the URL scalar cannot be reached by a variable that is
    // used; a declared-but-unused one is refused by validation before its value is looked at.
    name: 'URL variable "ftp://x" (no URL input exists) is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`query($u: URL) { platforms { name } }`, { u: 'ftp://x' }),
    expect: validationFailed,
  },
  ...(
    [
      ['1e300', 1e300],
      ['"12abc"', '12abc'],
      ['2^53 + 2', 2 ** 53 + 2],
      ['-(2^53 + 2)', -(2 ** 53 + 2)],
      ['1.5', 1.5],
      ['"1e3"', '1e3'],
      ['""', ''],
      ['true', true],
      ['an object', { id: 1 }],
    ] as ReadonlyArray<[string, unknown]>
  ).map(([label, value]): Case => ({
    name: `SafeInt variable ${label} is a 400 BAD_USER_INPUT`,
    send: () => gql(CF_JOB, { id: value }),
    expect: badVariables,
  })),
  ...['1e300', '1.5', '"12abc"', '9007199254740993'].map((literal): Case => ({
    name: `SafeInt literal ${literal} is refused before execution`,
    send: () => gql(`{ crowdflower { job(jobId: ${literal}) { title } } }`),
    expect: badLiteral,
  })),

  // --- Unknown enum values ------------------------------------------------------------------
  {
    name: 'unknown enum literal in a list is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`{ challenges(platforms: [MARS]) { totalCount } }`),
    expect: validationFailed,
  },
  {
    name: 'enum given as a string literal is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`{ challenges(platforms: [CROWDCENT], status: "ACTIVE") { totalCount } }`),
    expect: validationFailed,
  },
  {
    name: 'lower-case enum literal is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`{ jobs(platforms: [CROWDFLOWER], status: running) { totalCount } }`),
    expect: validationFailed,
  },
  {
    name: 'unknown enum value in a variable is a 400 BAD_USER_INPUT',
    send: () =>
      gql(`query($p: [Platform!]) { challenges(platforms: $p) { totalCount } }`, {
        p: ['CROWDCENT', 'MARS'],
      }),
    expect: badVariables,
  },
  {
    name: 'lower-case enum value in a variable is a 400 BAD_USER_INPUT',
    send: () =>
      gql(`query($s: ChallengeStatus) { challenges(platforms: [CROWDCENT], status: $s) { totalCount } }`, {
        s: 'active',
      }),
    expect: badVariables,
  },
  {
    name: 'unknown report type literal is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`{ crowdflower { job(jobId: 1204373) { report(type: PDF) { status } } } }`),
    expect: validationFailed,
  },

  // --- Page sizes ---------------------------------------------------------------------------
  ...(
    [
      ['cross-platform challenges', 'challenges(platforms: [CROWDCENT], first: $n) { totalCount }', []],
      ['CrowdCent challenges', 'crowdcent { challenges(first: $n) { totalCount } }', ['crowdcent']],
      [
        'CrowdCent training datasets',
        'crowdcent { challenge(slug: "hyperliquid-ranking") { trainingDatasets(first: $n) { totalCount } } }',
        ['crowdcent', 'challenge'],
      ],
      [
        'Grand Challenge archives',
        'grandChallenge { archives(first: $n) { totalCount } }',
        ['grandChallenge'],
      ],
      ['CrowdFlower jobs', 'crowdflower { jobs(first: $n) { totalCount } }', ['crowdflower']],
      ['crowdAI challenges', 'crowdai { challenges(first: $n) { totalCount } }', ['crowdai']],
      ['Arena jobs', 'arena { jobs(first: $n) { totalCount } }', ['arena']],
    ] as ReadonlyArray<[string, string, Path]>
  ).flatMap(([label, selection]) =>
    (
      [
        ['negative', -1],
        ['huge (10^9)', 1_000_000_000],
        ['Int max', 2_147_483_647],
      ] as ReadonlyArray<[string, number]>
    ).map(([size, n]): Case => ({
      name: `${size} \`first\` on ${label} is a BAD_USER_INPUT error`,
      send: () => gql(`query($n: Int) { ${selection} }`, { n }),
      expect: badArgument,
    })),
  ),
  {
    name: '`first` above the cross-platform maximum (101) is a BAD_USER_INPUT error',
    send: () => gql(CHALLENGES_FIRST, { n: 101 }),
    expect: badArgument,
  },
  {
    name: 'non-integer `first` variable (1.5) is a 400 BAD_USER_INPUT',
    send: () => gql(CHALLENGES_FIRST, { n: 1.5 }),
    expect: badVariables,
  },
  {
    name: 'non-integer `first` literal (1.5) is a 400 GRAPHQL_VALIDATION_FAILED',
    send: () => gql(`{ challenges(platforms: [CROWDCENT], first: 1.5) { totalCount } }`),
    expect: validationFailed,
  },
  {
    name: '`first` beyond 32 bits (2^31) as a variable is a 400 BAD_USER_INPUT',
    send: () => gql(CHALLENGES_FIRST, { n: 2 ** 31 }),
    expect: badVariables,
  },
  {
    name: '`first` beyond 32 bits (10^12) as a literal is refused with 400 before execution',
    send: () => gql(`{ challenges(platforms: [CROWDCENT], first: 1000000000000) { totalCount } }`),
    expect: refused(400, ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']),
  },

  // --- Global IDs -----------------------------------------------------------------------------
  ...(
    [
      ['garbage characters', () => 'not an id !!!'],
      ['an empty string', () => ''],
      ['base64 padding only', () => '===='],
      ['valid base64 of nothing meaningful', () => b64('hello world')],
      ['an unknown platform', () => b64('MARS:Rover:1')],
      ['a known platform with an unknown type', () => b64('CROWDCENT:Nope:hyperliquid-ranking')],
      ['a path-traversing native id', () => b64('CROWDCENT:CrowdCentChallenge:../../admin')],
      ['a native id with a query string', () => b64('CROWDCENT:CrowdCentChallenge:x?format=json&key=1')],
      [
        'a submission id overflowing 2^53',
        () => b64('CROWDCENT:CrowdCentSubmission:hyperliquid-ranking/99999999999999999999'),
      ],
      [
        'an impossible inference date',
        () => b64('CROWDCENT:CrowdCentInferencePeriod:hyperliquid-ranking/2025-13-45'),
      ],
      ['a CrowdFlower job id of 1e300', () => b64('CROWDFLOWER:CrowdFlowerJob:1e300')],
      ['a negative CrowdFlower job id', () => b64('CROWDFLOWER:CrowdFlowerJob:-1')],
      ['a CrowdFlower unit without its job', () => b64('CROWDFLOWER:CrowdFlowerUnit:42')],
      [
        'a Grand Challenge pk that is not a UUID',
        () => b64('GRAND_CHALLENGE:GrandChallengeAlgorithmJob:../../users'),
      ],
      ['a crowdAI submission id that is text', () => b64('CROWDAI:CrowdAISubmission:abc')],
      ['an Arena job id with a NUL byte', () => b64('ARENA:ArenaJob:1\u00002')],
      ['an Arena job id with CR LF', () => b64('ARENA:ArenaJob:1\r\nX-Injected: yes')],
      ['a native id of emoji', () => b64('CROWDCENT:CrowdCentChallenge:🚀🔥')],
      ['a native id with a lone surrogate', () => b64('CROWDCENT:CrowdCentChallenge:\ud800')],
      ['a truncated real ID', () => real.challengeId.slice(0, -3)],
      [
        'a real ID with one character changed',
        () => `${real.challengeId.slice(0, -1)}${real.challengeId.endsWith('A') ? 'B' : 'A'}`,
      ],
      ['an over-long (10 KB) ID', () => 'A'.repeat(10 * 1024)],
      [
        'an over-long (10 KB) ID of a valid shape',
        () => b64(`CROWDCENT:CrowdCentChallenge:${'x'.repeat(7 * 1024)}`),
      ],
    ] as ReadonlyArray<[string, () => string]>
  ).flatMap(([label, id]): Case[] => [
    {
      name: `node(id) with ${label} is null, never a crash`,
      send: () => gql(NODE, { id: id() }),
      expect: absent(['node']),
    },
    {
      name: `challenge(id) with ${label} is null, never a crash`,
      send: () => gql(`query($id: ID!) { challenge(id: $id) { name } }`, { id: id() }),
      expect: absent(['challenge']),
    },
  ]),
  {
    name: 'nodes(ids) with a mix of forged IDs gives null in each slot',
    send: () =>
      gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: ['', '!!!', b64('MARS:X:1'), b64('CROWDCENT:CrowdCentChallenge:../x'), 'A'.repeat(10 * 1024)],
      }),
    expect: (reply) => {
      expect(reply.status, describeReply(reply)).toBe(200);
      expect(errorsOf(reply)).toEqual([]);
      expect(at(reply.json, 'data', 'nodes')).toEqual([null, null, null, null, null]);
    },
  },

  // --- Cursors ------------------------------------------------------------------------------
  ...(
    [
      ['garbage characters', () => 'not a cursor !!!'],
      ['an empty string', () => ''],
      ['base64 of nothing meaningful', () => b64('hello world')],
      ['a negative offset', () => b64('o:-5')],
      ['an offset that is not a number', () => b64('o:abc')],
      ['an offset of 1e300', () => b64('o:1e300')],
      ['an offset overflowing 2^53', () => b64('o:99999999999999999999')],
      ['JSON of an unknown platform', () => b64(JSON.stringify({ p: 'MARS', c: '0' }))],
      ['JSON with a negative inner cursor', () => b64(JSON.stringify({ p: 'CROWDCENT', c: '-5' }))],
      ['JSON with a non-numeric inner cursor', () => b64(JSON.stringify({ p: 'CROWDCENT', c: 'abc' }))],
      ['JSON with an inner cursor of 1e300', () => b64(JSON.stringify({ p: 'CROWDCENT', c: '1e300' }))],
      ['JSON with an object inner cursor', () => b64(JSON.stringify({ p: 'CROWDCENT', c: { o: 1 } }))],
      ['a JSON array', () => b64('[1,2,3]')],
      ['a truncated real offset cursor', () => real.offsetCursor.slice(0, -1)],
      ['a truncated real cross-platform cursor', () => real.fanOutCursor.slice(0, -4)],
      ['an over-long (10 KB) cursor', () => 'A'.repeat(10 * 1024)],
      ['an over-long (10 KB) cursor of a valid shape', () => b64(`o:${'9'.repeat(7 * 1024)}`)],
    ] as ReadonlyArray<[string, () => string]>
  ).flatMap(([label, cursor]): Case[] => [
    {
      name: `cross-platform challenges after ${label} is a BAD_USER_INPUT error`,
      send: () =>
        gql(`query($a: String) { challenges(platforms: [CROWDCENT], first: 2, after: $a) { totalCount } }`, {
          a: cursor(),
        }),
      expect: badArgument,
    },
    {
      name: `CrowdCent challenges after ${label} is a BAD_USER_INPUT error`,
      send: () =>
        gql(`query($a: String) { crowdcent { challenges(first: 2, after: $a) { totalCount } } }`, {
          a: cursor(),
        }),
      expect: badArgument,
    },
    {
      name: `Grand Challenge archives after ${label} is a BAD_USER_INPUT error`,
      send: () =>
        gql(`query($a: String) { grandChallenge { archives(first: 2, after: $a) { totalCount } } }`, {
          a: cursor(),
        }),
      expect: badArgument,
    },
    {
      name: `Arena jobs after ${label} is a BAD_USER_INPUT error`,
      send: () =>
        gql(`query($a: String) { arena { jobs(first: 2, after: $a) { totalCount } } }`, { a: cursor() }),
      expect: badArgument,
    },
  ]),
  {
    name: 'a well-formed offset cursor beyond the end gives an empty page, not an error',
    send: () =>
      gql(`query($a: String) { crowdcent { challenges(first: 2, after: $a) { nodes { slug } } } }`, {
        a: b64('o:999999'),
      }),
    expect: (reply) => {
      expect(reply.status).toBe(200);
      expect(errorsOf(reply)).toEqual([]);
      expect(at(reply.json, 'data', 'crowdcent', 'challenges', 'nodes')).toEqual([]);
    },
  },

  // --- Unicode and control characters in string arguments ----------------------------------
  ...hostileStringCases(),

  // --- Uploads (GraphQL multipart request spec) ----------------------------------------------
  {
    name: 'upload: a text file sent as Parquet gives userErrors and creates no submission',
    send: async () => {
      const before = await bobsSubmissions();
      const reply = await postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['variables.input.file'] }),
          filePart('0', new TextEncoder().encode('id,pred_10d,pred_30d\nBTC,0.5,0.5\n'), 'preds.parquet'),
        ]),
      );
      expect(await bobsSubmissions()).toEqual(before);
      return reply;
    },
    expect: (reply) => {
      expect(reply.status, describeReply(reply)).toBe(200);
      expect(errorsOf(reply)).toEqual([]);
      expect(at(reply.json, 'data', 'submitCrowdCentPredictions', 'submission')).toBeNull();
      expect(at(reply.json, 'data', 'submitCrowdCentPredictions', 'userErrors')).toEqual([
        expect.objectContaining({
          field: ['input', 'file'],
          code: expect.any(String),
          message: expect.any(String),
        }),
      ]);
    },
  },
  {
    name: 'upload: an empty file gives userErrors (or BAD_USER_INPUT) and creates no submission',
    send: async () => {
      const before = await bobsSubmissions();
      const reply = await postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['variables.input.file'] }),
          filePart('0', new Uint8Array(0)),
        ]),
      );
      expect(await bobsSubmissions()).toEqual(before);
      return reply;
    },
    expect: (reply) => {
      userErrorOrRefused('submitCrowdCentPredictions')(reply);
      expect(at(reply.json, 'data', 'submitCrowdCentPredictions', 'submission') ?? null).toBeNull();
    },
  },
  {
    name: 'upload: a body truncated inside the file (sent at once) is refused and creates no submission',
    send: async () => {
      const before = await bobsSubmissions();
      const reply = await postMultipart(startedUpload().head);
      expect(await bobsSubmissions()).toEqual(before);
      return reply;
    },
    expect: refused([200, 400], ['BAD_REQUEST', 'BAD_USER_INPUT']),
  },
  {
    name: 'upload: a client that stops mid-file while the upload streams is refused and creates no submission',
    send: async () => {
      const before = await bobsSubmissions();
      const reply = await postMultipart(abandonedUpload());
      expect(await bobsSubmissions()).toEqual(before);
      return reply;
    },
    expect: refused([200, 400], ['BAD_REQUEST', 'BAD_USER_INPUT']),
  },
  {
    name: 'upload: a body truncated inside the operations field is a 400',
    send: () => {
      const whole = multipartBytes([submitOperations(), mapPart({ 0: ['variables.input.file'] })]);
      return postMultipart(whole.subarray(0, 120));
    },
    expect: refused(400, ['BAD_REQUEST']),
  },
  {
    name: 'upload: a multipart body without its closing boundary and no file is a 400',
    send: () =>
      postMultipart(multipartBytes([submitOperations(), mapPart({ 0: ['variables.input.file'] })], false)),
    expect: refused(400, ['BAD_REQUEST']),
  },
  {
    name: 'upload: multipart without the CSRF preflight header is a 400 naming the header',
    send: () =>
      postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['variables.input.file'] }),
          filePart('0', new Uint8Array([1, 2, 3])),
        ]),
        {},
      ),
    expect: (reply) => {
      refused(400, ['BAD_REQUEST'])(reply);
      expect(reply.text).toContain('apollo-require-preflight');
    },
  },
  {
    name: 'upload: a multipart content type without a boundary is a 400',
    send: () =>
      postMultipart(
        multipartBytes([submitOperations(), mapPart({ 0: ['variables.input.file'] })]),
        { 'apollo-require-preflight': 'true' },
        'multipart/form-data',
      ),
    expect: refused(400, ['BAD_REQUEST']),
  },
  {
    name: 'upload: invalid JSON in the operations field is a 400',
    send: () =>
      postMultipart(
        multipartBytes([
          { name: 'operations', value: '{"query": ' },
          mapPart({ 0: ['variables.input.file'] }),
          filePart('0', new Uint8Array([1])),
        ]),
      ),
    expect: refused(400, ['BAD_REQUEST']),
  },
  {
    name: 'upload: a missing map field is a 400',
    send: () => postMultipart(multipartBytes([submitOperations(), filePart('0', new Uint8Array([1]))])),
    expect: refused(400, ['BAD_REQUEST']),
  },
  {
    name: 'upload: a map pointing at a variable the operation does not have is a BAD_USER_INPUT refusal',
    send: () =>
      postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['variables.nope.file'] }),
          filePart('0', new Uint8Array([1, 2, 3])),
        ]),
      ),
    expect: refused(400, ['BAD_USER_INPUT', 'BAD_REQUEST']),
  },
  {
    name: 'upload: a map path through a string value is a 400',
    send: () =>
      postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['variables.input.challengeSlug.deep'] }),
          filePart('0', new Uint8Array([1, 2, 3])),
        ]),
      ),
    expect: refused(400, ['BAD_REQUEST', 'BAD_USER_INPUT']),
  },
  {
    name: 'upload: a map path through __proto__ is refused and pollutes nothing',
    send: () =>
      postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['__proto__.polluted', 'variables.__proto__.polluted'] }),
          filePart('0', new Uint8Array([1, 2, 3])),
        ]),
      ),
    expect: (reply) => {
      refused(400, ['BAD_REQUEST', 'BAD_USER_INPUT'])(reply);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  },
  {
    name: 'upload: a file mapped onto a String field is a 400 BAD_USER_INPUT',
    send: () =>
      postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart({ 0: ['variables.input.challengeSlug'], 1: ['variables.input.file'] }),
          filePart('0', new Uint8Array([1, 2, 3])),
          filePart('1', new Uint8Array([1, 2, 3])),
        ]),
      ),
    expect: badVariables,
  },
  {
    name: 'upload: more files than allowed (6 > 5) is a 413',
    send: () => {
      const names = ['0', '1', '2', '3', '4', '5'];
      return postMultipart(
        multipartBytes([
          submitOperations(),
          mapPart(Object.fromEntries(names.map((n) => [n, ['variables.input.file']]))),
          ...names.map((n) => filePart(n, new Uint8Array([1, 2, 3]))),
        ]),
      );
    },
    expect: refused(413, ['BAD_REQUEST']),
  },
  {
    name: 'upload: an operations field over 1 MB is a 413',
    send: () =>
      postMultipart(
        multipartBytes([
          submitOperations({ notes: 'n'.repeat(MIB + 16) }),
          mapPart({ 0: ['variables.input.file'] }),
          filePart('0', new Uint8Array([1])),
        ]),
      ),
    expect: refused(413, ['BAD_REQUEST']),
  },
  {
    name: 'upload: notes over the 2000-character limit are a userError before any upstream call',
    send: async () => {
      const posts = stack.sim.log.count({ method: 'POST' });
      const reply = await postMultipart(
        multipartBytes([
          submitOperations({ notes: 'n'.repeat(2001) }),
          mapPart({ 0: ['variables.input.file'] }),
          filePart('0', new Uint8Array([1])),
        ]),
      );
      expect(stack.sim.log.count({ method: 'POST' })).toBe(posts);
      return reply;
    },
    expect: (reply) => {
      expect(reply.status, describeReply(reply)).toBe(200);
      expect(at(reply.json, 'data', 'submitCrowdCentPredictions', 'userErrors', 0, 'field')).toEqual([
        'input',
        'notes',
      ]);
    },
  },

  // --- /files links ---------------------------------------------------------------------------
  {
    name: '/files with a garbage token is a 404 NOT_FOUND',
    send: () => send('/files/garbage', { method: 'GET' }),
    expect: refused(404, ['NOT_FOUND']),
  },
  {
    name: '/files with a forged token of a valid shape is a 404 NOT_FOUND',
    send: () => send(`/files/${Buffer.alloc(96, 1).toString('base64url')}`, { method: 'GET' }),
    expect: refused(404, ['NOT_FOUND']),
  },
  {
    name: '/files with an over-long (10 KB) token is refused with a 4xx',
    send: () => send(`/files/${'A'.repeat(10 * 1024)}`, { method: 'GET' }),
    expect: (reply) => {
      expect(reply.status, describeReply(reply)).toBeGreaterThanOrEqual(400);
      expect(reply.status, describeReply(reply)).toBeLessThan(500);
    },
  },
];

describe('bad input through the gateway HTTP endpoint', () => {
  beforeAll(async () => {
    process.on('uncaughtException', recordUncaught);
    stack = await startStack({ crowdflower: {}, grandChallenge: {}, crowdai: {}, arena: {} });
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { id } challenges(first: 1) { pageInfo { endCursor } } }
         challenges(platforms: [CROWDCENT], first: 1) { pageInfo { endCursor } } }`,
      undefined,
      CREDENTIALS,
    );
    expect(body.errors).toBeUndefined();
    real.challengeId = String(at(body.data, 'crowdcent', 'challenge', 'id'));
    real.offsetCursor = String(at(body.data, 'crowdcent', 'challenges', 'pageInfo', 'endCursor'));
    real.fanOutCursor = String(at(body.data, 'challenges', 'pageInfo', 'endCursor'));
  }, 20_000);
  afterAll(async () => {
    process.off('uncaughtException', recordUncaught);
    await stack?.close();
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const reply = await testCase.send();
      expectSafe(reply);
      await testCase.expect(reply);
    });
  }

  it('is still up after the whole corpus: health, readiness and a real query all answer', async () => {
    const health = await send('/healthz', { method: 'GET' });
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
    const ready = await send('/readyz', { method: 'GET' });
    expect(ready.status).toBe(200);
    const viewer = await gql(`{ crowdcent { viewer { username } } }`);
    expect(viewer.status).toBe(200);
    expect(viewer.json).toEqual({ data: { crowdcent: { viewer: { username: 'alice' } } } });
  });

  it('cannot open the CrowdCent circuit for everyone with a burst of abandoned uploads', async () => {
    for (let i = 0; i < 6; i += 1) {
      const reply = await postMultipart(abandonedUpload());
      expect(reply.status, describeReply(reply)).toBeLessThan(500);
    }
    // Another caller, whose data is not cached yet, must still reach CrowdCent.
    const other = await gql(`{ crowdcent { viewer { username } } }`, undefined, {
      'x-crowdcent-api-key': CAROL,
    });
    expect(other.json, describeReply(other)).toEqual({
      data: { crowdcent: { viewer: { username: 'carol' } } },
    });
    const metrics = await send('/metrics', { method: 'GET' });
    expect(metrics.text).toMatch(/crowdgraph_breaker_state\{platform="CROWDCENT"\} 0\b/);
  });

  it('raised no uncaught exception for any input (one would crash a production gateway)', async () => {
    // Stream errors surface a tick or two after the response; let them land.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(uncaught, uncaught.join('\n')).toEqual([]);
  });

  it('logged no unexpected (masked or 5xx) error for any input in the corpus', () => {
    const unexpected = stack.logs
      .map((line) => JSON.parse(line) as unknown)
      .filter((entry) => {
        const level = at(entry, 'level');
        return typeof level === 'number' && level >= 50;
      })
      .map(
        (entry) =>
          `${String(at(entry, 'msg'))}: ${String(at(entry, 'err', 'type'))}: ${String(at(entry, 'err', 'message')).slice(0, 160)}`,
      );
    expect(unexpected, unexpected.join('\n')).toEqual([]);
  });
});
