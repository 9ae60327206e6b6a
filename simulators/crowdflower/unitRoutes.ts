import type { FastifyInstance } from 'fastify';
import { badRequest, missingParameters } from './errors.js';
import { get, isRecord, text, truthy } from './form.js';
import { idOf, jobOf, limitOf, pageOf, registerRoute, type Call } from './http.js';
import { cancelUnit, settle } from './lifecycle.js';
import { UNIT_STATES, type JobRecord, type UnitRecord, type UnitState } from './model.js';
import type { CrowdFlowerState } from './state.js';
import { judgmentJson, unitJson } from './wire.js';

/** Units: the paged source-data listing, single-unit CRUD, cancel, ping and a unit's judgments. */

const UNITS_PAGE_MAX = 1000;

function unitState(raw: unknown): UnitState | undefined {
  if (raw === undefined) return undefined;
  const found = UNIT_STATES.find((candidate) => candidate === text(raw));
  if (found === undefined) throw badRequest(`State is not included in the list: ${UNIT_STATES.join(', ')}.`);
  return found;
}

/** `unit[state]` / `unit[golden]` as a requester sets them; ordering follows the state. */
function applyState(unit: UnitRecord, state: UnitState | undefined, golden: unknown): void {
  if (golden !== undefined) {
    if (truthy(golden)) unit.state = 'golden';
    else if (unit.state === 'golden') unit.state = 'new';
  }
  if (state !== undefined) unit.state = state;
  if (unit.state === 'new') unit.ordered = false;
  if (unit.state === 'judgable' || unit.state === 'judging') unit.ordered = true;
}

function dataOf(raw: unknown): Record<string, unknown> {
  if (!isRecord(raw) || Object.keys(raw).length === 0) throw missingParameters();
  return raw;
}

export function registerUnitRoutes(app: FastifyInstance, state: CrowdFlowerState): void {
  const { store } = state;
  const job = (call: Call): JobRecord => jobOf(state, call);
  const unit = (call: Call, record: JobRecord): UnitRecord => store.unitFor(record, idOf(call.path.unit).id);

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job/units', suffix: 'optional' }, (call) => {
    const record = job(call);
    const limit = limitOf(call.params, UNITS_PAGE_MAX);
    const page = pageOf(call.params);
    const slice = store.unitsOf(record).slice((page - 1) * limit, page * limit);
    return Object.fromEntries(slice.map((entry) => [String(entry.id), entry.data]));
  });

  registerRoute(app, state, { methods: ['POST'], path: '/jobs/:job/units', suffix: 'optional' }, (call) => {
    const record = job(call);
    const params = get(call.params, 'unit');
    const data = dataOf(get(params, 'data'));
    const requested = unitState(get(params, 'state'));
    const created = store.addUnit(record, { data, at: call.at });
    applyState(created, requested, get(params, 'golden'));
    record.updatedAt = call.at;
    return unitJson(store, record, created);
  });

  registerRoute(
    app,
    state,
    { methods: ['GET'], path: '/jobs/:job/units/ping', suffix: 'optional' },
    (call) => {
      // uploads are processed before they are answered, so the count is always final
      return { count: job(call).unitIds.length, done: true };
    },
  );

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job/units/:unit', suffix: 'param' }, (call) => {
    const record = job(call);
    return unitJson(store, record, unit(call, record));
  });

  registerRoute(app, state, { methods: ['PUT'], path: '/jobs/:job/units/:unit', suffix: 'param' }, (call) => {
    const record = job(call);
    const target = unit(call, record);
    const params = get(call.params, 'unit');
    const rawData = get(params, 'data');
    const rawState = get(params, 'state');
    const golden = get(params, 'golden');
    if (rawData === undefined && rawState === undefined && golden === undefined) throw missingParameters();
    // PUT replaces the whole `data`
    const data = rawData === undefined ? undefined : dataOf(rawData);
    applyState(target, unitState(rawState), golden);
    if (data !== undefined) {
      target.data = data;
      for (const column of Object.keys(data)) record.columns.add(column);
    }
    target.updatedAt = call.at;
    record.updatedAt = call.at;
    settle(store, record, call.at);
    return unitJson(store, record, target);
  });

  registerRoute(
    app,
    state,
    { methods: ['DELETE'], path: '/jobs/:job/units/:unit', suffix: 'param' },
    (call) => {
      const record = job(call);
      const target = unit(call, record);
      const body = unitJson(store, record, target);
      store.deleteUnit(record, target);
      record.updatedAt = call.at;
      settle(store, record, call.at);
      return { ...body, state: 'deleted' };
    },
  );

  registerRoute(
    app,
    state,
    { methods: ['POST', 'PUT'], path: '/jobs/:job/units/:unit/cancel', suffix: 'optional' },
    (call) => {
      const record = job(call);
      const target = store.unitFor(record, idOf(call.path.unit, []).id);
      cancelUnit(store, record, target, call.at);
      return unitJson(store, record, target);
    },
  );

  registerRoute(
    app,
    state,
    { methods: ['GET'], path: '/jobs/:job/units/:unit/judgments', suffix: 'optional' },
    (call) => {
      const record = job(call);
      const target = store.unitFor(record, idOf(call.path.unit, []).id);
      return store.judgmentsOf(target).map((judgment) => judgmentJson(store, judgment));
    },
  );
}
