import { accessDenied, CrowdAIError } from './http.js';
import type { ChallengeRecord, GradingStatus, RoundRecord, SortOrder, SubmissionRecord } from './model.js';
import { floatParam, integerParam, metaParam, present, text, truthy, type Params } from './params.js';
import { slotsRemaining, type Slots } from './slots.js';
import type { CrowdAIState } from './state.js';
import { rubyTime } from './time.js';
import { participantForKey, type OrganizerRecord } from './users.js';

/** `POST` and `PATCH /api/external_graders` (reference §2, §3 grading semantics, §5 check order). */

export const MESSAGES = {
  unknownKey: 'The API key did not match any participant record.',
  unknownClientName: 'The Challenge Client Name string did not match any challenge.',
  gradingStatus: 'Grading status must be one of (graded|failed|initiated)',
  failedWithoutMessage: 'Grading message must be provided if grading = failed',
  noSlots: 'The participant has no submission slots remaining for today.',
  media: 'Either all or none of media_large, media_thumbnail and media_content_type must be provided.',
  closed:
    'The challenge is not open for submissions at this time. Please check the challenge page at www.crowdai.org',
  badRound: 'This challenge_round_id does not exist',
  notQualified: 'You have not qualified for this round. Please review the challenge rules at www.crowdai.org',
  parallel:
    'You have exceeded the allowed number of parallel submissions. Please wait until your other submission(s) are graded.',
  afterRound: 'Submission made after end of round.',
} as const;

/** `submitted` is accepted although the message leaves it out. */
const GRADING_STATUSES: ReadonlySet<string> = new Set(['graded', 'failed', 'initiated', 'submitted']);

interface Grade {
  readonly status: GradingStatus;
  readonly score: number | null;
  readonly scoreSecondary: number | null;
  readonly message: string | null;
}

/** `grading_params`: an error message, or what the SubmissionGrade row copies onto the entry. */
function gradeOf(params: Params): Grade | string {
  const status = text(params.grading_status) ?? '';
  if (!GRADING_STATUSES.has(status)) return MESSAGES.gradingStatus;
  const message = text(params.grading_message) ?? null;
  if (status === 'failed' && !present(message)) return MESSAGES.failedWithoutMessage;
  const graded = status === 'graded';
  return {
    status: status as GradingStatus,
    score: graded ? floatParam(params.score) : null,
    scoreSecondary: graded ? floatParam(params.score_secondary) : null,
    message,
  };
}

interface Media {
  readonly large: string;
  readonly thumbnail: string;
  readonly contentType: string;
}

/** All three media fields or none; undefined when none were sent. */
function mediaOf(params: Params): Media | undefined | 'incomplete' {
  const large = text(params.media_large);
  const thumbnail = text(params.media_thumbnail);
  const contentType = text(params.media_content_type);
  const given = [large, thumbnail, contentType].filter((value) => present(value)).length;
  if (given === 0) return undefined;
  if (given < 3 || large === undefined || thumbnail === undefined || contentType === undefined)
    return 'incomplete';
  return { large, thumbnail, contentType };
}

function applyGrade(submission: SubmissionRecord, grade: Grade, at: number): void {
  submission.status = grade.status;
  submission.score = grade.score;
  submission.scoreSecondary = grade.scoreSecondary;
  submission.gradingMessage = grade.message;
  submission.updatedAt = at;
}

function applyMedia(submission: SubmissionRecord, media: Media): void {
  submission.mediaLarge = media.large;
  submission.mediaThumbnail = media.thumbnail;
  submission.mediaContentType = media.contentType;
}

const better = (order: SortOrder, score: number, minimum: number): boolean =>
  order === 'descending' ? score >= minimum : score <= minimum;

/** The round before `round` sets minimum scores; a graded entry there must reach them [inference]. */
function qualifies(
  state: CrowdAIState,
  challenge: ChallengeRecord,
  round: RoundRecord,
  participantId: number,
): boolean {
  const ordered = [...challenge.rounds].sort((a, b) => a.startAt - b.startAt);
  const previous = ordered[ordered.indexOf(round) - 1];
  if (previous === undefined) return true;
  const { minimumScore, minimumScoreSecondary } = previous;
  if (minimumScore === null && minimumScoreSecondary === null) return true;
  return state
    .submissions()
    .some(
      (submission) =>
        submission.participantId === participantId &&
        submission.roundId === previous.id &&
        submission.status === 'graded' &&
        (minimumScore === null ||
          (submission.score !== null &&
            better(challenge.primarySortOrder, submission.score, minimumScore))) &&
        (minimumScoreSecondary === null ||
          challenge.secondarySortOrder === 'not_used' ||
          (submission.scoreSecondary !== null &&
            better(challenge.secondarySortOrder, submission.scoreSecondary, minimumScoreSecondary))),
    );
}

function resetDttm(slots: Slots | undefined): string | null {
  return slots?.resetAt === undefined || slots.resetAt === null ? null : rubyTime(slots.resetAt);
}

/**
 * Creates and grades an entry. ORG-own: an organizer key must own the challenge named by
 * `challenge_client_name`, else the plain 401, before any other check. Media and grade errors
 * come after the entry is created, so they leave a `ready` entry behind [inference, §5].
 */
export function createGraded(
  state: CrowdAIState,
  caller: OrganizerRecord,
  params: Params,
): Record<string, unknown> {
  const clientName = text(params.challenge_client_name);
  const challenge = clientName === undefined ? undefined : state.challengeByClientName(clientName);
  if (caller.role !== 'admin' && (challenge === undefined || challenge.organizerId !== caller.id))
    throw accessDenied();

  // errors before the slot check carry nulls, later ones the slots it found [inference]
  const fail = (message: string, slots?: Slots): CrowdAIError =>
    new CrowdAIError(400, {
      message,
      submission_id: null,
      submissions_remaining: slots?.remaining ?? null,
      reset_dttm: resetDttm(slots),
    });

  const participant = participantForKey(text(params.api_key) ?? '');
  if (participant === undefined) throw fail(MESSAGES.unknownKey);
  let round: RoundRecord | undefined;
  if (present(params.challenge_round_id)) {
    const roundId = integerParam(params.challenge_round_id);
    round = challenge?.rounds.find((candidate) => candidate.id === roundId);
    if (round === undefined) throw fail(MESSAGES.badRound);
  } else {
    round = challenge?.rounds.find((candidate) => candidate.active);
  }
  if (challenge === undefined) throw fail(MESSAGES.unknownClientName);
  const postChallenge = params.post_challenge === true || text(params.post_challenge) === 'true';
  const now = state.now();
  // a post-challenge entry may arrive after the round's end [inference]
  if (round === undefined || now < round.startAt || (now > round.endAt && !postChallenge))
    throw fail(MESSAGES.closed);
  if (!qualifies(state, challenge, round, participant.id)) throw fail(MESSAGES.notQualified);
  const roundId = round.id;
  if (round.parallelSubmissions > 0) {
    const inFlight = state
      .submissions()
      .filter((s) => s.participantId === participant.id && s.roundId === roundId && s.status === 'submitted');
    if (inFlight.length >= round.parallelSubmissions) throw fail(MESSAGES.parallel);
  }
  const slots = slotsRemaining(state, challenge, round, participant.id);
  if (slots.remaining <= 0) throw fail(MESSAGES.noSlots, slots);

  const submission = state.create({
    challengeId: challenge.id,
    participantId: participant.id,
    roundId,
    meta: metaParam(params.meta) ?? {},
    descriptionMarkdown: text(params.description_markdown) ?? null,
    postChallenge,
  });
  const media = mediaOf(params);
  if (media === 'incomplete') throw fail(MESSAGES.media, slots);
  if (media !== undefined) applyMedia(submission, media);
  if (postChallenge && !challenge.postChallengeSubmissions) {
    applyGrade(
      submission,
      { status: 'failed', score: null, scoreSecondary: null, message: MESSAGES.afterRound },
      now,
    );
  } else {
    const grade = gradeOf(params);
    if (typeof grade === 'string') throw fail(grade, slots);
    applyGrade(submission, grade, now);
  }
  const after = slotsRemaining(state, challenge, round, participant.id);
  return {
    message: `Participant ${participant.name} scored`,
    submission_id: submission.id,
    submissions_remaining: after.remaining,
    reset_dttm: resetDttm(after),
  };
}

/**
 * Regrades or amends an entry; any organizer may (§7.7). Everything is checked before anything
 * changes [inference]. `submission_id` echoes the URL segment as a string and `reset_date` is
 * always null, as in the reference's sample [inference].
 */
export function updateGraded(state: CrowdAIState, rawId: string, params: Params): Record<string, unknown> {
  const fail = (message: string): CrowdAIError =>
    new CrowdAIError(400, { message, submission_id: null, submissions_remaining: null, reset_date: null });
  const submission = state.submission(integerParam(rawId) ?? 0);
  if (submission === undefined) throw fail(`Couldn't find Submission with 'id'=${rawId}`);
  const challenge = state.challengeById(submission.challengeId);
  if (challenge === undefined) throw fail(`Couldn't find Challenge with 'id'=${submission.challengeId}`);
  const media = mediaOf(params);
  if (media === 'incomplete') throw fail(MESSAGES.media);
  let roundId = submission.roundId;
  if (present(params.challenge_round_id)) {
    const wanted = integerParam(params.challenge_round_id);
    const round = challenge.rounds.find((candidate) => candidate.id === wanted);
    if (round === undefined) throw fail(MESSAGES.badRound);
    roundId = round.id;
  }
  const grade = gradeOf(params);
  if (typeof grade === 'string') throw fail(grade);

  const now = state.now();
  if (media !== undefined) applyMedia(submission, media);
  const meta = metaParam(params.meta);
  if (meta !== undefined)
    submission.meta = truthy(params.meta_overwrite) ? meta : { ...meta, ...submission.meta };
  if (params.description_markdown !== undefined)
    submission.descriptionMarkdown = text(params.description_markdown) ?? null;
  if (params.post_challenge !== undefined)
    submission.postChallenge = params.post_challenge === true || text(params.post_challenge) === 'true';
  submission.roundId = roundId;
  applyGrade(submission, grade, now);
  const round = challenge.rounds.find((candidate) => candidate.id === roundId);
  const slots = slotsRemaining(state, challenge, round, submission.participantId);
  return {
    message: `Submission ${rawId} updated`,
    submission_id: rawId,
    submissions_remaining: slots.remaining,
    reset_date: null,
  };
}
