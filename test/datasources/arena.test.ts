import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArenaSessions,
  createArenaSource,
  encodeArenaCredential,
  type ArenaSource,
  type ArenaWriteOutcome,
} from '../../datasources/arena/index.js';
import {
  CredentialFingerprinter,
  GatewayError,
  RequestTrace,
  createMetrics,
  createResponseCache,
} from '../../datasources/core/index.js';
import { ARENA_DEMO_USERS, startArenaSimulator, type ArenaSimulator } from '../../simulators/arena/index.js';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const fingerprinter = new CredentialFingerprinter('arena-data-source-test-secret');
let sim: ArenaSimulator;
const sources: ArenaSource[] = [];

beforeAll(async () => {
  sim = await startArenaSimulator();
});

afterAll(async () => {
  await Promise.all(sources.map((source) => source.close()));
  await sim.close();
});

function passwordOf(username: string): string {
  const user = ARENA_DEMO_USERS.find((candidate) => candidate.username === username);
  if (user === undefined) throw new Error(`no demo user ${username}`);
  return user.password;
}

/** A source as the server builds one (its own memory cache and session store), closed after the file. */
function newSource(sessions?: ArenaSessions): ArenaSource {
  const source = createArenaSource(
    { baseUrl: sim.baseUrl },
    { cache: createResponseCache(), metrics: createMetrics({ defaultMetrics: false }) },
    sessions,
  );
  sources.push(source);
  return source;
}

/** One GraphQL request's binding for a demo user. */
function bind(source: ArenaSource, username: string, password = passwordOf(username)) {
  const trace = new RequestTrace();
  const bound = source.forRequest({
    callerCredential: encodeArenaCredential(username, password),
    fingerprinter,
    trace,
  });
  return { ...bound, trace };
}

function ok<T>(outcome: ArenaWriteOutcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.message}`);
  return outcome.value;
}

async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GatewayError)) throw new Error(`expected a GatewayError, got ${String(error)}`);
  return error;
}

/** What the simulator saw since `mark` (an index into its log). */
const since = (mark: number) => sim.log.entries.slice(mark);
const count = (mark: number, method: string, path: string | RegExp) =>
  since(mark).filter(
    (entry) =>
      entry.method === method && (typeof path === 'string' ? entry.path === path : path.test(entry.path)),
  ).length;

async function bytesOf(body: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

describe('Arena sessions', () => {
  it('logs in once for many requests, and two bindings of one credential share the session', async () => {
    const source = newSource();
    const logins = sim.loginCount();
    const mark = sim.log.entries.length;
    const first = bind(source, 'carol');
    const second = bind(source, 'carol');
    await Promise.all([
      first.api.listGroups(),
      first.api.listRounds(),
      first.api.listDatasets(),
      first.api.me(),
      second.api.listJobs(),
      second.api.me(),
    ]);
    await second.api.listJobs({ owner: 'carol' });
    await bind(source, 'carol').api.listPoints('1', { split: 'TEST' });
    expect(sim.loginCount() - logins).toBe(1);
    expect(count(mark, 'GET', '/accounts/login/')).toBe(1);
    expect(count(mark, 'POST', '/accounts/login/')).toBe(1);
  });

  it('renews an expired session transparently: exactly one re-login, and the read succeeds', async () => {
    const { api } = bind(newSource(), 'bob');
    expect((await api.me()).username).toBe('bob');
    const logins = sim.loginCount();
    sim.expireSessions();
    const jobs = await api.listJobs({ datasetId: '3' });
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => job.datasetId === '3')).toBe(true);
    expect(sim.loginCount() - logins).toBe(1);
  });

  it('re-sends a write refused for an expired session once, so it is applied exactly once', async () => {
    const { api } = bind(newSource(), 'carol');
    await api.login();
    const logins = sim.loginCount();
    const mark = sim.log.entries.length;
    sim.expireSessions();
    const group = ok(await api.joinGroup('team-a'));
    expect(group.members.filter((member) => member === 'carol')).toEqual(['carol']);
    expect(sim.loginCount() - logins).toBe(1);
    const joins = since(mark).filter((entry) => entry.path === '/api/groups/join/');
    expect(joins.map((entry) => entry.status)).toEqual([401, 200]);
  });

  it('renews once for many concurrent requests refused after expiry', async () => {
    const source = newSource();
    const { api } = bind(source, 'alice');
    await api.login();
    sim.expireSessions();
    const logins = sim.loginCount();
    const results = await Promise.all([
      api.listJobs({ datasetId: '1' }),
      api.listJobs({ datasetId: '2' }),
      api.listJobs({ roundId: '1' }),
      bind(source, 'alice').api.listJobs({ owner: 'alice' }),
      bind(source, 'alice').api.listRounds(),
    ]);
    expect(results).toHaveLength(5);
    expect(sim.loginCount() - logins).toBe(1);
  });

  it('single-flights the concurrent first logins of one credential', async () => {
    const source = newSource();
    const logins = sim.loginCount();
    await Promise.all(
      ['groups', 'rounds', 'datasets', 'me'].map((what) => {
        const { api } = bind(source, 'dave');
        return what === 'groups'
          ? api.listGroups()
          : what === 'rounds'
            ? api.listRounds()
            : what === 'datasets'
              ? api.listDatasets()
              : api.me();
      }),
    );
    expect(sim.loginCount() - logins).toBe(1);
  });

  it('answers a wrong password with UNAUTHENTICATED that never carries the password, and keeps no session', async () => {
    const sessions = new ArenaSessions();
    const wrong = 'not-alices-password-42';
    const { api } = bind(newSource(sessions), 'alice', wrong);
    const logins = sim.loginCount();
    const error = await failure(api.listGroups());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.extensions.platform).toBe('ARENA');
    const everything = JSON.stringify({
      message: error.message,
      extensions: error.extensions,
      stack: error.stack,
    });
    expect(everything).not.toContain(wrong);
    expect(sim.loginCount()).toBe(logins);
    expect(sessions.size).toBe(0);
  });

  it('answers a caller without credentials with UNAUTHENTICATED and no upstream call', async () => {
    const source = newSource();
    const trace = new RequestTrace();
    const { api } = source.forRequest({ callerCredential: undefined, fingerprinter, trace });
    expect((await failure(api.listDatasets())).code).toBe('UNAUTHENTICATED');
    expect(trace.totalCalls).toBe(0);
  });
});

describe('Arena worker operations (admin)', () => {
  it('claims two distinct jobs, uploads and downloads a picture, posts details — without a CSRF 403', async () => {
    const source = newSource();
    const { api } = bind(source, 'backend');
    const mark = sim.log.entries.length;

    const first = ok(await api.claimNextJob());
    const second = ok(await api.claimNextJob());
    if (first === null || second === null) throw new Error('expected pending jobs');
    expect(first.nativeId).not.toBe(second.nativeId);
    for (const job of [first, second]) {
      expect(job.status).toBe('RUNNING');
      expect(job.platformStatus).toBe('running');
      expect(job.worker).toBe('backend');
    }

    const params = await api.getJobParams(first.nativeId);
    expect(params).toEqual({
      jobId: first.nativeId,
      algorithm: first.algorithm,
      datasetId: first.datasetId,
      params: first.params,
    });
    const dataset = await api.getDataset(first.datasetId);
    if (dataset === null) throw new Error('expected the job’s dataset');
    const training = await api.listPoints(dataset.nativeId, { split: 'TRAINING' });
    expect(training?.items).toHaveLength(dataset.counts.training);
    expect(training?.items.every((point) => point.split === 'TRAINING' && point.label !== null)).toBe(true);

    const picture = ok(
      await api.addJobPicture(first.nativeId, {
        filename: 'roc.png',
        stream: Readable.from([PNG]),
        contentType: 'image/png',
      }),
    );
    expect(picture.filename).toBe('roc.png');
    expect(picture.downloadPath).toBe(`/media/job_pictures/${first.nativeId}/roc.png`);
    expect(picture.contentType).toBe('image/png');
    const download = await api.openDownload(picture.downloadPath ?? '');
    expect(download.headers['content-type']).toBe('image/png');
    expect((await bytesOf(download.body)).equals(PNG)).toBe(true);
    expect((await bytesOf((await api.openFile(picture.url)).body)).equals(PNG)).toBe(true);

    const zeros = (n: number) => Array.from({ length: n }, () => 0);
    const done = ok(
      await api.updateJobDetails(first.nativeId, {
        scoreTest: 0.9,
        scoreValidation: 0.85,
        labelsTraining: zeros(dataset.counts.training),
        labelsTest: zeros(dataset.counts.test),
        labelsValidation: zeros(dataset.counts.validation),
        extraScoresTest: { time: '0.123ms' },
        extraScoresValidation: { f1: 0.8 },
        message: 'Training time: 12.345ms',
        pictures: ['roc.png'],
      }),
    );
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      platformStatus: 'done',
      success: true,
      scoreTest: 0.9,
      scoreValidation: 0.85,
      extraScoresTest: { time: '0.123ms' },
      extraScoresValidation: { f1: 0.8 },
      message: 'Training time: 12.345ms',
    });
    expect(done.labels?.test).toEqual(zeros(dataset.counts.test));
    expect(done.completedAt).not.toBeNull();
    expect(done.pictures.map((p) => p.filename)).toEqual(['roc.png']);
    expect((await api.getJob(first.nativeId))?.status).toBe('SUCCEEDED');

    const failed = ok(await api.updateJobDetails(second.nativeId, { success: false, message: 'crashed' }));
    expect(failed.status).toBe('FAILED');
    expect(failed.success).toBe(false);

    const workers = await api.listWorkers();
    expect(workers.find((worker) => worker.username === 'backend')?.lastSeen).not.toBeNull();
    expect(since(mark).filter((entry) => entry.status === 403)).toEqual([]);
  });

  it('checks an idle session before streaming a picture, so an expired one is renewed and the picture stored', async () => {
    let now = Date.now();
    const sessions = new ArenaSessions({ clock: { now: () => now, sleep: async () => undefined } });
    const { api } = bind(newSource(sessions), 'backend2');
    const job = ok(await api.claimNextJob());
    if (job === null) throw new Error('expected a pending job');
    now += 5 * 60_000;
    sim.expireSessions();
    const logins = sim.loginCount();
    const mark = sim.log.entries.length;
    const picture = ok(
      await api.addJobPicture(job.nativeId, { filename: 'idle.png', stream: Readable.from([PNG]) }),
    );
    expect(picture.filename).toBe('idle.png');
    expect(sim.loginCount() - logins).toBe(1);
    expect(
      since(mark)
        .filter((entry) => entry.path.endsWith('/pictures/'))
        .map((e) => e.status),
    ).toEqual([201]);
  });

  it('reports a picture refused mid-stream for an expired session as SESSION_EXPIRED, and the resend works', async () => {
    const { api } = bind(newSource(), 'backend2');
    const job = ok(await api.claimNextJob());
    if (job === null) throw new Error('expected a pending job');
    sim.expireSessions();
    const logins = sim.loginCount();
    const first = await api.addJobPicture(job.nativeId, {
      filename: 'lost.png',
      stream: Readable.from([PNG]),
    });
    expect(first).toMatchObject({ ok: false, code: 'SESSION_EXPIRED', field: ['input', 'picture'] });
    expect(await api.listJobPictures(job.nativeId)).toEqual([]);
    const again = ok(
      await api.addJobPicture(job.nativeId, { filename: 'lost.png', stream: Readable.from([PNG]) }),
    );
    expect(again.filename).toBe('lost.png');
    expect(sim.loginCount() - logins).toBe(1);
  });

  it('refuses scores outside [0, 1] before any upstream call', async () => {
    const { api, trace } = bind(newSource(), 'backend');
    const mark = sim.log.entries.length;
    const cases = [
      [{ scoreTest: 1.5 }, 'scoreTest'],
      [{ scoreTest: -0.01 }, 'scoreTest'],
      [{ scoreTest: Number.NaN }, 'scoreTest'],
      [{ scoreTest: 0.5, scoreValidation: 1.0001 }, 'scoreValidation'],
    ] as const;
    for (const [details, field] of cases) {
      const outcome = await api.updateJobDetails('20', details);
      expect(outcome).toMatchObject({ ok: false, code: 'VALIDATION_ERROR', field: ['input', field] });
    }
    expect(sim.log.entries.length).toBe(mark);
    expect(trace.totalCalls).toBe(0);
  });

  it('reports the platform’s refusals as outcomes: duplicate group, job not running', async () => {
    const { api } = bind(newSource(), 'backend');
    const name = `study-${Date.now()}`;
    const group = ok(await api.addGroup(name, false));
    expect(group).toMatchObject({ name, public: false, members: [] });
    expect((await api.listGroups()).map((g) => g.name)).toContain(name);
    expect(await api.addGroup(name)).toMatchObject({
      ok: false,
      code: 'VALIDATION_ERROR',
      field: ['input', 'name'],
    });
    expect(await api.updateJobDetails('1', { scoreTest: 0.5 })).toMatchObject({
      ok: false,
      code: 'JOB_NOT_RUNNING',
    });
    expect(await api.updateJobDetails('99999', { scoreTest: 0.5 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});

describe('Arena student operations', () => {
  it('reads groups, rounds, datasets and points as the contract shows them to a student', async () => {
    const { api } = bind(newSource(), 'alice');
    const groups = await api.listGroups();
    expect(groups.map((group) => group.name)).toEqual(expect.arrayContaining(['team-a', 'team-b']));
    expect(groups.map((group) => group.name)).not.toContain('team-c');
    expect(groups.find((group) => group.name === 'team-a')).toMatchObject({
      __typename: 'ArenaGroup',
      platform: 'ARENA',
      nativeId: '1',
      public: true,
    });

    const rounds = await api.listRounds();
    expect(rounds.map((round) => [round.nativeId, round.status, round.platformStatus])).toEqual([
      ['1', 'ENDED', 'closed'],
      ['2', 'ACTIVE', 'open'],
      ['3', 'UPCOMING', 'closed'],
    ]);
    expect(rounds[2]?.endsAt).toBeNull();
    expect(rounds[1]?.datasetIds).toEqual(['2', '3']);

    const datasets = await api.listDatasets();
    expect(datasets.map((dataset) => [dataset.nativeId, dataset.name, dataset.kind])).toEqual([
      ['1', 'iris', 'COLLECTION'],
      ['2', expect.any(String), 'COLLECTION'],
      ['3', expect.any(String), 'COLLECTION'],
    ]);
    const iris = datasets[0];
    if (iris === undefined) throw new Error('expected iris');
    const validation = await api.listPoints('1', { split: 'VALIDATION' });
    expect(validation?.totalCount).toBe(iris.counts.validation);
    expect(validation?.items.every((point) => point.label === null)).toBe(true);
    const page = await api.listPoints('1', { offset: 10, limit: 5 });
    expect(page?.items).toHaveLength(5);
    expect(page?.totalCount).toBe(iris.counts.training + iris.counts.test + iris.counts.validation);
    expect(page?.items[0]?.features).toHaveLength(iris.featureCount);
    expect(await api.listPoints('999')).toBeNull();
  });

  it('joins groups and rounds, with private groups and closed rounds refused as outcomes', async () => {
    const { api } = bind(newSource(), 'dave');
    expect((await api.listGroups()).find((g) => g.name === 'team-b')?.members).not.toContain('dave');
    const joined = ok(await api.joinGroup('team-b'));
    expect(joined.members).toContain('dave');
    // the cached list was invalidated by the join
    expect((await api.listGroups()).find((g) => g.name === 'team-b')?.members).toContain('dave');
    expect((await api.me()).groups).toContain('team-b');

    const { api: bob } = bind(newSource(), 'bob');
    expect(await bob.joinGroup('team-c')).toMatchObject({ ok: false, code: 'GROUP_PRIVATE' });
    expect(await bob.joinGroup('no-such-group')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await bob.joinRound('3')).toMatchObject({ ok: false, code: 'ROUND_CLOSED' });
    const round = ok(await bob.joinRound('2'));
    expect(round.participants).toContain('bob');
  });

  it('submits a job that then shows up in the (invalidated) filtered list', async () => {
    const { api } = bind(newSource(), 'alice');
    expect((await api.listJobs({ status: 'QUEUED' })).every((job) => job.platformStatus === 'pending')).toBe(
      true,
    );
    const job = ok(
      await api.createJob({
        algorithm: 'parzen_window',
        datasetId: '3',
        params: { kdeKernel: 'gaussian', estimator: 'ml' },
        groupName: 'team-a',
        roundId: '2',
      }),
    );
    expect(job).toMatchObject({
      __typename: 'ArenaJob',
      status: 'QUEUED',
      platformStatus: 'pending',
      owner: 'alice',
      groupName: 'team-a',
      roundId: '2',
      datasetId: '3',
      params: { kdeKernel: 'gaussian', estimator: 'ml' },
      labels: { training: null, test: null, validation: null },
    });
    expect((await api.listJobs({ status: 'QUEUED' })).map((j) => j.nativeId)).toContain(job.nativeId);
    expect((await api.listJobs()).find((j) => j.nativeId === job.nativeId)?.labels).toBeNull();
    expect(await api.listJobs({ status: 'PAUSED' })).toEqual([]);
    expect(await api.createJob({ algorithm: 'knn', datasetId: '1', roundId: '1' })).toMatchObject({
      ok: false,
    });
  });

  it('refuses a student’s admin-only calls: writes as outcomes, reads as FORBIDDEN', async () => {
    const source = newSource();
    const { api, loaders } = bind(source, 'alice');
    expect(await api.addGroup('alices-own')).toMatchObject({
      ok: false,
      code: 'PERMISSION_DENIED',
      field: null,
    });
    expect(await api.claimNextJob()).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await api.updateJobDetails('21', { scoreTest: 0.5 })).toMatchObject({
      ok: false,
      code: 'PERMISSION_DENIED',
    });
    const forbidden = await failure(api.listWorkers());
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.extensions.platform).toBe('ARENA');
    expect(await loaders.worker.load('backend')).toMatchObject({ username: 'backend', lastSeen: null });
  });

  it('never serves one user’s cached jobs to another', async () => {
    const source = newSource();
    const alice = bind(source, 'alice');
    const bob = bind(source, 'bob');
    const aliceJobs = await alice.api.listJobs();
    const bobJobs = await bob.api.listJobs();
    const privateTo = (jobs: typeof aliceJobs, owner: string) =>
      jobs.filter((job) => job.owner === owner && job.groupName === null).map((job) => job.nativeId);
    expect(privateTo(aliceJobs, 'alice').length).toBeGreaterThan(0);
    expect(privateTo(bobJobs, 'bob').length).toBeGreaterThan(0);
    expect(bobJobs.map((job) => job.nativeId)).not.toEqual(
      expect.arrayContaining(privateTo(aliceJobs, 'alice')),
    );
    expect(aliceJobs.map((job) => job.nativeId)).not.toEqual(
      expect.arrayContaining(privateTo(bobJobs, 'bob')),
    );

    // served from the cache now (no upstream call), still each user's own
    const mark = sim.log.entries.length;
    expect(await bind(source, 'bob').api.listJobs()).toEqual(bobJobs);
    expect(await bind(source, 'alice').api.listJobs()).toEqual(aliceJobs);
    expect(sim.log.entries.length).toBe(mark);
  });
});

describe('Arena loaders and files', () => {
  it('serves a batch of jobs from one list call, one job from its detail, and datasets from one list', async () => {
    const visible = (await bind(newSource(), 'alice').api.listJobs()).map((job) => job.nativeId).slice(0, 4);
    const { api, loaders } = bind(newSource(), 'alice');
    await api.login();
    const mark = sim.log.entries.length;
    const batch = await loaders.job.loadMany(visible);
    expect(batch.map((job) => (job instanceof Error || job === null ? null : job.nativeId))).toEqual(visible);
    expect(count(mark, 'GET', '/api/jobs/')).toBe(1);
    expect(count(mark, 'GET', /^\/api\/jobs\/\d+\/$/)).toBe(0);

    const single = await bind(newSource(), 'alice').loaders.job.load(visible[0] ?? '');
    expect(single?.labels).not.toBeNull();

    const datasetsMark = sim.log.entries.length;
    const datasets = await loaders.dataset.loadMany(['1', '2', '3', '99']);
    expect(datasets.map((d) => (d instanceof Error || d === null ? null : d.name))).toEqual([
      'iris',
      expect.any(String),
      expect.any(String),
      null,
    ]);
    expect(count(datasetsMark, 'GET', '/api/datasets/')).toBe(1);
  });

  it('downloads a seeded picture after the session expired, logging in once more', async () => {
    const { api } = bind(newSource(), 'alice');
    const withPicture = (await api.listJobs()).find((job) => job.pictures.length > 0);
    const picture = withPicture?.pictures[0];
    if (picture?.downloadPath == null) throw new Error('expected a seeded picture');
    sim.expireSessions();
    const logins = sim.loginCount();
    const response = await api.openDownload(picture.downloadPath);
    const bytes = await bytesOf(response.body);
    expect(bytes.length).toBeGreaterThan(0);
    expect(String(response.headers['content-type'])).toMatch(/^image\//);
    expect(sim.loginCount() - logins).toBe(1);
  });

  it('refuses a download path that would climb out of its place', async () => {
    const { api } = bind(newSource(), 'alice');
    expect((await failure(api.openDownload('/media/../accounts/logout/'))).code).toBe('BAD_USER_INPUT');
    expect((await failure(api.openDownload('/media/%2E%2E/x'))).code).toBe('BAD_USER_INPUT');
  });
});
