import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, at, apiCalls, startStack, type Stack } from '../support/stack.js';

/** Every read operation of the CrowdCent ChallengeClient, through the gateway's HTTP endpoint. */
describe('CrowdCent queries through the gateway', () => {
  let stack: Stack;
  const asAlice = { 'x-crowdcent-api-key': ALICE };

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('serves a nested challenges → training datasets and submissions query', async () => {
    const { status, body } = await stack.gql(
      `{ challenges(platforms: [CROWDCENT]) { totalCount nodes { id platform nativeId name status
           ... on CrowdCentChallenge { slug trainingDatasets { totalCount nodes { version isLatest } }
             submissions { nodes { submitter slot platformStatus } } } } } }`,
      undefined,
      asAlice,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const nodes = at(body.data, 'challenges', 'nodes') as Array<Record<string, unknown>>;
    expect(nodes.map((n) => n.slug)).toEqual(['hyperliquid-ranking', 'crypto-momentum']);
    expect(nodes.every((n) => n.platform === 'CROWDCENT' && n.status === 'ACTIVE')).toBe(true);
    const versions = at(nodes[0], 'trainingDatasets', 'nodes') as Array<{
      version: string;
      isLatest: boolean;
    }>;
    expect(versions.filter((v) => v.isLatest)).toHaveLength(1);
    const submitters = (at(nodes[0], 'submissions', 'nodes') as Array<{ submitter: string }>).map(
      (s) => s.submitter,
    );
    expect(submitters.length).toBeGreaterThan(0);
    expect(new Set(submitters)).toEqual(new Set(['alice']));
  });

  it('gets an inactive challenge by slug although the list shows active ones only, and null for an unknown slug', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { ended: challenge(slug: "equity-nlp") { name status platformStatus isActive endsAt }
                     missing: challenge(slug: "no-such-challenge") { name } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'crowdcent', 'ended', 'status')).toBe('ENDED');
    expect(at(body.data, 'crowdcent', 'ended', 'isActive')).toBe(false);
    expect(at(body.data, 'crowdcent', 'missing')).toBeNull();
  });

  it('finds the latest training dataset and one by version, null for an unknown version', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") {
          latestTrainingDataset { version isLatest kind downloadUrl }
          v11: trainingDataset(version: "1.1") { version isLatest createdAt }
          none: trainingDataset(version: "9.9") { version } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    const challenge = at(body.data, 'crowdcent', 'challenge');
    expect(at(challenge, 'latestTrainingDataset', 'version')).toBe('2.0');
    expect(at(challenge, 'latestTrainingDataset', 'kind')).toBe('TRAINING');
    expect(String(at(challenge, 'latestTrainingDataset', 'downloadUrl'))).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/files\//,
    );
    expect(at(challenge, 'v11', 'isLatest')).toBe(false);
    expect(at(challenge, 'v11', 'createdAt')).toBe('2025-07-22T08:15:02.118Z');
    expect(at(challenge, 'none')).toBeNull();
  });

  it('lists inference periods and resolves the current one and one by date', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") {
          inferencePeriods(first: 100) { totalCount nodes { releaseDate isOpen } }
          currentInferencePeriod { releaseDate isOpen isProcessed submissionDeadline releasedAt } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    const challenge = at(body.data, 'crowdcent', 'challenge');
    const current = at(challenge, 'currentInferencePeriod') as Record<string, unknown>;
    expect(current.isOpen).toBe(true);
    expect(Date.parse(String(current.submissionDeadline)) - Date.parse(String(current.releasedAt))).toBe(
      4 * 3600_000,
    );
    const periods = at(challenge, 'inferencePeriods', 'nodes') as Array<{
      releaseDate: string;
      isOpen: boolean;
    }>;
    expect(periods.length).toBeGreaterThan(5);
    expect(periods.filter((p) => p.isOpen)).toHaveLength(1);
    const older = periods.find((p) => !p.isOpen)!.releaseDate;
    const byDate = await stack.gql(
      `query($d: Date!) { crowdcent { challenge(slug: "hyperliquid-ranking") { inferencePeriod(releaseDate: $d) { releaseDate isOpen } } } }`,
      { d: older },
      asAlice,
    );
    expect(at(byDate.body.data, 'crowdcent', 'challenge', 'inferencePeriod')).toEqual({
      releaseDate: older,
      isOpen: false,
    });
  });

  it('reports no current period where the platform has none open', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "equity-nlp") { currentInferencePeriod { releaseDate } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'crowdcent', 'challenge', 'currentInferencePeriod')).toBeNull();
  });

  it('filters submissions by period and gets one by id with its period resolved', async () => {
    const all = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { submissions(first: 100) { totalCount nodes { submissionId periodReleaseDate status score scores { metric value percentile } inferencePeriod { releaseDate } } } } } }`,
      undefined,
      asAlice,
    );
    expect(all.body.errors).toBeUndefined();
    const subs = at(all.body.data, 'crowdcent', 'challenge', 'submissions', 'nodes') as Array<
      Record<string, unknown>
    >;
    const scored = subs.find((s) => s.status === 'SCORED')!;
    expect(scored.score).toEqual(expect.any(Number));
    expect((scored.scores as unknown[]).length).toBe(4);
    expect(at(scored, 'inferencePeriod', 'releaseDate')).toBe(scored.periodReleaseDate);

    const date = String(scored.periodReleaseDate);
    const filtered = await stack.gql(
      `query($d: Date) { crowdcent { challenge(slug: "hyperliquid-ranking") { submissions(period: { releaseDate: $d }) { nodes { periodReleaseDate } } } } }`,
      { d: date },
      asAlice,
    );
    const dates = (
      at(filtered.body.data, 'crowdcent', 'challenge', 'submissions', 'nodes') as Array<{
        periodReleaseDate: string;
      }>
    ).map((s) => s.periodReleaseDate);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d === date)).toBe(true);

    const one = await stack.gql(
      `query($id: Int!) { crowdcent { challenge(slug: "hyperliquid-ranking") { submission(submissionId: $id) { submissionId submitter } } } }`,
      { id: scored.submissionId },
      asAlice,
    );
    expect(at(one.body.data, 'crowdcent', 'challenge', 'submission')).toEqual({
      submissionId: scored.submissionId,
      submitter: 'alice',
    });
  });

  it("answers null, not another user's data, for a submission id that belongs to someone else", async () => {
    const bobs = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { submissions { nodes { submissionId } } } } }`,
      undefined,
      { 'x-crowdcent-api-key': BOB },
    );
    const bobId = at(bobs.body.data, 'crowdcent', 'challenge', 'submissions', 'nodes', 0, 'submissionId');
    expect(bobId).toEqual(expect.any(Number));
    const { body } = await stack.gql(
      `query($id: Int!) { crowdcent { challenge(slug: "hyperliquid-ranking") { submission(submissionId: $id) { submitter } } } }`,
      { id: bobId },
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'crowdcent', 'challenge', 'submission')).toBeNull();
  });

  it('submissions(period: {current}) lists only the open period', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") {
           currentInferencePeriod { releaseDate }
           submissions(period: { current: true }) { nodes { periodReleaseDate } } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    const challenge = at(body.data, 'crowdcent', 'challenge');
    const current = at(challenge, 'currentInferencePeriod', 'releaseDate');
    const nodes = at(challenge, 'submissions', 'nodes') as Array<{ periodReleaseDate: string }>;
    expect(nodes.every((n) => n.periodReleaseDate === current)).toBe(true);
  });

  it('refuses a period filter naming both current and a date', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { submissions(period: { current: true, releaseDate: "2025-01-01" }) { totalCount } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the account behind the key', async () => {
    const { body } = await stack.gql(`{ crowdcent { viewer { username } } }`, undefined, {
      'x-crowdcent-api-key': BOB,
    });
    expect(at(body.data, 'crowdcent', 'viewer', 'username')).toBe('bob');
  });

  it('refetches every CrowdCent object type by its global id, and answers null for forged ids', async () => {
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "hyperliquid-ranking") { id latestTrainingDataset { id } currentInferencePeriod { id }
           metaModel { id } submissions(first: 1) { nodes { id } } } } }`,
      undefined,
      asAlice,
    );
    const challenge = at(body.data, 'crowdcent', 'challenge');
    const ids = [
      at(challenge, 'id'),
      at(challenge, 'latestTrainingDataset', 'id'),
      at(challenge, 'currentInferencePeriod', 'id'),
      at(challenge, 'metaModel', 'id'),
      at(challenge, 'submissions', 'nodes', 0, 'id'),
    ] as string[];
    const forged = [
      Buffer.from('CROWDCENT:CrowdCentChallenge:nope').toString('base64url'),
      Buffer.from('CROWDCENT:Bogus:x').toString('base64url'),
      'not base64 at all!',
      '',
    ];
    const refetched = await stack.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [...ids, ...forged] },
      asAlice,
    );
    expect(refetched.body.errors).toBeUndefined();
    const nodes = at(refetched.body.data, 'nodes') as Array<{ __typename: string; id: string } | null>;
    expect(nodes.slice(0, 5).map((n) => n?.__typename)).toEqual([
      'CrowdCentChallenge',
      'CrowdCentTrainingDataset',
      'CrowdCentInferencePeriod',
      'CrowdCentMetaModel',
      'CrowdCentSubmission',
    ]);
    expect(nodes.slice(0, 5).map((n) => n?.id)).toEqual(ids);
    expect(nodes.slice(5)).toEqual([null, null, null, null]);

    const typed = await stack.gql(
      `query($c: ID!, $d: ID!, $s: ID!) {
        challenge(id: $c) { name } wrongType: challenge(id: $d) { name }
        dataset(id: $d) { kind } submission(id: $s) { status } notASubmission: submission(id: $c) { status } }`,
      { c: ids[0], d: ids[1], s: ids[4] },
      asAlice,
    );
    expect(typed.body.errors).toBeUndefined();
    expect(typed.body.data).toMatchObject({
      challenge: { name: 'Hyperliquid Ranking' },
      wrongType: null,
      dataset: { kind: 'TRAINING' },
      submission: { status: expect.any(String) },
      notASubmission: null,
    });
  });

  it('pages cross-platform challenges with cursors and filters by status', async () => {
    const first = await stack.gql(
      `{ challenges(first: 1) { edges { cursor node { nativeId } } pageInfo { hasNextPage endCursor } } }`,
      undefined,
      asAlice,
    );
    expect(at(first.body.data, 'challenges', 'edges', 0, 'node', 'nativeId')).toBe('hyperliquid-ranking');
    expect(at(first.body.data, 'challenges', 'pageInfo', 'hasNextPage')).toBe(true);
    const cursor = at(first.body.data, 'challenges', 'pageInfo', 'endCursor');
    const second = await stack.gql(
      `query($after: String) { challenges(first: 5, after: $after) { nodes { nativeId } pageInfo { hasNextPage hasPreviousPage } } }`,
      { after: cursor },
      asAlice,
    );
    expect(at(second.body.data, 'challenges', 'nodes')).toEqual([{ nativeId: 'crypto-momentum' }]);
    expect(at(second.body.data, 'challenges', 'pageInfo')).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    const ended = await stack.gql(
      `{ challenges(status: ENDED) { totalCount nodes { nativeId } } }`,
      undefined,
      asAlice,
    );
    expect(at(ended.body.data, 'challenges', 'totalCount')).toBe(0);
    const bad = await stack.gql(`{ challenges(after: "garbage") { totalCount } }`, undefined, asAlice);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await stack.gql(`{ challenges(first: -1) { totalCount } }`, undefined, asAlice);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs one upstream call per distinct list, however many fields read from it', async () => {
    stack.sim.log.reset();
    const { body } = await stack.gql(
      `{ crowdcent { challenge(slug: "crypto-momentum") {
          a: trainingDatasets { totalCount } latestTrainingDataset { version } b: trainingDataset(version: "1.0") { version }
          inferencePeriods { totalCount } c: submissions { nodes { inferencePeriod { releaseDate } } } } } }`,
      undefined,
      { 'x-crowdcent-api-key': BOB },
    );
    expect(body.errors).toBeUndefined();
    // challenge + training_data list + inference_data list + submissions list
    expect(apiCalls(stack.sim)).toBe(4);
    expect(stack.sim.log.count({ path: /training_data\/$/ })).toBe(1);
    expect(stack.sim.log.count({ path: /inference_data\/$/ })).toBe(1);
  });

  it('reports which platforms are configured', async () => {
    const { body } = await stack.gql(`{ platforms { name configured simulated hasServerCredentials } }`);
    const platforms = at(body.data, 'platforms') as Array<{ name: string; configured: boolean }>;
    expect(platforms[0]).toEqual({
      name: 'CROWDCENT',
      configured: true,
      simulated: true,
      hasServerCredentials: false,
    });
    // Platforms this stack did not start are listed, unconfigured.
    expect(platforms.slice(1).every((p) => !p.configured)).toBe(true);
  });
});
