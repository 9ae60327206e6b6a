import { notFound } from './errors.js';
import { hashSeed } from '../core/random.js';
import {
  defaultSettings,
  type BonusRecord,
  type JobRecord,
  type JobSettings,
  type JudgmentRecord,
  type NotificationRecord,
  type OrderRecord,
  type UnitRecord,
  type UnitState,
  type WorkerFlag,
} from './model.js';
import type { Millis } from './time.js';
import { USERS, type UserRecord } from './users.js';

/** Ids look like the platform's: six-digit jobs, ten-digit units and judgments. */
const FIRST_JOB_ID = 1_204_311;
const FIRST_UNIT_ID = 2_417_620_001;
const FIRST_JUDGMENT_ID = 6_126_074_001;
const FIRST_ORDER_ID = 880_301;

export interface NewUnit {
  readonly data: Record<string, unknown>;
  readonly truth?: Readonly<Record<string, unknown>> | undefined;
  readonly golden?: boolean;
  readonly state?: UnitState;
  readonly at: Millis;
}

/** Everything one simulator instance knows; nothing is shared between instances. */
export class CrowdFlowerStore {
  readonly jobs = new Map<number, JobRecord>();
  readonly units = new Map<number, UnitRecord>();
  readonly judgments = new Map<number, JudgmentRecord>();
  readonly orders = new Map<number, OrderRecord>();
  readonly bonuses: BonusRecord[] = [];
  readonly notifications: NotificationRecord[] = [];
  /** Available funds per user id, in cents. */
  readonly funds = new Map<number, number>(USERS.map((user) => [user.id, user.fundsCents]));
  /** Flags set with `persist=true`: the contributor is out of every job of that requester. */
  readonly persistentFlags = new Map<number, Map<number, WorkerFlag>>();
  #nextJob = FIRST_JOB_ID;
  #nextUnit = FIRST_UNIT_ID;
  #nextJudgment = FIRST_JUDGMENT_ID;
  #nextOrder = FIRST_ORDER_ID;

  createJob(
    owner: UserRecord,
    at: Millis,
    settings: Partial<JobSettings> = {},
    copiedFrom?: number,
  ): JobRecord {
    const id = this.#nextJob;
    // ids are not contiguous on the real platform either; a gap keeps clients from guessing
    this.#nextJob += 1 + (hashSeed('job-gap', id) % 7);
    const job: JobRecord = {
      id,
      ownerId: owner.id,
      settings: { ...defaultSettings(), ...settings },
      state: 'unordered',
      unitIds: [],
      columns: new Set(),
      tags: [],
      enabledChannels: ['on_demand'],
      gold: {},
      orderIds: [],
      debitedCents: 0,
      flagged: new Map(),
      rejected: new Set(),
      workerLoad: new Map(),
      steps: 0,
      secret: hashSeed('secret', id).toString(36) + hashSeed('secret2', id).toString(36),
      copiedFrom: copiedFrom ?? null,
      createdAt: at,
      updatedAt: at,
      completedAt: null,
    };
    this.jobs.set(id, job);
    return job;
  }

  /** Another requester's job is as missing as a deleted one. */
  jobFor(user: UserRecord, id: number): JobRecord {
    const job = this.jobs.get(id);
    if (job === undefined || job.ownerId !== user.id) throw notFound();
    return job;
  }

  /** Newest first, as the jobs list pages them. */
  jobsOf(user: UserRecord): JobRecord[] {
    return [...this.jobs.values()].filter((job) => job.ownerId === user.id).sort((a, b) => b.id - a.id);
  }

  deleteJob(job: JobRecord): void {
    for (const unitId of job.unitIds) this.#forgetUnit(unitId);
    this.jobs.delete(job.id);
  }

  addUnit(job: JobRecord, unit: NewUnit): UnitRecord {
    const record: UnitRecord = {
      id: this.#nextUnit,
      jobId: job.id,
      data: unit.data,
      truth: unit.truth,
      state: unit.golden === true ? 'golden' : (unit.state ?? 'new'),
      ordered: false,
      judgmentIds: [],
      workers: new Set(),
      counted: 0,
      missedCount: 0,
      createdAt: unit.at,
      updatedAt: unit.at,
    };
    this.#nextUnit += 1;
    this.units.set(record.id, record);
    job.unitIds.push(record.id);
    for (const column of Object.keys(unit.data)) job.columns.add(column);
    return record;
  }

  unitFor(job: JobRecord, id: number): UnitRecord {
    const unit = this.units.get(id);
    if (unit === undefined || unit.jobId !== job.id) throw notFound();
    return unit;
  }

  unitsOf(job: JobRecord): UnitRecord[] {
    return job.unitIds.flatMap((id) => {
      const unit = this.units.get(id);
      return unit === undefined ? [] : [unit];
    });
  }

  deleteUnit(job: JobRecord, unit: UnitRecord): void {
    job.unitIds = job.unitIds.filter((id) => id !== unit.id);
    this.#forgetUnit(unit.id);
  }

  addJudgment(unit: UnitRecord, judgment: Omit<JudgmentRecord, 'id' | 'unitId' | 'jobId'>): JudgmentRecord {
    const record: JudgmentRecord = {
      ...judgment,
      id: this.#nextJudgment,
      unitId: unit.id,
      jobId: unit.jobId,
    };
    this.#nextJudgment += 1 + (hashSeed('judgment-gap', this.#nextJudgment) % 3);
    this.judgments.set(record.id, record);
    unit.judgmentIds.push(record.id);
    unit.workers.add(record.workerId);
    return record;
  }

  judgmentsOf(unit: UnitRecord): JudgmentRecord[] {
    return unit.judgmentIds.flatMap((id) => {
      const judgment = this.judgments.get(id);
      return judgment === undefined ? [] : [judgment];
    });
  }

  judgmentFor(job: JobRecord, id: number): JudgmentRecord {
    const judgment = this.judgments.get(id);
    if (judgment === undefined || judgment.jobId !== job.id) throw notFound();
    return judgment;
  }

  removeJudgment(unit: UnitRecord, judgment: JudgmentRecord): void {
    this.judgments.delete(judgment.id);
    unit.judgmentIds = unit.judgmentIds.filter((id) => id !== judgment.id);
    unit.workers.delete(judgment.workerId);
  }

  addOrder(order: Omit<OrderRecord, 'id'>): OrderRecord {
    const record: OrderRecord = { ...order, id: this.#nextOrder };
    this.#nextOrder += 1;
    this.orders.set(record.id, record);
    return record;
  }

  orderFor(job: JobRecord, id: number): OrderRecord {
    const order = this.orders.get(id);
    if (order === undefined || order.jobId !== job.id) throw notFound();
    return order;
  }

  fundsOf(user: UserRecord): number {
    return this.funds.get(user.id) ?? 0;
  }

  adjustFunds(userId: number, deltaCents: number): void {
    this.funds.set(userId, (this.funds.get(userId) ?? 0) + deltaCents);
  }

  /** A contributor flagged on this job or, with persist, on every job of its owner. */
  flagOf(job: JobRecord, workerId: number): WorkerFlag | undefined {
    return job.flagged.get(workerId) ?? this.persistentFlags.get(job.ownerId)?.get(workerId);
  }

  #forgetUnit(unitId: number): void {
    const unit = this.units.get(unitId);
    if (unit === undefined) return;
    for (const judgmentId of unit.judgmentIds) this.judgments.delete(judgmentId);
    this.units.delete(unitId);
  }
}

/** Per-job totals the Job JSON and ping report; computed, so they never drift from the units. */
export interface JobTotals {
  units: number;
  golden: number;
  ordered: number;
  finalized: number;
  judgments: number;
  tainted: number;
  counted: number;
  neededJudgments: number;
  goldJudged: number;
}

export function totalsOf(store: CrowdFlowerStore, job: JobRecord): JobTotals {
  const totals: JobTotals = {
    units: 0,
    golden: 0,
    ordered: 0,
    finalized: 0,
    judgments: 0,
    tainted: 0,
    counted: 0,
    neededJudgments: 0,
    goldJudged: 0,
  };
  const perUnit = job.settings.judgments_per_unit;
  for (const unit of store.unitsOf(job)) {
    totals.units += 1;
    totals.judgments += unit.judgmentIds.length;
    totals.counted += unit.counted;
    if (unit.state === 'golden') {
      totals.golden += 1;
      if (unit.judgmentIds.length > 0) totals.goldJudged += 1;
      continue;
    }
    if (unit.ordered) totals.ordered += 1;
    if (unit.state === 'finalized') totals.finalized += 1;
    else if (unit.ordered && unit.state !== 'canceled')
      totals.neededJudgments += Math.max(0, perUnit - unit.counted);
  }
  for (const unit of store.unitsOf(job)) {
    for (const judgment of store.judgmentsOf(unit)) if (judgment.tainted) totals.tainted += 1;
  }
  return totals;
}
