import type { FastifyInstance } from 'fastify';
import { canExecuteAlgorithm, canViewAlgorithm, canViewJob } from '../access.js';
import { buildValues, resolveValues, type PendingValue } from '../civ.js';
import {
  ApiError,
  badRequest,
  bodyObject,
  detailRoute,
  NO_SUCH_OBJECT,
  nonFieldError,
  notFound,
  parseHyperlink,
  queryUuids,
  queryValue,
  requireUser,
  uuidParam,
} from '../http.js';
import { averageDuration, INPUT_FAILURE_PATH, isFinal, plannedPath } from '../jobs.js';
import type { AlgorithmRecord, CivRecord, JobRecord } from '../model.js';
import { paginate } from '../paging.js';
import { fingerprintOf } from '../seedJobs.js';
import type { GcState } from '../state.js';
import { DAY } from '../time.js';
import type { UserRecord } from '../users.js';
import { algorithmJson, jobJson, jobPostJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';

/** `algorithms/` and `algorithms/jobs/` (reference §3). */

/** Per user, as the platform limits concurrent jobs (reference §5). */
export const MAX_ACTIVE_JOBS = 16;
const ALGORITHM_LINK = detailRoute('algorithms');

function creditsLeft(state: GcState, user: UserRecord): number {
  const since = state.now() - 30 * DAY;
  let used = 0;
  for (const job of state.jobs.values()) {
    if (job.creator === user.username && job.created >= since && job.path.at(-1) !== 'Cancelled') used += 1;
  }
  return user.monthlyCredits - used;
}

function activeJobs(state: GcState, user: UserRecord): number {
  let active = 0;
  for (const job of state.jobs.values()) if (job.creator === user.username && !isFinal(job)) active += 1;
  return active;
}

function matchingInterface(algorithm: AlgorithmRecord, pending: readonly PendingValue[]): number {
  const given = new Set(pending.map((value) => value.socket.slug));
  return algorithm.interfaces.findIndex(
    (entry) => entry.inputs.length === given.size && entry.inputs.every((input) => given.has(input.slug)),
  );
}

function resultExists(state: GcState, fingerprint: string): boolean {
  for (const job of state.jobs.values()) {
    const final = job.path[job.step];
    if (job.fingerprint === fingerprint && final !== 'Failed' && final !== 'Cancelled') return true;
  }
  return false;
}

/** Field validation first, collecting every field's errors as a DRF serializer does, then `validate()`. */
function createJob(state: GcState, user: UserRecord, body: unknown): { job: JobRecord; direct: CivRecord[] } {
  const data = bodyObject(body);
  const errors: Record<string, unknown> = {};
  let algorithm: AlgorithmRecord | undefined;
  if (data.algorithm === undefined || data.algorithm === null) errors.algorithm = ['This field is required.'];
  else {
    const link = parseHyperlink(data.algorithm, ALGORITHM_LINK);
    algorithm = link.ok ? state.algorithms.get(link.id.toLowerCase()) : undefined;
    // the field's queryset holds only algorithms the caller may execute
    if (algorithm === undefined || !canExecuteAlgorithm(user, algorithm)) {
      errors.algorithm = [link.ok ? NO_SUCH_OBJECT : link.message];
      algorithm = undefined;
    }
  }
  let pending: PendingValue[] = [];
  try {
    pending = resolveValues(state, user, data.inputs, 'inputs');
  } catch (error: unknown) {
    if (!(error instanceof ApiError) || typeof error.body !== 'object' || error.body === null) throw error;
    Object.assign(errors, error.body);
  }
  if (Object.keys(errors).length > 0 || algorithm === undefined) throw badRequest(errors);

  if (creditsLeft(state, user) < 1) throw nonFieldError('You have run out of algorithm credits');
  if (activeJobs(state, user) >= MAX_ACTIVE_JOBS)
    throw nonFieldError('You have too many active jobs, please try again after they have completed');
  const interfaceIndex = matchingInterface(algorithm, pending);
  if (interfaceIndex === -1)
    throw nonFieldError("The set of inputs provided does not match any of the algorithm's interfaces.");
  const fromUploads = pending.some((value) => value.uploadBacked);
  const fingerprint = fromUploads
    ? null
    : fingerprintOf(
        algorithm,
        pending.map((value) => `${value.socket.slug}=${value.identity}`),
      );
  if (fingerprint !== null && resultExists(state, fingerprint))
    throw nonFieldError('A result for these inputs with the current image and model already exists.');

  const pk = state.ids.uuid('job');
  const built = buildValues(pending);
  const now = state.now();
  const job: JobRecord = {
    kind: 'job',
    pk,
    algorithm,
    interfaceIndex,
    creator: user.username,
    created: now,
    public: false,
    // an upload that fails to import fails the job at input validation, as on the platform
    path: built.failures.length > 0 ? INPUT_FAILURE_PATH : plannedPath(pk, algorithm.failureRate),
    step: 0,
    anchor: now,
    inputs: [],
    outputs: [],
    errorMessage: built.failures.join('; '),
    startedAt: null,
    completedAt: null,
    fingerprint,
  };
  state.jobs.set(pk, job);
  state.setValues(job, built.values);
  return { job, direct: built.direct };
}

export function registerAlgorithmRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  api.get('/algorithms/', async (request) => {
    const user = context.user(request);
    const slug = queryValue(request.query, 'slug');
    const visible = [...state.algorithms.values()].filter(
      (algorithm) => canViewAlgorithm(user, algorithm) && (slug === undefined || algorithm.slug === slug),
    );
    const links = context.links(request);
    return paginate(request, visible, (algorithm) =>
      algorithmJson(links, algorithm, averageDuration(state, algorithm.pk)),
    );
  });

  api.get<PkParams>('/algorithms/:pk/', async (request) => {
    const pk = uuidParam(request.params.pk);
    const algorithm = pk === undefined ? undefined : state.algorithms.get(pk);
    if (algorithm === undefined || !canViewAlgorithm(context.user(request), algorithm))
      throw notFound('Algorithm');
    return algorithmJson(context.links(request), algorithm, averageDuration(state, algorithm.pk));
  });

  api.get('/algorithms/jobs/', async (request) => {
    const user = context.user(request);
    const algorithms = queryUuids(request.query, 'algorithm_image__algorithm');
    const inputImages = queryUuids(request.query, 'input_image');
    const outputImages = queryUuids(request.query, 'output_image');
    const hasImage = (values: JobRecord['inputs'], wanted: readonly string[]): boolean =>
      values.some((civ) => civ.imagePk !== null && wanted.includes(civ.imagePk));
    const jobs = [...state.jobs.values()]
      .filter(
        (job) =>
          canViewJob(user, job) &&
          (algorithms === undefined || algorithms.includes(job.algorithm.pk)) &&
          (inputImages === undefined || hasImage(job.inputs, inputImages)) &&
          (outputImages === undefined || hasImage(job.outputs, outputImages)),
      )
      .sort((a, b) => b.created - a.created);
    const links = context.links(request);
    return paginate(request, jobs, (job) => jobJson(links, job));
  });

  api.get<PkParams>('/algorithms/jobs/:pk/', async (request) => {
    const pk = uuidParam(request.params.pk);
    const job = pk === undefined ? undefined : state.jobs.get(pk);
    if (job === undefined || !canViewJob(context.user(request), job)) throw notFound('Job');
    return jobJson(context.links(request), job);
  });

  api.post('/algorithms/jobs/', async (request, reply) => {
    const user = requireUser(context.user(request));
    const { job, direct } = createJob(state, user, request.body);
    // upload-backed inputs attach in the background, so the response leaves them out
    return reply.code(201).send(jobPostJson(context.links(request), job, direct));
  });
}
