import type {
  ChallengeRecord,
  ClefFields,
  GradingStatus,
  SubmissionFileRecord,
  SubmissionRecord,
} from './model.js';
import { between, draw, uuid } from '../core/random.js';
import { IMAGECLEF, LEARNING_TO_RUN, MAPPING, PROSTHETICS, ROUND, seedChallenges } from './seedChallenges.js';
import type { ObjectStore } from './storage.js';
import { DAY, HOUR, MINUTE, SECOND, type Millis } from './time.js';

/**
 * The seeded submissions (about 150, deterministic for a given start time). Ids follow creation
 * order from 10001; submission files are numbered from 4001. Hand-placed entries make the
 * interesting cases: fatima_z (3912) has used all 5 Mapping slots in the last 24 h, AnikaR (1388)
 * one of them; oleksandr_p (3021) has an ImageCLEF entry still `submitted` (parallel limit 1);
 * priya_s (3144) never reached Round 1's minimum score of the Prosthetics challenge.
 */

export const FIRST_SUBMISSION_ID = 10001;
const FIRST_FILE_ID = 4001;

interface Media {
  readonly large: string;
  readonly thumbnail: string;
  readonly contentType: string;
}

interface Draft {
  readonly challengeId: number;
  readonly roundId: number;
  readonly participantId: number;
  readonly at: Millis;
  readonly status: GradingStatus;
  readonly score: number | null;
  readonly scoreSecondary: number | null;
  readonly message: string | null;
  readonly meta: Record<string, unknown>;
  readonly description: string | null;
  readonly postChallenge: boolean;
  readonly media: Media | null;
  readonly withFile: boolean;
  readonly clef: ClefFields | null;
}

/** What each kind of grader says when an entry cannot be graded. */
const FAILURES = {
  simulation: [
    'Simulation crashed: NaN in muscle activations at step 212.',
    'Grading timed out after 3600 seconds.',
    'Agent disconnected: no action received within 600 seconds.',
  ],
  annotations: [
    'Invalid JSON: Unexpected token ] in JSON at position 1048',
    'Annotations file could not be parsed: unexpected end of JSON input',
    'Grading timed out after 3600 seconds.',
  ],
  runs: [
    'Error: the submitted file has 1421 rows, expected 1500.',
    'Image id 2938_1812 is not part of the test set.',
    'Concept C0040405 is not part of the concept vocabulary.',
  ],
} as const;

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function draft(
  partial: Partial<Draft> & Pick<Draft, 'challengeId' | 'roundId' | 'participantId' | 'at'>,
): Draft {
  return {
    status: 'graded',
    score: null,
    scoreSecondary: null,
    message: null,
    meta: {},
    description: null,
    postChallenge: false,
    media: null,
    withFile: false,
    clef: null,
    ...partial,
  };
}

interface Series {
  readonly tag: string;
  readonly challengeId: number;
  readonly roundId: number;
  readonly participants: readonly number[];
  readonly from: Millis;
  readonly to: Millis;
  readonly failureRate: number;
  readonly failures: readonly string[];
  readonly make: (participant: number, index: number) => Partial<Draft>;
}

/** Each participant's entries spread evenly over the window, jittered, oldest first. */
function series(plan: Series): Draft[] {
  return plan.participants.flatMap((participantId) => {
    const count = between(3, 5, plan.tag, 'count', participantId);
    return Array.from({ length: count }, (_, index) => {
      const share = (index + 0.15 + 0.7 * draw(plan.tag, 'at', participantId, index)) / count;
      const at = Math.round((plan.from + share * (plan.to - plan.from)) / SECOND) * SECOND;
      const base = { challengeId: plan.challengeId, roundId: plan.roundId, participantId, at };
      if (draw(plan.tag, 'failed', participantId, index) < plan.failureRate) {
        const message =
          plan.failures[between(0, plan.failures.length - 1, plan.tag, 'why', participantId, index)] ?? null;
        return draft({
          ...base,
          ...plan.make(participantId, index),
          status: 'failed',
          score: null,
          scoreSecondary: null,
          media: null,
          message,
        });
      }
      return draft({ ...base, ...plan.make(participantId, index) });
    });
  });
}

function media(kind: 'mp4' | 'gif', participant: number, index: number): Media {
  const id = uuid('media', kind, participant, index);
  return {
    large: `media/${id}-large.${kind}`,
    thumbnail: `media/${id}-thumbnail.${kind}`,
    contentType: kind === 'mp4' ? 'video/mp4' : 'image/gif',
  };
}

function drafts(t0: Millis): Draft[] {
  const prostheticsR1: Series = {
    tag: 'prosthetics-r1',
    failures: FAILURES.simulation,
    challengeId: PROSTHETICS,
    roundId: ROUND.prostheticsR1,
    participants: [1207, 1388, 1542, 2210, 2317, 2459, 3021, 3144],
    from: t0 - 60 * DAY,
    to: t0 - 10 * DAY - HOUR,
    failureRate: 0.12,
    make: (participant, index) => {
      // priya_s stays under the 2000 needed for Round 2
      const base =
        participant === 3144 ? 900 + 600 * draw('pr1', participant) : 2100 + 3000 * draw('pr1', participant);
      const step = participant === 3144 ? 40 : 350 * draw('pr1', participant, index);
      return {
        score: round3(base + index * step + draw('pr1f', participant, index)),
        media: media('mp4', participant, index),
        meta: { osim_rl_version: '2.1.5', episode_length: between(180, 1000, 'len', participant, index) },
      };
    },
  };
  const prostheticsR2: Series = {
    tag: 'prosthetics-r2',
    failures: FAILURES.simulation,
    challengeId: PROSTHETICS,
    roundId: ROUND.prostheticsR2,
    participants: [1207, 1388, 2210, 2317, 3021],
    from: t0 - 9.5 * DAY,
    to: t0 - 2 * DAY,
    failureRate: 0.1,
    make: (participant, index) => ({
      score: round3(4000 + 5500 * draw('pr2', participant) + index * 150 + draw('pr2f', participant, index)),
      media: media('mp4', participant, 100 + index),
      meta: { osim_rl_version: '2.1.6', episode_length: 1000 },
    }),
  };
  const mapping: Series = {
    tag: 'mapping',
    failures: FAILURES.annotations,
    challengeId: MAPPING,
    roundId: ROUND.mapping,
    participants: [1207, 1388, 2210, 2317, 3380, 3912, 4105, 4477],
    from: t0 - 85 * DAY,
    to: t0 - 2 * DAY,
    failureRate: 0.1,
    make: (participant, index) => {
      const score = Math.min(0.943, 0.55 + 0.3 * draw('ap', participant) + index * 0.02);
      return {
        score: round3(score),
        scoreSecondary: round3(Math.min(0.961, score + 0.03 + 0.02 * draw('ar', participant, index))),
        withFile: true,
        meta: { model: index % 2 === 0 ? 'Mask R-CNN' : 'U-Net', epochs: 10 + index * 5 },
      };
    },
  };
  const learningToRun: Series = {
    tag: 'l2r',
    failures: FAILURES.simulation,
    challengeId: LEARNING_TO_RUN,
    roundId: ROUND.learningToRun,
    participants: [1207, 1542, 2459, 3021, 3380, 4105],
    from: t0 - 600 * DAY,
    to: t0 - 480 * DAY - HOUR,
    failureRate: 0.08,
    make: (participant, index) => ({
      score: round3(
        Math.min(45.6, 5 + 30 * draw('l2r', participant) + index * 1.5 + draw('l2rf', participant, index)),
      ),
      media: media('gif', participant, index),
    }),
  };
  const imageclef: Series = {
    tag: 'imageclef',
    failures: FAILURES.runs,
    challengeId: IMAGECLEF,
    roundId: ROUND.imageclef,
    participants: [1542, 2459, 3021, 3144, 3380],
    from: t0 - 28 * DAY,
    to: t0 - 1 * DAY,
    failureRate: 0.25,
    make: (participant, index) => ({
      score: round3(0.08 + 0.19 * draw('clef', participant, index)),
      description: `Run ${index + 1}: ${index % 2 === 0 ? 'DenseNet-121' : 'ResNet-152'} multi-label concept detector.`,
      meta: { run_name: `run_${index + 1}` },
      clef: {
        methodDescription: 'CNN encoder with a sigmoid multi-label head, thresholded per concept.',
        retrievalType: 'Visual',
        runType: 'Automatic',
        primaryRun: index === 0,
        otherInfo: null,
        additional: null,
      },
    }),
  };
  const mapAt = (participantId: number, hoursAgo: number, status: GradingStatus = 'graded'): Draft =>
    draft({
      challengeId: MAPPING,
      roundId: ROUND.mapping,
      participantId,
      at: t0 - hoursAgo * HOUR,
      status,
      score: status === 'graded' ? round3(0.8 + hoursAgo / 200) : null,
      scoreSecondary: status === 'graded' ? round3(0.84 + hoursAgo / 250) : null,
      message:
        status === 'failed' ? 'Annotations file could not be parsed: unexpected end of JSON input' : null,
      withFile: true,
    });
  const handPlaced: Draft[] = [
    // fatima_z: all five Mapping slots of the last 24 h used, one of them failed (no refunds)
    mapAt(3912, 20),
    mapAt(3912, 15),
    mapAt(3912, 9),
    mapAt(3912, 4, 'failed'),
    mapAt(3912, 1),
    mapAt(1388, 6),
    draft({
      challengeId: PROSTHETICS,
      roundId: ROUND.prostheticsR2,
      participantId: 2317,
      at: t0 - 3 * HOUR,
      score: 9312.447,
      media: media('mp4', 2317, 999),
    }),
    // still being graded: blocks oleksandr_p's next ImageCLEF entry (parallel limit 1)
    draft({
      challengeId: IMAGECLEF,
      roundId: ROUND.imageclef,
      participantId: 3021,
      at: t0 - 30 * MINUTE,
      status: 'submitted',
    }),
    draft({
      challengeId: LEARNING_TO_RUN,
      roundId: ROUND.learningToRun,
      participantId: 2459,
      at: t0 - 100 * DAY,
      score: 41.203,
      postChallenge: true,
      media: media('gif', 2459, 500),
    }),
    draft({
      challengeId: LEARNING_TO_RUN,
      roundId: ROUND.learningToRun,
      participantId: 4105,
      at: t0 - 30 * DAY,
      score: 38.75,
      postChallenge: true,
    }),
  ];
  return [
    ...series(prostheticsR1),
    ...series(prostheticsR2),
    ...series(mapping),
    ...series(learningToRun),
    ...series(imageclef),
    ...handPlaced,
  ];
}

function predictionsFile(key: string): Uint8Array {
  const annotations = Array.from({ length: 5 }, (_, index) => ({
    image_id: 300000 + between(0, 99999, key, 'image', index),
    category_id: 100,
    score: round3(0.5 + 0.5 * draw(key, 'score', index)),
    segmentation: [[12.0, 14.5, 80.25, 14.5, 80.25, 96.0, 12.0, 96.0]],
    bbox: [12.0, 14.5, 68.25, 81.5],
  }));
  return new TextEncoder().encode(JSON.stringify(annotations));
}

export interface SeededWorld {
  readonly challenges: ChallengeRecord[];
  readonly submissions: SubmissionRecord[];
}

export function seedWorld(t0: Millis, storage: ObjectStore): SeededWorld {
  let fileId = FIRST_FILE_ID;
  const ordered = drafts(t0)
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at - b.entry.at || a.index - b.index);
  const submissions = ordered.map(({ entry }, index): SubmissionRecord => {
    const id = FIRST_SUBMISSION_ID + index;
    const files: SubmissionFileRecord[] = [];
    if (entry.withFile) {
      const s3Key = `submissions/${uuid('file', id)}`;
      storage.define(s3Key, 'application/json', () => predictionsFile(s3Key));
      files.push({ id: fileId, s3Key });
      fileId += 1;
    }
    const graded = entry.status === 'graded' || entry.status === 'failed';
    return {
      id,
      challengeId: entry.challengeId,
      participantId: entry.participantId,
      roundId: entry.roundId,
      createdAt: entry.at,
      updatedAt: graded ? entry.at + between(40, 400, 'grading', id) * SECOND : entry.at,
      status: entry.status,
      score: entry.score,
      scoreSecondary: entry.scoreSecondary,
      gradingMessage: entry.message,
      meta: entry.meta,
      descriptionMarkdown: entry.description,
      postChallenge: entry.postChallenge,
      mediaLarge: entry.media?.large ?? null,
      mediaThumbnail: entry.media?.thumbnail ?? null,
      mediaContentType: entry.media?.contentType ?? null,
      files,
      clef: entry.clef,
    };
  });
  return { challenges: seedChallenges(t0), submissions };
}
