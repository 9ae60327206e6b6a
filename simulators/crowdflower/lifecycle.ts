import { SimulatorHttpError } from '../core/index.js';
import { hasRequiredElement } from './cml.js';
import { badRequest } from './errors.js';
import type { JobRecord, OrderRecord, UnitRecord } from './model.js';
import { totalsOf, type CrowdFlowerStore } from './store.js';
import type { Millis } from './time.js';
import { dollars, type UserRecord } from './users.js';

/** Job and unit state changes (reference §8 quirk 9) and the money that moves with them. */

export const AVAILABLE_CHANNELS = ['on_demand', 'cf_internal', 'amt', 'sama', 'gambit', 'mob', 'iphone'];
const MIN_UNITS_TO_ORDER = 5;

/** Reference §2: state errors are HTTP 200 with a plain-string `error`. */
export const STATE_ERRORS = {
  pauseUnlaunched: "You can't pause a job that hasn't been launched.",
  cancelUnlaunched: "You can't cancel a job that hasn't been launched.",
  resume: 'You can only resume jobs that are paused or complete.',
  pauseNotRunning: "You can't pause a job that isn't running.",
  cancelCanceled: 'This job has already been canceled.',
  cancelFinished: "You can't cancel a job that has already finished.",
} as const;

export type StateChange = { ok: true } | { ok: false; error: string };

const fail = (error: string): StateChange => ({ ok: false, error });
const OK: StateChange = { ok: true };

function costOfJudgments(job: JobRecord, judgments: number): number {
  return judgments * job.settings.payment_cents;
}

/** Whether any ordered unit still collects judgments; stops at the first one (called every step). */
function hasOpenUnits(store: CrowdFlowerStore, job: JobRecord): { ordered: boolean; open: boolean } {
  let ordered = false;
  for (const id of job.unitIds) {
    const unit = store.units.get(id);
    if (unit === undefined || !unit.ordered || unit.state === 'golden') continue;
    if (unit.state === 'judgable' || unit.state === 'judging') return { ordered: true, open: true };
    ordered = true;
  }
  return { ordered, open: false };
}

/** A running job whose every ordered unit is finalized (or canceled) is finished (`completed: true`). */
export function settle(store: CrowdFlowerStore, job: JobRecord, at: Millis): void {
  if (job.state !== 'running') return;
  const { ordered, open } = hasOpenUnits(store, job);
  if (ordered && !open) {
    job.state = 'finished';
    job.completedAt = at;
    job.updatedAt = at;
  }
}

export function pause(job: JobRecord, at: Millis): StateChange {
  if (job.state === 'unordered') return fail(STATE_ERRORS.pauseUnlaunched);
  if (job.state !== 'running') return fail(STATE_ERRORS.pauseNotRunning);
  job.state = 'paused';
  job.updatedAt = at;
  return OK;
}

/** "Resume jobs that are paused or complete": a finished job reopens only when work is left. */
export function resume(store: CrowdFlowerStore, job: JobRecord, at: Millis): StateChange {
  if (job.state !== 'paused' && job.state !== 'finished') return fail(STATE_ERRORS.resume);
  if (job.state === 'finished' && totalsOf(store, job).neededJudgments === 0) return OK;
  job.state = 'running';
  job.completedAt = null;
  job.updatedAt = at;
  settle(store, job, at);
  return OK;
}

/** Stops judgments for good and refunds the judgments ordered but never received. */
export function cancel(store: CrowdFlowerStore, job: JobRecord, at: Millis): StateChange {
  if (job.state === 'unordered') return fail(STATE_ERRORS.cancelUnlaunched);
  if (job.state === 'canceled') return fail(STATE_ERRORS.cancelCanceled);
  if (job.state === 'finished') return fail(STATE_ERRORS.cancelFinished);
  const refund = costOfJudgments(job, totalsOf(store, job).neededJudgments);
  store.adjustFunds(job.ownerId, refund);
  job.debitedCents -= refund;
  job.state = 'canceled';
  job.updatedAt = at;
  return OK;
}

/** A canceled unit collects nothing more; its unreceived judgments are refunded. */
export function cancelUnit(store: CrowdFlowerStore, job: JobRecord, unit: UnitRecord, at: Millis): void {
  if (unit.state === 'canceled' || unit.state === 'finalized') return;
  if (unit.ordered && unit.state !== 'golden') {
    const refund = costOfJudgments(job, Math.max(0, job.settings.judgments_per_unit - unit.counted));
    store.adjustFunds(job.ownerId, refund);
    job.debitedCents -= refund;
  }
  unit.state = 'canceled';
  unit.updatedAt = at;
  job.updatedAt = at;
  settle(store, job, at);
}

export interface OrderRequest {
  readonly unitsCount: number;
  readonly channels: readonly string[];
}

/**
 * `POST orders.json`: debits units × judgments_per_unit × payment_cents up front and makes the
 * oldest `new` units judgable. Needs CML and at least five units (RBY README).
 */
export function placeOrder(
  store: CrowdFlowerStore,
  user: UserRecord,
  job: JobRecord,
  request: OrderRequest,
  at: Millis,
): OrderRecord {
  if (job.state === 'canceled') throw badRequest('This job has been canceled and can no longer be ordered.');
  if (!hasRequiredElement(job.settings.cml))
    throw badRequest('Your job needs CML with at least one required form element before it can be ordered.');
  const units = store.unitsOf(job);
  if (units.filter((unit) => unit.state !== 'canceled').length < MIN_UNITS_TO_ORDER)
    throw badRequest(`You need at least ${MIN_UNITS_TO_ORDER} units to launch a job.`);
  const unknown = request.channels.filter((channel) => !AVAILABLE_CHANNELS.includes(channel));
  if (unknown.length > 0) throw badRequest(`Unknown channel: ${unknown.join(', ')}.`);
  const candidates = units.filter((unit) => unit.state === 'new' && !unit.ordered);
  if (candidates.length === 0) throw badRequest('There are no new units left to order in this job.');
  const chosen = candidates.slice(0, request.unitsCount);
  const cost = costOfJudgments(job, chosen.length * job.settings.judgments_per_unit);
  const available = store.fundsOf(user);
  if (cost > available) {
    throw new SimulatorHttpError(
      402,
      `You have ${dollars(available)} available but this order will cost ${dollars(cost)}.  You can purchase more at http://crowdflower.com/orders/new`,
    );
  }
  store.adjustFunds(user.id, -cost);
  job.debitedCents += cost;
  for (const unit of chosen) {
    unit.ordered = true;
    unit.state = 'judgable';
    unit.updatedAt = at;
  }
  for (const channel of request.channels)
    if (!job.enabledChannels.includes(channel)) job.enabledChannels.push(channel);
  if (job.state !== 'paused') {
    job.state = 'running';
    job.completedAt = null;
  }
  job.updatedAt = at;
  const order = store.addOrder({
    jobId: job.id,
    userId: user.id,
    unitsCount: chosen.length,
    channels: [...request.channels],
    costCents: cost,
    createdAt: at,
  });
  job.orderIds.push(order.id);
  return order;
}
