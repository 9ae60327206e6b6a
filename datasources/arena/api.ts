import type { Readable } from 'node:stream';
import {
  GatewayError,
  upstreamPath,
  type CacheScope,
  type RequestTrace,
  type UpstreamClient,
  type UpstreamResponse,
} from '../core/index.js';
import { jobDetailsForm, jobDetailsProblem, type ArenaJobDetailsInput } from './details.js';
import { refused, type ArenaWriteOutcome } from './errors.js';
import {
  platformJobStatus,
  platformSplit,
  toDataset,
  toGroup,
  toJob,
  toJobParams,
  toMe,
  toPicture,
  toPoint,
  toRound,
  toWorker,
} from './mappers.js';
import type {
  ArenaDatasetModel,
  ArenaGroupModel,
  ArenaJobModel,
  ArenaJobParamsModel,
  ArenaJobStatus,
  ArenaMeModel,
  ArenaPictureModel,
  ArenaPointModel,
  ArenaRoundModel,
  ArenaSplit,
  ArenaWorkerModel,
} from './models.js';
import { SESSION_REFUSED, type ArenaSessions } from './session.js';
import { ArenaTransport, type Query } from './transport.js';
import {
  datasetsWire,
  groupWire,
  groupsWire,
  jobParamsWire,
  jobWire,
  jobsWire,
  meWire,
  nextJobWire,
  pictureWire,
  picturesWire,
  pointsWire,
  roundWire,
  roundsWire,
  workersWire,
} from './wire.js';

const NAME_LIMIT = 100;
/** Arena ids are positive integers; anything else names no object and needs no call. */
const ID = /^[1-9]\d{0,15}$/;

export interface ArenaJobFilters {
  status?: ArenaJobStatus | undefined;
  datasetId?: string | undefined;
  roundId?: string | undefined;
  owner?: string | undefined;
}

export interface ArenaNewJob {
  algorithm: string;
  datasetId: string;
  /** Hyper-parameters, passed to the algorithm as keyword arguments. Default `{}`. */
  params?: Readonly<Record<string, unknown>> | undefined;
  /** A group the caller belongs to. */
  groupName?: string | undefined;
  /** A round the caller joined and that is open. */
  roundId?: string | undefined;
}

export interface ArenaPictureUpload {
  filename: string;
  /** Streamed to Arena as the multipart part `picture`; it can be sent only once. */
  stream: Readable;
  /** Default `application/octet-stream` (Arena recognises the type by content). */
  contentType?: string | undefined;
}

export interface ArenaPointsPage {
  items: ArenaPointModel[];
  /** Points in the dataset (or split) in all. */
  totalCount: number;
}

const paths = {
  me: upstreamPath`/api/me/`,
  groups: upstreamPath`/api/groups/`,
  rounds: upstreamPath`/api/rounds/`,
  datasets: upstreamPath`/api/datasets/`,
  jobs: upstreamPath`/api/jobs/`,
  workers: upstreamPath`/api/workers/`,
};

/**
 * Arena for one caller: every operation of the Python client (`api.API`) and every read the
 * contract adds, over the caller's Django session (session.ts). Reads go through the shared cache
 * under the caller's scope; writes are sent once and answer with outcomes.
 */
export class ArenaApi {
  readonly #http: ArenaTransport;

  constructor(options: {
    upstream: UpstreamClient;
    sessions: ArenaSessions;
    credential: string | undefined;
    scope: CacheScope;
    trace?: RequestTrace | undefined;
  }) {
    this.#http = new ArenaTransport(options);
  }

  get credential(): string | undefined {
    return this.#http.credential;
  }

  /** `normalize_url(host, path)`: the absolute URL of a path on the platform. */
  absoluteUrl(path: string): string {
    return `${this.#http.baseUrl.origin}/${path.replace(/^\/+/, '')}`;
  }

  // ---- reads ---------------------------------------------------------------------------------

  /** `login()`: logs in unless this credential already has a session; UNAUTHENTICATED when refused. */
  async login(): Promise<void> {
    await this.#http.sessions.session(this.#http.context());
  }

  async me(): Promise<ArenaMeModel> {
    return toMe(this.#http.parse(meWire, await this.#http.read(paths.me, 'me'), 'account'));
  }

  /** `get_groups()`: public groups and the caller's own (admins: all), by id. */
  async listGroups(): Promise<ArenaGroupModel[]> {
    const body = await this.#http.read(paths.groups, 'groups');
    return Object.values(this.#http.parse(groupsWire, body, 'group list'))
      .map(toGroup)
      .sort((a, b) => Number(a.nativeId) - Number(b.nativeId));
  }

  async getGroup(groupId: string): Promise<ArenaGroupModel | null> {
    return (await this.listGroups()).find((group) => group.nativeId === groupId) ?? null;
  }

  async groupByName(name: string): Promise<ArenaGroupModel | null> {
    return (await this.listGroups()).find((group) => group.name === name) ?? null;
  }

  async listRounds(): Promise<ArenaRoundModel[]> {
    const body = await this.#http.read(paths.rounds, 'rounds');
    const now = this.#http.sessions.clock.now();
    return this.#http.parse(roundsWire, body, 'round list').map((round) => toRound(round, now));
  }

  async getRound(roundId: string): Promise<ArenaRoundModel | null> {
    return (await this.listRounds()).find((round) => round.nativeId === roundId) ?? null;
  }

  /** `get_datasets()`, by id. */
  async listDatasets(): Promise<ArenaDatasetModel[]> {
    const body = await this.#http.read(paths.datasets, 'datasets');
    return Object.values(this.#http.parse(datasetsWire, body, 'dataset list'))
      .map(toDataset)
      .sort((a, b) => Number(a.nativeId) - Number(b.nativeId));
  }

  async getDataset(datasetId: string): Promise<ArenaDatasetModel | null> {
    return (await this.listDatasets()).find((dataset) => dataset.nativeId === datasetId) ?? null;
  }

  /**
   * `get_dataset_points(dataset_id)`, optionally one split. Arena has no pagination (lists are
   * complete): the whole list is fetched once, cached, and the page sliced from it. Null when the
   * dataset does not exist.
   */
  async listPoints(
    datasetId: string,
    options: { split?: ArenaSplit | undefined; offset?: number; limit?: number } = {},
  ): Promise<ArenaPointsPage | null> {
    if (!ID.test(datasetId)) return null;
    const query = { split: options.split === undefined ? undefined : platformSplit(options.split) };
    const path = upstreamPath`/api/datasets/${datasetId}/points/`;
    const body = await this.#http.read(path, 'points', query, true);
    if (body === null) return null;
    const points = this.#http.parse(pointsWire, body, 'point list');
    const offset = Math.max(0, options.offset ?? 0);
    const end = options.limit === undefined ? undefined : offset + Math.max(0, options.limit);
    return {
      items: points.slice(offset, end).map((point) => toPoint(datasetId, point)),
      totalCount: points.length,
    };
  }

  /** The caller's jobs and their groups' (admins: all), without label lists. */
  async listJobs(filters: ArenaJobFilters = {}): Promise<ArenaJobModel[]> {
    const status = filters.status === undefined ? undefined : platformJobStatus(filters.status);
    const ids = [filters.datasetId, filters.roundId].filter((id) => id !== undefined);
    // A status Arena has no word for, or an id that cannot exist, matches no job: no call needed.
    if ((filters.status !== undefined && status === undefined) || !ids.every((id) => ID.test(id))) return [];
    const query = { status, dataset: filters.datasetId, round: filters.roundId, owner: filters.owner };
    const body = await this.#http.read(paths.jobs, 'jobs', query);
    return this.#http.parse(jobsWire, body, 'job list').map((job) => toJob(job, this.#http.baseUrl));
  }

  /** One job with its label lists; null when absent. Someone else's job is FORBIDDEN. */
  async getJob(jobId: string): Promise<ArenaJobModel | null> {
    if (!ID.test(jobId)) return null;
    const body = await this.#http.read(upstreamPath`/api/jobs/${jobId}/`, 'job', undefined, true);
    return body === null ? null : toJob(this.#http.parse(jobWire, body, 'job'), this.#http.baseUrl);
  }

  /** `get_job_params(job_id)` (admin). */
  async getJobParams(jobId: string): Promise<ArenaJobParamsModel | null> {
    if (!ID.test(jobId)) return null;
    const body = await this.#http.read(upstreamPath`/api/jobs/${jobId}/params/`, 'params', undefined, true);
    return body === null ? null : toJobParams(jobId, this.#http.parse(jobParamsWire, body, 'job params'));
  }

  async listJobPictures(jobId: string): Promise<ArenaPictureModel[] | null> {
    if (!ID.test(jobId)) return null;
    const path = upstreamPath`/api/jobs/${jobId}/pictures/`;
    const body = await this.#http.read(path, 'pictures', undefined, true);
    if (body === null) return null;
    return this.#http
      .parse(picturesWire, body, 'picture list')
      .map((picture) => toPicture(picture, this.#http.baseUrl));
  }

  /** Admin accounts that have polled for jobs (admin). */
  async listWorkers(): Promise<ArenaWorkerModel[]> {
    const body = await this.#http.read(paths.workers, 'workers');
    return this.#http.parse(workersWire, body, 'worker list').map(toWorker);
  }

  /** A file under the base URL (a picture's `downloadPath`), with the caller's session cookie. */
  openDownload(path: string): Promise<UpstreamResponse> {
    return this.#http.openDownload(path);
  }

  /** A file URL the platform handed out (a picture's `url`). */
  openFile(url: string): Promise<UpstreamResponse> {
    return this.#http.openFile(url);
  }

  // ---- writes (sent once; a request refused for the session is renewed and re-sent once) ------

  /** `add_group(name, public=True)` (admin). */
  async addGroup(name: string, isPublic = true): Promise<ArenaWriteOutcome<ArenaGroupModel>> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > NAME_LIMIT)
      return refused('VALIDATION_ERROR', `A group name has 1 to ${NAME_LIMIT} characters.`, 'name');
    const answer = await this.#http.send('POST', paths.groups, {
      name: trimmed,
      public: isPublic ? 'true' : 'false',
    });
    return this.#http.outcome(answer, groupWire, toGroup, () =>
      this.#http.invalidate('groups', [{ path: paths.groups }]),
    );
  }

  /** `join_group(group_name)`; joining twice is fine. */
  async joinGroup(groupName: string): Promise<ArenaWriteOutcome<ArenaGroupModel>> {
    if (groupName.trim() === '') return refused('VALIDATION_ERROR', 'Name the group to join.', 'groupName');
    const answer = await this.#http.send('POST', upstreamPath`/api/groups/join/`, { group_name: groupName });
    return this.#http.outcome(answer, groupWire, toGroup, async () => {
      await this.#http.invalidate('groups', [{ path: paths.groups }]);
      await this.#http.invalidate('me', [{ path: paths.me }]);
      // Members see the group's jobs: the caller's job list changes.
      await this.#invalidateJobLists([]);
    });
  }

  /** `join_round(round_id)`; a closed round is refused with `ROUND_CLOSED`. */
  async joinRound(roundId: string): Promise<ArenaWriteOutcome<ArenaRoundModel>> {
    if (!ID.test(roundId)) return refused('NOT_FOUND', `Arena has no round ${roundId}.`, 'roundId');
    const answer = await this.#http.send('POST', upstreamPath`/api/rounds/join/`, { round_id: roundId });
    const now = this.#http.sessions.clock.now();
    return this.#http.outcome(
      answer,
      roundWire,
      (round) => toRound(round, now),
      async () => {
        await this.#http.invalidate('rounds', [{ path: paths.rounds }]);
        await this.#http.invalidate('me', [{ path: paths.me }]);
      },
    );
  }

  /** Submits a job: `pending` (QUEUED) until a worker claims it. */
  async createJob(input: ArenaNewJob): Promise<ArenaWriteOutcome<ArenaJobModel>> {
    const algorithm = input.algorithm.trim();
    if (algorithm === '' || algorithm.length > NAME_LIMIT)
      return refused('VALIDATION_ERROR', `An algorithm name has 1 to ${NAME_LIMIT} characters.`, 'algorithm');
    if (!ID.test(input.datasetId))
      return refused('VALIDATION_ERROR', `Arena has no dataset ${input.datasetId}.`, 'datasetId');
    if (input.roundId !== undefined && !ID.test(input.roundId))
      return refused('VALIDATION_ERROR', `Arena has no round ${input.roundId}.`, 'roundId');
    const { username } = this.#http.context().login;
    const answer = await this.#http.send('POST', paths.jobs, {
      algorithm,
      dataset: input.datasetId,
      params: JSON.stringify(input.params ?? {}),
      group_name: input.groupName,
      round_id: input.roundId,
    });
    return this.#http.outcome(
      answer,
      jobWire,
      (job) => toJob(job, this.#http.baseUrl),
      () =>
        this.#invalidateJobLists([
          { status: 'pending' },
          { owner: username },
          { dataset: input.datasetId },
          { round: input.roundId },
        ]),
    );
  }

  /**
   * `ping()` (admin): claims the oldest pending job for the caller and answers its id, or null
   * when none is pending. A state-changing GET: never retried on transport errors, never cached.
   */
  async ping(): Promise<ArenaWriteOutcome<string | null>> {
    const answer = await this.#http.send('GET', upstreamPath`/api/jobs/next/`);
    return this.#http.outcome(
      answer,
      nextJobWire,
      (id) => (id === null ? null : String(id)),
      async (id) => {
        await this.#invalidateJobLists([{ status: 'pending' }, { status: 'running' }]);
        await this.#http.invalidate('workers', [{ path: paths.workers }]);
        if (id !== null) await this.#http.invalidate('job', [{ path: upstreamPath`/api/jobs/${id}/` }]);
      },
    );
  }

  /** `ping()` and the claimed job, read fresh; null when none was pending. */
  async claimNextJob(): Promise<ArenaWriteOutcome<ArenaJobModel | null>> {
    const claimed = await this.ping();
    if (!claimed.ok) return claimed;
    if (claimed.value === null) return { ok: true, value: null };
    const job = await this.getJob(claimed.value);
    if (job === null) {
      throw new GatewayError(
        'UPSTREAM_BAD_RESPONSE',
        `Arena handed out job ${claimed.value} but has no such job.`,
        {
          platform: 'ARENA',
        },
      );
    }
    return { ok: true, value: job };
  }

  /** `update_job_details(...)` (admin): the job ends `done` (success) or `failed`. */
  async updateJobDetails(
    jobId: string,
    details: ArenaJobDetailsInput,
  ): Promise<ArenaWriteOutcome<ArenaJobModel>> {
    if (!ID.test(jobId)) return refused('NOT_FOUND', `Arena has no job ${jobId}.`, 'jobId');
    const problem = jobDetailsProblem(details);
    if (problem) return problem;
    const path = upstreamPath`/api/jobs/${jobId}/details/`;
    const answer = await this.#http.send('POST', path, jobDetailsForm(details));
    return this.#http.outcome(
      answer,
      jobWire,
      (job) => toJob(job, this.#http.baseUrl),
      async () => {
        await this.#invalidateJob(jobId);
        await this.#invalidateJobLists([{ status: 'running' }, { status: 'done' }, { status: 'failed' }]);
        await this.#http.invalidate('workers', [{ path: paths.workers }]);
      },
    );
  }

  /**
   * `add_job_picture(job_id, filename)` (admin), streamed as multipart. Should Arena refuse the
   * session mid-upload, nothing was stored and the outcome (`SESSION_EXPIRED`) says to send it again.
   */
  async addJobPicture(
    jobId: string,
    picture: ArenaPictureUpload,
  ): Promise<ArenaWriteOutcome<ArenaPictureModel>> {
    if (!ID.test(jobId)) return refused('NOT_FOUND', `Arena has no job ${jobId}.`, 'jobId');
    if (picture.filename.trim() === '')
      return refused('VALIDATION_ERROR', 'The picture needs a filename.', 'picture');
    const answer = await this.#http.sendStream(upstreamPath`/api/jobs/${jobId}/pictures/`, (csrfToken) => [
      { name: 'csrfmiddlewaretoken', value: csrfToken },
      {
        name: 'picture',
        filename: picture.filename,
        contentType: picture.contentType ?? 'application/octet-stream',
        stream: picture.stream,
      },
    ]);
    if (answer === SESSION_REFUSED) {
      return refused(
        'SESSION_EXPIRED',
        'Arena’s session expired while the picture was being sent; it was not stored. Send it again.',
        'picture',
      );
    }
    return this.#http.outcome(
      answer,
      pictureWire,
      (wire) => toPicture(wire, this.#http.baseUrl),
      () => this.#invalidateJob(jobId),
    );
  }

  // ---- invalidation -----------------------------------------------------------------------------

  /** The unfiltered job list and the single-filter lists a write can change; others expire (5 s). */
  #invalidateJobLists(filters: Query[]): Promise<void> {
    return this.#http.invalidate('jobs', [
      { path: paths.jobs },
      ...filters.map((query) => ({ path: paths.jobs, query })),
    ]);
  }

  async #invalidateJob(jobId: string): Promise<void> {
    await this.#http.invalidate('job', [{ path: upstreamPath`/api/jobs/${jobId}/` }]);
    await this.#http.invalidate('pictures', [{ path: upstreamPath`/api/jobs/${jobId}/pictures/` }]);
    await this.#invalidateJobLists([]);
  }
}
