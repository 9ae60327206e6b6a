/**
 * The benchmark's queries and, for each cold one, the limit the platforms allow: the fewest upstream
 * calls their endpoints permit (../shared/platforms/<platform>.md) and the critical path — the
 * longest chain of calls that must wait for one another. No side effects: the minimums test imports
 * this module too.
 */
import { at } from '../test/support/json.js';
import type { PlatformKey } from './simulation.js';

export type ScenarioGroup = 'cold' | 'n+1' | 'connection';

export interface CallScenario {
  /** Short stable key (file names, CLI filters). */
  id: string;
  name: string;
  group: ScenarioGroup;
  query: string;
  /** Platforms the query touches; calls are counted on these. */
  platforms: readonly PlatformKey[];
  /**
   * Fewest upstream calls the platforms' endpoints allow for this answer in a freshly started
   * gateway (its first query: Arena's login included).
   */
  minimumCalls: number;
  /**
   * Upstream calls that must run one after another in a freshly started gateway; times the
   * simulated latency = its critical path.
   */
  dependentCalls: number;
  /**
   * Calls of `minimumCalls` that only a process without a session makes: Arena's login form GET,
   * then the login POST (2, both on the dependent chain). A running gateway keeps its Arena session,
   * so its cache-cold reads (`Cache-Control: no-cache`) make `steadyMinimumCalls` and
   * `steadyDependentCalls`.
   */
  sessionCalls: number;
  /** One line: why these are the minimum and the chain (both forms when `sessionCalls` > 0). */
  why: string;
  /**
   * The upstream data the query reads (platform resources, Arena's session). A fresh-process cold
   * sample warms its gateway with the scenarios that share none of these, so their cache entries
   * cannot answer any of its calls (an overlap would show as fewer calls than the minimum).
   */
  touches: readonly string[];
  /** Checks the answer's data has the shape the minimum assumes (e.g. 1000 nodes); a problem or undefined. */
  check(data: unknown): string | undefined;
}

/** Fewest upstream calls of a cache-cold read in a running gateway (its sessions kept). */
export const steadyMinimumCalls = (scenario: CallScenario): number =>
  scenario.minimumCalls - scenario.sessionCalls;

/** Dependent calls of a cache-cold read in a running gateway (its sessions kept). */
export const steadyDependentCalls = (scenario: CallScenario): number =>
  scenario.dependentCalls - scenario.sessionCalls;

const lengthIs =
  (expected: number, ...path: Array<string | number>) =>
  (data: unknown): string | undefined => {
    const list = at(data, ...path);
    if (!Array.isArray(list)) return `${path.join('.')} is not a list`;
    return list.length === expected
      ? undefined
      : `${path.join('.')} has ${list.length} items, expected ${expected}`;
  };

const nonEmpty =
  (...path: Array<string | number>) =>
  (data: unknown): string | undefined => {
    const list = at(data, ...path);
    return Array.isArray(list) && list.length > 0 ? undefined : `${path.join('.')} is empty`;
  };

export const RUNNING_CROWDFLOWER_JOB = 1204373;
export const CROWDCENT_CHALLENGES = 2;
/** Challenges the crowdAI simulator seeds (the admin key lists them all). */
export const CROWDAI_CHALLENGES = 6;

/** The warm CrowdCent query: also the bytes the bare-Fastify baseline returns. */
export const CROWDCENT_NESTED = `{ crowdcent { challenges { nodes { slug name latestTrainingDataset { version }
  submissions { nodes { submissionId status score } } } } } }`;

export const COLD_SCENARIOS: readonly CallScenario[] = [
  {
    id: 'crowdcent-nested',
    name: 'CrowdCent: challenges → latest training data + my submissions',
    group: 'cold',
    query: CROWDCENT_NESTED,
    platforms: ['crowdcent'],
    minimumCalls: 1 + 2 * CROWDCENT_CHALLENGES,
    dependentCalls: 2,
    sessionCalls: 0,
    why: 'no bulk endpoints: the list, then per challenge its training list and its submissions (in parallel)',
    touches: ['crowdcent'],
    check: lengthIs(CROWDCENT_CHALLENGES, 'crowdcent', 'challenges', 'nodes'),
  },
  {
    id: 'crowdflower-nested',
    name: 'CrowdFlower: running job → 50 units → judgments → worker',
    group: 'cold',
    query: `{ crowdflower { job(jobId: ${RUNNING_CROWDFLOWER_JOB}) { title units(first: 50) { nodes { unitId judgments { worker { workerId } } } } } } }`,
    platforms: ['crowdflower'],
    minimumCalls: 2 + 50,
    dependentCalls: 2,
    sessionCalls: 0,
    why: 'job and units page need only the job id (parallel); judgments of a job that can still change: one GET per unit (parallel)',
    touches: ['crowdflower'],
    check: lengthIs(50, 'crowdflower', 'job', 'units', 'nodes'),
  },
  {
    id: 'grand-challenge-nested',
    name: 'Grand Challenge: reader study → 20 display sets → answers → readers',
    group: 'cold',
    query: `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: 20) { nodes { pk answers { answer worker { name } } } } } } }`,
    platforms: ['grandChallenge'],
    minimumCalls: 3,
    dependentCalls: 2,
    sessionCalls: 0,
    why: "study by slug (its pk), then its display sets page and all of the study's answers (one filtered page each, parallel)",
    touches: ['grand-challenge reader study'],
    check: nonEmpty('grandChallenge', 'readerStudy', 'displaySets', 'nodes'),
  },
  {
    id: 'crowdai-nested',
    name: 'crowdAI: challenges → rounds',
    group: 'cold',
    query: `{ crowdai { challenges { nodes { challengeId name rounds { roundId name active } } } } }`,
    platforms: ['crowdai'],
    minimumCalls: 1 + CROWDAI_CHALLENGES,
    dependentCalls: 2,
    sessionCalls: 0,
    why: 'the list has no rounds: then one GET /challenges/:id per challenge (parallel)',
    touches: ['crowdai'],
    check: lengthIs(CROWDAI_CHALLENGES, 'crowdai', 'challenges', 'nodes'),
  },
  {
    id: 'arena-nested',
    name: 'Arena: jobs → dataset + round',
    group: 'cold',
    query: `{ arena { jobs(first: 20) { nodes { algorithm status dataset { name featureCount } round { name } } } } }`,
    platforms: ['arena'],
    minimumCalls: 5,
    dependentCalls: 3,
    sessionCalls: 2,
    why: 'jobs, datasets and rounds lists (parallel): 3 calls, 1 on the path, in a running gateway (it keeps its Arena session); a fresh process first GETs the login form, then POSTs the login: 5 calls, 3 on the path',
    touches: ['arena'],
    check: nonEmpty('arena', 'jobs', 'nodes'),
  },
  {
    id: 'cross-platform',
    name: 'All platforms: challenges(first: 100)',
    group: 'cold',
    query: `{ challenges(first: 100) { nodes { platform nativeId name status } } }`,
    // CrowdFlower has jobs, not challenges
    platforms: ['crowdcent', 'grandChallenge', 'crowdai', 'arena'],
    minimumCalls: 6,
    dependentCalls: 3,
    sessionCalls: 2,
    why: "one list per platform, in parallel: 4 calls, 1 on the path, in a running gateway (it keeps its Arena session); in a fresh process Arena's login (form GET, then POST: 2 dependent calls) comes before its rounds: 6 calls, 3 on the path",
    touches: ['crowdcent', 'grand-challenge challenges', 'crowdai', 'arena'],
    check: nonEmpty('challenges', 'nodes'),
  },
];

const archiveItems = (first: number) =>
  `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: ${first}) { nodes { title values { image { name width } } } } } } }`;

/** N+1 shapes: parents with children, where the platform has a bulk read of the children. */
export const NPLUS1_SCENARIOS: readonly CallScenario[] = [10, 100, 1000].map((n) => ({
  id: `n+1-${n}`,
  name: `Grand Challenge: archive → ${n} items → socket values → images`,
  group: 'n+1' as const,
  query: archiveItems(n),
  platforms: ['grandChallenge'] as const,
  minimumCalls: 4,
  dependentCalls: 3,
  sessionCalls: 0,
  why: "archive by slug, one items page, the archive's 1,100 images by archive filter in 2 pages of 1000 (the 2nd needs the 1st's count) — flat in n",
  touches: ['grand-challenge archive'],
  check: lengthIs(n, 'grandChallenge', 'archive', 'items', 'nodes'),
}));

export const CONNECTION_SCENARIO: CallScenario = {
  id: 'connection-1000',
  name: 'Grand Challenge: archive items, one 1,000-edge page',
  group: 'connection',
  query: `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: 1000) { pageInfo { hasNextPage endCursor } edges { cursor node { pk title } } } } } }`,
  platforms: ['grandChallenge'],
  minimumCalls: 2,
  dependentCalls: 2,
  sessionCalls: 0,
  why: 'archive by slug (its pk), then one items page at the maximum limit of 1000',
  touches: ['grand-challenge archive'],
  check: lengthIs(1000, 'grandChallenge', 'archive', 'items', 'edges'),
};

/**
 * Queries that warm a fresh gateway before a fresh-process cold sample of `scenario`: the other
 * scenarios whose upstream data are disjoint from its own, minus the big N+1 and connection pages
 * (the 10-parent shape runs the same code).
 */
export function warmUpsFor(scenario: CallScenario): CallScenario[] {
  const big = new Set(['n+1-100', 'n+1-1000', 'connection-1000']);
  return CALL_SCENARIOS.filter(
    (other) =>
      other.id !== scenario.id &&
      !big.has(other.id) &&
      !other.touches.some((resource) => scenario.touches.includes(resource)),
  );
}

/** Every scenario whose upstream calls are deterministic (asserted in test/e2e/bench-minimums.test.ts). */
export const CALL_SCENARIOS: readonly CallScenario[] = [
  ...COLD_SCENARIOS,
  ...NPLUS1_SCENARIOS,
  CONNECTION_SCENARIO,
];
