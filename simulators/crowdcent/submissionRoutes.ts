import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SimulatorHttpError } from '../core/index.js';
import { notFound, originOf, requireChallenge } from './http.js';
import { periodIds, predictionColumns, type Predictions } from './market.js';
import type { Calendar, Period } from './periods.js';
import { MIN_MATCHED_IDS, type ChallengeSeed } from './seed.js';
import { calendarOf, type CrowdCentState } from './state.js';
import type { Upload } from './submissions.js';
import { isDateKey, isoMicros, type Micros } from './time.js';
import { parseSubmissionOptions, readUploadForm, requireFile, type SubmissionOptions } from './upload.js';
import type { UserRecord } from './users.js';
import { matchInfo, validatePredictionFile, type MatchInfo } from './validate.js';
import { submissionJson } from './wire.js';

type SlugParams = { Params: { slug: string }; Querystring: Record<string, unknown> };
type IdParams = { Params: { slug: string; id: string } };

const windowClosed = (message: string): SimulatorHttpError =>
  new SimulatorHttpError(400, message, 'SUBMISSION_WINDOW_CLOSED');

/** Matches against the period's ids, refusing a file that covers too little of the universe. */
function requireMatch(predictions: Predictions, challenge: ChallengeSeed, period: Period): MatchInfo {
  const info = matchInfo(predictions, periodIds(challenge, period.index));
  if (info.matched_ids < MIN_MATCHED_IDS) {
    throw new SimulatorHttpError(
      400,
      `Only ${info.matched_ids} IDs matched inference data for ${period.date}; at least ${MIN_MATCHED_IDS} are required.`,
      'VALIDATION_ERROR',
    );
  }
  return info;
}

function closedReason(calendar: Calendar, challenge: ChallengeSeed, now: Micros): string {
  if (!challenge.isActive) return 'This challenge has ended; submissions are closed.';
  const current = calendar.current(now);
  if (current !== undefined) {
    return `Inference data for ${current.date} has not been published yet; the submission window opens when it is.`;
  }
  const next = calendar.nextOpening(now);
  return `The submission window is closed.${next === undefined ? '' : ` The next window opens at ${isoMicros(next.published)}.`}`;
}

export function registerSubmissionRoutes(
  api: FastifyInstance,
  state: CrowdCentState,
  userOf: (request: FastifyRequest) => UserRecord,
): void {
  api.get<SlugParams>('/challenges/:slug/submissions/', async (request) => {
    const user = userOf(request);
    const challenge = requireChallenge(state, request.params.slug);
    const now = state.now();
    const { period } = request.query;
    let records = state.submissions.forUser(user.username, challenge.slug, now);
    if (period !== undefined) {
      if (period === 'current') {
        const current = calendarOf(state, challenge).current(now);
        records = current === undefined ? [] : records.filter((record) => record.period.id === current.id);
      } else if (typeof period === 'string' && isDateKey(period)) {
        records = records.filter((record) => record.period.date === period);
      } else {
        throw new SimulatorHttpError(
          400,
          "period: Use 'current' or a date as YYYY-MM-DD.",
          'VALIDATION_ERROR',
        );
      }
    }
    return records.map((record) => submissionJson(state, originOf(request), record, now));
  });

  api.get<IdParams>('/challenges/:slug/submissions/:id/', async (request) => {
    const user = userOf(request);
    const challenge = requireChallenge(state, request.params.slug);
    const now = state.now();
    const id = /^\d+$/.test(request.params.id) ? Number(request.params.id) : Number.NaN;
    const record = state.submissions.find(id, now);
    // someone else's submission is indistinguishable from a missing one (reference §8.8)
    if (
      record === undefined ||
      record.username !== user.username ||
      record.challenge.slug !== challenge.slug
    ) {
      throw notFound('Submission not found.');
    }
    return submissionJson(state, originOf(request), record, now);
  });

  api.post<SlugParams>('/challenges/:slug/submissions/', async (request, reply) => {
    const user = userOf(request);
    const challenge = requireChallenge(state, request.params.slug);
    const form = await readUploadForm(request);
    const options = parseSubmissionOptions(form.fields, challenge.slots);
    const file = requireFile(form);
    const predictions = await validatePredictionFile(file.bytes, predictionColumns(challenge));
    const upload: Upload = {
      username: user.username,
      challenge,
      slot: options.slot,
      predictions,
      fileName: file.name,
      bytes: file.bytes,
      isExperimental: options.isExperimental,
      notes: options.notes,
    };
    const now = state.now();
    const calendar = calendarOf(state, challenge);
    const open = calendar.open(now);
    if (open === undefined) return reply.code(202).send(queueForNext(state, calendar, upload, options, now));

    const info = requireMatch(predictions, challenge, open);
    const { record, created } = state.submissions.save(upload, open, now);
    let queuedForNext = false;
    let queueErrorCode: string | null = null;
    let queueError: string | null = null;
    if (options.alsoQueueNext) {
      const next = calendar.nextOpening(now);
      if (options.isExperimental) {
        queueErrorCode = 'EXPERIMENTAL_QUEUE_REQUIRES_NON_EXP';
        queueError =
          'Experimental submissions are not queued for the next period; submit a non-experimental one to queue.';
      } else if (next !== undefined) {
        state.submissions.enqueue(upload, next);
        queuedForNext = true;
      }
    }
    return reply.code(created ? 201 : 200).send({
      ...submissionJson(state, originOf(request), record, now),
      match_info: info,
      queued_for_next: queuedForNext,
      queue_error_code: queueErrorCode,
      queue_error: queueError,
    });
  });
}

/** Window closed: refuse, or with `also_queue_next` hold the file for the next window (202). */
function queueForNext(
  state: CrowdCentState,
  calendar: Calendar,
  upload: Upload,
  options: SubmissionOptions,
  now: Micros,
): Record<string, unknown> {
  const { challenge } = upload;
  if (!options.alsoQueueNext) throw windowClosed(closedReason(calendar, challenge, now));
  const next = calendar.nextOpening(now);
  if (next === undefined)
    throw windowClosed('This challenge has ended; there is no next period to queue for.');
  if (options.isExperimental) {
    throw new SimulatorHttpError(
      400,
      'Experimental submissions cannot be queued for the next period.',
      'EXPERIMENTAL_QUEUE_REQUIRES_NON_EXP',
    );
  }
  // the next file is not out yet, so the best check is against the newest published one
  const reference = calendar.latestPublished(now);
  const info =
    reference === undefined
      ? matchInfo(upload.predictions, [])
      : requireMatch(upload.predictions, challenge, reference);
  state.submissions.enqueue(upload, next);
  return {
    match_info: info,
    status: 'queued',
    message: `Submission queued for slot ${options.slot}. Will be automatically submitted when next period opens.`,
    slot: options.slot,
    challenge: challenge.slug,
  };
}
