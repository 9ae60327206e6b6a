import type { FastifyInstance } from 'fastify';
import { SimulatorHttpError } from '../core/index.js';
import { contributor, type Contributor } from './crowd.js';
import { missingParameters, notFound } from './errors.js';
import { get, list, positiveInt, text, truthy } from './form.js';
import { idOf, jobOf, registerRoute, type Call } from './http.js';
import { placeOrder } from './lifecycle.js';
import type { JobRecord, WorkerFlag } from './model.js';
import type { CrowdFlowerState } from './state.js';
import { dollars } from './users.js';
import { orderJson } from './wire.js';

/** Orders and the contributor commands (bonus, notify, flag, deflag, reject). */

const ORDER_SUCCESS = 'Your job is now collecting judgments!';

const success = (message: string): { success: { message: string } } => ({ success: { message } });

export function registerCrowdRoutes(app: FastifyInstance, state: CrowdFlowerState): void {
  const { store } = state;

  registerRoute(app, state, { methods: ['POST'], path: '/jobs/:job/orders', suffix: 'optional' }, (call) => {
    const job = jobOf(state, call);
    const unitsCount = positiveInt(get(call.params, 'debit', 'units_count'));
    if (unitsCount === undefined) throw missingParameters();
    const requested = list(get(call.params, 'channels'));
    const channels = requested.length > 0 ? requested : ['on_demand'];
    const order = placeOrder(store, call.user, job, { unitsCount, channels }, call.at);
    // the platform redirects to the order; the body carries the order and the success notice
    call.reply.header('location', `/v1/jobs/${job.id}/orders/${order.id}.json`);
    return { ...orderJson(order), ...success(ORDER_SUCCESS) };
  });

  registerRoute(
    app,
    state,
    { methods: ['GET'], path: '/jobs/:job/orders/:order', suffix: 'param' },
    (call) => {
      const job = jobOf(state, call);
      return orderJson(store.orderFor(job, idOf(call.path.order).id));
    },
  );

  const workerOf = (call: Call, formats: readonly string[] = []): Contributor => {
    const worker = contributor(idOf(call.path.worker, formats).id);
    if (worker === undefined) throw notFound();
    return worker;
  };

  registerRoute(
    app,
    state,
    { methods: ['POST'], path: '/jobs/:job/workers/:worker/bonus', suffix: 'optional' },
    (call) => {
      const job = jobOf(state, call);
      const worker = workerOf(call);
      const amount = positiveInt(get(call.params, 'amount'));
      if (amount === undefined) throw missingParameters();
      const available = store.fundsOf(call.user);
      if (amount > available) {
        throw new SimulatorHttpError(
          402,
          `You have ${dollars(available)} available but this bonus will cost ${dollars(amount)}.  You can purchase more at http://crowdflower.com/orders/new`,
        );
      }
      const reason = text(get(call.params, 'reason')) ?? null;
      store.adjustFunds(call.user.id, -amount);
      store.bonuses.push({ jobId: job.id, workerId: worker.id, amountCents: amount, reason, at: call.at });
      return success(`Contributor ${worker.id} has been awarded a bonus of ${dollars(amount)}.`);
    },
  );

  registerRoute(
    app,
    state,
    { methods: ['POST'], path: '/jobs/:job/workers/:worker/notify', suffix: 'optional' },
    (call) => {
      const job = jobOf(state, call);
      const worker = workerOf(call);
      const message = text(get(call.params, 'message'));
      if (message === undefined || message.trim() === '') throw missingParameters();
      store.notifications.push({ jobId: job.id, workerId: worker.id, message, at: call.at });
      return success(`Contributor ${worker.id} has been notified.`);
    },
  );

  const flag = (call: Call, job: JobRecord, worker: Contributor, reason: string): unknown => {
    const record: WorkerFlag = { reason, at: call.at };
    if (truthy(get(call.params, 'persist'))) {
      const flags = store.persistentFlags.get(call.user.id) ?? new Map<number, WorkerFlag>();
      flags.set(worker.id, record);
      store.persistentFlags.set(call.user.id, flags);
      return success(`Contributor ${worker.id} has been flagged from all of your jobs.`);
    }
    job.flagged.set(worker.id, record);
    return success(`Contributor ${worker.id} has been flagged.`);
  };

  const deflag = (call: Call, job: JobRecord, worker: Contributor): unknown => {
    job.flagged.delete(worker.id);
    store.persistentFlags.get(call.user.id)?.delete(worker.id);
    return success(`Contributor ${worker.id} has been deflagged.`);
  };

  // EVE: PUT workers/{w}.json with `flag`+`persist` or `deflag` (RCF says `unflag`)
  registerRoute(
    app,
    state,
    { methods: ['PUT'], path: '/jobs/:job/workers/:worker', suffix: 'param' },
    (call) => {
      const job = jobOf(state, call);
      const worker = workerOf(call, ['json']);
      const reason = text(get(call.params, 'flag'));
      if (reason !== undefined && reason.trim() !== '') return flag(call, job, worker, reason);
      if (get(call.params, 'deflag') !== undefined || get(call.params, 'unflag') !== undefined)
        return deflag(call, job, worker);
      throw missingParameters();
    },
  );

  // RBY: PUT workers/{w}/flag and …/deflag with `reason`
  registerRoute(
    app,
    state,
    { methods: ['PUT'], path: '/jobs/:job/workers/:worker/flag', suffix: 'optional' },
    (call) => {
      const reason = text(get(call.params, 'reason')) ?? text(get(call.params, 'flag'));
      if (reason === undefined || reason.trim() === '') throw missingParameters();
      return flag(call, jobOf(state, call), workerOf(call), reason);
    },
  );
  registerRoute(
    app,
    state,
    { methods: ['PUT'], path: '/jobs/:job/workers/:worker/deflag', suffix: 'optional' },
    (call) => deflag(call, jobOf(state, call), workerOf(call)),
  );

  registerRoute(
    app,
    state,
    { methods: ['PUT'], path: '/jobs/:job/workers/:worker/reject', suffix: 'optional' },
    (call) => {
      const job = jobOf(state, call);
      const worker = workerOf(call);
      if (call.user.plan !== 'pro')
        throw new SimulatorHttpError(
          403,
          'Rejecting contributors is only available to Pro and Enterprise users.',
        );
      job.rejected.add(worker.id);
      const removed = removeJudgmentsOf(state, job, worker.id);
      job.updatedAt = call.at;
      return success(`Contributor ${worker.id} has been rejected and ${removed} judgments were removed.`);
    },
  );
}

/**
 * "Prevents the worker from completing jobs and removes all judgments." Units of a job that can
 * still collect judgments reopen; a finished or canceled job cannot replace them.
 */
function removeJudgmentsOf(state: CrowdFlowerState, job: JobRecord, workerId: number): number {
  const { store } = state;
  const reopen = job.state === 'running' || job.state === 'paused';
  let removed = 0;
  for (const unit of store.unitsOf(job)) {
    for (const judgment of store.judgmentsOf(unit)) {
      if (judgment.workerId !== workerId) continue;
      store.removeJudgment(unit, judgment);
      removed += 1;
      if (judgment.golden) {
        if (judgment.missed === true) unit.missedCount = Math.max(0, unit.missedCount - 1);
        continue;
      }
      if (judgment.tainted) continue;
      unit.counted = Math.max(0, unit.counted - 1);
      if (unit.state === 'judging' || (unit.state === 'finalized' && reopen))
        unit.state = unit.counted === 0 ? 'judgable' : 'judging';
    }
  }
  return removed;
}
