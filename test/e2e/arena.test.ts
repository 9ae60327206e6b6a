import { FormData, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, startStack, type Stack } from '../support/stack.js';

const asAdmin = { 'x-arena-username': 'backend', 'x-arena-password': 'foobar' };
const asAlice = { 'x-arena-username': 'alice', 'x-arena-password': 'alice-pw' };

const csrfRefusals = (stack: Stack) => stack.arena!.log.entries.filter((e) => e.status === 403).length;

/** Arena through the gateway: one Django session per credential, renewed without the caller noticing. */
describe('Arena through the gateway', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ arena: {} });
  });
  afterEach(async () => {
    await stack.close();
  });

  it('reads rounds, groups, datasets and points, logging in once for many requests', async () => {
    const { body } = await stack.gql(
      `{ arena { viewer { username isAdmin } groups { name members } rounds { name status isOpen datasets { name } }
          dataset(datasetId: "1") { name featureCount classes counts { training test validation }
            points(split: TRAINING, first: 5) { totalCount nodes { features label split } } } } }`,
      undefined,
      asAlice,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'arena', 'viewer')).toEqual({ username: 'alice', isAdmin: false });
    expect(at(body.data, 'arena', 'dataset', 'points', 'totalCount')).toBe(90);
    expect((at(body.data, 'arena', 'rounds') as unknown[]).length).toBeGreaterThanOrEqual(2);
    await stack.gql(`{ arena { jobs(first: 3) { nodes { algorithm } } } }`, undefined, asAlice);
    expect(stack.arena!.loginCount()).toBe(1);
    const challenges = await stack.gql(
      `{ challenges(platforms: [ARENA]) { nodes { platform name status } } }`,
      undefined,
      asAlice,
    );
    expect(
      (at(challenges.body.data, 'challenges', 'nodes') as Array<{ platform: string }>).every(
        (c) => c.platform === 'ARENA',
      ),
    ).toBe(true);
  });

  it('renews an expired session transparently: one re-login, and the query succeeds', async () => {
    await stack.gql(`{ arena { viewer { username } } }`, undefined, asAlice);
    expect(stack.arena!.loginCount()).toBe(1);
    stack.arena!.expireSessions();
    const { body } = await stack.gql(`{ arena { groups { name } } }`, undefined, asAlice);
    expect(body.errors).toBeUndefined();
    expect(stack.arena!.loginCount()).toBe(2);
    expect(csrfRefusals(stack)).toBe(0);
  });

  it('refuses a wrong password with UNAUTHENTICATED and never echoes it', async () => {
    const { body, text } = await stack.gql(`{ arena { viewer { username } } }`, undefined, {
      'x-arena-username': 'alice',
      'x-arena-password': 'Wr0ngPassw0rd!',
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', platform: 'ARENA' });
    expect(text).not.toContain('Wr0ngPassw0rd!');
    expect(stack.logs.join('\n')).not.toContain('Wr0ngPassw0rd!');
  });

  it('adds and joins groups', async () => {
    const added = await stack.gql(
      `mutation { addArenaGroup(input: { name: "team-z" }) { group { name public members } userErrors { code message } } }`,
      undefined,
      asAdmin,
    );
    expect(at(added.body.data, 'addArenaGroup', 'group')).toMatchObject({ name: 'team-z', public: true });
    const joined = await stack.gql(
      `mutation { joinArenaGroup(input: { name: "team-z" }) { group { members } userErrors { code } } }`,
      undefined,
      asAlice,
    );
    expect(at(joined.body.data, 'joinArenaGroup', 'group', 'members')).toContain('alice');
    const notAdmin = await stack.gql(
      `mutation { addArenaGroup(input: { name: "team-y" }) { group { name } userErrors { code } } }`,
      undefined,
      asAlice,
    );
    expect(at(notAdmin.body.data, 'addArenaGroup', 'userErrors', 0, 'code')).toBe('PERMISSION_DENIED');
  });

  it('lets a worker claim jobs (never the same twice), read params, post results and a picture', async () => {
    const first = await stack.gql(
      `mutation { claimNextArenaJob { job { nativeId status algorithm } userErrors { code } } }`,
      undefined,
      asAdmin,
    );
    const second = await stack.gql(
      `mutation { claimNextArenaJob { job { nativeId status } userErrors { code } } }`,
      undefined,
      asAdmin,
    );
    const jobId = String(at(first.body.data, 'claimNextArenaJob', 'job', 'nativeId'));
    expect(at(first.body.data, 'claimNextArenaJob', 'job', 'status')).toBe('RUNNING');
    expect(at(second.body.data, 'claimNextArenaJob', 'job', 'nativeId')).not.toBe(jobId);

    const params = await stack.gql(
      `query($id: String!) { arena { jobParams(jobId: $id) { algorithm datasetId params } } }`,
      { id: jobId },
      asAdmin,
    );
    expect(at(params.body.data, 'arena', 'jobParams', 'algorithm')).toEqual(expect.any(String));

    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: `mutation($input: AddArenaJobPictureInput!) { addArenaJobPicture(input: $input) { picture { filename downloadUrl } userErrors { code message } } }`,
        variables: { input: { jobId, picture: null } },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.picture'] }));
    form.append('0', new Blob([png], { type: 'image/png' }), 'confusion_matrix.png');
    const uploaded = await request(`${stack.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'apollo-require-preflight': 'true', ...asAdmin },
    });
    const upload = (await uploaded.body.json()) as { data: unknown };
    expect(at(upload.data, 'addArenaJobPicture', 'userErrors')).toEqual([]);
    const pictureUrl = String(at(upload.data, 'addArenaJobPicture', 'picture', 'downloadUrl'));
    const downloaded = Buffer.from(await (await fetch(pictureUrl)).arrayBuffer());
    expect(downloaded.equals(png)).toBe(true);

    const details = await stack.gql(
      `mutation($input: UpdateArenaJobDetailsInput!) { updateArenaJobDetails(input: $input) {
        job { status scoreTest scoreValidation message extraScoresTest pictures { filename } } userErrors { code field message } } }`,
      {
        input: {
          jobId,
          scoreTest: 0.93,
          scoreValidation: 0.9,
          extraScoresTest: { f1: 0.92 },
          message: 'converged after 40 epochs',
          pictures: ['confusion_matrix.png'],
        },
      },
      asAdmin,
    );
    expect(at(details.body.data, 'updateArenaJobDetails', 'userErrors')).toEqual([]);
    expect(at(details.body.data, 'updateArenaJobDetails', 'job')).toMatchObject({
      status: 'SUCCEEDED',
      scoreTest: 0.93,
    });
    // Every write above carried the session's CSRF token: the simulator never answered 403.
    expect(csrfRefusals(stack)).toBe(0);
  });

  it('refuses scores outside [0, 1] before any upstream call', async () => {
    stack.arena!.log.reset();
    const { body } = await stack.gql(
      `mutation { updateArenaJobDetails(input: { jobId: "20", scoreTest: 1.5 }) { job { status } userErrors { code field } } }`,
      undefined,
      asAdmin,
    );
    expect(at(body.data, 'updateArenaJobDetails', 'userErrors', 0, 'code')).toBe('VALIDATION_ERROR');
    expect(stack.arena!.log.count({ method: 'POST' })).toBe(0);
  });

  it('creates a job for a round and refetches Arena objects by global id', async () => {
    const created = await stack.gql(
      `mutation { createArenaJob(input: { algorithm: "knn", datasetId: "2", params: { k: 5 }, roundId: "2" }) { job { id status platformStatus params round { name } } userErrors { code message } } }`,
      undefined,
      asAlice,
    );
    expect(at(created.body.data, 'createArenaJob', 'userErrors')).toEqual([]);
    expect(at(created.body.data, 'createArenaJob', 'job')).toMatchObject({
      status: 'QUEUED',
      params: { k: 5 },
    });
    const jobId = at(created.body.data, 'createArenaJob', 'job', 'id');
    const refetched = await stack.gql(
      `query($id: ID!) { job(id: $id) { platform status } node(id: $id) { __typename } }`,
      { id: jobId },
      asAlice,
    );
    expect(refetched.body.data).toEqual({
      job: { platform: 'ARENA', status: 'QUEUED' },
      node: { __typename: 'ArenaJob' },
    });
  });
});
