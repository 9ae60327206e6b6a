import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GRAND_CHALLENGE_DEMO_USERS,
  startGrandChallengeSimulator,
  type GrandChallengeSimulator,
} from '../../simulators/grand-challenge/index.js';

const START = Date.parse('2025-03-10T12:00:00Z');
const STEP_MS = 3000;
let nowMs = START;

function tokenOf(username: string): string {
  const user = GRAND_CHALLENGE_DEMO_USERS.find((candidate) => candidate.username === username);
  if (user === undefined) throw new Error(`no demo user ${username}`);
  return user.token;
}

interface CallOptions {
  user?: string;
  method?: string;
  json?: unknown;
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('expected an object');
  return Object.fromEntries(Object.entries(value));
}

function records(value: unknown): Json[] {
  if (!Array.isArray(value)) throw new Error('expected an array');
  return value.map(record);
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}

describe('Grand Challenge simulator', () => {
  let sim: GrandChallengeSimulator;

  /** Talks to the simulator the way gcapi does: `BEARER` in capitals, redirects not followed. */
  function call(path: string, options: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.user !== undefined) headers.authorization = `BEARER ${tokenOf(options.user)}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const url = path.startsWith('http') ? path : `${sim.baseUrl}${path}`;
    return fetch(url, { method: options.method ?? 'GET', headers, body, redirect: 'manual' });
  }

  async function body(response: Response): Promise<unknown> {
    return JSON.parse(await response.text());
  }

  async function ok(path: string, options: CallOptions = {}): Promise<Json> {
    const response = await call(path, options);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return record(await body(response));
  }

  async function page(
    path: string,
    user?: string,
  ): Promise<{ count: number; results: Json[]; next: unknown; previous: unknown }> {
    const data = await ok(path, { user });
    return {
      count: Number(data.count),
      results: records(data.results),
      next: data.next,
      previous: data.previous,
    };
  }

  async function pkOf(collection: string, slug: string, user?: string): Promise<string> {
    const { results } = await page(`/${collection}/?slug=${slug}`, user);
    return text(results[0]?.pk);
  }

  const imageUrl = (pk: string): string => `${sim.baseUrl}/cases/images/${pk}/`;

  async function screeningImage(index: number): Promise<string> {
    const { results } = await page(`/cases/images/?name=LCS-${String(index).padStart(4, '0')}.mha`);
    return text(results[0]?.pk);
  }

  beforeAll(async () => {
    sim = await startGrandChallengeSimulator({ now: () => new Date(nowMs), jobStepMs: STEP_MS });
  });
  afterAll(async () => {
    await sim.close();
  });

  describe('authentication', () => {
    it('accepts the Bearer keyword in any case', async () => {
      for (const keyword of ['BEARER', 'Bearer', 'bearer', 'bEaReR']) {
        const response = await call('/components/interfaces/', {
          headers: { authorization: `${keyword} ${tokenOf('reader1')}` },
        });
        expect(response.status).toBe(200);
      }
    });

    it('answers 401 Invalid token with WWW-Authenticate: Bearer for an unknown token', async () => {
      const response = await call('/algorithms/', { headers: { authorization: `Bearer ${'0'.repeat(64)}` } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await body(response)).toEqual({ detail: 'Invalid token.' });
    });

    it('answers 401 "credentials were not provided" to anonymous callers of login-only endpoints', async () => {
      for (const [path, method] of [
        ['/components/interfaces/', 'GET'],
        ['/algorithms/jobs/', 'POST'],
        ['/uploads/', 'POST'],
      ] as const) {
        const response = await call(path, { method, json: method === 'POST' ? {} : undefined });
        expect(response.status).toBe(401);
        expect(await body(response)).toEqual({ detail: 'Authentication credentials were not provided.' });
      }
    });

    it('shows anonymous callers, and callers using another keyword, only public objects', async () => {
      expect((await page('/algorithms/')).count).toBe(2);
      const otherKeyword = await call('/algorithms/', {
        headers: { authorization: `Token ${tokenOf('researcher')}` },
      });
      expect(record(await body(otherKeyword)).count).toBe(2);
      expect((await page('/algorithms/', 'researcher')).count).toBe(3);
      expect((await page('/archives/')).count).toBe(1);
      expect((await page('/archives/', 'editor')).count).toBe(2);
      expect((await page('/reader-studies/')).count).toBe(0);
      expect((await page('/reader-studies/', 'reader1')).count).toBe(1);
      const jobs = await page('/algorithms/jobs/');
      expect(jobs.count).toBe(1);
    });

    it('serves the gcapi version check without authentication, even with a bad token', async () => {
      const response = await call('/gcapi/', { headers: { authorization: 'Bearer nonsense' } });
      expect(response.status).toBe(200);
      expect(await body(response)).toEqual({ latest_version: '0.13.2', lowest_supported_version: '0.13.0' });
    });

    it('publishes three demo users with 64-hex tokens', () => {
      expect(sim.users.map((user) => user.username)).toEqual(['reader1', 'researcher', 'editor']);
      for (const user of sim.users) expect(user.token).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('responses', () => {
    it('labels every API answer exactly application/json, errors and faults included', async () => {
      const private404 = await call(`/archives/${await pkOf('archives', 'prostate-mri-cohort', 'editor')}/`, {
        user: 'reader1',
      });
      const responses = [
        await call('/challenges/'),
        await call('/algorithms/', { headers: { authorization: 'Bearer x' } }),
        private404,
        await call('/archives/items/', { method: 'POST', user: 'editor', json: {} }),
        await call(`/archives/items/${'0'.repeat(8)}-0000-0000-0000-000000000000/`, {
          method: 'DELETE',
          user: 'editor',
        }),
      ];
      expect(responses.map((response) => response.status)).toEqual([200, 401, 404, 400, 405]);
      for (const response of responses) expect(response.headers.get('content-type')).toBe('application/json');

      sim.faults.set({ path: /\/challenges\/$/, status: 503, times: 1, retryAfterSeconds: 2 });
      const fault = await call('/challenges/');
      expect(fault.status).toBe(503);
      expect(fault.headers.get('retry-after')).toBe('2');
      expect(fault.headers.get('content-type')).toBe('application/json');
      expect((await call('/challenges/')).status).toBe(200);
    });

    it('answers 404 and 405 with DRF bodies and redirects a path without its slash', async () => {
      const missing = await call('/algorithms/00000000-0000-4000-8000-000000000000/');
      expect(missing.status).toBe(404);
      expect(await body(missing)).toEqual({ detail: 'No Algorithm matches the given query.' });
      const hidden = await call(`/archives/${await pkOf('archives', 'prostate-mri-cohort', 'editor')}/`, {
        user: 'reader1',
      });
      expect(await body(hidden)).toEqual({ detail: 'No Archive matches the given query.' });
      const notAllowed = await call('/challenges/', { method: 'DELETE' });
      expect(notAllowed.status).toBe(405);
      expect(await body(notAllowed)).toEqual({ detail: 'Method "DELETE" not allowed.' });
      const slashless = await call('/challenges?x=1');
      expect(slashless.status).toBe(301);
      expect(slashless.headers.get('location')).toBe('/api/v1/challenges/?x=1');
    });

    it('answers malformed JSON and unsupported media types the way DRF does', async () => {
      const malformed = await fetch(`${sim.baseUrl}/uploads/`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokenOf('researcher')}`, 'content-type': 'application/json' },
        body: '{bad',
      });
      expect(malformed.status).toBe(400);
      expect(text(record(await body(malformed)).detail)).toMatch(/^JSON parse error - /);
      const plain = await fetch(`${sim.baseUrl}/uploads/`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokenOf('researcher')}`, 'content-type': 'text/plain' },
        body: 'scan.mha',
      });
      expect(plain.status).toBe(415);
      expect(await body(plain)).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
    });
  });

  describe('pagination', () => {
    it('pages 100 by default with an absolute next link and no previous', async () => {
      const first = await page('/archives/items/');
      expect(first.count).toBe(1100);
      expect(first.results).toHaveLength(100);
      expect(first.next).toBe(`${sim.baseUrl}/archives/items/?limit=100&offset=100`);
      expect(first.previous).toBeNull();
      expect(first.results[0]).not.toHaveProperty('api_url');
    });

    it('caps limit at 1000 and links correctly across the 1000-item boundary', async () => {
      const first = await page('/archives/items/?limit=5000');
      expect(first.results).toHaveLength(1000);
      expect(first.next).toBe(`${sim.baseUrl}/archives/items/?limit=1000&offset=1000`);
      const second = await page(text(first.next));
      expect(second.results).toHaveLength(100);
      expect(second.next).toBeNull();
      expect(second.previous).toBe(`${sim.baseUrl}/archives/items/?limit=1000`);
      const back = await page(text(second.previous));
      expect(back.results[0]?.pk).toBe(first.results[0]?.pk);
      const seen = new Set([...first.results, ...second.results].map((item) => item.pk));
      expect(seen.size).toBe(1100);
    });

    it('keeps other query parameters in the links, sorted by name', async () => {
      const archive = await pkOf('archives', 'lung-ct-screening');
      const middle = await page(`/archives/items/?offset=1000&limit=50&archive=${archive}`);
      expect(middle.next).toBe(`${sim.baseUrl}/archives/items/?archive=${archive}&limit=50&offset=1050`);
      expect(middle.previous).toBe(`${sim.baseUrl}/archives/items/?archive=${archive}&limit=50&offset=950`);
    });

    it('answers an empty page past the end and the default for a bad limit', async () => {
      const beyond = await page('/archives/items/?offset=5000');
      expect(beyond.count).toBe(1100);
      expect(beyond.results).toEqual([]);
      expect((await page('/archives/items/?limit=0')).results).toHaveLength(100);
      expect((await page('/archives/items/?limit=abc')).results).toHaveLength(100);
    });
  });

  describe('algorithm jobs', () => {
    it('filters by algorithm (repeatable), input image and output image', async () => {
      const corads = await pkOf('algorithms', 'corads-ai');
      const nodules = await pkOf('algorithms', 'pulmonary-nodule-detection');
      const coradsJobs = await page(
        `/algorithms/jobs/?algorithm_image__algorithm=${corads}&limit=1000`,
        'researcher',
      );
      expect(coradsJobs.count).toBeGreaterThan(0);
      for (const job of coradsJobs.results)
        expect(job.algorithm).toBe(`${sim.baseUrl}/algorithms/${corads}/`);
      const nodulesJobs = await page(`/algorithms/jobs/?algorithm_image__algorithm=${nodules}`, 'researcher');
      const both = await page(
        `/algorithms/jobs/?algorithm_image__algorithm=${corads}&algorithm_image__algorithm=${nodules}`,
        'researcher',
      );
      expect(both.count).toBe(coradsJobs.count + nodulesJobs.count);

      const succeeded = coradsJobs.results.find((job) => job.status === 'Succeeded');
      const input =
        text(record(records(succeeded?.inputs)[0]).image)
          .split('/')
          .at(-2) ?? '';
      const byInput = await page(`/algorithms/jobs/?input_image=${input}`, 'researcher');
      expect(byInput.results.map((job) => job.pk)).toContain(succeeded?.pk);
      for (const job of byInput.results) expect(JSON.stringify(job.inputs)).toContain(input);

      const mask = records(succeeded?.outputs).find((civ) => civ.image !== null);
      const output = text(mask?.image).split('/').at(-2) ?? '';
      const byOutput = await page(`/algorithms/jobs/?output_image=${output}`, 'researcher');
      expect(byOutput.results.map((job) => job.pk)).toEqual([succeeded?.pk]);
    });

    it('ignores unknown filters, such as the `image` parameter gcapi sends, and rejects malformed UUIDs', async () => {
      const all = await page('/algorithms/jobs/', 'researcher');
      const ignored = await page(
        `/algorithms/jobs/?image=${'1'.repeat(8)}-1111-1111-1111-111111111111`,
        'researcher',
      );
      expect(ignored.count).toBe(all.count);
      const bad = await call('/algorithms/jobs/?input_image=nope', { user: 'researcher' });
      expect(bad.status).toBe(400);
      expect(await body(bad)).toEqual({ input_image: ['Enter a valid UUID.'] });
    });

    it('seeds the researcher with jobs in mixed states, some failed this week', async () => {
      const { results } = await page('/algorithms/jobs/?limit=1000', 'researcher');
      const statuses = results.map((job) => job.status);
      expect(results.length).toBeGreaterThanOrEqual(30);
      expect(statuses.filter((status) => status === 'Failed').length).toBeGreaterThanOrEqual(3);
      expect(statuses.filter((status) => status === 'Succeeded').length).toBeGreaterThan(15);
      expect(statuses.some((status) => !['Succeeded', 'Failed', 'Cancelled'].includes(text(status)))).toBe(
        true,
      );
      for (const job of results) {
        if (job.status === 'Succeeded') expect(records(job.outputs).length).toBeGreaterThan(0);
        else expect(job.outputs).toEqual([]);
      }
    });

    it('creates a job with 201 JobPost, then refuses the same inputs again', async () => {
      const algorithm = await pkOf('algorithms', 'pulmonary-nodule-detection');
      const image = await screeningImage(1001);
      const post = {
        algorithm: `${sim.baseUrl}/algorithms/${algorithm}/`,
        inputs: [{ interface: 'ct-image', image: imageUrl(image), value: null, file: null }],
      };
      const created = await call('/algorithms/jobs/', { method: 'POST', user: 'researcher', json: post });
      expect(created.status).toBe(201);
      const job = record(await body(created));
      expect(Object.keys(job)).toEqual(['pk', 'inputs', 'status']);
      expect(job.status).toBe('Validating inputs');
      expect(records(job.inputs)[0]).toMatchObject({
        interface: 'ct-image',
        image: imageUrl(image),
        image_name: null,
      });

      const again = await call('/algorithms/jobs/', { method: 'POST', user: 'researcher', json: post });
      expect(again.status).toBe(400);
      expect(await body(again)).toEqual({
        non_field_errors: ['A result for these inputs with the current image and model already exists.'],
      });
    });

    it('rejects invalid inputs with DRF field errors per input', async () => {
      const algorithm = `${sim.baseUrl}/algorithms/${await pkOf('algorithms', 'pulmonary-nodule-detection')}/`;
      const image = imageUrl(await screeningImage(1002));
      const post = (inputs: unknown[], user = 'researcher'): Promise<Response> =>
        call('/algorithms/jobs/', { method: 'POST', user, json: { algorithm, inputs } });

      const unknownSocket = await post([
        { interface: 'ct-image', image },
        { interface: 'no-such-socket', value: 1 },
      ]);
      expect(unknownSocket.status).toBe(400);
      expect(await body(unknownSocket)).toEqual({
        inputs: [{}, { interface: ['Object with slug=no-such-socket does not exist.'] }],
      });

      // the server, not only gcapi's SocketValueSpec, insists on exactly one source per socket
      const twoSources = await post([{ interface: 'ct-image', image, user_uploads: [image] }]);
      expect(twoSources.status).toBe(400);
      expect(JSON.stringify(await body(twoSources))).toMatch(
        /"inputs":\[\{"non_field_errors":\["Provide exactly one of/,
      );

      const wrongType = await post([
        { interface: 'ct-image', image },
        { interface: 'age-in-months', value: 'old' },
      ]);
      expect(await body(wrongType)).toEqual({
        inputs: [{}, { non_field_errors: ["JSON does not fulfill schema: 'old' is not of type 'integer'"] }],
      });

      const valueForImage = record(await body(await post([{ interface: 'ct-image', value: 3 }])));
      expect(records(valueForImage.inputs)[0]).toEqual({
        non_field_errors: ['upload_session, user_uploads or image are required for interface kind Image'],
      });

      const mismatch = await post([{ interface: 'age-in-months', value: 700 }]);
      expect(await body(mismatch)).toEqual({
        non_field_errors: ["The set of inputs provided does not match any of the algorithm's interfaces."],
      });

      const noCredits = await post([{ interface: 'ct-image', image }], 'reader1');
      expect(await body(noCredits)).toEqual({ non_field_errors: ['You have run out of algorithm credits'] });

      const prostate = await pkOf('algorithms', 'prostate-mri-segmentation', 'researcher');
      const notExecutable = await call('/algorithms/jobs/', {
        method: 'POST',
        user: 'editor',
        json: { algorithm: `${sim.baseUrl}/algorithms/${prostate}/`, inputs: [] },
      });
      expect(await body(notExecutable)).toEqual({
        algorithm: ['Invalid hyperlink - Object does not exist.'],
      });
    });

    it('moves a job through its statuses as platform time passes, with outputs only on success', async () => {
      const algorithm = await pkOf('algorithms', 'corads-ai');
      const created = await ok('/algorithms/jobs/', {
        method: 'POST',
        user: 'researcher',
        json: {
          algorithm: `${sim.baseUrl}/algorithms/${algorithm}/`,
          inputs: [{ interface: 'ct-image', image: imageUrl(await screeningImage(1003)) }],
        },
      });
      const path = `/algorithms/jobs/${text(created.pk)}/`;
      expect((await ok(path, { user: 'researcher' })).status).toBe('Validating inputs');
      nowMs += STEP_MS;
      expect((await ok(path, { user: 'researcher' })).status).toBe('Queued');
      nowMs += STEP_MS - 1;
      expect((await ok(path, { user: 'researcher' })).status).toBe('Queued');
      nowMs += 1;
      const running = await ok(path, { user: 'researcher' });
      expect(running.status).toBe('Provisioning');
      expect(running.exec_duration).toBeNull();
      nowMs += 10 * STEP_MS;
      const done = await ok(path, { user: 'researcher' });
      expect(['Succeeded', 'Failed']).toContain(done.status);
      if (done.status === 'Succeeded') {
        expect(records(done.outputs).map((civ) => record(civ.interface).slug)).toEqual([
          'co-rads-score',
          'probability-covid-19',
          'covid-19-lesion-segmentation',
        ]);
        expect(done.exec_duration).toMatch(/^P0DT00H00M\d{2}S$/);
      } else {
        expect(done.outputs).toEqual([]);
      }
    });

    it('moves unfinished jobs one step per advanceJobs() and reports how many changed', async () => {
      const algorithm = await pkOf('algorithms', 'pulmonary-nodule-detection');
      const created = await ok('/algorithms/jobs/', {
        method: 'POST',
        user: 'researcher',
        json: {
          algorithm: `${sim.baseUrl}/algorithms/${algorithm}/`,
          inputs: [
            { interface: 'ct-image', image: imageUrl(await screeningImage(1004)) },
            { interface: 'age-in-months', value: 744 },
          ],
        },
      });
      const path = `/algorithms/jobs/${text(created.pk)}/`;
      expect(sim.advanceJobs()).toBeGreaterThanOrEqual(1);
      expect((await ok(path, { user: 'researcher' })).status).toBe('Queued');
      expect(sim.advanceJobs(2)).toBeGreaterThanOrEqual(1);
      expect((await ok(path, { user: 'researcher' })).status).toBe('Provisioned');
      sim.advanceJobs(20);
      expect(['Succeeded', 'Failed']).toContain((await ok(path, { user: 'researcher' })).status);
      expect(sim.advanceJobs()).toBe(0);
    });
  });

  describe('archive items', () => {
    it('refuses values on create with the bare-list 400', async () => {
      const archive = `${sim.baseUrl}/archives/${await pkOf('archives', 'lung-ct-screening')}/`;
      const response = await call('/archives/items/', {
        method: 'POST',
        user: 'editor',
        json: { archive, values: [{ interface: 'age-in-months', value: 700 }] },
      });
      expect(response.status).toBe(400);
      expect(await body(response)).toEqual(['Values can only be added via update']);
      const notUploader = await call('/archives/items/', {
        method: 'POST',
        user: 'reader1',
        json: { archive },
      });
      expect(await body(notUploader)).toEqual({ archive: ['Invalid hyperlink - Object does not exist.'] });
    });

    it('creates an empty item, then PATCH merges values and PUT replaces them', async () => {
      const archive = `${sim.baseUrl}/archives/${await pkOf('archives', 'lung-ct-screening')}/`;
      const created = await call('/archives/items/', {
        method: 'POST',
        user: 'editor',
        json: { archive, title: 'new case', values: [] },
      });
      expect(created.status).toBe(201);
      const item = record(await body(created));
      expect(item).toMatchObject({ title: 'new case', archive, values: [] });
      const path = `/archives/items/${text(item.pk)}/`;
      const image = imageUrl(await screeningImage(7));

      const first = await ok(path, {
        method: 'PATCH',
        user: 'editor',
        json: {
          values: [
            { interface: 'ct-image', image },
            { interface: 'age-in-months', value: 700 },
          ],
        },
      });
      expect(records(first.values).map((civ) => civ.interface)).toEqual(['ct-image', 'age-in-months']);
      const merged = await ok(path, {
        method: 'PATCH',
        user: 'editor',
        json: { values: [{ interface: 'age-in-months', value: 701 }] },
      });
      expect(records(merged.values).map((civ) => [civ.interface, civ.value])).toEqual([
        ['ct-image', null],
        ['age-in-months', 701],
      ]);
      const replaced = await ok(path, {
        method: 'PUT',
        user: 'editor',
        json: { values: [{ interface: 'ct-image', image }] },
      });
      expect(records(replaced.values).map((civ) => civ.interface)).toEqual(['ct-image']);

      const fetched = await ok(path, { user: 'reader1' });
      expect(record(records(fetched.values)[0]?.interface).super_kind).toBe('Image');
      expect(records(fetched.values)[0]?.image).toBe(image);
    });

    it('answers 403 to a viewer who may not change the item and 401 to anonymous callers', async () => {
      const { results } = await page('/archives/items/?limit=1');
      const path = `/archives/items/${text(results[0]?.pk)}/`;
      const forbidden = await call(path, { method: 'PATCH', user: 'researcher', json: { title: 'x' } });
      expect(forbidden.status).toBe(403);
      expect(await body(forbidden)).toEqual({ detail: 'You do not have permission to perform this action.' });
      expect((await call(path, { method: 'PATCH', json: { title: 'x' } })).status).toBe(401);
    });

    it('lists patients and studies of an archive as bare lists', async () => {
      const archive = await pkOf('archives', 'prostate-mri-cohort', 'editor');
      const patients = await body(await call(`/archives/${archive}/patients/`, { user: 'editor' }));
      expect(Array.isArray(patients) && patients.length).toBe(40);
      const studies = await body(
        await call(`/archives/${archive}/studies/?patient_id=PMC-001`, { user: 'editor' }),
      );
      expect(studies).toEqual(['MRI PROSTATE MULTIPARAMETRIC']);
    });
  });

  describe('reader studies', () => {
    it('creates a display set by slug, then adds values only by PATCH', async () => {
      const slug = 'lung-nodule-reader-study';
      const refused = await call('/reader-studies/display-sets/', {
        method: 'POST',
        user: 'editor',
        json: { reader_study: slug, values: [{ interface: 'clinical-information', value: 'x' }] },
      });
      expect(await body(refused)).toEqual(['Values can only be added via update']);
      const notEditor = await call('/reader-studies/display-sets/', {
        method: 'POST',
        user: 'reader1',
        json: { reader_study: slug },
      });
      expect(await body(notEditor)).toEqual({ reader_study: [`Object with slug=${slug} does not exist.`] });

      const created = await call('/reader-studies/display-sets/', {
        method: 'POST',
        user: 'editor',
        json: { reader_study: slug, title: 'Extra case' },
      });
      expect(created.status).toBe(201);
      const displaySet = record(await body(created));
      expect(displaySet).toMatchObject({ reader_study: slug, values: [], order: 250 });
      const path = `/reader-studies/display-sets/${text(displaySet.pk)}/`;
      const patched = await ok(path, {
        method: 'PATCH',
        user: 'editor',
        json: { values: [{ interface: 'clinical-information', value: 'Never smoker' }] },
      });
      expect(patched.reader_study).toBe(slug);
      expect(records(patched.values)[0]).toMatchObject({
        interface: 'clinical-information',
        value: 'Never smoker',
      });
      const fetched = await ok(path, { user: 'reader1' });
      expect(fetched.reader_study).toBe(
        `${sim.baseUrl}/reader-studies/${await pkOf('reader-studies', slug, 'reader1')}/`,
      );
    });

    it('refuses to change the values of a display set that has answers', async () => {
      const study = await pkOf('reader-studies', 'lung-nodule-reader-study', 'editor');
      const { results } = await page(`/reader-studies/display-sets/?reader_study=${study}&limit=1`, 'editor');
      const response = await call(`/reader-studies/display-sets/${text(results[0]?.pk)}/`, {
        method: 'PATCH',
        user: 'editor',
        json: { values: [] },
      });
      expect(response.status).toBe(400);
      expect(await body(response)).toEqual([
        'This display set cannot be changed, as answers for it already exist.',
      ]);
    });

    it('hides display sets from users who are not readers', async () => {
      const { results } = await page('/reader-studies/display-sets/?limit=1', 'editor');
      const response = await call(`/reader-studies/display-sets/${text(results[0]?.pk)}/`, {
        user: 'researcher',
      });
      expect(response.status).toBe(404);
      expect(await body(response)).toEqual({ detail: 'No DisplaySet matches the given query.' });
    });

    it("lets only the study's editors ask which display sets another reader left unanswered", async () => {
      const forReader = await call('/reader-studies/display-sets/?unanswered_by_user=true&user=reader2', {
        user: 'reader1',
      });
      expect(forReader.status).toBe(403);
      const reader3 = await page(
        '/reader-studies/display-sets/?unanswered_by_user=true&user=reader3',
        'editor',
      );
      const reader2 = await page(
        '/reader-studies/display-sets/?unanswered_by_user=true&user=reader2',
        'editor',
      );
      // reader3 answered 8 display sets, reader2 answered 20
      expect(reader3.count - reader2.count).toBe(12);
    });

    it('lists questions of several answer types', async () => {
      const { results } = await page('/reader-studies/questions/', 'reader1');
      expect(results.map((question) => question.answer_type)).toEqual([
        'Bool',
        'Choice',
        'Number',
        'Multiple choice',
        'Single line text',
      ]);
    });
  });

  describe('answers', () => {
    it('creates an answer once per reader, question and display set', async () => {
      const study = await pkOf('reader-studies', 'lung-nodule-reader-study', 'reader1');
      const unanswered = await page(
        `/reader-studies/display-sets/?reader_study=${study}&unanswered_by_user=true`,
        'reader1',
      );
      // reader1 answered the first 14 of 24 seeded display sets (a test above may have added one)
      expect(unanswered.count).toBeGreaterThanOrEqual(10);
      const displaySet = text(unanswered.results[0]?.api_url);
      const { results: questions } = await page(
        `/reader-studies/questions/?reader_study=${study}`,
        'reader1',
      );
      const [bool, choice] = questions;
      const post = (json: unknown): Promise<Response> =>
        call('/reader-studies/answers/', { method: 'POST', user: 'reader1', json });

      const created = await post({ question: bool?.api_url, display_set: displaySet, answer: true });
      expect(created.status).toBe(201);
      expect(record(await body(created))).toMatchObject({
        answer: true,
        creator: 'reader1',
        display_set: displaySet,
        is_ground_truth: false,
        answer_image: null,
      });
      const repeated = await post({ question: bool?.api_url, display_set: displaySet, answer: false });
      expect(repeated.status).toBe(400);
      expect(await body(repeated)).toEqual({
        non_field_errors: ['User reader1 has already answered this question for this display set.'],
      });
      const wrongType = await post({ question: choice?.api_url, display_set: displaySet, answer: 'Solid' });
      expect(Object.keys(record(await body(wrongType)))).toEqual(['non_field_errors']);
      const badOption = await post({ question: choice?.api_url, display_set: displaySet, answer: 999 });
      expect(await body(badOption)).toEqual({
        non_field_errors: ['Provided option is not valid for this question'],
      });

      const after = await page(
        `/reader-studies/display-sets/?reader_study=${study}&unanswered_by_user=true`,
        'reader1',
      );
      expect(after.count).toBe(unanswered.count - 1);
    });

    it("shows readers their own answers and editors everyone's, ground truth included", async () => {
      const mine = await page('/reader-studies/answers/?limit=1000', 'reader1');
      expect(new Set(mine.results.map((answer) => answer.creator))).toEqual(new Set(['reader1']));
      const all = await page('/reader-studies/answers/?limit=1000', 'editor');
      expect(new Set(all.results.map((answer) => answer.creator))).toEqual(
        new Set(['editor', 'reader1', 'reader2', 'reader3']),
      );
      const truth = await page('/reader-studies/answers/?is_ground_truth=true&limit=1000', 'editor');
      expect(truth.results.every((answer) => answer.is_ground_truth === true)).toBe(true);
      expect((await page('/reader-studies/answers/mine/', 'reader1')).count).toBe(mine.count);
    });
  });

  describe('uploads', () => {
    function metaImageBytes(): Uint8Array {
      const header = new TextEncoder().encode(
        'ObjectType = Image\nNDims = 3\nDimSize = 8 8 4\nElementSpacing = 1 1 2\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n',
      );
      const out = new Uint8Array(header.byteLength + 256);
      out.set(header);
      return out;
    }

    it('runs create, presign, PUT without Authorization, complete, and feeds a job', async () => {
      const created = await call('/uploads/', {
        method: 'POST',
        user: 'researcher',
        json: { filename: 'scan.mha' },
      });
      expect(created.status).toBe(201);
      const upload = record(await body(created));
      expect(upload).toMatchObject({ filename: 'scan.mha', status: 'Initialized' });
      expect(upload.key).toBe(`uploads/2113/${text(upload.pk)}`);
      const base = `/uploads/${text(upload.pk)}/${text(upload.s3_upload_id)}`;

      const presigned = await ok(`${base}/generate-presigned-urls/`, {
        method: 'PATCH',
        user: 'researcher',
        json: { part_numbers: [1] },
      });
      const url = text(record(presigned.presigned_urls)['1']);
      const bytes = metaImageBytes();
      // A different first character of the signature (replacing it with a fixed one would leave a
      // signature that already starts with it unchanged: a 1-in-16 flake).
      const tamperedUrl = url.replace(/X-Amz-Signature=(.)/, (_match, first: string) =>
        first === '0' ? 'X-Amz-Signature=1' : 'X-Amz-Signature=0',
      );
      expect(tamperedUrl).not.toBe(url);
      const tampered = await fetch(tamperedUrl, {
        method: 'PUT',
        body: bytes,
      });
      expect(tampered.status).toBe(403);
      const put = await fetch(url, { method: 'PUT', body: bytes });
      expect(put.status).toBe(200);
      const etag = put.headers.get('etag') ?? '';
      expect(etag).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);

      const completed = await ok(`${base}/complete-multipart-upload/`, {
        method: 'PATCH',
        user: 'researcher',
        json: { parts: [{ ETag: etag, PartNumber: 1 }] },
      });
      expect(completed.status).toBe('Completed');

      const algorithm = await pkOf('algorithms', 'pulmonary-nodule-detection');
      const job = await ok('/algorithms/jobs/', {
        method: 'POST',
        user: 'researcher',
        json: {
          algorithm: `${sim.baseUrl}/algorithms/${algorithm}/`,
          inputs: [{ interface: 'ct-image', user_uploads: [upload.api_url] }],
        },
      });
      // upload-backed inputs attach in the background, so the JobPost leaves them out
      expect(job.inputs).toEqual([]);
      const detail = await ok(`/algorithms/jobs/${text(job.pk)}/`, { user: 'researcher' });
      const image = await ok(text(records(detail.inputs)[0]?.image), { user: 'researcher' });
      expect(image).toMatchObject({ name: 'scan.mha', width: 8, height: 8, depth: 4 });
    });

    it('validates filenames, checks the upload id and enforces the upload limit', async () => {
      const bad = await call('/uploads/', { method: 'POST', user: 'reader1', json: { filename: '../x' } });
      expect(await body(bad)).toEqual({ filename: ['../x is not a valid filename'] });
      const upload = await ok('/uploads/', {
        method: 'POST',
        user: 'reader1',
        json: { filename: 'big.mha' },
      });
      const wrongId = await call(`/uploads/${text(upload.pk)}/not-the-id/generate-presigned-urls/`, {
        method: 'PATCH',
        user: 'reader1',
        json: { part_numbers: [1] },
      });
      expect(wrongId.status).toBe(404);
      const limit = await call(
        `/uploads/${text(upload.pk)}/${text(upload.s3_upload_id)}/generate-presigned-urls/`,
        {
          method: 'PATCH',
          user: 'reader1',
          json: { part_numbers: [65] },
        },
      );
      expect(limit.status).toBe(403);
      expect(await body(limit)).toEqual({ detail: 'Upload limit reached' });
      const otherUser = await call(`/uploads/${text(upload.pk)}/`, { user: 'researcher' });
      expect(await body(otherUser)).toEqual({ detail: 'No UserUpload matches the given query.' });
    });
  });

  describe('files', () => {
    async function follow(url: string, user?: string): Promise<Uint8Array> {
      const redirect = await call(url, { user });
      expect(redirect.status).toBe(302);
      const location = redirect.headers.get('location') ?? '';
      expect(location).toContain('Signature=');
      const file = await fetch(location);
      expect(file.status).toBe(200);
      return new Uint8Array(await file.arrayBuffer());
    }

    it('downloads an image file through a 302 to a signed URL, with stable real bytes', async () => {
      const image = await ok(`/cases/images/${await screeningImage(3)}/`);
      const file = text(records(image.files)[0]?.file);
      expect(file.startsWith(`${sim.url}/media/images/`)).toBe(true);
      const bytes = await follow(file);
      const header = new TextDecoder().decode(bytes.subarray(0, 400));
      expect(header).toMatch(/^ObjectType = Image\n/);
      expect(header).toContain(`DimSize = 64 64 ${Number(image.depth)}`);
      const headerLength = header.indexOf('ElementDataFile = LOCAL\n') + 'ElementDataFile = LOCAL\n'.length;
      expect(bytes.byteLength).toBe(headerLength + 64 * 64 * Number(image.depth) * 2);
      const again = await follow(file);
      expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    });

    it('answers 403 for a file the caller may not see and 404 for no file at all', async () => {
      const { results } = await page('/cases/images/?name=LNRS-01.mha', 'reader1');
      const file = text(records(results[0]?.files)[0]?.file);
      expect((await call(file)).status).toBe(403);
      expect((await call(file, { user: 'reader1' })).status).toBe(302);
      expect((await call(`${sim.url}/media/images/00/00/nothing.mha`)).status).toBe(404);
    });

    it('downloads a file socket value as JSON and DICOM instances with signed headers', async () => {
      const { results } = await page('/archives/items/?limit=10');
      const withFile = records(results[9]?.values).find((civ) => civ.file !== null);
      expect(record(withFile?.interface).relative_path).toBe('nodule-locations.json');
      const json = record(JSON.parse(new TextDecoder().decode(await follow(text(withFile?.file)))));
      expect(json.type).toBe('Multiple points');

      const { results: mri } = await page('/cases/images/?patient_id=PMC-001', 'editor');
      const instances = await ok(`/cases/images/${text(mri[0]?.pk)}/dicom/instances/`, { user: 'editor' });
      const [first] = records(instances.instances);
      const request = record(first?.get_instance);
      const headers = Object.fromEntries(
        Object.entries(record(request.headers)).map(([name, value]) => [name, text(value)]),
      );
      const dicom = await fetch(text(request.url), { method: text(request.method), headers });
      expect(dicom.status).toBe(200);
      const bytes = new Uint8Array(await dicom.arrayBuffer());
      expect(new TextDecoder().decode(bytes.subarray(128, 132))).toBe('DICM');
      expect((await fetch(text(request.url))).status).toBe(403);
    });
  });

  describe('challenges and evaluations', () => {
    it('lists public challenges in every status and hides the hidden one', async () => {
      const { results } = await page('/challenges/');
      expect(new Set(results.map((challenge) => challenge.status))).toEqual(
        new Set(['OPEN', 'OPEN_SOON', 'COMPLETED', 'CLOSED']),
      );
      expect((await ok('/challenges/lung-nodule-analysis-2026/')).submission_types).toEqual(['Algorithm']);
      const hidden = await call('/challenges/internal-pilot-2025/');
      expect(await body(hidden)).toEqual({ detail: 'No Challenge matches the given query.' });
    });

    it('ranks published evaluations of a phase and lets the external evaluator claim and finish one', async () => {
      const claimable = records(
        await body(await call('/evaluations/claimable_evaluations/', { user: 'editor' })),
      );
      expect(claimable).toHaveLength(3);
      const target = text(claimable[0]?.pk);
      const phaseSlug = record(record(claimable[0]?.submission).phase).slug;
      expect(phaseSlug).toBe('final-test-phase');

      const stranger = await call(`/evaluations/${target}/claim/`, { method: 'PATCH', user: 'researcher' });
      expect(stranger.status).toBe(404);
      const claimed = await ok(`/evaluations/${target}/claim/`, { method: 'PATCH', user: 'editor' });
      expect(claimed.status).toBe('External Execution In Progress');
      const twice = await call(`/evaluations/${target}/claim/`, { method: 'PATCH', user: 'editor' });
      expect(twice.status).toBe(400);
      expect(Object.keys(record(await body(twice)))).toEqual(['status']);
      const finished = await ok(`/evaluations/${target}/update_external_evaluation/`, {
        method: 'PATCH',
        user: 'editor',
        json: {
          status: 'Succeeded',
          metrics: { aggregates: { froc_score: { mean: 0.99 }, sensitivity_at_1fppi: { mean: 0.97 } } },
        },
      });
      expect(finished.status).toBe('Succeeded');

      const evaluation = await ok(`/evaluations/${target}/`);
      expect(evaluation).toMatchObject({ rank: 1, rank_score: 0.99, status: 'Succeeded', published: true });
      expect(text(evaluation.title)).toMatch(/^#1 /);
      const phase = await page('/evaluations/?limit=100');
      const ranks = phase.results
        .filter((entry) => record(record(entry.submission).phase).slug === 'final-test-phase')
        .map((entry) => entry.rank)
        .sort();
      expect(ranks).toEqual([1, 2, 3]);
    });
  });
});
