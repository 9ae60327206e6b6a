import type {
  CrowdFlowerAggregateModel,
  CrowdFlowerJobModel,
  CrowdFlowerJudgmentModel,
  CrowdFlowerOrderModel,
  CrowdFlowerProgressModel,
  CrowdFlowerUnitDetail,
  CrowdFlowerUnitModel,
  CrowdFlowerWorkerModel,
  JobStatus,
  UnitStatus,
} from './models.js';
import type { AggregateWire, JobWire, JudgmentWire, OrderWire, PingWire, UnitWire } from './wire.js';
import { isoUtcOrNull } from '../core/index.js';

// Written out in each model, not spread from a shared object: an object literal that starts with a
// spread is built slowly (it cost ~10 µs per archive item, most of mapping a 1,000-item page).
const platform = 'CROWDFLOWER' as const;

const jobStatus: Record<string, JobStatus> = {
  unordered: 'PENDING',
  running: 'RUNNING',
  paused: 'PAUSED',
  finished: 'SUCCEEDED',
  canceled: 'CANCELED',
  cancelled: 'CANCELED',
};

const unitStatus: Record<string, UnitStatus> = {
  new: 'NEW',
  judgable: 'JUDGABLE',
  judging: 'IN_PROGRESS',
  finalized: 'FINALIZED',
  golden: 'GOLDEN',
  hidden_gold: 'GOLDEN',
  canceled: 'CANCELED',
};

export function toJob(wire: JobWire): CrowdFlowerJobModel {
  return {
    platform,
    __typename: 'CrowdFlowerJob',
    nativeId: String(wire.id),
    url: null,
    jobId: wire.id,
    title: wire.title ?? null,
    status: jobStatus[wire.state] ?? 'UNKNOWN',
    platformStatus: wire.state,
    createdAt: isoUtcOrNull(wire.created_at),
    updatedAt: isoUtcOrNull(wire.updated_at),
    completedAt: isoUtcOrNull(wire.completed_at),
    instructions: wire.instructions ?? null,
    cml: wire.cml ?? null,
    js: wire.js ?? null,
    css: wire.css ?? null,
    judgmentsPerUnit: wire.judgments_per_unit ?? null,
    unitsPerAssignment: wire.units_per_assignment ?? null,
    pagesPerAssignment: wire.pages_per_assignment ?? null,
    goldPerAssignment: wire.gold_per_assignment ?? null,
    maxJudgmentsPerUnit: wire.max_judgments_per_unit ?? null,
    maxJudgmentsPerContributor: wire.max_judgments_per_contributor ?? wire.max_judgments_per_worker ?? null,
    minUnitConfidence: wire.min_unit_confidence ?? null,
    paymentCents: wire.payment_cents ?? null,
    autoOrder: wire.auto_order ?? null,
    language: wire.language ?? null,
    webhookUri: wire.webhook_uri ?? null,
    unitsCount: wire.units_count ?? null,
    goldsCount: wire.golds_count ?? null,
    judgmentsCount: wire.judgments_count ?? null,
    crowdCosts: wire.crowd_costs ?? null,
    completed: wire.completed ?? wire.state === 'finished',
    options: wire.options ?? null,
    fields: wire.fields ?? null,
    confidenceFields: wire.confidence_fields ?? null,
    includedCountries: (wire.included_countries ?? []).map((c) => ({ code: c.code, name: c.name ?? null })),
    excludedCountries: (wire.excluded_countries ?? []).map((c) => ({ code: c.code, name: c.name ?? null })),
  };
}

export function toJudgment(wire: JudgmentWire): CrowdFlowerJudgmentModel {
  return {
    platform,
    __typename: 'CrowdFlowerJudgment',
    nativeId: `${wire.job_id}/${wire.id}`,
    judgmentId: wire.id,
    unitId: wire.unit_id,
    jobId: wire.job_id,
    workerId: wire.worker_id,
    createdAt: isoUtcOrNull(wire.created_at),
    startedAt: isoUtcOrNull(wire.started_at),
    acknowledgedAt: isoUtcOrNull(wire.acknowledged_at),
    answer: wire.data ?? null,
    channel: wire.external_type ?? null,
    golden: wire.golden ?? null,
    tainted: wire.tainted ?? null,
    missed: wire.missed ?? null,
    rejected: wire.rejected ?? null,
    country: wire.country ?? null,
    region: wire.region ?? null,
    city: wire.city ?? null,
    trust: wire.trust ?? null,
    workerTrust: wire.worker_trust ?? null,
    unitState: wire.unit_state ?? null,
    unitData: wire.unit_data ?? null,
  };
}

export function toListedUnit(
  jobId: number,
  unitId: number,
  data: Record<string, unknown>,
): CrowdFlowerUnitModel {
  return {
    platform,
    __typename: 'CrowdFlowerUnit',
    nativeId: `${jobId}/${unitId}`,
    unitId,
    jobId,
    data,
    detail: null,
  };
}

export function toUnit(wire: UnitWire): CrowdFlowerUnitModel {
  const { judgments = [], ...results } = wire.results ?? {};
  const detail: CrowdFlowerUnitDetail = {
    status: unitStatus[wire.state] ?? 'UNKNOWN',
    platformStatus: wire.state,
    createdAt: isoUtcOrNull(wire.created_at),
    updatedAt: isoUtcOrNull(wire.updated_at),
    agreement: wire.agreement ?? null,
    difficulty: wire.difficulty ?? null,
    judgmentsCount: wire.judgments_count ?? null,
    missedCount: wire.missed_count ?? null,
    results: wire.results ? results : null,
    judgments: judgments.map(toJudgment),
  };
  return { ...toListedUnit(wire.job_id, wire.id, wire.data ?? {}), detail };
}

export function toWorker(jobId: number, workerId: number): CrowdFlowerWorkerModel {
  return {
    platform,
    __typename: 'CrowdFlowerWorker',
    nativeId: `${jobId}/${workerId}`,
    workerId,
    jobId,
    name: null,
  };
}

export function toAggregate(jobId: number, unitId: number, wire: AggregateWire): CrowdFlowerAggregateModel {
  const { _agreement, _ids, _state, _updated_at, ...fields } = wire;
  return {
    unitId,
    jobId,
    agreement: _agreement ?? null,
    state: _state ?? null,
    updatedAt: isoUtcOrNull(_updated_at),
    judgmentIds: _ids ?? [],
    fields,
  };
}

export function toOrder(wire: OrderWire): CrowdFlowerOrderModel {
  return {
    orderId: wire.id,
    jobId: wire.job_id,
    type: wire.type ?? null,
    meta: wire.meta ?? null,
    createdAt: isoUtcOrNull(wire.created_at),
    updatedAt: isoUtcOrNull(wire.updated_at),
  };
}

export function toProgress(wire: PingWire): CrowdFlowerProgressModel {
  const ordered = wire.ordered_units ?? null;
  const done = wire.completed_units_estimate ?? null;
  return {
    goldenUnits: wire.golden_units ?? null,
    allUnits: wire.all_units ?? null,
    orderedUnits: ordered,
    completedUnitsEstimate: done,
    neededJudgments: wire.needed_judgments ?? null,
    allJudgments: wire.all_judgments ?? null,
    taintedJudgments: wire.tainted_judgments ?? null,
    completedGoldEstimate: wire.completed_gold_estimate ?? null,
    completedNonGoldEstimate: wire.completed_non_gold_estimate ?? null,
    fractionComplete: ordered && done !== null ? Math.min(1, done / ordered) : null,
  };
}
