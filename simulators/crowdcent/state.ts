import { Calendar } from './periods.js';
import { CHALLENGES, SUBMISSIONS, type ChallengeSeed } from './seed.js';
import { SignedStorage } from './storage.js';
import { SubmissionStore } from './submissions.js';
import { toMicros, US_PER_HOUR, type Micros } from './time.js';

/** Everything one simulator instance knows; nothing is shared between instances. */
export interface CrowdCentState {
  readonly now: () => Micros;
  readonly challenges: ReadonlyMap<string, ChallengeSeed>;
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly storage: SignedStorage;
  readonly submissions: SubmissionStore;
  readonly trainingRows: number;
}

export function createState(clock: () => Date, trainingRows: number): CrowdCentState {
  const now = (): Micros => toMicros(clock());
  const start = now();
  // the current period opened an hour ago and stays open three more hours
  const anchor = start - US_PER_HOUR;
  const challenges = new Map(CHALLENGES.map((challenge) => [challenge.slug, challenge]));
  const calendars = new Map(CHALLENGES.map((challenge) => [challenge.slug, new Calendar(challenge, anchor)]));
  const storage = new SignedStorage();
  const submissions = new SubmissionStore(storage);
  submissions.seed(SUBMISSIONS, challenges, calendars, start);
  return { now, challenges, calendars, storage, submissions, trainingRows };
}

export function calendarOf(state: CrowdCentState, challenge: ChallengeSeed): Calendar {
  const calendar = state.calendars.get(challenge.slug);
  // every seeded challenge gets a calendar in createState
  if (calendar === undefined) throw new Error(`no calendar for ${challenge.slug}`);
  return calendar;
}
