import type { FastifyInstance } from 'fastify';
import { badRequest, missingParameters } from './errors.js';
import { get, list, text, truthy } from './form.js';
import { jobOf, registerRoute } from './http.js';
import { fieldsOf } from './judging.js';
import { AVAILABLE_CHANNELS, settle } from './lifecycle.js';
import type { JobRecord } from './model.js';
import type { CrowdFlowerStore } from './store.js';
import type { CrowdFlowerState } from './state.js';
import type { Millis } from './time.js';
import { dollars } from './users.js';
import { channelsJson, tagsJson } from './wire.js';

/** Channels, tags and test-question conversion: the suffix-less paths — plus the account. */

function channelsFrom(params: unknown): string[] {
  const channels = list(get(params, 'channels'));
  if (channels.length === 0) throw missingParameters();
  const unknown = channels.filter((channel) => !AVAILABLE_CHANNELS.includes(channel));
  if (unknown.length > 0) throw badRequest(`Unknown channel: ${unknown.join(', ')}.`);
  return [...new Set(channels)];
}

function tagsFrom(params: unknown): string[] {
  const raw = get(params, 'tags');
  if (raw === undefined) throw missingParameters();
  return [...new Set(list(raw))];
}

const truthyGold = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * `PUT jobs/{id}/gold`: units uploaded with `<field>_gold` answers (or `_golden=true`) become
 * test questions; `check=<field>` limits it to that field; `reset=true` turns them back.
 */
function convertGold(store: CrowdFlowerStore, job: JobRecord, params: unknown, at: Millis): string {
  if (truthy(get(params, 'reset'))) {
    let reset = 0;
    for (const unit of store.unitsOf(job)) {
      if (unit.state !== 'golden') continue;
      unit.state = 'new';
      unit.ordered = false;
      unit.updatedAt = at;
      reset += 1;
    }
    job.gold = {};
    job.updatedAt = at;
    return `${reset} test questions were converted back to ordinary units.`;
  }
  const names = fieldsOf(job).map((field) => field.name);
  const check = text(get(params, 'check'));
  if (check !== undefined && !names.includes(check)) throw badRequest(`Unknown field: ${check}.`);
  const fields = check === undefined ? names : [check];
  let converted = 0;
  for (const unit of store.unitsOf(job)) {
    if (unit.state === 'golden' || unit.state === 'canceled' || unit.judgmentIds.length > 0) continue;
    const goldFields = fields.filter((field) => truthyGold(unit.data[`${field}_gold`]));
    if (goldFields.length === 0 && !(check === undefined && truthy(unit.data._golden))) continue;
    for (const field of goldFields) job.gold[field] = `${field}_gold`;
    unit.state = 'golden';
    unit.ordered = false;
    unit.updatedAt = at;
    converted += 1;
  }
  job.updatedAt = at;
  settle(store, job, at);
  return `${converted} units were converted to test questions.`;
}

export function registerSettingsRoutes(app: FastifyInstance, state: CrowdFlowerState): void {
  const { store } = state;

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job/channels', suffix: 'none' }, (call) =>
    channelsJson(jobOf(state, call), AVAILABLE_CHANNELS),
  );
  registerRoute(
    app,
    state,
    { methods: ['PUT', 'POST'], path: '/jobs/:job/channels', suffix: 'none' },
    (call) => {
      const job = jobOf(state, call);
      job.enabledChannels = channelsFrom(call.params);
      job.updatedAt = call.at;
      return channelsJson(job, AVAILABLE_CHANNELS);
    },
  );
  registerRoute(
    app,
    state,
    { methods: ['POST'], path: '/jobs/:job/disable_channel', suffix: 'none' },
    (call) => {
      const job = jobOf(state, call);
      const channel = text(get(call.params, 'channel_name'));
      if (channel === undefined || channel === '') throw missingParameters();
      job.enabledChannels = job.enabledChannels.filter((enabled) => enabled !== channel);
      job.updatedAt = call.at;
      return channelsJson(job, AVAILABLE_CHANNELS);
    },
  );

  registerRoute(app, state, { methods: ['GET'], path: '/jobs/:job/tags', suffix: 'none' }, (call) =>
    tagsJson(jobOf(state, call)),
  );
  registerRoute(app, state, { methods: ['POST'], path: '/jobs/:job/tags', suffix: 'none' }, (call) => {
    const job = jobOf(state, call);
    for (const tag of tagsFrom(call.params)) if (!job.tags.includes(tag)) job.tags.push(tag);
    return tagsJson(job);
  });
  registerRoute(app, state, { methods: ['PUT'], path: '/jobs/:job/tags', suffix: 'none' }, (call) => {
    const job = jobOf(state, call);
    job.tags = tagsFrom(call.params);
    return tagsJson(job);
  });
  registerRoute(app, state, { methods: ['DELETE'], path: '/jobs/:job/tags', suffix: 'none' }, (call) => {
    const job = jobOf(state, call);
    const removed = new Set(tagsFrom(call.params));
    job.tags = job.tags.filter((tag) => !removed.has(tag));
    return tagsJson(job);
  });

  registerRoute(app, state, { methods: ['PUT'], path: '/jobs/:job/gold', suffix: 'none' }, (call) => ({
    success: { message: convertGold(store, jobOf(state, call), call.params, call.at) },
  }));

  // the reference lists account.json with an unknown shape; this is the requester and the balance
  registerRoute(app, state, { methods: ['GET'], path: '/account', suffix: 'optional' }, ({ user }) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    plan: user.plan,
    balance_cents: store.fundsOf(user),
    balance: dollars(store.fundsOf(user)),
  }));
}
