import { parseMicros, US_PER_HOUR, type Micros } from './time.js';

export interface TrainingSeed {
  readonly id: number;
  readonly version: string;
  readonly uploadedAt: Micros;
  readonly isLatest: boolean;
}

export interface ChallengeSeed {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly startDate: Micros;
  readonly endDate: Micros | null;
  readonly isActive: boolean;
  /** Prediction horizons; columns are `pred_<h>`, targets `target_<h>`. */
  readonly horizons: readonly string[];
  readonly slots: number;
  readonly universe: 'crypto' | 'equity';
  /** Pipeline lag between a period's release and its file passing quality checks. */
  readonly publishDelay: Micros;
  /** Ended challenges keep a fixed history; active ones follow the simulator's clock. */
  readonly fixedFirstRelease: Micros | null;
  /** InferenceData ids are `periodIdBase + period index`. */
  readonly periodIdBase: number;
  readonly training: readonly TrainingSeed[];
}

/** Days of daily periods each challenge has when the simulator starts. */
export const HISTORY_DAYS = 14;
export const MIN_MATCHED_IDS = 80;
export const SUBMISSION_WINDOW = 4 * US_PER_HOUR;

const FEATURES = 'feature_{1..20}_lag{0,5,10,15}';

export const CHALLENGES: readonly ChallengeSeed[] = [
  {
    id: 1,
    slug: 'equity-nlp',
    name: 'Equity NLP',
    description:
      'Rank US equities by expected forward returns using features derived from news and filings.\r\n\r\n' +
      'This challenge has ended; its data remain available for research.',
    startDate: parseMicros('2024-03-01T15:00:00Z'),
    endDate: parseMicros('2025-04-30T23:59:59Z'),
    isActive: false,
    horizons: ['1M', '3M', '6M', '9M', '12M'],
    slots: 5,
    universe: 'equity',
    publishDelay: 0,
    fixedFirstRelease: parseMicros('2025-04-16T14:00:12.518204Z'),
    periodIdBase: 100,
    training: [
      { id: 1, version: '1.0', uploadedAt: parseMicros('2024-02-27T09:12:44.731022Z'), isLatest: false },
      { id: 2, version: '2.0', uploadedAt: parseMicros('2024-08-14T16:03:19.004417Z'), isLatest: false },
      { id: 3, version: '2.1', uploadedAt: parseMicros('2024-11-05T11:47:52.662980Z'), isLatest: true },
    ],
  },
  {
    id: 5,
    slug: 'hyperliquid-ranking',
    name: 'Hyperliquid Ranking',
    description:
      'Rank the crypto assets listed on Hyperliquid by their relative returns over the next 10 and 30 days.\r\n\r\n' +
      'Submit pred_10d and pred_30d in [0, 1] for each id; higher means a better expected return.',
    startDate: parseMicros('2025-06-05T12:34:26Z'),
    endDate: null,
    isActive: true,
    horizons: ['10d', '30d'],
    slots: 5,
    universe: 'crypto',
    publishDelay: 0,
    fixedFirstRelease: null,
    periodIdBase: 1000,
    training: [
      { id: 4, version: '1.0', uploadedAt: parseMicros('2025-06-05T12:38:31.402576Z'), isLatest: false },
      { id: 6, version: '1.1', uploadedAt: parseMicros('2025-07-22T08:15:02.118734Z'), isLatest: false },
      { id: 8, version: '2.0', uploadedAt: parseMicros('2025-09-30T13:27:45.950161Z'), isLatest: true },
    ],
  },
  {
    id: 7,
    slug: 'crypto-momentum',
    name: 'Crypto Momentum',
    description:
      'Rank crypto assets by short-horizon momentum over the next 7 and 14 days.\r\n\r\n' +
      "Today's inference file is published once it passes quality checks, about two hours after release.",
    startDate: parseMicros('2025-10-01T14:00:00Z'),
    endDate: null,
    isActive: true,
    horizons: ['7d', '14d'],
    slots: 5,
    universe: 'crypto',
    publishDelay: 2 * US_PER_HOUR,
    fixedFirstRelease: null,
    periodIdBase: 2000,
    training: [
      { id: 9, version: '1.0', uploadedAt: parseMicros('2025-09-28T10:05:37.284199Z'), isLatest: false },
      { id: 10, version: '1.1', uploadedAt: parseMicros('2025-10-15T17:42:08.839516Z'), isLatest: true },
    ],
  },
];

export function featureNames(): string[] {
  const names: string[] = [];
  for (let feature = 1; feature <= 20; feature += 1) {
    for (const lag of [0, 5, 10, 15]) names.push(`feature_${feature}_lag${lag}`);
  }
  return names;
}

export function featureDescription(challenge: ChallengeSeed): string {
  return (
    `80 features named ${FEATURES}: 20 signals, each at lags of 0, 5, 10 and 15 days, ` +
    `cross-sectionally ranked to [0, 1] per date. Rows are keyed by id (${challenge.universe} symbol), eodhd_id and date.`
  );
}

export function targetDescription(challenge: ChallengeSeed): string {
  const targets = challenge.horizons.map((h) => `target_${h}`).join(', ');
  return `${targets}: cross-sectional rank in [0, 1] of each asset's forward return over the horizon.`;
}

/** A seeded submission: period offset from the newest released period (0 = newest). */
export interface SubmissionSeed {
  readonly username: string;
  readonly challengeSlug: string;
  readonly periodsAgo: number;
  readonly slot: number;
  /** How good the fake model is, 0 (noise) … 1 (perfect); shapes the deterministic scores. */
  readonly skill: number;
  readonly notes?: string;
}

/**
 * alice: 9 (one still pending in the current hyperliquid period, slot 2); bob: 6; carol: none.
 * Slot 1 of the current period is left free for both, so a first upload there creates.
 */
export const SUBMISSIONS: readonly SubmissionSeed[] = [
  { username: 'alice', challengeSlug: 'hyperliquid-ranking', periodsAgo: 0, slot: 2, skill: 0.12 },
  { username: 'alice', challengeSlug: 'hyperliquid-ranking', periodsAgo: 1, slot: 1, skill: 0.08 },
  {
    username: 'alice',
    challengeSlug: 'hyperliquid-ranking',
    periodsAgo: 1,
    slot: 2,
    skill: 0.14,
    notes: 'lgbm v2',
  },
  { username: 'alice', challengeSlug: 'hyperliquid-ranking', periodsAgo: 2, slot: 1, skill: 0.1 },
  { username: 'alice', challengeSlug: 'hyperliquid-ranking', periodsAgo: 3, slot: 1, skill: 0.09 },
  {
    username: 'alice',
    challengeSlug: 'hyperliquid-ranking',
    periodsAgo: 5,
    slot: 3,
    skill: 0.02,
    notes: 'baseline',
  },
  { username: 'alice', challengeSlug: 'crypto-momentum', periodsAgo: 2, slot: 1, skill: 0.06 },
  { username: 'alice', challengeSlug: 'equity-nlp', periodsAgo: 0, slot: 1, skill: 0.07 },
  { username: 'alice', challengeSlug: 'equity-nlp', periodsAgo: 1, slot: 1, skill: 0.05 },
  { username: 'bob', challengeSlug: 'hyperliquid-ranking', periodsAgo: 1, slot: 1, skill: 0.01 },
  { username: 'bob', challengeSlug: 'hyperliquid-ranking', periodsAgo: 3, slot: 1, skill: 0.04 },
  { username: 'bob', challengeSlug: 'hyperliquid-ranking', periodsAgo: 4, slot: 2, skill: 0 },
  { username: 'bob', challengeSlug: 'hyperliquid-ranking', periodsAgo: 7, slot: 1, skill: 0.06 },
  { username: 'bob', challengeSlug: 'crypto-momentum', periodsAgo: 1, slot: 1, skill: 0.03 },
  { username: 'bob', challengeSlug: 'crypto-momentum', periodsAgo: 3, slot: 1, skill: 0.08 },
];
