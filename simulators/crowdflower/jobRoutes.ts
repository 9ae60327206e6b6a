import type { FastifyInstance } from 'fastify';
import { parseJobAttributes, persistable } from './attributes.js';
import { legend } from './cml.js';
import { get, text, truthy } from './form.js';
import { idOf, jobOf, pageOf, registerRoute, type Call } from './http.js';
import { cancel, pause, resume, type StateChange } from './lifecycle.js';
import type { JobRecord } from './model.js';
import { reportType, REPORT_PENDING_MESSAGE, fileName } from './reports.js';
import type { CrowdFlowerState } from './state.js';
import { jobJson, pingJson } from './wire.js';

/** Jobs: list, create, get, update, delete, copy, state changes, ping, legend and the report. */

const JOBS_PER_PAGE = 10;
const COPY_NOTICE = 'Job successfully copied. You may add data using one of three methods above.';

export function registerJobRoutes(app: FastifyInstance, state: CrowdFlowerState): void {
  const { store } = state;
  const job = (call: Call, formats: readonly string[] = []): JobRecord => jobOf(state, call, formats);

  registerRoute(app, state, { methods: ['GET'], path: '/jobs', suffix: 'optional' }, ({ user, params }) => {
    // the page size is fixed; `limit` (which EVE sends) is ignored
    const page = pageOf(params);
    return store
      .jobsOf(user)
      .slice((page - 1) * JOBS_PER_PAGE, page * JOBS_PER_PAGE)
      .map((record) => jobJson(store, record));
  });

  registerRoute(
    app,
    state,
    { methods: ['POST'], path: '/jobs', suffix: 'optional' },
    ({ user, params, at }) => {
      const created = store.createJob(user, at);
      created.settings = { ...created.settings, ...parseJobAttributes(get(params, 'job'), created.settings) };
      return jobJson(store, created);
    },
  );

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job', suffix: 'param' }, (call) => {
    const { format } = idOf(call.path.job, ['json', 'csv']);
    const record = job(call, ['json', 'csv']);
    if (format !== 'csv') return jobJson(store, record);
    const type = reportType(text(get(call.params, 'type')));
    const zip = state.reports.fetch(store, record, type, call.at);
    if (zip === undefined) return call.reply.code(202).send({ notice: { message: REPORT_PENDING_MESSAGE } });
    return call.reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${fileName(record, type)}.zip"`)
      .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
  });

  registerRoute(app, state, { methods: ['PUT'], path: '/jobs/:job', suffix: 'param' }, (call) => {
    const record = job(call, ['json']);
    const changes = parseJobAttributes(get(call.params, 'job'), record.settings);
    const next = { ...record.settings, ...changes };
    // quirk 6: the answer is the job either way; nothing persists without title, instructions and CML
    if (Object.keys(changes).length > 0 && persistable(next)) {
      record.settings = next;
      record.updatedAt = call.at;
    }
    return jobJson(store, record);
  });

  registerRoute(app, state, { methods: ['DELETE'], path: '/jobs/:job', suffix: 'param' }, (call) => {
    const record = job(call, ['json']);
    store.deleteJob(record);
    state.reports.forget(record);
    return { message: { success: `Job ${record.id} has been deleted.` } };
  });

  registerRoute(
    app,
    state,
    { methods: ['GET', 'POST'], path: '/jobs/:job/copy', suffix: 'optional' },
    (call) => {
      const source = job(call);
      const allUnits = truthy(get(call.params, 'all_units'));
      const goldOnly = !allUnits && truthy(get(call.params, 'gold'));
      const copy = store.createJob(call.user, call.at, structuredClone(source.settings), source.id);
      copy.gold = { ...source.gold };
      copy.enabledChannels = [...source.enabledChannels];
      for (const unit of store.unitsOf(source)) {
        const golden = unit.state === 'golden';
        if (!allUnits && !(goldOnly && golden)) continue;
        store.addUnit(copy, { data: structuredClone(unit.data), truth: unit.truth, golden, at: call.at });
      }
      return { ...jobJson(store, copy), message: { notice: COPY_NOTICE } };
    },
  );

  const stateRoute = (name: string, change: (record: JobRecord, at: number) => StateChange): void => {
    registerRoute(
      app,
      state,
      { methods: ['GET', 'PUT'], path: `/jobs/:job/${name}`, suffix: 'optional' },
      (call) => {
        const record = job(call);
        const outcome = change(record, call.at);
        // reference §2: a refused state change is HTTP 200 with a plain-string error
        return outcome.ok ? jobJson(store, record) : { error: outcome.error };
      },
    );
  };
  stateRoute('pause', (record, at) => pause(record, at));
  stateRoute('resume', (record, at) => resume(store, record, at));
  stateRoute('cancel', (record, at) => cancel(store, record, at));

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job/ping', suffix: 'optional' }, (call) =>
    pingJson(store, job(call)),
  );

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job/legend', suffix: 'optional' }, (call) =>
    legend(job(call).settings.cml),
  );
}
