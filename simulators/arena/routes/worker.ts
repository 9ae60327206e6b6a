import { parseJobDetails } from '../details.js';
import { HtmlError, jobNotRunning, notFound } from '../errors.js';
import { sendJson, type ArenaRouter } from '../http.js';
import { FORBIDDEN_PAGE, NOT_FOUND_PAGE } from '../html.js';
import { addPicture } from '../pictures.js';
import { ARENA_DEMO_USERS } from '../users.js';
import { jobJson, pictureJson, workerJson } from '../wire.js';
import { visibleJob } from './jobs.js';

/** What workers (admin accounts) call, plus the pictures they leave behind (reference §3). */
export function registerWorkerRoutes(router: ArenaRouter): void {
  const { state } = router;

  const jobOf = (rawId: string | undefined) => {
    const job = state.jobs.get(Number(rawId));
    if (job === undefined) throw notFound('Job');
    return job;
  };

  // `ping()`: a bare id or null; GET per the reference, POST accepted as well
  router.route(['GET', 'POST'], '/api/jobs/next/', 'admin', ({ reply, user }) =>
    sendJson(reply, state.claimNext(user.username)?.id ?? null),
  );

  router.route(['GET'], '/api/jobs/{id}/params/', 'admin', ({ reply, params }) => {
    const job = jobOf(params.id);
    return sendJson(reply, { algorithm: job.algorithm, dataset: job.dataset, params: job.params });
  });

  router.route(['POST'], '/api/jobs/{id}/details/', 'admin', ({ reply, params, form }) => {
    const job = jobOf(params.id);
    if (job.status !== 'running') throw jobNotRunning(`Job ${job.id} is ${job.status}, not running.`);
    const results = parseJobDetails(state, job, form);
    Object.assign(job, results);
    job.status = results.success === true ? 'done' : 'failed';
    job.finishedAt = state.now();
    return sendJson(reply, jobJson(state, job, true));
  });

  router.route(['POST'], '/api/jobs/{id}/pictures/', 'admin', ({ reply, params, form }) => {
    const job = jobOf(params.id);
    if (job.status === 'pending')
      throw jobNotRunning(`Job ${job.id} is pending: claim it before adding pictures.`);
    return sendJson(reply, pictureJson(addPicture(state, job, form.file('picture'))), 201);
  });

  router.route(['GET'], '/api/jobs/{id}/pictures/', 'user', ({ reply, params, user }) =>
    sendJson(reply, state.picturesOf(visibleJob(state, user, params.id).id).map(pictureJson)),
  );

  router.route(['GET'], '/api/workers/', 'admin', ({ reply }) =>
    sendJson(
      reply,
      ARENA_DEMO_USERS.filter((user) => user.admin && state.lastSeen.has(user.username)).map((user) =>
        workerJson(state, user.username, state.lastSeen.get(user.username) ?? null),
      ),
    ),
  );

  router.route(['GET'], '/media/job_pictures/{job}/{filename:str}', 'page', ({ reply, params, user }) => {
    const job = state.jobs.get(Number(params.job));
    if (job === undefined) throw new HtmlError(404, NOT_FOUND_PAGE);
    if (!state.canSee(user, job)) throw new HtmlError(403, FORBIDDEN_PAGE);
    const picture = state.picturesOf(job.id).find((candidate) => candidate.filename === params.filename);
    if (picture === undefined) throw new HtmlError(404, NOT_FOUND_PAGE);
    return reply.code(200).type(picture.contentType).send(Buffer.from(picture.bytes));
  });
}
