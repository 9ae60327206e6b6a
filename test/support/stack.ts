import { Writable } from 'node:stream';
import { request, type Dispatcher } from 'undici';
import type { Clock } from '../../datasources/core/index.js';
import { createGateway, type Gateway } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import {
  CROWDCENT_DEMO_USERS,
  CROWDFLOWER_DEMO_USERS,
  GRAND_CHALLENGE_DEMO_USERS,
  CROWDAI_DEMO_ORGANIZERS,
  startArenaSimulator,
  startCrowdAISimulator,
  startCrowdCentSimulator,
  startCrowdFlowerSimulator,
  startGrandChallengeSimulator,
  type CrowdCentSimulator,
  type CrowdCentSimulatorOptions,
  type CrowdFlowerSimulator,
  type CrowdFlowerSimulatorOptions,
  type GrandChallengeSimulator,
  type GrandChallengeSimulatorOptions,
  type CrowdAISimulator,
  type CrowdAISimulatorOptions,
  type ArenaSimulator,
  type ArenaSimulatorOptions,
} from '../../simulators/index.js';

export const ALICE = CROWDCENT_DEMO_USERS.find((u) => u.username === 'alice')!.apiKey;
export const BOB = CROWDCENT_DEMO_USERS.find((u) => u.username === 'bob')!.apiKey;
export const CAROL = CROWDCENT_DEMO_USERS.find((u) => u.username === 'carol')!.apiKey;
export const ACME = CROWDFLOWER_DEMO_USERS.find((u) => u.name === 'acme')!.apiKey;
export const LOWFUNDS = CROWDFLOWER_DEMO_USERS.find((u) => u.name === 'lowfunds')!.apiKey;
export const RESEARCHER = GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'researcher')!.token;
export const EDITOR = GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'editor')!.token;
export const CROWDAI_ADMIN = CROWDAI_DEMO_ORGANIZERS.find((o) => o.role === 'admin')!.apiKey;
export const STANFORD = CROWDAI_DEMO_ORGANIZERS.find((o) => o.name === 'Stanford NMBL')!.apiKey;
export const EPFL = CROWDAI_DEMO_ORGANIZERS.find((o) => o.name.startsWith('EPFL'))!.apiKey;
export const READER1 = GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'reader1')!.token;

export interface GraphQLResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  text: string;
}

/** Reads a gateway answer (any status) as a GraphQL response, keeping the raw text for greps. */
export async function graphqlResponseOf(response: Dispatcher.ResponseData): Promise<GraphQLResponse> {
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    body: JSON.parse(text) as GraphQLResponse['body'],
    text,
  };
}

export interface Stack {
  sim: CrowdCentSimulator;
  /** Present when the stack was started with `crowdflower`. */
  cf: CrowdFlowerSimulator | undefined;
  /** Present when the stack was started with `grandChallenge`. */
  gc: GrandChallengeSimulator | undefined;
  /** Present when the stack was started with `crowdai`. */
  ai: CrowdAISimulator | undefined;
  /** Present when the stack was started with `arena`. */
  arena: ArenaSimulator | undefined;
  gateway: Gateway;
  /** Gateway origin, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Every log line the gateway wrote. */
  logs: string[];
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/**
 * The CrowdCent simulator and a gateway wired to it, both on ephemeral loopback ports: real HTTP
 * end to end. `env` overrides the gateway's environment (e.g. REDIS_URL, CROWDCENT_API_KEY).
 */
export async function startStack(
  options: {
    env?: Record<string, string>;
    simulator?: CrowdCentSimulatorOptions;
    sim?: CrowdCentSimulator;
    clock?: Clock;
    /** Also start a CrowdFlower simulator (with these options) and point the gateway at it. */
    crowdflower?: CrowdFlowerSimulatorOptions;
    cf?: CrowdFlowerSimulator;
    /** Also start a Grand Challenge simulator (with these options) and point the gateway at it. */
    grandChallenge?: GrandChallengeSimulatorOptions;
    gc?: GrandChallengeSimulator;
    /** Also start a crowdAI simulator and point the gateway at it. */
    crowdai?: CrowdAISimulatorOptions;
    ai?: CrowdAISimulator;
    /** Also start an Arena simulator and point the gateway at it. */
    arena?: ArenaSimulatorOptions;
  } = {},
): Promise<Stack> {
  const sim = options.sim ?? (await startCrowdCentSimulator({ trainingRows: 400, ...options.simulator }));
  const cf =
    options.cf ??
    (options.crowdflower
      ? await startCrowdFlowerSimulator({ judgingIntervalMs: 0, ...options.crowdflower })
      : undefined);
  const gc =
    options.gc ??
    (options.grandChallenge
      ? await startGrandChallengeSimulator({ jobStepMs: 0, ...options.grandChallenge })
      : undefined);
  const ai = options.ai ?? (options.crowdai ? await startCrowdAISimulator(options.crowdai) : undefined);
  const arena = options.arena ? await startArenaSimulator(options.arena) : undefined;
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const config = loadConfig({
    SIMULATORS: 'off',
    LOG_LEVEL: 'info',
    CROWDGRAPH_SECRET: 'test-secret-test-secret-test-secret-0123',
    // Every operation compiled on its first execution: the tests run the path repeated queries take.
    GRAPHQL_JIT_AFTER: '0',
    CROWDCENT_BASE_URL: sim.baseUrl,
    ...(cf ? { CROWDFLOWER_BASE_URL: cf.baseUrl } : {}),
    ...(gc ? { GRAND_CHALLENGE_BASE_URL: gc.baseUrl } : {}),
    ...(ai ? { CROWDAI_BASE_URL: ai.baseUrl } : {}),
    ...(arena ? { ARENA_BASE_URL: arena.baseUrl } : {}),
    ...options.env,
  });
  const gateway = await createGateway(config, {
    logStream,
    simulated: new Set([
      'CROWDCENT',
      ...(cf ? ['CROWDFLOWER'] : []),
      ...(gc ? ['GRAND_CHALLENGE'] : []),
      ...(ai ? ['CROWDAI'] : []),
      ...(arena ? ['ARENA'] : []),
    ]),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await gateway.app.listen({ port: 0, host: '127.0.0.1' });
  const address = gateway.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('gateway did not bind a TCP port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    sim,
    cf,
    gc,
    ai,
    arena,
    gateway,
    url,
    logs,
    gql: async (query, variables, headers) => {
      const response = await request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return graphqlResponseOf(response);
    },
    close: async () => {
      await gateway.close();
      if (!options.sim) await sim.close();
      if (cf && !options.cf) await cf.close();
      if (gc && !options.gc) await gc.close();
      if (ai && !options.ai) await ai.close();
      await arena?.close();
    },
  };
}

export { at } from './json.js';

export function apiCalls(sim: CrowdCentSimulator, method?: string): number {
  return sim.log.count({ path: /^\/api\//, ...(method ? { method } : {}) });
}

/** A clock tests move by hand; waits resolve at once so retries do not slow tests down. */
export class ManualClock implements Clock {
  #now = Date.now();
  now(): number {
    return this.#now;
  }
  advance(ms: number): void {
    this.#now += ms;
  }
  sleep(): Promise<void> {
    return Promise.resolve();
  }
}
