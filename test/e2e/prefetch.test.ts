import { afterEach, describe, expect, it } from 'vitest';
import { ARENA_DEMO_USERS, type LoggedRequest } from '../../simulators/index.js';
import { ACME, EDITOR, startStack, type Stack } from '../support/stack.js';

/** Every simulator answer takes this long: a read that waited for another arrives at least this late. */
const LATENCY_MS = 60;

/**
 * Children that need only an id the parent already has are read together with the parent, not one
 * round trip after it (DESIGN §10: cold latency within the critical path). Checked by when the
 * simulator saw each request, with a latency long enough that "after the parent answered" cannot be
 * mistaken for "together".
 */
/** The two requests (by path) reached the simulator within half a round trip of each other. */
function expectTogether(log: readonly LoggedRequest[], firstPath: string, secondPath: string): void {
  const first = log.find((entry) => entry.path === firstPath);
  const second = log.find((entry) => entry.path === secondPath);
  expect(first && second).toBeTruthy();
  expect(Math.abs(second!.at - first!.at)).toBeLessThan(LATENCY_MS / 2);
}

describe('look-ahead reads', () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.close();
    stack = undefined;
  });

  it("reads a CrowdFlower job's first units page together with the job", async () => {
    stack = await startStack({ crowdflower: { latencyMs: LATENCY_MS } });
    const { body } = await stack.gql(
      `{ crowdflower { job(jobId: 1204373) { title units(first: 5) { nodes { unitId } } } } }`,
      undefined,
      { 'x-crowdflower-key': ACME },
    );
    expect(body.errors).toBeUndefined();
    expectTogether(stack.cf!.log.entries, '/v1/jobs/1204373.json', '/v1/jobs/1204373/units.json');
    expect(stack.cf!.log.entries).toHaveLength(2);
  });

  it("reads a reader study's answers together with its display sets", async () => {
    stack = await startStack({ grandChallenge: { latencyMs: LATENCY_MS } });
    const { body } = await stack.gql(
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: 1) { nodes { pk answers { answer } } } } } }`,
      undefined,
      { 'x-grand-challenge-token': EDITOR },
    );
    expect(body.errors).toBeUndefined();
    const log = stack.gc!.log.entries;
    expectTogether(log, '/api/v1/reader-studies/display-sets/', '/api/v1/reader-studies/answers/');
    expect(log).toHaveLength(3); // study, display sets, the study's answers
  });

  it("reads an archive's images together with its items page", async () => {
    stack = await startStack({ grandChallenge: { latencyMs: LATENCY_MS } });
    const { body } = await stack.gql(
      `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: 3) { nodes { title values { image { name } } } } } } }`,
      undefined,
      { 'x-grand-challenge-token': EDITOR },
    );
    expect(body.errors).toBeUndefined();
    expectTogether(stack.gc!.log.entries, '/api/v1/archives/items/', '/api/v1/cases/images/');
  });

  it("reads a reader study's images together with its display sets, once", async () => {
    stack = await startStack({ grandChallenge: { latencyMs: LATENCY_MS } });
    const { body } = await stack.gql(
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: 3) { nodes { pk values { image { name } } } } } } }`,
      undefined,
      { 'x-grand-challenge-token': EDITOR },
    );
    expect(body.errors).toBeUndefined();
    const log = stack.gc!.log.entries;
    expectTogether(log, '/api/v1/reader-studies/display-sets/', '/api/v1/cases/images/');
    expect(log).toHaveLength(3); // study, display sets, the study's images (look-ahead and loader: one read)
  });

  it("reads Arena's dataset and round lists together with the job list", async () => {
    stack = await startStack({ arena: { latencyMs: LATENCY_MS } });
    const alice = ARENA_DEMO_USERS.find((user) => user.username === 'alice')!;
    const { body } = await stack.gql(
      `{ arena { jobs(first: 5) { nodes { status dataset { name } round { name } } } } }`,
      undefined,
      { 'x-arena-username': alice.username, 'x-arena-password': alice.password },
    );
    expect(body.errors).toBeUndefined();
    const log = stack.arena!.log.entries;
    expectTogether(log, '/api/jobs/', '/api/datasets/');
    expectTogether(log, '/api/jobs/', '/api/rounds/');
  });

  it("reads Arena's dataset and round lists together with the job lists of the cross-platform jobs field", async () => {
    stack = await startStack({ arena: { latencyMs: LATENCY_MS } });
    const alice = ARENA_DEMO_USERS.find((user) => user.username === 'alice')!;
    const { body } = await stack.gql(
      `{ jobs(first: 5, platforms: [ARENA]) { nodes { status ... on ArenaJob { dataset { name } round { name } } } } }`,
      undefined,
      { 'x-arena-username': alice.username, 'x-arena-password': alice.password },
    );
    expect(body.errors).toBeUndefined();
    const log = stack.arena!.log.entries;
    expectTogether(log, '/api/jobs/', '/api/datasets/');
    expectTogether(log, '/api/jobs/', '/api/rounds/');
    expect(log.filter((entry) => entry.path.startsWith('/api/'))).toHaveLength(3);
  });

  it('does not read answers early when the query does not ask for them', async () => {
    stack = await startStack({ grandChallenge: { latencyMs: 0 } });
    const { body } = await stack.gql(
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: 1) { nodes { pk answers @skip(if: true) { answer } } } } } }`,
      undefined,
      { 'x-grand-challenge-token': EDITOR },
    );
    expect(body.errors).toBeUndefined();
    expect(stack.gc!.log.count({ path: /answers/ })).toBe(0);
  });
});
