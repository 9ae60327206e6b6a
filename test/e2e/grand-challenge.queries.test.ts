import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EDITOR, ManualClock, RESEARCHER, at, startStack, type Stack } from '../support/stack.js';

const asResearcher = { 'x-grand-challenge-token': RESEARCHER };
const asEditor = { 'x-grand-challenge-token': EDITOR };

function gcCalls(stack: Stack, path?: RegExp): number {
  return stack.gc!.log.count({ path: path ?? /^\/api\/v1\// });
}

/** Grand Challenge reads through the gateway, with upstream calls counted at the simulator. */
describe('Grand Challenge queries through the gateway', () => {
  let stack: Stack;
  const clock = new ManualClock();

  beforeAll(async () => {
    stack = await startStack({ grandChallenge: {}, clock });
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(() => {
    stack.gc!.log.reset();
    stack.gc!.faults.clear();
  });

  it('lists Grand Challenge challenges beside the others with normalized statuses', async () => {
    const { body } = await stack.gql(
      `{ challenges(platforms: [GRAND_CHALLENGE], first: 10) { nodes { platform nativeId status platformStatus } } }`,
      undefined,
      asResearcher,
    );
    expect(body.errors).toBeUndefined();
    const nodes = at(body.data, 'challenges', 'nodes') as Array<{
      nativeId: string;
      status: string;
      platformStatus: string;
    }>;
    expect(nodes.find((n) => n.nativeId === 'lung-nodule-analysis-2026')).toMatchObject({
      status: 'ACTIVE',
      platformStatus: 'OPEN',
    });
    expect(nodes.find((n) => n.nativeId === 'prostate-mri-lesion-detection')?.status).toBe('UPCOMING');
    expect(nodes.find((n) => n.nativeId === 'covid19-ct-severity')?.status).toBe('ENDED');
  });

  it('pages archive items across the 1000-item boundary, one upstream call a page', async () => {
    const first = await stack.gql(
      `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: 1000) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } } } }`,
      undefined,
      asResearcher,
    );
    expect(first.body.errors).toBeUndefined();
    const items = at(first.body.data, 'grandChallenge', 'archive', 'items') as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: Array<{ title: string }>;
    };
    expect(items.totalCount).toBe(1100);
    expect(items.nodes).toHaveLength(1000);
    expect(items.nodes.at(-1)?.title).toBe('LCS-1000');
    expect(items.pageInfo.hasNextPage).toBe(true);
    const second = await stack.gql(
      `query($after: String) { grandChallenge { archive(slug: "lung-ct-screening") { items(first: 1000, after: $after) { pageInfo { hasNextPage } nodes { title } } } } }`,
      { after: items.pageInfo.endCursor },
      asResearcher,
    );
    const rest = at(second.body.data, 'grandChallenge', 'archive', 'items', 'nodes') as Array<{
      title: string;
    }>;
    expect(rest).toHaveLength(100);
    expect(rest[0]?.title).toBe('LCS-1001');
    expect(at(second.body.data, 'grandChallenge', 'archive', 'items', 'pageInfo', 'hasNextPage')).toBe(false);
    expect(gcCalls(stack, /\/archives\/items\/$/)).toBe(2);
    const over = await stack.gql(
      `{ grandChallenge { archives(first: 1001) { totalCount } } }`,
      undefined,
      asResearcher,
    );
    expect(over.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads archive items with their images in a flat number of calls as the page grows', async () => {
    const count = async (first: number): Promise<number> => {
      const fresh = await startStack({ gc: stack.gc!, sim: stack.sim });
      try {
        stack.gc!.log.reset();
        const { body } = await fresh.gql(
          `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: ${first}) { nodes { values { image { name width } } } } } } }`,
          undefined,
          asResearcher,
        );
        expect(body.errors).toBeUndefined();
        return gcCalls(stack);
      } finally {
        await fresh.close();
      }
    };
    const fifty = await count(50);
    expect(fifty).toBeLessThanOrEqual(4); // archive by slug, items page, the archive's images (2 pages of 1000)
    expect(await count(200)).toBe(fifty);
  });

  it('reads a reader study → display sets → answers → readers in a flat number of calls', async () => {
    const count = async (first: number): Promise<number> => {
      const fresh = await startStack({ gc: stack.gc!, sim: stack.sim });
      try {
        stack.gc!.log.reset();
        const { body } = await fresh.gql(
          `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: ${first}) { nodes { pk answers { answer worker { name } } } } } } }`,
          undefined,
          asEditor,
        );
        expect(body.errors).toBeUndefined();
        return gcCalls(stack);
      } finally {
        await fresh.close();
      }
    };
    const five = await count(5);
    expect(five).toBe(3); // reader study by slug, display sets page, the study's answers
    expect(await count(20)).toBe(five);
  });

  it('lists display sets a reader has not answered, with the others’ answers', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(unansweredBy: "reader1", first: 50) {
          totalCount nodes { order answers { worker { name } isGroundTruth } } } } } }`,
      undefined,
      asEditor,
    );
    expect(body.errors).toBeUndefined();
    const sets = at(body.data, 'grandChallenge', 'readerStudy', 'displaySets', 'nodes') as Array<{
      answers: Array<{ worker: { name: string } }>;
    }>;
    expect(sets).toHaveLength(10); // 24 display sets, reader1 answered the first 14
    expect(sets.every((s) => s.answers.every((a) => a.worker.name !== 'reader1'))).toBe(true);
    expect(sets.some((s) => s.answers.some((a) => a.worker.name === 'reader2'))).toBe(true);
  });

  it('reads jobs with their algorithm and input images, filters by algorithm and status', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { jobs(algorithmSlug: "pulmonary-nodule-detection", first: 20) { totalCount nodes {
          pk status platformStatus algorithm { slug } inputs { socket { slug superKind } image { name } } } } } }`,
      undefined,
      asResearcher,
    );
    expect(body.errors).toBeUndefined();
    const jobs = at(body.data, 'grandChallenge', 'jobs', 'nodes') as Array<{
      algorithm: { slug: string };
      inputs: unknown[];
    }>;
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((j) => j.algorithm.slug === 'pulmonary-nodule-detection')).toBe(true);
    // Algorithms come from the algorithm lookup already made (one call), not one call per job.
    expect(gcCalls(stack, /\/algorithms\/[0-9a-f-]+\/$/)).toBeLessThanOrEqual(1);
    const failed = await stack.gql(
      `{ jobs(platforms: [GRAND_CHALLENGE], status: FAILED, first: 20) { nodes { ... on GrandChallengeAlgorithmJob { platformStatus } } } }`,
      undefined,
      asResearcher,
    );
    const statuses = (at(failed.body.data, 'jobs', 'nodes') as Array<{ platformStatus: string }>).map(
      (j) => j.platformStatus,
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Failed']));
  });

  it('shows a job’s status advancing between two queries', async () => {
    const running = await stack.gql(
      `{ grandChallenge { jobs(status: RUNNING, first: 1) { nodes { pk platformStatus } } } }`,
      undefined,
      asResearcher,
    );
    const job = at(running.body.data, 'grandChallenge', 'jobs', 'nodes', 0) as
      { pk: string; platformStatus: string } | undefined;
    expect(job).toBeDefined();
    const read = () =>
      stack.gql(
        `query($pk: String!) { grandChallenge { job(pk: $pk) { status platformStatus } } }`,
        { pk: job!.pk },
        asResearcher,
      );
    const before = at((await read()).body.data, 'grandChallenge', 'job', 'platformStatus');
    stack.gc!.advanceJobs(2);
    clock.advance(10_000); // past the 5 s freshness of job reads
    const after = at((await read()).body.data, 'grandChallenge', 'job', 'platformStatus');
    expect(after).not.toBe(before);
  });

  it('retries a 503 and succeeds, as the upstream call count shows', async () => {
    stack.gc!.faults.set({ path: /\/reader-studies\/$/, status: 503, times: 1 });
    const { body } = await stack.gql(
      `{ grandChallenge { readerStudies { totalCount } } }`,
      undefined,
      asEditor,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'grandChallenge', 'readerStudies', 'totalCount')).toBe(1);
    expect(gcCalls(stack, /\/reader-studies\/$/)).toBe(2);
    stack.gc!.faults.set({ path: /\/archives\/$/, status: 507, times: 1 });
    const archives = await stack.gql(`{ grandChallenge { archives { totalCount } } }`, undefined, asEditor);
    expect(archives.body.errors).toBeUndefined();
    expect(gcCalls(stack, /\/archives\/$/)).toBe(2);
  });

  it('streams an image file and a socket value file through /files', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { archiveItem: archive(slug: "lung-ct-screening") { items(first: 10) { nodes { values { socket { slug } fileUrl image { files { downloadUrl } } } } } } } }`,
      undefined,
      asResearcher,
    );
    expect(body.errors).toBeUndefined();
    const values = (
      at(body.data, 'grandChallenge', 'archiveItem', 'items', 'nodes') as Array<{
        values: Array<{ fileUrl: string | null; image: { files: Array<{ downloadUrl: string }> } | null }>;
      }>
    ).flatMap((i) => i.values);
    const imageUrl = values.find((v) => v.image)!.image!.files[0]!.downloadUrl;
    const image = await fetch(imageUrl);
    expect(image.status).toBe(200);
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(0, 40).toString()).toMatch(/ObjectType|NDims/);
    expect(imageUrl).not.toContain(RESEARCHER);
    const fileUrl = values.find((v) => v.fileUrl)!.fileUrl!;
    const file = await fetch(fileUrl);
    expect(file.status).toBe(200);
    expect(JSON.parse(await file.text())).toBeDefined();
  });

  it('refetches Grand Challenge objects by global id and gives evaluations as submissions', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { challenge(slug: "lung-nodule-analysis-2026") { id evaluations(first: 50) { nodes { id rank score submitter metrics } } }
          readerStudy(slug: "lung-nodule-reader-study") { id displaySets(first: 1) { nodes { id answers { id worker { id } } } } } } }`,
      undefined,
      asEditor,
    );
    expect(body.errors).toBeUndefined();
    const gc = at(body.data, 'grandChallenge');
    const ids = [
      at(gc, 'challenge', 'id'),
      (at(gc, 'challenge', 'evaluations', 'nodes') as Array<{ id: string; rank: number | null }>).find(
        (e) => e.rank === 1,
      )?.id,
      at(gc, 'readerStudy', 'id'),
      at(gc, 'readerStudy', 'displaySets', 'nodes', 0, 'id'),
      at(gc, 'readerStudy', 'displaySets', 'nodes', 0, 'answers', 0, 'id'),
      at(gc, 'readerStudy', 'displaySets', 'nodes', 0, 'answers', 0, 'worker', 'id'),
    ];
    const refetched = await stack.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`,
      { ids },
      asEditor,
    );
    expect(
      (at(refetched.body.data, 'nodes') as Array<{ __typename: string }>).map((n) => n.__typename),
    ).toEqual([
      'GrandChallengeChallenge',
      'GrandChallengeEvaluation',
      'GrandChallengeReaderStudy',
      'GrandChallengeDisplaySet',
      'GrandChallengeAnswer',
      'GrandChallengeReader',
    ]);
    const typed = await stack.gql(
      `query($s: ID!, $u: ID!, $j: ID!) { submission(id: $s) { score status } unit(id: $u) { platform } judgment(id: $j) { platform } }`,
      { s: ids[1], u: ids[3], j: ids[4] },
      asEditor,
    );
    expect(typed.body.data).toMatchObject({
      submission: { score: expect.any(Number), status: 'SCORED' },
      unit: { platform: 'GRAND_CHALLENGE' },
    });
  });

  it('answers UNAUTHENTICATED for a bad token and never echoes it', async () => {
    const bad = 'f'.repeat(64);
    const { body, text } = await stack.gql(`{ grandChallenge { jobs { totalCount } } }`, undefined, {
      'x-grand-challenge-token': bad,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      platform: 'GRAND_CHALLENGE',
    });
    expect(text).not.toContain(bad);
  });
});
