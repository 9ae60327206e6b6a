import { aggregateUnit, type UnitAggregate } from './aggregate.js';
import { contributor } from './crowd.js';
import type { JobRecord, JudgmentRecord, OrderRecord, UnitRecord } from './model.js';
import { totalsOf, type CrowdFlowerStore } from './store.js';
import { iso, isoOrNull } from './time.js';

/** The platform's JSON shapes (reference §3), built from store records. */

export function jobJson(store: CrowdFlowerStore, job: JobRecord): Record<string, unknown> {
  const s = job.settings;
  const totals = totalsOf(store, job);
  return {
    id: job.id,
    title: s.title,
    instructions: s.instructions,
    cml: s.cml,
    js: s.js,
    css: s.css,
    state: job.state,
    judgments_per_unit: s.judgments_per_unit,
    units_per_assignment: s.units_per_assignment,
    pages_per_assignment: s.pages_per_assignment,
    gold_per_assignment: s.gold_per_assignment,
    max_judgments_per_worker: s.max_judgments_per_worker,
    max_judgments_per_unit: s.max_judgments_per_unit,
    max_judgments_per_ip: s.max_judgments_per_ip,
    auto_order: s.auto_order,
    auto_order_threshold: s.auto_order_threshold,
    auto_order_timeout: s.auto_order_timeout,
    min_unit_confidence: s.min_unit_confidence,
    payment_cents: s.payment_cents,
    send_judgments_webhook: s.send_judgments_webhook,
    webhook_uri: s.webhook_uri,
    language: s.language,
    included_countries: s.included_countries,
    excluded_countries: s.excluded_countries,
    options: s.options,
    fields: s.fields,
    confidence_fields: s.confidence_fields,
    gold: job.gold,
    minimum_requirements: s.minimum_requirements,
    custom_key: s.custom_key,
    alias: s.alias,
    project_number: null,
    problem: s.problem,
    support_email: s.support_email,
    units_count: totals.units,
    golds_count: totals.golden,
    judgments_count: totals.judgments,
    crowd_costs: (totals.counted * s.payment_cents) / 100,
    completed: job.state === 'finished',
    completed_at: isoOrNull(job.completedAt),
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
    secret: job.secret,
    copied_from: job.copiedFrom,
    design_verified: s.cml !== null,
    public_data: false,
    execution_mode: 'worker_ui_remix',
  };
}

export function judgmentJson(store: CrowdFlowerStore, judgment: JudgmentRecord): Record<string, unknown> {
  const worker = contributor(judgment.workerId);
  const unit = store.units.get(judgment.unitId);
  return {
    id: judgment.id,
    unit_id: judgment.unitId,
    job_id: judgment.jobId,
    worker_id: judgment.workerId,
    contributor_id: judgment.workerId,
    created_at: iso(judgment.createdAt),
    started_at: iso(judgment.startedAt),
    acknowledged_at: null,
    external_type: worker?.channel ?? 'cf_internal',
    golden: judgment.golden,
    tainted: judgment.tainted,
    missed: judgment.missed,
    rejected: null,
    reviewed: false,
    judgment: null,
    country: worker?.country ?? null,
    region: worker?.region ?? null,
    city: worker?.city ?? null,
    ip: worker?.ip ?? null,
    trust: judgment.trust,
    worker_trust: worker?.trust ?? judgment.trust,
    unit_state: unit?.state ?? null,
    webhook_sent_at: null,
    data: judgment.data,
    unit_data: unit?.data ?? {},
  };
}

/** `{judgments:[…], <field>:{agg, confidence}}` — the Unit's `results`. */
function resultsOf(store: CrowdFlowerStore, aggregate: UnitAggregate): Record<string, unknown> {
  const results: Record<string, unknown> = {
    judgments: aggregate.judgments.map((judgment) => judgmentJson(store, judgment)),
  };
  for (const [name, field] of aggregate.fields)
    results[name] = { agg: field.agg, confidence: field.confidence };
  return results;
}

export function unitJson(store: CrowdFlowerStore, job: JobRecord, unit: UnitRecord): Record<string, unknown> {
  const aggregate = aggregateUnit(store, job, unit);
  return {
    id: unit.id,
    job_id: unit.jobId,
    data: unit.data,
    state: unit.state,
    agreement: aggregate.agreement,
    difficulty:
      unit.state === 'finalized' && aggregate.agreement !== null
        ? Math.round((1 - aggregate.agreement) * 10000) / 10000
        : 0,
    judgments_count: unit.judgmentIds.length,
    missed_count: unit.missedCount,
    created_at: iso(unit.createdAt),
    updated_at: iso(unit.updatedAt),
    results: resultsOf(store, aggregate),
  };
}

/** A `judgments.json` value: undocumented, shaped after EVE's JudgmentAggregate. */
export function aggregateJson(
  store: CrowdFlowerStore,
  job: JobRecord,
  unit: UnitRecord,
): Record<string, unknown> {
  const aggregate = aggregateUnit(store, job, unit);
  const last = aggregate.judgments.reduce(
    (latest, judgment) => Math.max(latest, judgment.createdAt),
    unit.updatedAt,
  );
  const body: Record<string, unknown> = {
    _agreement: aggregate.agreement,
    _ids: aggregate.judgments.map((judgment) => judgment.id),
    _state: unit.state,
    _updated_at: iso(last),
  };
  for (const [name, field] of aggregate.fields) body[name] = { agg: field.agg, res: field.res };
  return body;
}

export function orderJson(order: OrderRecord): Record<string, unknown> {
  return {
    id: order.id,
    job_id: order.jobId,
    type: 'debit',
    meta: { units_count: order.unitsCount, channels: order.channels, cost_cents: order.costCents },
    user_id: order.userId,
    created_at: iso(order.createdAt),
    updated_at: iso(order.createdAt),
  };
}

export function pingJson(store: CrowdFlowerStore, job: JobRecord): Record<string, number> {
  const totals = totalsOf(store, job);
  return {
    golden_units: totals.golden,
    all_units: totals.units,
    ordered_units: totals.ordered,
    completed_units_estimate: totals.finalized,
    needed_judgments: totals.neededJudgments,
    all_judgments: totals.judgments,
    tainted_judgments: totals.tainted,
    completed_gold_estimate: totals.goldJudged,
    completed_non_gold_estimate: totals.finalized,
  };
}

export function channelsJson(job: JobRecord, available: readonly string[]): Record<string, string[]> {
  return { enabled_channels: [...job.enabledChannels], available_channels: [...available] };
}

export function tagsJson(job: JobRecord): Array<{ name: string }> {
  return job.tags.map((name) => ({ name }));
}
