import type {
  ChallengeStatus,
  CrowdAIChallengeModel,
  CrowdAIParticipantModel,
  CrowdAIRoundModel,
  CrowdAISubmissionModel,
  SubmissionStatus,
} from './models.js';
import type { ChallengeWire, RoundWire, SubmissionWire } from './wire.js';

// Written out in each model, not spread from a shared object: an object literal that starts with a
// spread is built slowly (it cost ~10 µs per archive item, most of mapping a 1,000-item page).
const platform = 'CROWDAI' as const;

/** ISO from Rails JSON dates and from Ruby `Time#to_s` (`2017-10-30 06:02:02 UTC`). */
export function iso(value: string | null | undefined): string | null {
  if (!value) return null;
  const ruby = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC$/.exec(value);
  const ms = Date.parse(ruby ? `${ruby[1]}T${ruby[2]}Z` : value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const challengeStatus: Record<string, ChallengeStatus> = {
  running: 'ACTIVE',
  starting_soon: 'UPCOMING',
  draft: 'UPCOMING',
  completed: 'ENDED',
};

const submissionStatus: Record<string, SubmissionStatus> = {
  ready: 'PENDING',
  submitted: 'PROCESSING',
  initiated: 'PROCESSING',
  graded: 'SCORED',
  failed: 'FAILED',
};

export function toRound(wire: RoundWire): CrowdAIRoundModel {
  return {
    roundId: wire.id,
    name: wire.challenge_round ?? null,
    active: wire.active ?? null,
    submissionLimit: wire.submission_limit ?? null,
    submissionLimitPeriod: wire.submission_limit_period_cd ?? null,
    startsAt: iso(wire.start_dttm),
    endsAt: iso(wire.end_dttm),
    minimumScore: wire.minimum_score ?? null,
    minimumScoreSecondary: wire.minimum_score_secondary ?? null,
    rankingWindow: wire.ranking_window ?? null,
    scorePrecision: wire.score_precision ?? null,
    failedSubmissions: wire.failed_submissions ?? null,
    parallelSubmissions: wire.parallel_submissions ?? null,
  };
}

export function toChallenge(wire: ChallengeWire, rounds: RoundWire[] | null): CrowdAIChallengeModel {
  const mapped = rounds?.map(toRound) ?? null;
  const starts =
    mapped
      ?.map((r) => r.startsAt)
      .filter((d): d is string => d !== null)
      .sort() ?? [];
  const ends =
    mapped
      ?.map((r) => r.endsAt)
      .filter((d): d is string => d !== null)
      .sort() ?? [];
  return {
    platform,
    __typename: 'CrowdAIChallenge',
    nativeId: String(wire.id),
    url: null,
    challengeId: wire.id,
    name: wire.challenge,
    description: null,
    status: challengeStatus[wire.status_cd] ?? 'UNKNOWN',
    platformStatus: wire.status_cd,
    startsAt: starts[0] ?? null,
    endsAt: ends.at(-1) ?? null,
    primarySortOrder: wire.primary_sort_order_cd ?? null,
    secondarySortOrder: wire.secondary_sort_order_cd ?? null,
    perpetual: wire.perpetual_challenge ?? null,
    rounds: mapped,
  };
}

export function toSubmission(wire: SubmissionWire): CrowdAISubmissionModel {
  return {
    platform,
    __typename: 'CrowdAISubmission',
    nativeId: String(wire.id),
    url: null,
    submissionId: wire.id,
    challengeId: wire.challenge_id,
    challengeName: wire.challenge_name ?? null,
    roundId: wire.challenge_round_id ?? null,
    status: submissionStatus[wire.grading_status_cd] ?? 'UNKNOWN',
    platformStatus: wire.grading_status_cd,
    submittedAt: iso(wire.created_at),
    score: wire.score ?? null,
    scoreSecondary: wire.score_secondary ?? null,
    submitter: wire.participant_name ?? null,
    participantId: wire.participant_id,
    participantAffiliation: wire.participant_affiliation ?? null,
    meta: wire.meta ?? {},
    descriptionMarkdown: wire.description_markdown ?? null,
    files: wire.submission_files.map((f) => ({
      fileId: f.id,
      s3Key: f.submission_file_s3_key ?? null,
      signedUrl: f.aws_url ?? null,
    })),
  };
}

export function toParticipant(
  id: number,
  name: string | null,
  email: string | null,
): CrowdAIParticipantModel {
  // Participants are looked up by name (`/api/participants/:name`), so the name is the native id.
  return {
    platform,
    __typename: 'CrowdAIParticipant',
    nativeId: name ?? String(id),
    participantId: id,
    name,
    email,
  };
}
