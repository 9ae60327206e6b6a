import { FormData, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EDITOR,
  READER1,
  RESEARCHER,
  at,
  startStack,
  graphqlResponseOf,
  type GraphQLResponse,
  type Stack,
} from '../support/stack.js';

const asResearcher = { 'x-grand-challenge-token': RESEARCHER };
const asEditor = { 'x-grand-challenge-token': EDITOR };

const START = `mutation($input: StartGrandChallengeAlgorithmJobInput!) { startGrandChallengeAlgorithmJob(input: $input) {
  job { pk status platformStatus algorithm { slug } } userErrors { field message code } } }`;
const ADD_TO_ARCHIVE = `mutation($input: AddCaseToGrandChallengeArchiveInput!) { addCaseToGrandChallengeArchive(input: $input) {
  archiveItem { pk title values { socket { slug } value fileUrl } } userErrors { field message code } } }`;

/** A GraphQL multipart request with files at the given variable paths. */
async function multipart(
  stack: Stack,
  query: string,
  variables: Record<string, unknown>,
  files: Array<{ path: string; bytes: Uint8Array; filename: string }>,
  headers: Record<string, string>,
): Promise<GraphQLResponse> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((f, i) => [String(i), [f.path]]))));
  files.forEach((f, i) => form.append(String(i), new Blob([f.bytes]), f.filename));
  const response = await request(`${stack.url}/graphql`, {
    method: 'POST',
    body: form,
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  return graphqlResponseOf(response);
}

describe('Grand Challenge mutations through the gateway', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startStack({ grandChallenge: {} });
  });
  afterEach(async () => {
    await stack.close();
  });

  async function anImagePk(): Promise<string> {
    const { body } = await stack.gql(
      `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: 1) { nodes { values { image { pk } } } } } } }`,
      undefined,
      asResearcher,
    );
    const values = at(body.data, 'grandChallenge', 'archive', 'items', 'nodes', 0, 'values') as Array<{
      image: { pk: string } | null;
    }>;
    return values.find((v) => v.image)!.image!.pk;
  }

  const posts = (path: RegExp) => stack.gc!.log.count({ method: 'POST', path });

  it('starts an algorithm job from an existing image and a value, sending the job once', async () => {
    const pk = await anImagePk();
    const { body } = await stack.gql(
      START,
      {
        input: {
          algorithmSlug: 'pulmonary-nodule-detection',
          inputs: [
            { socket: 'ct-image', existingImagePk: pk },
            { socket: 'age-in-months', value: 700 },
          ],
        },
      },
      asResearcher,
    );
    expect(body.errors).toBeUndefined();
    expect(at(body.data, 'startGrandChallengeAlgorithmJob', 'userErrors')).toEqual([]);
    expect(at(body.data, 'startGrandChallengeAlgorithmJob', 'job')).toMatchObject({
      status: 'PENDING',
      platformStatus: 'Validating inputs',
      algorithm: { slug: 'pulmonary-nodule-detection' },
    });
    expect(posts(/\/algorithms\/jobs\/$/)).toBe(1);
  });

  it('refuses a socket given two sources, an unknown socket and a wrong socket set before any write', async () => {
    const pk = await anImagePk();
    const attempt = async (inputs: unknown[]) =>
      at(
        (
          await stack.gql(
            START,
            { input: { algorithmSlug: 'pulmonary-nodule-detection', inputs } },
            asResearcher,
          )
        ).body.data,
        'startGrandChallengeAlgorithmJob',
        'userErrors',
      ) as Array<{
        field: string[];
        code: string;
      }>;
    const twoSources = await attempt([{ socket: 'ct-image', existingImagePk: pk, value: 1 }]);
    expect(twoSources).toEqual([
      expect.objectContaining({ code: 'INVALID_SOCKET_VALUE', field: ['input', 'inputs', '0'] }),
    ]);
    const unknown = await attempt([{ socket: 'no-such-socket', value: 1 }]);
    expect(unknown).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_SOCKET', field: ['input', 'inputs', '0', 'socket'] }),
    ]);
    const wrongSet = await attempt([{ socket: 'age-in-months', value: 1 }]);
    expect(wrongSet).toEqual([expect.objectContaining({ code: 'INTERFACE_MISMATCH' })]);
    const wrongKind = await attempt([{ socket: 'ct-image', value: 'not an image' }]);
    expect(wrongKind[0]?.code).toBe('INVALID_SOCKET_VALUE');
    const missingAlgorithm = await stack.gql(
      START,
      { input: { algorithmSlug: 'nope', inputs: [] } },
      asResearcher,
    );
    expect(at(missingAlgorithm.body.data, 'startGrandChallengeAlgorithmJob', 'userErrors', 0, 'code')).toBe(
      'NOT_FOUND',
    );
    expect(posts(/\/algorithms\/jobs\/$/)).toBe(0);
    expect(posts(/\/uploads\//)).toBe(0);
  });

  it('starts a job on an uploaded image file, streamed through the uploads API', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { archive(slug: "lung-ct-screening") { items(first: 1) { nodes { values { image { name files { downloadUrl } } } } } } } }`,
      undefined,
      asResearcher,
    );
    const values = at(body.data, 'grandChallenge', 'archive', 'items', 'nodes', 0, 'values') as Array<{
      image: { name: string; files: Array<{ downloadUrl: string }> } | null;
    }>;
    const image = values.find((v) => v.image)!.image!;
    const bytes = new Uint8Array(await (await fetch(image.files[0]!.downloadUrl)).arrayBuffer());
    const result = await multipart(
      stack,
      START,
      {
        input: { algorithmSlug: 'pulmonary-nodule-detection', inputs: [{ socket: 'ct-image', file: null }] },
      },
      [{ path: 'variables.input.inputs.0.file', bytes, filename: 'scan.mha' }],
      asResearcher,
    );
    expect(result.body.errors).toBeUndefined();
    expect(at(result.body.data, 'startGrandChallengeAlgorithmJob', 'userErrors')).toEqual([]);
    expect(at(result.body.data, 'startGrandChallengeAlgorithmJob', 'job', 'pk')).toEqual(expect.any(String));
    expect(posts(/\/uploads\/$/)).toBe(1);
    expect(stack.gc!.log.count({ method: 'PATCH', path: /complete-multipart-upload/ })).toBe(1);
  });

  it('adds a case to an archive: item created, then values (a value and an uploaded PDF) set', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const result = await multipart(
      stack,
      ADD_TO_ARCHIVE,
      {
        input: {
          archiveSlug: 'lung-ct-screening',
          title: 'LCS-NEW-1',
          values: [
            { socket: 'age-in-months', value: 612 },
            { socket: 'pdf-report', file: null },
          ],
        },
      },
      [{ path: 'variables.input.values.1.file', bytes: pdf, filename: 'report.pdf' }],
      asEditor,
    );
    expect(result.body.errors).toBeUndefined();
    expect(at(result.body.data, 'addCaseToGrandChallengeArchive', 'userErrors')).toEqual([]);
    const item = at(result.body.data, 'addCaseToGrandChallengeArchive', 'archiveItem') as {
      pk: string;
      title: string;
      values: Array<{ socket: { slug: string }; value: unknown }>;
    };
    expect(item.title).toBe('LCS-NEW-1');
    expect(item.values.find((v) => v.socket.slug === 'age-in-months')?.value).toBe(612);
    expect(posts(/\/archives\/items\/$/)).toBe(1);
    expect(stack.gc!.log.count({ method: 'PATCH', path: /\/archives\/items\/[^/]+\/$/ })).toBe(1);

    const updated = await stack.gql(
      `mutation($input: UpdateGrandChallengeArchiveItemInput!) { updateGrandChallengeArchiveItem(input: $input) {
        archiveItem { values { socket { slug } value } } userErrors { code } } }`,
      { input: { archiveItemPk: item.pk, values: [{ socket: 'age-in-months', value: 613 }] } },
      asEditor,
    );
    const after = at(updated.body.data, 'updateGrandChallengeArchiveItem', 'archiveItem', 'values') as Array<{
      socket: { slug: string };
      value: unknown;
    }>;
    expect(after.find((v) => v.socket.slug === 'age-in-months')?.value).toBe(613);
  });

  it('reports an item created but whose values were refused, instead of hiding it', async () => {
    const { body } = await stack.gql(
      ADD_TO_ARCHIVE,
      {
        input: {
          archiveSlug: 'lung-ct-screening',
          values: [{ socket: 'age-in-months', value: 'not a number' }],
        },
      },
      asEditor,
    );
    const payload = at(body.data, 'addCaseToGrandChallengeArchive') as {
      archiveItem: { pk: string } | null;
      userErrors: Array<{ code: string }>;
    };
    expect(payload.archiveItem?.pk).toEqual(expect.any(String));
    expect(payload.userErrors.map((e) => e.code)).toContain('PARTIALLY_APPLIED');
  });

  it('adds a case to a reader study reusing an existing socket value, and refuses changing an answered display set', async () => {
    const existing = await stack.gql(
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { displaySets(first: 1) { nodes { pk values { socket { slug } reference } } } } } }`,
      undefined,
      asEditor,
    );
    const answered = at(existing.body.data, 'grandChallenge', 'readerStudy', 'displaySets', 'nodes', 0) as {
      pk: string;
      values: Array<{ socket: { slug: string }; reference: string }>;
    };
    const ct = answered.values.find((v) => v.socket.slug === 'ct-image')!;
    const added = await stack.gql(
      `mutation($input: AddCaseToGrandChallengeReaderStudyInput!) { addCaseToGrandChallengeReaderStudy(input: $input) {
        displaySet { pk values { socket { slug } value image { pk } } } userErrors { code message } } }`,
      {
        input: {
          readerStudySlug: 'lung-nodule-reader-study',
          values: [
            { socket: 'ct-image', existingSocketValue: ct.reference },
            { socket: 'clinical-information', value: 'Follow-up after 6 months' },
          ],
        },
      },
      asEditor,
    );
    expect(at(added.body.data, 'addCaseToGrandChallengeReaderStudy', 'userErrors')).toEqual([]);
    const created = at(added.body.data, 'addCaseToGrandChallengeReaderStudy', 'displaySet') as {
      pk: string;
      values: Array<{ socket: { slug: string } }>;
    };
    expect(created.values.map((v) => v.socket.slug).sort()).toEqual(['clinical-information', 'ct-image']);

    const reuseWrongSocket = await stack.gql(
      `mutation($input: UpdateGrandChallengeDisplaySetInput!) { updateGrandChallengeDisplaySet(input: $input) { userErrors { code field } } }`,
      {
        input: {
          displaySetPk: created.pk,
          values: [{ socket: 'generic-medical-image', existingSocketValue: ct.reference }],
        },
      },
      asEditor,
    );
    expect(at(reuseWrongSocket.body.data, 'updateGrandChallengeDisplaySet', 'userErrors', 0, 'code')).toBe(
      'INVALID_SOCKET_VALUE',
    );

    const refused = await stack.gql(
      `mutation($input: UpdateGrandChallengeDisplaySetInput!) { updateGrandChallengeDisplaySet(input: $input) { displaySet { pk } userErrors { code message } } }`,
      {
        input: { displaySetPk: answered.pk, values: [{ socket: 'clinical-information', value: 'changed' }] },
      },
      asEditor,
    );
    expect(at(refused.body.data, 'updateGrandChallengeDisplaySet', 'displaySet')).toBeNull();
    expect(at(refused.body.data, 'updateGrandChallengeDisplaySet', 'userErrors', 0, 'message')).toMatch(
      /answers/,
    );
  });

  it('creates a reader’s answer once and refuses a second answer to the same question', async () => {
    const study = await stack.gql(
      `{ grandChallenge { readerStudy(slug: "lung-nodule-reader-study") { questions { pk answerType } displaySets(unansweredBy: "reader1", first: 1) { nodes { pk } } } } }`,
      undefined,
      asEditor,
    );
    const questions = at(study.body.data, 'grandChallenge', 'readerStudy', 'questions') as Array<{
      pk: string;
      answerType: string;
    }>;
    const boolQuestion = questions.find((q) => q.answerType === 'Bool')!;
    const displaySetPk = at(
      study.body.data,
      'grandChallenge',
      'readerStudy',
      'displaySets',
      'nodes',
      0,
      'pk',
    );
    const answer = () =>
      stack.gql(
        `mutation($input: CreateGrandChallengeAnswerInput!) { createGrandChallengeAnswer(input: $input) { answer { pk answer isGroundTruth worker { name } } userErrors { code message } } }`,
        { input: { questionPk: boolQuestion.pk, displaySetPk, answer: true } },
        { 'x-grand-challenge-token': READER1 },
      );
    const first = await answer();
    expect(at(first.body.data, 'createGrandChallengeAnswer', 'answer')).toMatchObject({
      answer: true,
      worker: { name: 'reader1' },
    });
    const second = await answer();
    expect(at(second.body.data, 'createGrandChallengeAnswer', 'answer')).toBeNull();
    expect(at(second.body.data, 'createGrandChallengeAnswer', 'userErrors', 0, 'code')).toBe(
      'VALIDATION_ERROR',
    );
  });
});
