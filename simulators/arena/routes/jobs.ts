import type { FastifyReply } from 'fastify';
import { notFound, permissionDenied, roundClosed } from '../errors.js';
import { Fields, Form, parseUrlencoded } from '../form.js';
import { sendJson, type ArenaRouter } from '../http.js';
import { emptyResults, JOB_STATUSES, type JobRecord, type JobStatus } from '../model.js';
import type { ArenaState } from '../state.js';
import type { ArenaDemoUser } from '../users.js';
import { jobJson } from '../wire.js';

const INVALID_CHOICE = 'Select a valid choice. That choice is not one of the available choices.';
const isStatus = (value: string): value is JobStatus => (JOB_STATUSES as readonly string[]).includes(value);

/** A job the caller may see: 404 when there is none, 403 when it is someone else's. */
export function visibleJob(state: ArenaState, user: ArenaDemoUser, rawId: string | undefined): JobRecord {
  const job = state.jobs.get(Number(rawId));
  if (job === undefined) throw notFound('Job');
  if (!state.canSee(user, job)) throw permissionDenied('You do not have permission to see this job.');
  return job;
}

/** The project's additions for students: list, submit and read jobs (reference §3). */
export function registerJobRoutes(router: ArenaRouter): void {
  const { state } = router;

  router.route(['GET'], '/api/jobs/', 'user', ({ reply, query, user }) => {
    const fields = new Fields(new Form(parseUrlencoded(query.toString())));
    const status = fields.text('status');
    if (status !== undefined && !isStatus(status))
      fields.add('status', `Select a valid choice. ${status} is not one of the available choices.`);
    const dataset = fields.integer('dataset');
    const round = fields.integer('round');
    const owner = fields.text('owner');
    fields.check('Invalid filter.');
    const jobs = [...state.jobs.values()].filter(
      (job) =>
        state.canSee(user, job) &&
        (status === undefined || job.status === status) &&
        (dataset === undefined || job.dataset === dataset) &&
        (round === undefined || job.round === round) &&
        (owner === undefined || job.owner === owner),
    );
    return sendJson(
      reply,
      jobs.map((job) => jobJson(state, job, false)),
    );
  });

  router.route(['POST'], '/api/jobs/', 'user', ({ reply, form, user }) =>
    createJob(state, reply, form, user),
  );

  router.route(['GET'], '/api/jobs/{id}/', 'user', ({ reply, params, user }) =>
    sendJson(reply, jobJson(state, visibleJob(state, user, params.id), true)),
  );
}

function createJob(state: ArenaState, reply: FastifyReply, form: Form, user: ArenaDemoUser): FastifyReply {
  const fields = new Fields(form);
  const algorithm = fields.text('algorithm', { required: true, max: 100 });
  const datasetId = fields.integer('dataset', { required: true });
  const dataset = datasetId === undefined ? undefined : state.datasets.get(datasetId);
  if (datasetId !== undefined && dataset === undefined) fields.add('dataset', INVALID_CHOICE);
  const params = fields.jsonObject('params') ?? {};
  const groupName = fields.text('group_name');
  if (groupName !== undefined && !state.groupNamed(groupName)?.members.includes(user.username))
    fields.add('group_name', 'You are not a member of a group with this name.');
  const roundId = fields.integer('round_id');
  const round = roundId === undefined ? undefined : state.rounds.get(roundId);
  if (roundId !== undefined && round === undefined) fields.add('round_id', INVALID_CHOICE);
  if (round !== undefined && !round.participants.includes(user.username))
    fields.add('round_id', 'Join this round before submitting jobs to it.');
  if (round !== undefined && dataset !== undefined && !round.datasets.includes(dataset.id))
    fields.add('dataset', `This dataset is not part of ${round.name}.`);
  fields.check('Invalid job.');
  if (round !== undefined && !state.isOpen(round)) throw roundClosed(round.name);
  if (algorithm === undefined || dataset === undefined) throw new Error('unreachable: fields were validated');
  const id = state.nextId('job');
  const job: JobRecord = {
    id,
    algorithm,
    dataset: dataset.id,
    params,
    owner: user.username,
    group: groupName ?? null,
    round: round?.id ?? null,
    createdAt: state.now(),
    status: 'pending',
    worker: null,
    startedAt: null,
    finishedAt: null,
    ...emptyResults(),
  };
  state.jobs.set(id, job);
  return sendJson(reply, jobJson(state, job, true), 201);
}
