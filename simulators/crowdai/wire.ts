import type { ChallengeRecord, ClefTaskRecord, RoundRecord, SubmissionRecord } from './model.js';
import type { CrowdAIState } from './state.js';
import { railsJsonTime } from './time.js';
import { participantById, type ParticipantRecord } from './users.js';

/** The API's JSON shapes (reference §3), keys in the serializers' order. */

export function challengeJson(challenge: ChallengeRecord): Record<string, unknown> {
  return {
    id: challenge.id,
    challenge: challenge.title,
    status_cd: challenge.status,
    primary_sort_order_cd: challenge.primarySortOrder,
    secondary_sort_order_cd: challenge.secondarySortOrder,
    perpetual_challenge: challenge.perpetual,
  };
}

function roundJson(round: RoundRecord): Record<string, unknown> {
  return {
    id: round.id,
    challenge_id: round.challengeId,
    challenge_round: round.name,
    active: round.active,
    submission_limit: round.submissionLimit,
    submission_limit_period_cd: round.period,
    start_dttm: railsJsonTime(round.startAt),
    end_dttm: railsJsonTime(round.endAt),
    minimum_score: round.minimumScore,
    minimum_score_secondary: round.minimumScoreSecondary,
    ranking_window: round.rankingWindow,
    score_precision: round.scorePrecision,
    failed_submissions: round.failedSubmissions,
    parallel_submissions: round.parallelSubmissions,
    created_at: railsJsonTime(round.createdAt),
    updated_at: railsJsonTime(round.updatedAt),
  };
}

export function challengeDetailJson(challenge: ChallengeRecord): Record<string, unknown> {
  return { ...challengeJson(challenge), challenge_rounds: challenge.rounds.map(roundJson) };
}

/** Turns an S3 key into the expiring URL printed as `aws_url`. */
export type UrlSigner = (s3Key: string) => string;

export function submissionJson(
  state: CrowdAIState,
  submission: SubmissionRecord,
  signUrl: UrlSigner,
): Record<string, unknown> {
  const participant = participantById(submission.participantId);
  const { clef } = submission;
  return {
    id: submission.id,
    challenge_id: submission.challengeId,
    participant_id: submission.participantId,
    challenge_name: state.challengeById(submission.challengeId)?.title ?? null,
    challenge_round_id: submission.roundId,
    created_at: railsJsonTime(submission.createdAt),
    participant_email: participant?.email ?? null,
    participant_name: participant?.name ?? null,
    participant_firstname: participant?.firstName ?? null,
    participant_lastname: participant?.lastName ?? null,
    participant_affiliation: participant?.affiliation ?? null,
    grading_status_cd: submission.status,
    score: submission.score,
    score_secondary: submission.scoreSecondary,
    meta: submission.meta,
    description_markdown: submission.descriptionMarkdown,
    clef_method_description: clef?.methodDescription ?? null,
    clef_retrieval_type: clef?.retrievalType ?? null,
    clef_run_type: clef?.runType ?? null,
    clef_primary_run: clef?.primaryRun ?? null,
    clef_other_info: clef?.otherInfo ?? null,
    clef_additional: clef?.additional ?? null,
    submission_files: submission.files.map((file) => ({
      id: file.id,
      submission_file_s3_key: file.s3Key,
      aws_url: signUrl(file.s3Key),
    })),
  };
}

/** `Submission#to_json` with its `only:` list, as `submission_info` embeds it in a string. */
export function submissionInfoBody(submission: SubmissionRecord): string {
  return JSON.stringify({
    id: submission.id,
    participant_id: submission.participantId,
    score: submission.score,
    score_secondary: submission.scoreSecondary,
    grading_status_cd: submission.status,
    grading_message: submission.gradingMessage,
    post_challenge: submission.postChallenge,
    media_content_type: submission.mediaContentType,
    created_at: railsJsonTime(submission.createdAt),
    updated_at: railsJsonTime(submission.updatedAt),
    participant: { name: participantById(submission.participantId)?.name ?? null },
  });
}

export function participantJson(participant: ParticipantRecord): Record<string, unknown> {
  return {
    id: participant.id,
    email: participant.email,
    api_key: participant.apiKey,
    name: participant.name,
  };
}

export function clefRegistrationsJson(task: ClefTaskRecord, status: string | undefined): unknown[] {
  return task.registrations
    .filter((registration) => status === undefined || registration.status === status)
    .flatMap((registration) => {
      const participant = participantById(registration.participantId);
      if (participant === undefined) return [];
      return [
        {
          participant_id: participant.id,
          clef_task_id: task.id,
          status_cd: registration.status,
          participant: {
            email: participant.email,
            name: participant.name,
            affiliation: participant.affiliation,
            first_name: participant.firstName,
            last_name: participant.lastName,
            address: participant.address,
            city: participant.city,
            country_cd: participant.countryCd,
          },
        },
      ];
    });
}

/** `GET /api/user`: the fields are [unknown]; the public profile a `public` scope would show. */
export function oauthUserJson(participant: ParticipantRecord): Record<string, unknown> {
  return {
    participant: {
      id: participant.id,
      name: participant.name,
      email: participant.email,
      first_name: participant.firstName,
      last_name: participant.lastName,
      affiliation: participant.affiliation,
      country_cd: participant.countryCd,
    },
  };
}
