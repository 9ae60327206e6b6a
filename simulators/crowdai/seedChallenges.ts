import type { ChallengeRecord, ClefTaskRecord, LimitPeriod, RoundRecord } from './model.js';
import { DAY, type Millis } from './time.js';

/**
 * The seeded challenges, laid out around the clock's reading at start (`t0`): a featured
 * three-round challenge in its second round, a running one with a daily limit of 5, a CLEF task
 * with a weekly limit, failed-submission refunds and a parallel limit, one completed long ago,
 * one starting soon and a draft. Organizer 3 owns 9, 3 and 24; organizer 8 owns 14, 21 and 26.
 */

export const PROSTHETICS = 9;
export const MAPPING = 14;
export const LEARNING_TO_RUN = 3;
export const IMAGECLEF = 21;
export const BLUE_BRAIN = 24;
export const FOOD = 26;

export const ROUND = {
  prostheticsR1: 17,
  prostheticsR2: 18,
  prostheticsR3: 19,
  mapping: 24,
  learningToRun: 5,
  imageclef: 31,
  blueBrain: 36,
  food: 38,
} as const;

export const CLEF_TASK = 5;

interface RoundPlan {
  readonly id: number;
  readonly active: boolean;
  readonly limit: number;
  readonly period: LimitPeriod;
  readonly startDays: number;
  readonly endDays: number;
  readonly minimumScore?: number;
  readonly failedSubmissions?: number;
  readonly parallelSubmissions?: number;
}

function rounds(t0: Millis, challengeId: number, plans: readonly RoundPlan[]): RoundRecord[] {
  return plans.map((plan, index) => {
    const startAt = t0 + plan.startDays * DAY;
    return {
      id: plan.id,
      challengeId,
      name: `Round ${index + 1}`,
      active: plan.active,
      submissionLimit: plan.limit,
      period: plan.period,
      startAt,
      endAt: t0 + plan.endDays * DAY,
      minimumScore: plan.minimumScore ?? null,
      minimumScoreSecondary: null,
      rankingWindow: 96,
      scorePrecision: 3,
      failedSubmissions: plan.failedSubmissions ?? 0,
      parallelSubmissions: plan.parallelSubmissions ?? 0,
      createdAt: startAt - 21 * DAY,
      updatedAt: startAt - 2 * DAY,
    };
  });
}

export function seedChallenges(t0: Millis): ChallengeRecord[] {
  return [
    {
      id: PROSTHETICS,
      title: 'NeurIPS 2018: AI for Prosthetics Challenge',
      slug: 'nips-2018-ai-for-prosthetics-challenge',
      clientName: 'nips18_ai_for_prosthetics',
      organizerId: 3,
      status: 'running',
      primarySortOrder: 'descending',
      secondarySortOrder: 'not_used',
      perpetual: false,
      featuredSequence: 1,
      postChallengeSubmissions: false,
      rounds: rounds(t0, PROSTHETICS, [
        {
          id: ROUND.prostheticsR1,
          active: false,
          limit: 5,
          period: 'day',
          startDays: -60,
          endDays: -10,
          minimumScore: 2000,
        },
        { id: ROUND.prostheticsR2, active: true, limit: 3, period: 'day', startDays: -10, endDays: 20 },
        { id: ROUND.prostheticsR3, active: false, limit: 1, period: 'round', startDays: 21, endDays: 50 },
      ]),
    },
    {
      id: MAPPING,
      title: 'crowdAI Mapping Challenge',
      slug: 'crowdai-mapping-challenge',
      clientName: 'crowdai_mapping_challenge',
      organizerId: 8,
      status: 'running',
      primarySortOrder: 'descending',
      secondarySortOrder: 'descending',
      perpetual: false,
      featuredSequence: 0,
      postChallengeSubmissions: false,
      rounds: rounds(t0, MAPPING, [
        { id: ROUND.mapping, active: true, limit: 5, period: 'day', startDays: -90, endDays: 60 },
      ]),
    },
    {
      id: LEARNING_TO_RUN,
      title: 'NIPS 2017: Learning to Run',
      slug: 'nips-2017-learning-to-run',
      clientName: 'nips17_learning_to_run',
      organizerId: 3,
      status: 'completed',
      primarySortOrder: 'descending',
      secondarySortOrder: 'not_used',
      perpetual: false,
      featuredSequence: 0,
      postChallengeSubmissions: true,
      rounds: rounds(t0, LEARNING_TO_RUN, [
        { id: ROUND.learningToRun, active: true, limit: 5, period: 'day', startDays: -600, endDays: -480 },
      ]),
    },
    {
      id: IMAGECLEF,
      title: 'ImageCLEF 2019 Caption - Concept Detection',
      slug: 'imageclef-2019-caption-concept-detection',
      clientName: 'imageclef_2019_caption',
      organizerId: 8,
      status: 'running',
      primarySortOrder: 'descending',
      secondarySortOrder: 'not_used',
      perpetual: false,
      featuredSequence: 0,
      postChallengeSubmissions: false,
      rounds: rounds(t0, IMAGECLEF, [
        {
          id: ROUND.imageclef,
          active: true,
          limit: 10,
          period: 'week',
          startDays: -30,
          endDays: 15,
          failedSubmissions: 3,
          parallelSubmissions: 1,
        },
      ]),
    },
    {
      id: BLUE_BRAIN,
      title: 'Blue Brain: Neuron Morphology Challenge',
      slug: 'blue-brain-neuron-morphology-challenge',
      clientName: 'bluebrainchallenge',
      organizerId: 3,
      status: 'starting_soon',
      primarySortOrder: 'ascending',
      secondarySortOrder: 'ascending',
      perpetual: false,
      featuredSequence: 0,
      postChallengeSubmissions: false,
      rounds: rounds(t0, BLUE_BRAIN, [
        { id: ROUND.blueBrain, active: true, limit: 10, period: 'round', startDays: 7, endDays: 67 },
      ]),
    },
    {
      id: FOOD,
      title: 'Food Recognition Challenge',
      slug: 'food-recognition-challenge',
      // the default a challenge gets before its organizer names it (reference §3)
      clientName: 'challenge_3b9a1c5e27d04f86',
      organizerId: 8,
      status: 'draft',
      primarySortOrder: 'descending',
      secondarySortOrder: 'descending',
      perpetual: true,
      featuredSequence: 0,
      postChallengeSubmissions: false,
      rounds: rounds(t0, FOOD, [
        { id: ROUND.food, active: true, limit: 5, period: 'day', startDays: 40, endDays: 100 },
      ]),
    },
  ];
}

export const CLEF_TASKS: readonly ClefTaskRecord[] = [
  {
    id: CLEF_TASK,
    name: 'ImageCLEF 2019 Caption',
    registrations: [
      { participantId: 1542, status: 'registered' },
      { participantId: 2459, status: 'registered' },
      { participantId: 3021, status: 'registered' },
      { participantId: 3144, status: 'requested' },
      { participantId: 3380, status: 'registered' },
      { participantId: 4477, status: 'requested' },
    ],
  },
];
