import type { ChallengeRecord, LimitPeriod, RoundRecord } from './model.js';
import type { CrowdAIState } from './state.js';
import { DAY, WEEK, type Millis } from './time.js';

/**
 * SubmissionsRemainingQuery (reference §6): per round, `submission_limit` over a sliding 24 h or
 * 7 d window, or over the whole round; failed entries are refunded up to `failed_submissions`;
 * the reset is the first entry in the window plus the period. Post-challenge entries do not
 * count [inference].
 */

export interface Slots {
  readonly remaining: number;
  /** When the oldest entry in the window leaves it; null for `round` limits and empty windows. */
  readonly resetAt: Millis | null;
}

const WINDOW: Readonly<Record<LimitPeriod, Millis | null>> = { day: DAY, week: WEEK, round: null };

export function slotsRemaining(
  state: CrowdAIState,
  challenge: ChallengeRecord,
  round: RoundRecord | undefined,
  participantId: number,
): Slots {
  // a challenge that is not running reports [1, nil]
  if (challenge.status !== 'running' || round === undefined) return { remaining: 1, resetAt: null };
  const now = state.now();
  const period = WINDOW[round.period];
  const since = period === null ? Number.NEGATIVE_INFINITY : now - period;
  const entries = state
    .submissions()
    .filter(
      (submission) =>
        submission.participantId === participantId &&
        submission.roundId === round.id &&
        !submission.postChallenge &&
        submission.createdAt > since &&
        submission.createdAt <= now,
    );
  const failed = entries.filter((submission) => submission.status === 'failed').length;
  const used = entries.length - Math.min(failed, round.failedSubmissions);
  const first = Math.min(...entries.map((submission) => submission.createdAt));
  return {
    remaining: Math.max(0, round.submissionLimit - used),
    resetAt: period === null || entries.length === 0 ? null : first + period,
  };
}
