import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { execute, GraphQLRequestError } from '../../examples/client.js';
import {
  ChallengeByIdDocument,
  CrowdCentChallengeDocument,
  ListChallengesDocument,
  PauseCrowdFlowerJobDocument,
  type ChallengeStatus,
  type Platform,
} from '../../examples/__generated__/graphql.js';
import { ACME, ALICE, startStack, type Stack } from '../support/stack.js';

/** The typed client SDK (examples/): generated TypedDocumentNodes through examples/client.ts. */
describe('typed client SDK against the gateway', () => {
  let stack: Stack;
  let endpoint: string;
  const asAlice = { 'x-crowdcent-api-key': ALICE };

  beforeAll(async () => {
    stack = await startStack({ crowdflower: {} });
    endpoint = `${stack.url}/graphql`;
  });
  afterAll(async () => {
    await stack.close();
  });

  it('lists challenges page by page with typed variables and results', async () => {
    const first = await execute(
      endpoint,
      ListChallengesDocument,
      { platforms: ['CROWDCENT'], first: 1 },
      asAlice,
    );
    expectTypeOf(first.challenges.nodes[0]!.platform).toEqualTypeOf<Platform>();
    expectTypeOf(first.challenges.nodes[0]!.status).toEqualTypeOf<ChallengeStatus>();
    expect(first.challenges.totalCount).toBe(2);
    expect(first.challenges.nodes).toHaveLength(1);
    expect(first.challenges.pageInfo.hasNextPage).toBe(true);
    const cursor = first.challenges.pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));

    const second = await execute(
      endpoint,
      ListChallengesDocument,
      { platforms: ['CROWDCENT'], first: 1, after: cursor },
      asAlice,
    );
    expect(second.challenges.pageInfo.hasNextPage).toBe(false);
    const all = [...first.challenges.nodes, ...second.challenges.nodes];
    expect(all.map((c) => c.nativeId)).toEqual(['hyperliquid-ranking', 'crypto-momentum']);
    expect(all.every((c) => c.__typename === 'CrowdCentChallenge' && c.platform === 'CROWDCENT')).toBe(true);
  });

  it('reads a CrowdCent challenge with its training datasets and submissions, then refetches it by node(id:)', async () => {
    const { crowdcent } = await execute(
      endpoint,
      CrowdCentChallengeDocument,
      { slug: 'hyperliquid-ranking' },
      asAlice,
    );
    const challenge = crowdcent.challenge;
    expect(challenge).not.toBeNull();
    if (!challenge) return;
    expect(challenge.slug).toBe('hyperliquid-ranking');
    expect(challenge.isActive).toBe(true);
    expect(challenge.latestTrainingDataset?.version).toBe('2.0');
    expect(challenge.latestTrainingDataset?.downloadUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
    const versions = challenge.trainingDatasets?.nodes ?? [];
    expect(versions.filter((v) => v.isLatest).map((v) => v.version)).toEqual(['2.0']);
    const submissions = challenge.submissions?.nodes ?? [];
    expect(submissions.length).toBeGreaterThan(0);
    expect(new Set(submissions.map((s) => s.submitter))).toEqual(new Set(['alice']));
    expect(submissions.every((s) => Number.isInteger(s.submissionId) && s.slot >= 1)).toBe(true);

    const { node } = await execute(endpoint, ChallengeByIdDocument, { id: challenge.id }, asAlice);
    expect(node).toMatchObject({ __typename: 'CrowdCentChallenge', id: challenge.id, platform: 'CROWDCENT' });
    if (node?.__typename !== 'CrowdCentChallenge') throw new Error('expected a CrowdCent challenge');
    // Narrowed by __typename: the Challenge fields are typed on this member.
    expect(node.name).toBe(challenge.name);
    expect(node.status).toBe('ACTIVE');
  });

  it('runs a typed mutation', async () => {
    const { pauseCrowdFlowerJob } = await execute(
      endpoint,
      PauseCrowdFlowerJobDocument,
      { jobId: 1204373 },
      { 'x-crowdflower-key': ACME },
    );
    expect(pauseCrowdFlowerJob.userErrors).toEqual([]);
    expect(pauseCrowdFlowerJob.job?.jobId).toBe(1204373);
    expect(pauseCrowdFlowerJob.job?.status).toBe('PAUSED');
  });

  it('throws GraphQLRequestError with the error codes when the response has errors', async () => {
    const failure = await execute(
      endpoint,
      CrowdCentChallengeDocument,
      { slug: 'hyperliquid-ranking' },
      {
        'x-crowdcent-api-key': 'not-a-real-key',
      },
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    if (!(failure instanceof GraphQLRequestError)) return;
    expect(failure.codes).toContain('UNAUTHENTICATED');
    expect(failure.message).toMatch(/\[UNAUTHENTICATED\]/);
    expect(failure.message).not.toContain('not-a-real-key');
  });

  it('throws with BAD_USER_INPUT for a variable the gateway rejects, and null for an unknown id', async () => {
    const failure = await execute(endpoint, ListChallengesDocument, { first: 1000 }, asAlice).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    if (!(failure instanceof GraphQLRequestError)) return;
    expect(failure.codes).toEqual(['BAD_USER_INPUT']);
    expect(failure.errors[0]?.path).toEqual(['challenges']);

    const { node } = await execute(endpoint, ChallengeByIdDocument, { id: 'no-such-id' }, asAlice);
    expect(node).toBeNull();
  });
});
