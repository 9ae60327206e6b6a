import type { Predictions } from './market.js';
import { modelPredictions } from './market.js';
import { predictionFile } from './parquet.js';
import type { Calendar, Period } from './periods.js';
import { draw } from '../core/random.js';
import { percentiles, scorePredictions, type Scores } from './scoring.js';
import type { ChallengeSeed, SubmissionSeed } from './seed.js';
import { safeFileName, type SignedStorage } from './storage.js';
import { US_PER_SECOND, type Micros } from './time.js';

export type SubmissionStatus = 'pending' | 'evaluated';

export interface SubmissionRecord {
  readonly id: number;
  readonly username: string;
  readonly challenge: ChallengeSeed;
  readonly period: Period;
  readonly slot: number;
  submittedAt: Micros;
  fileKey: string;
  isExperimental: boolean;
  notes: string;
  predictions: Predictions;
  /** Filled on first read after the deadline. */
  scores: { scores: Scores; percentiles: Scores } | undefined;
}

/** A validated upload, ready to become (or replace) a submission. */
export interface Upload {
  readonly username: string;
  readonly challenge: ChallengeSeed;
  readonly slot: number;
  readonly predictions: Predictions;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly isExperimental: boolean;
  readonly notes: string;
}

interface QueuedUpload {
  readonly upload: Upload;
  readonly target: Period;
}

const FIRST_ID = 101;
const MINUTE = 60 * US_PER_SECOND;

/**
 * Submissions of every user, in memory. Time-driven changes (evaluation at the deadline, queued
 * uploads landing when the next period opens) are applied lazily whenever the store is read.
 */
export class SubmissionStore {
  readonly #storage: SignedStorage;
  readonly #records: SubmissionRecord[] = [];
  #queue: QueuedUpload[] = [];
  #nextId = FIRST_ID;
  #uploads = 0;

  constructor(storage: SignedStorage) {
    this.#storage = storage;
  }

  /** Creates the demo history; ids follow submission time, as an auto-increment key would. */
  seed(
    seeds: readonly SubmissionSeed[],
    challenges: ReadonlyMap<string, ChallengeSeed>,
    calendars: ReadonlyMap<string, Calendar>,
    now: Micros,
  ): void {
    const planned = seeds.flatMap((seed) => {
      const challenge = challenges.get(seed.challengeSlug);
      const released = calendars.get(seed.challengeSlug)?.released(now) ?? [];
      const period = released[released.length - 1 - seed.periodsAgo];
      if (challenge === undefined || period === undefined) return [];
      const span = Math.max(0, period.deadline - period.published - 10 * MINUTE);
      const offset =
        5 * MINUTE + Math.floor(draw(seed.username, seed.challengeSlug, period.index, seed.slot) * span);
      const submittedAt = Math.min(period.published + offset, now - US_PER_SECOND);
      return [{ seed, challenge, period, submittedAt }];
    });
    planned.sort((a, b) => a.submittedAt - b.submittedAt);
    for (const { seed, challenge, period, submittedAt } of planned) {
      const predictions = modelPredictions(challenge, period.index, seed.skill, seed.username);
      const fileKey = `${this.#folder(seed.username, challenge, period, seed.slot)}/predictions.parquet`;
      this.#storage.define(fileKey, () => predictionFile(predictions));
      this.#records.push({
        id: this.#nextId++,
        username: seed.username,
        challenge,
        period,
        slot: seed.slot,
        submittedAt,
        fileKey,
        isExperimental: false,
        notes: seed.notes ?? '',
        predictions,
        scores: undefined,
      });
    }
  }

  /** The user's submissions to one challenge, newest first. */
  forUser(username: string, challengeSlug: string, now: Micros): SubmissionRecord[] {
    this.#settle(now);
    return this.#records
      .filter((record) => record.username === username && record.challenge.slug === challengeSlug)
      .sort((a, b) => b.submittedAt - a.submittedAt || b.id - a.id);
  }

  find(id: number, now: Micros): SubmissionRecord | undefined {
    this.#settle(now);
    return this.#records.find((record) => record.id === id);
  }

  /** Stores an upload into a period's slot; the latest upload to a slot replaces the earlier one. */
  save(upload: Upload, period: Period, at: Micros): { record: SubmissionRecord; created: boolean } {
    this.#uploads += 1;
    const fileKey = `${this.#folder(upload.username, upload.challenge, period, upload.slot)}/${this.#uploads}-${safeFileName(upload.fileName)}`;
    this.#storage.put(fileKey, upload.bytes);
    const existing = this.#records.find(
      (record) =>
        record.username === upload.username &&
        record.challenge.slug === upload.challenge.slug &&
        record.period.id === period.id &&
        record.slot === upload.slot,
    );
    if (existing !== undefined) {
      Object.assign(existing, {
        submittedAt: at,
        fileKey,
        isExperimental: upload.isExperimental,
        notes: upload.notes,
        predictions: upload.predictions,
        scores: undefined,
      });
      return { record: existing, created: false };
    }
    const record: SubmissionRecord = {
      id: this.#nextId++,
      username: upload.username,
      challenge: upload.challenge,
      period,
      slot: upload.slot,
      submittedAt: at,
      fileKey,
      isExperimental: upload.isExperimental,
      notes: upload.notes,
      predictions: upload.predictions,
      scores: undefined,
    };
    this.#records.push(record);
    return { record, created: true };
  }

  /** Holds an upload until `target` opens; a newer upload for the same slot takes its place. */
  enqueue(upload: Upload, target: Period): void {
    this.#queue = this.#queue.filter(
      ({ upload: queued }) =>
        !(
          queued.username === upload.username &&
          queued.challenge.slug === upload.challenge.slug &&
          queued.slot === upload.slot
        ),
    );
    this.#queue.push({ upload, target });
  }

  status(record: SubmissionRecord, now: Micros): SubmissionStatus {
    return record.period.deadline <= now ? 'evaluated' : 'pending';
  }

  /** Scores once the period's deadline has passed, else null. */
  evaluation(record: SubmissionRecord, now: Micros): { scores: Scores; percentiles: Scores } | null {
    if (this.status(record, now) !== 'evaluated') return null;
    if (record.scores === undefined) {
      const scores = scorePredictions(record.challenge, record.period.index, record.predictions);
      record.scores = { scores, percentiles: percentiles(scores) };
    }
    return record.scores;
  }

  #settle(now: Micros): void {
    const due = this.#queue.filter(({ target }) => target.published <= now);
    if (due.length === 0) return;
    this.#queue = this.#queue.filter((entry) => !due.includes(entry));
    for (const { upload, target } of due) this.save(upload, target, target.published);
  }

  #folder(username: string, challenge: ChallengeSeed, period: Period, slot: number): string {
    return `submissions/${challenge.slug}/${username}/${period.date}/slot${slot}`;
  }
}
