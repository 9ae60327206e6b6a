import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARENA_DEMO_USERS, startArenaSimulator, type ArenaSimulator } from '../../simulators/arena/index.js';

type Json = Record<string, unknown>;
type FormFields = Record<string, string | number | boolean | ReadonlyArray<string | number>>;

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function record(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('expected an object');
  return Object.fromEntries(Object.entries(value));
}

function records(value: unknown): Json[] {
  if (!Array.isArray(value)) throw new Error('expected an array');
  return value.map(record);
}

function passwordOf(username: string): string {
  const user = ARENA_DEMO_USERS.find((candidate) => candidate.username === username);
  if (user === undefined) throw new Error(`no demo user ${username}`);
  return user.password;
}

interface RequestOptions {
  method?: string;
  /** Sent urlencoded, with the CSRF token added as field and header unless `csrf` is false. */
  form?: FormFields;
  multipart?: FormData;
  csrf?: boolean;
  headers?: Record<string, string>;
}

/** Talks to the simulator the way the official Python client does: a cookie jar, CSRF on every POST. */
class Client {
  readonly jar = new Map<string, string>();

  constructor(readonly sim: ArenaSimulator) {}

  get csrfToken(): string | undefined {
    return this.jar.get('csrftoken');
  }

  async request(path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie !== '') headers.cookie = cookie;
    const token = options.csrf === false ? undefined : this.csrfToken;
    let body: string | FormData | undefined;
    if (options.form !== undefined) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(options.form)) {
        for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
      }
      if (token !== undefined) params.set('csrfmiddlewaretoken', token);
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = params.toString();
    } else if (options.multipart !== undefined) {
      if (token !== undefined) options.multipart.set('csrfmiddlewaretoken', token);
      body = options.multipart;
    }
    const method = options.method ?? (body === undefined ? 'GET' : 'POST');
    if (token !== undefined && method !== 'GET') headers['x-csrftoken'] = token;
    const url = `${this.sim.baseUrl}${path.replace(/^\//, '')}`;
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const expired = attributes.some((attribute) => attribute.trim().toLowerCase() === 'max-age=0');
      if (expired) this.jar.delete(name);
      else this.jar.set(name, pair.slice(equals + 1).trim());
    }
    return response;
  }

  /** `api.API.login`: GET the form for the cookie, POST the credentials with the token. */
  async login(username: string, password = passwordOf(username)): Promise<Response> {
    await this.request('/accounts/login/');
    return this.request('/accounts/login/', { form: { username, password } });
  }

  async json(path: string, options: RequestOptions = {}): Promise<{ status: number; body: unknown }> {
    const response = await this.request(path, options);
    expect(response.headers.get('content-type')).toBe('application/json');
    return { status: response.status, body: JSON.parse(await response.text()) };
  }

  async ok(path: string, options: RequestOptions = {}): Promise<unknown> {
    const { status, body } = await this.json(path, options);
    if (status >= 300) throw new Error(`${path}: ${status} ${JSON.stringify(body)}`);
    return body;
  }
}

async function loggedIn(sim: ArenaSimulator, username: string): Promise<Client> {
  const client = new Client(sim);
  const response = await client.login(username);
  expect(response.status).toBe(302);
  return client;
}

function errorOf(body: unknown): { code: unknown; message: unknown; fields: unknown } {
  const error = record(record(body).error);
  return { code: error.code, message: error.message, fields: error.fields };
}

describe('Arena simulator', () => {
  let sim: ArenaSimulator;

  beforeAll(async () => {
    sim = await startArenaSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  describe('login with Django CSRF', () => {
    it('sets the csrftoken cookie on the login form, then logs in with 302, sessionid and a rotated token', async () => {
      const client = new Client(sim);
      const form = await client.request('/accounts/login/');
      expect(form.status).toBe(200);
      expect(form.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csrfCookie = form.headers.getSetCookie().find((line) => line.startsWith('csrftoken='));
      expect(csrfCookie).toMatch(/Path=\//);
      expect(csrfCookie).toMatch(/SameSite=Lax/);
      const before = client.csrfToken;
      expect(before).toMatch(/^[A-Za-z0-9]{32}$/);
      expect(await form.text()).toMatch(/name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}"/);

      const logins = sim.loginCount();
      const login = await client.request('/accounts/login/', {
        form: { username: 'alice', password: passwordOf('alice') },
      });
      expect(login.status).toBe(302);
      expect(login.headers.get('location')).toBe('/');
      const session = login.headers.getSetCookie().find((line) => line.startsWith('sessionid='));
      expect(session).toMatch(/HttpOnly/);
      expect(client.csrfToken).toMatch(/^[A-Za-z0-9]{32}$/);
      expect(client.csrfToken).not.toBe(before);
      expect(sim.loginCount()).toBe(logins + 1);
      expect(await client.ok('/api/me/')).toEqual({
        username: 'alice',
        is_admin: false,
        groups: ['team-a'],
        rounds: [1, 2],
      });
    });

    it('accepts the masked token from the form as csrfmiddlewaretoken without the header', async () => {
      const client = new Client(sim);
      const html = await (await client.request('/accounts/login/')).text();
      const masked = /name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"/.exec(html)?.[1] ?? '';
      const cookie = `csrftoken=${client.csrfToken ?? ''}`;
      const response = await fetch(`${sim.baseUrl}accounts/login/?next=/api/me/`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          username: 'bob',
          password: passwordOf('bob'),
          csrfmiddlewaretoken: masked,
        }),
      });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/api/me/');
    });

    it('re-renders the form with HTTP 200 and no session for wrong credentials', async () => {
      const client = new Client(sim);
      const logins = sim.loginCount();
      const response = await client.login('alice', 'wrong');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain(
        'Please enter a correct username and password. Note that both fields may be case-sensitive.',
      );
      expect(client.jar.has('sessionid')).toBe(false);
      expect(sim.loginCount()).toBe(logins);
    });

    it('refuses a login POST without the CSRF cookie with the HTML CSRF page', async () => {
      const response = await fetch(`${sim.baseUrl}accounts/login/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'username=alice&password=alice-pw',
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('CSRF verification failed. Request aborted.');
      expect(html).toContain('requires a CSRF cookie');
    });

    it('ignores an off-site next and logs out with a redirect to the login page', async () => {
      const client = new Client(sim);
      await client.request('/accounts/login/');
      const login = await client.request('/accounts/login/', {
        form: { username: 'carol', password: passwordOf('carol'), next: 'https://evil.example/' },
      });
      expect(login.headers.get('location')).toBe('/');
      const logout = await client.request('/accounts/logout/', { form: {} });
      expect(logout.status).toBe(302);
      expect(logout.headers.get('location')).toBe('/accounts/login/');
      expect((await client.json('/api/me/')).status).toBe(401);
    });
  });

  describe('CSRF and authentication on the API', () => {
    it('answers a POST without the token with the HTML 403 and changes nothing', async () => {
      const dave = await loggedIn(sim, 'dave');
      const response = await dave.request('/api/groups/join/', {
        form: { group_name: 'team-b' },
        csrf: false,
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('CSRF verification failed. Request aborted.');
      expect(html).not.toContain('requires a CSRF cookie');
      const groups = record(await dave.ok('/api/groups/'));
      expect(record(groups['team-b']).members).toEqual(['carol']);
    });

    it('answers a wrong token, or the token from before the login rotation, with 403', async () => {
      const client = new Client(sim);
      await client.request('/accounts/login/');
      const stale = client.csrfToken ?? '';
      await client.request('/accounts/login/', { form: { username: 'bob', password: passwordOf('bob') } });
      for (const token of [stale, 'x'.repeat(32)]) {
        const response = await client.request('/api/jobs/', {
          form: { algorithm: 'knn', dataset: 1 },
          csrf: false,
          headers: { 'x-csrftoken': token },
        });
        expect(response.status).toBe(403);
        expect(await response.text()).toContain('CSRF verification failed. Request aborted.');
      }
    });

    it('answers /api/ without a session with JSON 401 not_authenticated', async () => {
      const anonymous = new Client(sim);
      const { status, body } = await anonymous.json('/api/datasets/');
      expect(status).toBe(401);
      expect(errorOf(body).code).toBe('not_authenticated');
    });

    it('refuses admin-only operations to students with JSON 403 permission_denied', async () => {
      const alice = await loggedIn(sim, 'alice');
      for (const [path, options] of [
        ['/api/groups/', { form: { name: 'sneaky' } }],
        ['/api/jobs/next/', {}],
        ['/api/jobs/1/params/', {}],
        ['/api/jobs/20/details/', { form: { score_test: 0.5 } }],
        ['/api/workers/', {}],
      ] as const) {
        const { status, body } = await alice.json(path, options);
        expect(status, path).toBe(403);
        expect(errorOf(body).code).toBe('permission_denied');
      }
      expect(Object.keys(record(await alice.ok('/api/groups/')))).not.toContain('sneaky');
    });
  });

  describe('Django URL handling', () => {
    it('redirects a GET without the trailing slash with 301, keeping the query', async () => {
      const response = await fetch(`${sim.baseUrl}api/jobs?status=done`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/api/jobs/?status=done');
    });

    it("answers a POST without the slash and unknown paths with Django's HTML 404", async () => {
      const backend = await loggedIn(sim, 'backend');
      for (const response of [
        await backend.request('/api/groups', { form: { name: 'x' } }),
        await backend.request('/api/nothing-here/'),
        await backend.request('/api/jobs/abc/'),
      ]) {
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await response.text()).toContain('<h1>Not Found</h1>');
      }
    });

    it('answers a wrong verb with 405, an Allow header and an empty body', async () => {
      const backend = await loggedIn(sim, 'backend');
      const response = await backend.request('/api/datasets/', { method: 'DELETE' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(await response.text()).toBe('');
      const join = await backend.request('/api/groups/join/');
      expect(join.status).toBe(405);
      expect(join.headers.get('allow')).toBe('POST');
    });

    it('keeps the shared admin endpoints reachable next to the catch-all', async () => {
      const response = await fetch(`${sim.url}/__admin/log`);
      expect(response.status).toBe(200);
      expect(record(await response.json()).entries).toEqual(expect.any(Array));
    });

    it('labels injected faults exactly application/json with the platform error body', async () => {
      const alice = await loggedIn(sim, 'alice');
      sim.faults.set({ path: /^\/api\/rounds\/$/, status: 503, times: 1 });
      const { status, body } = await alice.json('/api/rounds/');
      expect(status).toBe(503);
      expect(errorOf(body).message).toBe('Service Unavailable');
      expect((await alice.json('/api/rounds/')).status).toBe(200);
    });
  });

  describe('groups and rounds', () => {
    it('lets an admin add a group (201) and refuses a duplicate name with a field error', async () => {
      const backend = await loggedIn(sim, 'backend');
      const created = await backend.json('/api/groups/', { form: { name: 'study-group', public: 'False' } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'study-group', public: false, members: [] });
      expect(record(created.body).created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
      const duplicate = await backend.json('/api/groups/', { form: { name: 'study-group' } });
      expect(duplicate.status).toBe(400);
      expect(errorOf(duplicate.body)).toMatchObject({
        code: 'validation_error',
        fields: { name: ['Group with this Name already exists.'] },
      });
      const blank = await backend.json('/api/groups/', { form: { name: '   ', public: 'maybe' } });
      expect(errorOf(blank.body).fields).toEqual({
        name: ['This field is required.'],
        public: ['“maybe” value must be either True or False.'],
      });
    });

    it('keys groups by name, hides private groups from non-members and joins public ones idempotently', async () => {
      const carol = await loggedIn(sim, 'carol');
      expect(Object.keys(record(await carol.ok('/api/groups/')))).toEqual(['team-a', 'team-b']);
      const joined = record(await carol.ok('/api/groups/join/', { form: { group_name: 'team-a' } }));
      expect(joined.members).toEqual(['alice', 'bob', 'carol']);
      const again = record(await carol.ok('/api/groups/join/', { form: { group_name: 'team-a' } }));
      expect(again.members).toEqual(['alice', 'bob', 'carol']);
      expect(record(await carol.ok('/api/me/')).groups).toEqual(['team-a', 'team-b']);

      const private_ = await carol.json('/api/groups/join/', { form: { group_name: 'team-c' } });
      expect(private_.status).toBe(403);
      expect(errorOf(private_.body).code).toBe('group_private');
      const unknown = await carol.json('/api/groups/join/', { form: { group_name: 'nope' } });
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown.body).code).toBe('not_found');
    });

    it('joins an open round and refuses a closed one with round_closed', async () => {
      const bob = await loggedIn(sim, 'bob');
      const rounds = records(await bob.ok('/api/rounds/'));
      expect(rounds.map((round) => [round.id, round.is_open])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
      const joined = record(await bob.ok('/api/rounds/join/', { form: { round_id: 2 } }));
      expect(joined.participants).toContain('bob');
      const closed = await bob.json('/api/rounds/join/', { form: { round_id: 3 } });
      expect(closed.status).toBe(400);
      expect(errorOf(closed.body).code).toBe('round_closed');
      expect((await bob.json('/api/rounds/join/', { form: { round_id: 99 } })).status).toBe(404);
    });
  });

  describe('datasets and points', () => {
    it('keys datasets by id string with split counts that match the points', async () => {
      const alice = await loggedIn(sim, 'alice');
      const datasets = record(await alice.ok('/api/datasets/'));
      expect(Object.keys(datasets)).toEqual(['1', '2', '3']);
      expect(Object.values(datasets).map((dataset) => record(dataset).name)).toEqual([
        'iris',
        'moons',
        'spirals',
      ]);
      const iris = record(datasets['1']);
      expect(iris).toMatchObject({ n_features: 4, classes: [0, 1, 2] });
      expect(iris.counts).toEqual({ training: 90, test: 30, validation: 30 });
      const points = records(await alice.ok('/api/datasets/1/points/'));
      expect(points).toHaveLength(150);
      const ids = points.map((point) => Number(point.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      for (const point of points) expect(point.features).toHaveLength(4);
      const spirals = records(await alice.ok('/api/datasets/3/points/?split=test'));
      expect(spirals).toHaveLength(120);
      expect(spirals.every((point) => point.split === 'test' && typeof point.label === 'number')).toBe(true);
    });

    it('hides validation labels from students but not from admins', async () => {
      const alice = await loggedIn(sim, 'alice');
      const backend = await loggedIn(sim, 'backend');
      const forStudent = records(await alice.ok('/api/datasets/2/points/?split=validation'));
      const forAdmin = records(await backend.ok('/api/datasets/2/points/?split=validation'));
      expect(forStudent).toHaveLength(80);
      expect(forStudent.every((point) => point.label === null)).toBe(true);
      expect(forAdmin.every((point) => point.label === 0 || point.label === 1)).toBe(true);
    });

    it('answers 404 for an unknown dataset and 400 for an unknown split', async () => {
      const alice = await loggedIn(sim, 'alice');
      expect(errorOf((await alice.json('/api/datasets/9/points/')).body).code).toBe('not_found');
      const bad = await alice.json('/api/datasets/1/points/?split=train');
      expect(bad.status).toBe(400);
      expect(errorOf(bad.body).fields).toEqual({
        split: ['Select a valid choice. train is not one of the available choices.'],
      });
    });
  });

  describe('jobs for students', () => {
    it('lists only own and group jobs, without label lists, and hides other jobs with 403', async () => {
      const dave = await loggedIn(sim, 'dave');
      const jobs = records(await dave.ok('/api/jobs/'));
      expect(jobs.length).toBeGreaterThan(0);
      expect(jobs.every((job) => job.owner === 'dave' || job.group === 'team-c')).toBe(true);
      expect(jobs[0]).not.toHaveProperty('labels_test');
      const detail = record(await dave.ok(`/api/jobs/${String(jobs[0]?.id)}/`));
      expect(detail).toHaveProperty('labels_test');
      const other = await dave.json('/api/jobs/1/');
      expect(other.status).toBe(403);
      expect(errorOf(other.body).code).toBe('permission_denied');
    });

    it('creates a pending job (201) and validates its fields', async () => {
      const alice = await loggedIn(sim, 'alice');
      const created = await alice.json('/api/jobs/', {
        form: { algorithm: 'knn', dataset: 3, params: '{"k": 9}', group_name: 'team-a', round_id: 2 },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        algorithm: 'knn',
        dataset: 3,
        params: { k: 9 },
        status: 'pending',
        owner: 'alice',
        group: 'team-a',
        round: 2,
        worker: null,
        pictures: [],
      });
      const bad = await alice.json('/api/jobs/', {
        form: { algorithm: '', dataset: 42, params: '[1]', group_name: 'team-c' },
      });
      expect(bad.status).toBe(400);
      expect(Object.keys(record(errorOf(bad.body).fields)).sort()).toEqual([
        'algorithm',
        'dataset',
        'group_name',
        'params',
      ]);
    });
  });

  describe('worker results', () => {
    async function claimedJob(backend: Client): Promise<number> {
      const alice = await loggedIn(sim, 'alice');
      const created = record(await alice.ok('/api/jobs/', { form: { algorithm: 'knn', dataset: 1 } }));
      // drain older jobs until the new one is handed out
      for (;;) {
        const id = await backend.ok('/api/jobs/next/');
        if (id === null) throw new Error('queue ran dry before the new job');
        if (id === created.id) return Number(id);
      }
    }

    it('answers scores outside [0,1] with 400 and leaves the job running and unchanged', async () => {
      const backend = await loggedIn(sim, 'backend');
      const id = await claimedJob(backend);
      const before = record(await backend.ok(`/api/jobs/${id}/`));
      for (const [field, value, message] of [
        ['score_test', 1.5, 'Ensure this value is less than or equal to 1.'],
        ['score_validation', -0.1, 'Ensure this value is greater than or equal to 0.'],
      ] as const) {
        const { status, body } = await backend.json(`/api/jobs/${id}/details/`, {
          form: { score_test: 0.9, [field]: value, message: 'should not stick' },
        });
        expect(status).toBe(400);
        expect(errorOf(body)).toMatchObject({
          code: 'validation_error',
          fields: { [field]: [message] },
        });
      }
      expect(record(await backend.ok(`/api/jobs/${id}/`))).toEqual(before);
      expect(before).toMatchObject({ status: 'running', score_test: null, message: null });
    });

    it('stores scores, label lists and extras, then refuses a second report with 409', async () => {
      const backend = await loggedIn(sim, 'backend');
      const id = await claimedJob(backend);
      const test = Array.from({ length: 30 }, (_, index) => index % 3);
      const wrongLength = await backend.json(`/api/jobs/${id}/details/`, {
        form: { score_test: 0.5, labels_test: JSON.stringify([0, 1]) },
      });
      expect(errorOf(wrongLength.body).fields).toEqual({
        labels_test: ['Ensure this list has exactly 30 elements (it has 2).'],
      });
      const done = record(
        await backend.ok(`/api/jobs/${id}/details/`, {
          form: {
            score_test: '0.9333333333333333',
            score_validation: 0.9,
            // repeated keys, as `requests` sends a Python list
            labels_test: test,
            labels_validation: JSON.stringify(test),
            extra_scores_test: JSON.stringify({ time: '0.123ms' }),
            message: 'Training time: 12.345ms',
            success: 'True',
          },
        }),
      );
      expect(done).toMatchObject({
        status: 'done',
        success: true,
        score_test: 0.9333333333333333,
        score_validation: 0.9,
        labels_test: test,
        labels_validation: test,
        labels_training: null,
        extra_scores_test: { time: '0.123ms' },
        extra_scores_validation: null,
        message: 'Training time: 12.345ms',
        worker: 'backend',
      });
      expect(done.finished_at).toEqual(expect.any(String));
      const again = await backend.json(`/api/jobs/${id}/details/`, { form: { score_test: 0.5 } });
      expect(again.status).toBe(409);
      expect(errorOf(again.body).code).toBe('job_not_running');
    });

    it('marks a job failed when success is False, without requiring scores', async () => {
      const backend = await loggedIn(sim, 'backend');
      const id = await claimedJob(backend);
      const failed = record(
        await backend.ok(`/api/jobs/${id}/details/`, { form: { success: 'False', message: 'MemoryError' } }),
      );
      expect(failed).toMatchObject({
        status: 'failed',
        success: false,
        score_test: null,
        message: 'MemoryError',
      });
    });

    it('stores an uploaded picture and serves the same bytes back', async () => {
      const backend = await loggedIn(sim, 'backend');
      const id = await claimedJob(backend);
      const upload = new FormData();
      upload.append('picture', new Blob([PNG]), 'roc curve.png');
      const { status, body } = await backend.json(`/api/jobs/${id}/pictures/`, { multipart: upload });
      expect(status).toBe(201);
      const url = `/media/job_pictures/${id}/roc_curve.png`;
      expect(body).toMatchObject({ job: id, filename: 'roc_curve.png', url, content_type: 'image/png' });
      expect(record(await backend.ok(`/api/jobs/${id}/`)).pictures).toEqual([url]);
      const done = record(
        await backend.ok(`/api/jobs/${id}/details/`, {
          form: { score_test: 0.8, pictures: JSON.stringify(['/tmp/roc curve.png']) },
        }),
      );
      expect(done.status).toBe('done');

      const alice = await loggedIn(sim, 'alice');
      expect(records(await alice.ok(`/api/jobs/${id}/pictures/`)).map((picture) => picture.url)).toEqual([
        url,
      ]);
      const download = await alice.request(url);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
      const anonymous = await new Client(sim).request(url);
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get('location')).toBe(`/accounts/login/?next=${url}`);
    });

    it('refuses pictures that are not images, missing, for pending jobs or from students', async () => {
      const backend = await loggedIn(sim, 'backend');
      const id = await claimedJob(backend);
      const text = new FormData();
      text.append('picture', new Blob(['hello']), 'notes.txt');
      const notImage = await backend.json(`/api/jobs/${id}/pictures/`, { multipart: text });
      expect(notImage.status).toBe(400);
      expect(errorOf(notImage.body).fields).toEqual({
        picture: ['Upload a valid image: PNG, JPEG, GIF or SVG.'],
      });
      const huge = new FormData();
      huge.append('picture', new Blob([PNG, Buffer.alloc(5 << 20)]), 'huge.png');
      const tooLarge = await backend.json(`/api/jobs/${id}/pictures/`, { multipart: huge });
      expect(tooLarge.status).toBe(400);
      expect(errorOf(tooLarge.body).fields).toEqual({ picture: ['The picture is larger than 5 MiB.'] });
      const missing = await backend.json(`/api/jobs/${id}/pictures/`, { multipart: new FormData() });
      expect(errorOf(missing.body).fields).toEqual({ picture: ['This field is required.'] });

      const alice = await loggedIn(sim, 'alice');
      const pending = record(await alice.ok('/api/jobs/', { form: { algorithm: 'svm', dataset: 2 } }));
      const png = new FormData();
      png.append('picture', new Blob([PNG]), 'a.png');
      const early = await backend.json(`/api/jobs/${String(pending.id)}/pictures/`, { multipart: png });
      expect(early.status).toBe(409);
      const student = await alice.json(`/api/jobs/${id}/pictures/`, { multipart: png });
      expect(student.status).toBe(403);
    });
  });
});

describe('Arena job queue', () => {
  let sim: ArenaSimulator;

  beforeAll(async () => {
    sim = await startArenaSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('hands out distinct jobs to concurrent claims, oldest first, then null once the queue is empty', async () => {
    const [first, second] = await Promise.all([loggedIn(sim, 'backend'), loggedIn(sim, 'backend2')]);
    const pending = records(await first.ok('/api/jobs/?status=pending')).map((job) => job.id);
    expect(pending).toEqual([22, 23, 24, 25, 26]);

    const claimed: unknown[] = [];
    for (;;) {
      const pair = await Promise.all([
        first.ok('/api/jobs/next/'),
        second.ok('/api/jobs/next/', { form: {} }),
      ]);
      claimed.push(...pair.filter((id) => id !== null));
      if (pair.includes(null)) break;
    }
    expect([...claimed].sort()).toEqual(pending);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(await first.ok('/api/jobs/next/')).toBeNull();

    const running = records(await first.ok('/api/jobs/?status=running'));
    expect(running.map((job) => job.id)).toEqual([20, 21, ...pending]);
    for (const job of running) expect(['backend', 'backend2']).toContain(job.worker);
    const workers = records(await first.ok('/api/workers/'));
    expect(workers.map((worker) => worker.username)).toEqual(['backend', 'backend2']);
  });

  it('answers the bare JSON body `null`, not an object', async () => {
    const backend = await loggedIn(sim, 'backend');
    const response = await backend.request('/api/jobs/next/');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe('null');
  });
});

describe('Arena sessions', () => {
  const TTL = 60_000;
  let nowMs = Date.parse('2017-01-08T14:00:00Z');
  let sim: ArenaSimulator;

  beforeAll(async () => {
    sim = await startArenaSimulator({ now: () => new Date(nowMs), sessionTtlMs: TTL });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers 401 once the session outlives sessionTtlMs, and a fresh login counts and works', async () => {
    const alice = await loggedIn(sim, 'alice');
    const logins = sim.loginCount();
    const session = alice.jar.get('sessionid');
    expect((await alice.json('/api/me/')).status).toBe(200);
    nowMs += TTL;
    const expired = await alice.json('/api/me/');
    expect(expired.status).toBe(401);
    expect(errorOf(expired.body).code).toBe('not_authenticated');

    expect((await alice.login('alice')).status).toBe(302);
    expect(alice.jar.get('sessionid')).not.toBe(session);
    expect(sim.loginCount()).toBe(logins + 1);
    expect((await alice.json('/api/me/')).status).toBe(200);
  });

  it('expires every session at once with expireSessions()', async () => {
    const backend = await loggedIn(sim, 'backend');
    const bob = await loggedIn(sim, 'bob');
    sim.expireSessions();
    expect((await backend.json('/api/jobs/next/')).status).toBe(401);
    expect((await bob.json('/api/groups/')).status).toBe(401);
    const home = await bob.request('/');
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/accounts/login/?next=/');
  });

  it('lays the seed out deterministically from the clock', async () => {
    const twin = await startArenaSimulator({ now: () => new Date(nowMs), sessionTtlMs: TTL });
    try {
      const [mine, theirs] = await Promise.all([loggedIn(sim, 'backend'), loggedIn(twin, 'backend')]);
      expect(await theirs.ok('/api/datasets/3/points/')).toEqual(await mine.ok('/api/datasets/3/points/'));
      const jobs = records(await theirs.ok('/api/jobs/'));
      expect(jobs).toHaveLength(26);
      const counts = new Map<unknown, number>();
      for (const job of jobs) counts.set(job.status, (counts.get(job.status) ?? 0) + 1);
      expect(Object.fromEntries(counts)).toEqual({ done: 16, failed: 3, running: 2, pending: 5 });
      const scored = jobs.filter((job) => job.score_test !== null);
      for (const job of scored) {
        expect(Number(job.score_test)).toBeGreaterThanOrEqual(0);
        expect(Number(job.score_test)).toBeLessThanOrEqual(1);
      }
    } finally {
      await twin.close();
    }
  });
});
