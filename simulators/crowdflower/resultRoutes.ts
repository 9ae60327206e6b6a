import type { FastifyInstance } from 'fastify';
import { get, text } from './form.js';
import { idOf, jobOf, limitOf, pageOf, registerRoute } from './http.js';
import { reportType } from './reports.js';
import type { CrowdFlowerState } from './state.js';
import { aggregateJson, judgmentJson } from './wire.js';

/** Judgments: aggregates per unit, single judgments, and report regeneration. */

const AGGREGATES_PAGE_MAX = 100;

export function registerResultRoutes(app: FastifyInstance, state: CrowdFlowerState): void {
  const { store } = state;

  registerRoute(
    app,
    state,
    { methods: ['GET'], path: '/jobs/:job/judgments', suffix: 'optional' },
    (call) => {
      const job = jobOf(state, call);
      const limit = limitOf(call.params, AGGREGATES_PAGE_MAX);
      const page = pageOf(call.params);
      // only units that have judgments appear; `latest=true` (RBY) changes nothing here
      const judged = store.unitsOf(job).filter((unit) => unit.judgmentIds.length > 0);
      const slice = judged.slice((page - 1) * limit, page * limit);
      return Object.fromEntries(slice.map((unit) => [String(unit.id), aggregateJson(store, job, unit)]));
    },
  );

  registerRoute(
    app,
    state,
    { methods: ['GET'], path: '/jobs/:job/judgments/:judgment', suffix: 'param' },
    (call) => {
      const job = jobOf(state, call);
      return judgmentJson(store, store.judgmentFor(job, idOf(call.path.judgment).id));
    },
  );

  registerRoute(app, state, { methods: ['POST'], path: '/jobs/:job/regenerate', suffix: 'none' }, (call) => {
    const job = jobOf(state, call);
    state.reports.regenerate(job, reportType(text(get(call.params, 'type'))), call.at);
    return call.reply.type('text/plain; charset=utf-8').send('OK');
  });
}
