import { FormData, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CROWDAI_DEMO_PARTICIPANTS } from '../../simulators/index.js';
import { CROWDAI_ADMIN, EPFL, STANFORD, at, startStack, type Stack } from '../support/stack.js';

const asAdmin = { 'x-crowdai-key': CROWDAI_ADMIN };
const asStanford = { 'x-crowdai-key': STANFORD };
const asEpfl = { 'x-crowdai-key': EPFL };
const participant = (name: string) => CROWDAI_DEMO_PARTICIPANTS.find((p) => p.name === name)!;

const GRADE = `mutation($input: GradeCrowdAISubmissionInput!) { gradeCrowdAISubmission(input: $input) {
  submissionId message submissionsRemaining resetAt userErrors { field message code } } }`;

/** crowdAI through the gateway: reads with the organizer/admin key, grading with participant keys. */
describe('crowdAI through the gateway', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ crowdai: {} });
  });
  afterEach(async () => {
    await stack.close();
  });

  const posts = () => stack.ai!.log.count({ method: 'POST', path: /^\/api\/external_graders/ });

  it('lists challenges with rounds and normalized statuses (admin key)', async () => {
    const { body } = await stack.gql(
      `{ challenges(platforms: [CROWDAI], first: 20) { nodes { nativeId name status platformStatus
          ... on CrowdAIChallenge { challengeId primarySortOrder rounds { name active submissionLimit submissionLimitPeriod } } } } }`,
      undefined,
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
    const nodes = at(body.data, 'challenges', 'nodes') as Array<{
      challengeId: number;
      status: string;
      rounds: unknown[];
    }>;
    expect(nodes.find((c) => c.challengeId === 9)).toMatchObject({ status: 'ACTIVE' });
    expect(nodes.find((c) => c.challengeId === 3)).toMatchObject({ status: 'ENDED' });
    expect(nodes.find((c) => c.challengeId === 9)?.rounds).toHaveLength(3);
  });

  it('reads the owning organizer’s submissions with filters, participants and grading messages', async () => {
    const { body } = await stack.gql(
      `{ crowdai { submissions(challengeId: 14, gradingStatus: FAILED, first: 5) { totalCount nodes {
          status platformStatus score gradingMessage participant { name participantId } } } } }`,
      undefined,
      asEpfl,
    );
    expect(body.errors).toBeUndefined();
    const nodes = at(body.data, 'crowdai', 'submissions', 'nodes') as Array<{
      status: string;
      gradingMessage: string | null;
      participant: { name: string };
    }>;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.status === 'FAILED' && n.gradingMessage !== null && n.participant.name)).toBe(
      true,
    );
    // Another organizer's challenge is refused on that field alone.
    const other = await stack.gql(
      `{ crowdai { submissions(challengeId: 9) { totalCount } } }`,
      undefined,
      asEpfl,
    );
    expect(other.body.errors?.[0]).toMatchObject({
      path: ['crowdai', 'submissions'],
      extensions: { platform: 'CROWDAI' },
    });
    // Listing every challenge is admin-only: an organizer sees the platform's refusal.
    const listing = await stack.gql(`{ challenges(platforms: [CROWDAI]) { totalCount } }`, undefined, asEpfl);
    expect(listing.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refetches crowdAI objects by global id (admin key)', async () => {
    const { body } = await stack.gql(
      `{ crowdai { challenge(challengeId: 9) { id } submission(submissionId: 10001) { id participant { id } } } }`,
      undefined,
      asAdmin,
    );
    const ids = [
      at(body.data, 'crowdai', 'challenge', 'id'),
      at(body.data, 'crowdai', 'submission', 'id'),
      at(body.data, 'crowdai', 'submission', 'participant', 'id'),
    ];
    const refetched = await stack.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`,
      { ids },
      asAdmin,
    );
    expect(
      (at(refetched.body.data, 'nodes') as Array<{ __typename: string }>).map((n) => n.__typename),
    ).toEqual(['CrowdAIChallenge', 'CrowdAISubmission', 'CrowdAIParticipant']);
  });

  it('validates a participant key without ever echoing it', async () => {
    const key = participant('AnikaR').apiKey;
    const valid = await stack.gql(
      `query($k: String!) { crowdai { participantKey(apiKey: $k) { valid participantId message } } }`,
      { k: key },
      asStanford,
    );
    expect(at(valid.body.data, 'crowdai', 'participantKey')).toMatchObject({
      valid: true,
      participantId: 1388,
    });
    expect(valid.text).not.toContain(key);
    const invalid = await stack.gql(
      `query($k: String!) { crowdai { participantKey(apiKey: $k) { valid participantId } } }`,
      { k: '0'.repeat(32) },
      asStanford,
    );
    expect(at(invalid.body.data, 'crowdai', 'participantKey')).toEqual({ valid: false, participantId: null });
    expect(stack.logs.join('\n')).not.toContain(key);
  });

  it('posts a graded submission once, then regrades it', async () => {
    const { body } = await stack.gql(
      GRADE,
      {
        input: {
          participantApiKey: participant('AnikaR').apiKey,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'GRADED',
          score: 0.912,
          scoreSecondary: 0.85,
          meta: { iou: 0.91 },
        },
      },
      asEpfl,
    );
    expect(body.errors).toBeUndefined();
    const payload = at(body.data, 'gradeCrowdAISubmission') as {
      submissionId: number;
      submissionsRemaining: number;
      userErrors: unknown[];
    };
    expect(payload.userErrors).toEqual([]);
    expect(payload.submissionId).toEqual(expect.any(Number));
    expect(payload.submissionsRemaining).toBe(3); // 5 a day; one used earlier, one now
    expect(posts()).toBe(1);

    const regraded = await stack.gql(
      `mutation($input: UpdateCrowdAISubmissionInput!) { updateCrowdAISubmission(input: $input) { submissionId message userErrors { code } } }`,
      { input: { submissionId: payload.submissionId, gradingStatus: 'GRADED', score: 0.95 } },
      asEpfl,
    );
    expect(at(regraded.body.data, 'updateCrowdAISubmission', 'userErrors')).toEqual([]);
    const read = await stack.gql(
      `query($id: Int!) { crowdai { submission(submissionId: $id) { score status } } }`,
      { id: payload.submissionId },
      asAdmin,
    );
    expect(at(read.body.data, 'crowdai', 'submission')).toEqual({ score: 0.95, status: 'SCORED' });
  });

  it('refuses a participant past the daily limit with a userError and creates no submission', async () => {
    const before = await stack.gql(
      `{ crowdai { challenge(challengeId: 14) { challengeId } } }`,
      undefined,
      asAdmin,
    );
    expect(before.body.errors).toBeUndefined();
    const { body } = await stack.gql(
      GRADE,
      {
        input: {
          participantApiKey: participant('fatima_z').apiKey,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'GRADED',
          score: 0.5,
        },
      },
      asEpfl,
    );
    const payload = at(body.data, 'gradeCrowdAISubmission') as {
      submissionId: number | null;
      userErrors: Array<{ message: string }>;
    };
    expect(payload.submissionId).toBeNull();
    expect(payload.userErrors[0]?.message).toMatch(/no submission slots remaining/);
    const list = await request(`${stack.ai!.baseUrl}/challenges/14/submissions`, {
      headers: { authorization: `Token token="${EPFL}"` },
    });
    const rows = (await list.body.json()) as Array<{ participant_name: string; created_at: string }>;
    const recent = rows.filter(
      (r) => r.participant_name === 'fatima_z' && Date.now() - Date.parse(r.created_at) < 86_400_000,
    );
    expect(recent).toHaveLength(5);
  });

  it('refuses a failed grade without a message before any upstream call', async () => {
    const { body } = await stack.gql(
      GRADE,
      {
        input: {
          participantApiKey: participant('AnikaR').apiKey,
          challengeClientName: 'crowdai_mapping_challenge',
          gradingStatus: 'FAILED',
        },
      },
      asEpfl,
    );
    expect(at(body.data, 'gradeCrowdAISubmission', 'userErrors', 0, 'field')).toEqual([
      'input',
      'gradingMessage',
    ]);
    expect(posts()).toBe(0);
  });

  it('uploads grader media through the presigned URL the gateway keeps to itself', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: `mutation($input: UploadCrowdAIMediaInput!) { uploadCrowdAIMedia(input: $input) { s3Key userErrors { message } } }`,
        variables: { input: { participantApiKey: participant('AnikaR').apiKey, file: null } },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([new Uint8Array([71, 73, 70, 56, 57, 97])], { type: 'image/gif' }), 'run.gif');
    const response = await request(`${stack.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'apollo-require-preflight': 'true', ...asEpfl },
    });
    const text = await response.body.text();
    const body = JSON.parse(text) as { data: unknown };
    expect(at(body.data, 'uploadCrowdAIMedia', 'userErrors')).toEqual([]);
    expect(String(at(body.data, 'uploadCrowdAIMedia', 's3Key'))).toMatch(/^submissions\//);
    expect(text).not.toMatch(/Signature|X-Amz/i);
  });

  it('never echoes the organizer key', async () => {
    const { text } = await stack.gql(
      `{ crowdai { participant(name: "AnikaR") { name email participantId } } }`,
      undefined,
      asStanford,
    );
    expect(text).not.toContain(STANFORD);
    const admin = await stack.gql(
      `{ crowdai { participant(name: "anikar") { name participantId } } }`,
      undefined,
      asAdmin,
    );
    expect(at(admin.body.data, 'crowdai', 'participant')).toEqual({ name: 'AnikaR', participantId: 1388 });
    expect(admin.text).not.toContain(participant('AnikaR').apiKey);
  });
});
