import type { ChallengeRecord, ClefTaskRecord, RoundRecord, SubmissionRecord } from './model.js';
import { seedWorld } from './seed.js';
import { CLEF_TASKS } from './seedChallenges.js';
import { ObjectStore } from './storage.js';
import type { Millis } from './time.js';

/** Everything one simulator instance knows; nothing is shared between instances. */
export class CrowdAIState {
  readonly storage = new ObjectStore();
  readonly challenges: readonly ChallengeRecord[];
  readonly clefTasks: readonly ClefTaskRecord[] = CLEF_TASKS;
  readonly #submissions = new Map<number, SubmissionRecord>();
  readonly #clock: () => Date;
  #nextSubmissionId: number;

  constructor(clock: () => Date) {
    this.#clock = clock;
    const world = seedWorld(this.now(), this.storage);
    this.challenges = world.challenges;
    for (const submission of world.submissions) this.#submissions.set(submission.id, submission);
    this.#nextSubmissionId = Math.max(0, ...this.#submissions.keys()) + 1;
  }

  now(): Millis {
    return this.#clock().getTime();
  }

  challengeByClientName(name: string): ChallengeRecord | undefined {
    return this.challenges.find((challenge) => challenge.clientName === name);
  }

  challengeById(id: number): ChallengeRecord | undefined {
    return this.challenges.find((challenge) => challenge.id === id);
  }

  /** friendly_id: a numeric id or the slug [inference]. */
  challengeByIdOrSlug(raw: string): ChallengeRecord | undefined {
    return /^\d+$/.test(raw)
      ? this.challengeById(Number(raw))
      : this.challenges.find((challenge) => challenge.slug === raw);
  }

  roundById(id: number): RoundRecord | undefined {
    for (const challenge of this.challenges) {
      const round = challenge.rounds.find((candidate) => candidate.id === id);
      if (round !== undefined) return round;
    }
    return undefined;
  }

  submission(id: number): SubmissionRecord | undefined {
    return this.#submissions.get(id);
  }

  /** Every submission, oldest id first. */
  submissions(): SubmissionRecord[] {
    return [...this.#submissions.values()];
  }

  /** Distinct participants with at least one submission; orders the challenge list. */
  participantCount(challengeId: number): number {
    return new Set(
      this.submissions()
        .filter((submission) => submission.challengeId === challengeId)
        .map((submission) => submission.participantId),
    ).size;
  }

  /** A new `ready` entry, as the grader API stores it before grading (reference §5). */
  create(
    fields: Pick<SubmissionRecord, 'challengeId' | 'participantId' | 'roundId'> &
      Partial<Pick<SubmissionRecord, 'meta' | 'descriptionMarkdown' | 'postChallenge'>>,
  ): SubmissionRecord {
    const at = this.now();
    const submission: SubmissionRecord = {
      id: this.#nextSubmissionId,
      challengeId: fields.challengeId,
      participantId: fields.participantId,
      roundId: fields.roundId,
      createdAt: at,
      updatedAt: at,
      status: 'ready',
      score: null,
      scoreSecondary: null,
      gradingMessage: null,
      meta: fields.meta ?? {},
      descriptionMarkdown: fields.descriptionMarkdown ?? null,
      postChallenge: fields.postChallenge ?? false,
      mediaLarge: null,
      mediaThumbnail: null,
      mediaContentType: null,
      files: [],
      clef: null,
    };
    this.#nextSubmissionId += 1;
    this.#submissions.set(submission.id, submission);
    return submission;
  }
}
