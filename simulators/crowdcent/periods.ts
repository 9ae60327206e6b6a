import { draw } from '../core/random.js';
import { HISTORY_DAYS, SUBMISSION_WINDOW, type ChallengeSeed } from './seed.js';
import { dateKey, US_PER_DAY, US_PER_SECOND, type Micros } from './time.js';

/** One daily inference period, which is also a submission window. */
export interface Period {
  readonly index: number;
  readonly id: number;
  readonly release: Micros;
  readonly deadline: Micros;
  /** When the file passed quality checks; submissions are accepted from here to the deadline. */
  readonly published: Micros;
  /** `YYYY-MM-DD` of the release, the key used in paths and `?period=`. */
  readonly date: string;
}

/**
 * Daily periods of one challenge. Active challenges start HISTORY_DAYS - 1 days before the
 * anchor and keep releasing one period a day, so the list grows as the clock advances; ended
 * ones have a fixed history.
 */
export class Calendar {
  readonly #challenge: ChallengeSeed;
  readonly #first: Micros;
  readonly #fixedCount: number | null;

  constructor(challenge: ChallengeSeed, anchor: Micros) {
    this.#challenge = challenge;
    this.#first = challenge.fixedFirstRelease ?? anchor - (HISTORY_DAYS - 1) * US_PER_DAY;
    this.#fixedCount = challenge.fixedFirstRelease === null ? null : HISTORY_DAYS;
  }

  period(index: number): Period {
    // the real pipeline finishes a little later each day; keep that texture, but under 90 s
    const jitter = Math.floor(draw(this.#challenge.slug, 'release', index) * 90 * US_PER_SECOND);
    const release = this.#first + index * US_PER_DAY + jitter;
    return {
      index,
      id: this.#challenge.periodIdBase + index + 1,
      release,
      deadline: release + SUBMISSION_WINDOW,
      published: release + this.#challenge.publishDelay,
      date: dateKey(release),
    };
  }

  /** Periods released by `now`, oldest first. */
  released(now: Micros): Period[] {
    const periods: Period[] = [];
    const limit = this.#fixedCount ?? Number.POSITIVE_INFINITY;
    for (let index = 0; index < limit; index += 1) {
      const period = this.period(index);
      if (period.release > now) break;
      periods.push(period);
    }
    return periods;
  }

  /** The period whose window (release … deadline) contains `now`. */
  current(now: Micros): Period | undefined {
    return this.released(now).find((period) => period.release <= now && now < period.deadline);
  }

  /** The period whose window contains `now` and whose file is out, i.e. accepts submissions. */
  open(now: Micros): Period | undefined {
    const current = this.current(now);
    return current !== undefined && current.published <= now ? current : undefined;
  }

  /** The first period that opens for submissions strictly after `after`; none for ended challenges. */
  nextOpening(after: Micros): Period | undefined {
    if (this.#fixedCount !== null) return undefined;
    for (let index = Math.max(0, Math.floor((after - this.#first) / US_PER_DAY) - 1); ; index += 1) {
      const period = this.period(index);
      if (period.published > after) return period;
    }
  }

  byDate(date: string, now: Micros): Period | undefined {
    return this.released(now).find((period) => period.date === date);
  }

  /** Newest released period whose file is out: what a queued or closed-window upload is matched against. */
  latestPublished(now: Micros): Period | undefined {
    return this.released(now)
      .filter((period) => period.published <= now)
      .at(-1);
  }
}
