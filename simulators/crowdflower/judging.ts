import { parseCml, type CmlField } from './cml.js';
import { CROWD, TAINT_THRESHOLD, type Contributor } from './crowd.js';
import { settle } from './lifecycle.js';
import type { JobRecord, JudgmentRecord, UnitRecord } from './model.js';
import { draw, hashSeed } from '../core/random.js';
import type { CrowdFlowerStore } from './store.js';
import { SECOND, type Millis } from './time.js';

/**
 * The crowd at work. One step: a few contributors each open one assignment (page) of a running
 * job, answer up to `units_per_assignment` judgable units plus `gold_per_assignment` test
 * questions. Every choice is a hash of ids and the job's step count, so runs replay exactly.
 */

export const WORKERS_PER_STEP = 3;

const fieldCache = new Map<string, CmlField[]>();

export function fieldsOf(job: JobRecord): CmlField[] {
  const cml = job.settings.cml ?? '';
  let fields = fieldCache.get(cml);
  if (fields === undefined) {
    fields = parseCml(cml);
    if (fieldCache.size > 500) fieldCache.clear();
    fieldCache.set(cml, fields);
  }
  return fields;
}

function eligible(store: CrowdFlowerStore, job: JobRecord): Contributor[] {
  const included = new Set(job.settings.included_countries.map((country) => country.code.toUpperCase()));
  const excluded = new Set(job.settings.excluded_countries.map((country) => country.code.toUpperCase()));
  const cap = job.settings.max_judgments_per_worker;
  return CROWD.filter(
    (worker) =>
      store.flagOf(job, worker.id) === undefined &&
      !job.rejected.has(worker.id) &&
      (included.size === 0 || included.has(worker.countryCode)) &&
      !excluded.has(worker.countryCode) &&
      (cap === null || (job.workerLoad.get(worker.id) ?? 0) < cap),
  );
}

/** Words a free-text answer can quote: capitalised ones first, as an entity tagger would. */
function wordsOf(unit: UnitRecord): string[] {
  const words = Object.values(unit.data)
    .filter((value): value is string => typeof value === 'string' && !/^https?:/.test(value))
    .flatMap((value) => value.split(/[^\p{L}\p{N}'-]+/u))
    .filter((word) => word.length > 2);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length > 0 ? capitalised : words.length > 0 ? words : ['n/a'];
}

function goldValue(field: CmlField, unit: UnitRecord): unknown {
  const raw = unit.data[`${field.name}_gold`];
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (field.kind === 'checkboxes' && typeof raw === 'string') return raw.split('\n').filter(Boolean);
  return raw;
}

/** The answer a perfect contributor gives: the gold when there is one, else a hash of the unit. */
function truthOf(field: CmlField, unit: UnitRecord): unknown {
  const gold = goldValue(field, unit);
  if (gold !== undefined) return gold;
  const known = unit.truth?.[field.name];
  if (known !== undefined) return known;
  if (field.kind === 'checkboxes')
    return field.options.filter((option) => draw('truth', unit.id, field.name, option) < 0.3);
  if (field.options.length > 0)
    return field.options[hashSeed('truth', unit.id, field.name) % field.options.length];
  const words = wordsOf(unit);
  return words[hashSeed('truth', unit.id, field.name) % words.length];
}

function answer(field: CmlField, unit: UnitRecord, worker: Contributor): unknown {
  const truth = truthOf(field, unit);
  if (draw('correct', unit.id, worker.id, field.name) < worker.trust) return truth;
  if (field.kind === 'checkboxes')
    return field.options.filter((option) => draw('guess', unit.id, worker.id, option) < 0.35);
  const choices = field.options.length > 0 ? field.options : wordsOf(unit);
  const others = choices.filter((choice) => choice !== truth);
  const pool = others.length > 0 ? others : choices;
  return pool[hashSeed('guess', unit.id, worker.id, field.name) % pool.length];
}

const sameAnswer = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function judge(
  store: CrowdFlowerStore,
  job: JobRecord,
  unit: UnitRecord,
  worker: Contributor,
  at: Millis,
): JudgmentRecord {
  const fields = fieldsOf(job);
  const data = Object.fromEntries(fields.map((field) => [field.name, answer(field, unit, worker)]));
  const golden = unit.state === 'golden';
  const missed = golden
    ? fields.some((field) => {
        const gold = goldValue(field, unit);
        return gold !== undefined && !sameAnswer(gold, data[field.name]);
      })
    : null;
  const tainted = worker.trust < TAINT_THRESHOLD;
  const trust = Math.min(1, Math.max(0, worker.trust + (draw('job-trust', job.id, worker.id) - 0.5) * 0.1));
  const judgment = store.addJudgment(unit, {
    workerId: worker.id,
    startedAt: at - (20 + (hashSeed('dwell', unit.id, worker.id) % 280)) * SECOND,
    createdAt: at,
    data,
    golden,
    missed,
    tainted,
    trust: Math.round(trust * 10000) / 10000,
  });
  job.workerLoad.set(worker.id, (job.workerLoad.get(worker.id) ?? 0) + 1);
  if (golden) {
    if (missed === true) unit.missedCount += 1;
  } else if (!tainted) {
    unit.counted += 1;
    unit.state = unit.counted >= job.settings.judgments_per_unit ? 'finalized' : 'judging';
  }
  unit.updatedAt = at;
  return judgment;
}

const isOpen = (unit: UnitRecord): boolean =>
  unit.ordered && (unit.state === 'judgable' || unit.state === 'judging');

function assignment(store: CrowdFlowerStore, job: JobRecord, worker: Contributor, at: Millis): number {
  let created = 0;
  let room = job.settings.units_per_assignment;
  const golds: UnitRecord[] = [];
  for (const id of job.unitIds) {
    const unit = store.units.get(id);
    if (unit === undefined) continue;
    if (unit.state === 'golden') golds.push(unit);
    if (room === 0 || !isOpen(unit) || unit.workers.has(worker.id)) continue;
    judge(store, job, unit, worker, at);
    created += 1;
    room -= 1;
  }
  // test questions only come with real work, from a worker-specific starting point
  if (created === 0 || golds.length === 0) return created;
  const offset = hashSeed('gold', job.id, worker.id, job.steps) % golds.length;
  let goldRoom = job.settings.gold_per_assignment;
  for (let index = 0; index < golds.length && goldRoom > 0; index += 1) {
    const unit = golds[(offset + index) % golds.length];
    if (unit === undefined || unit.workers.has(worker.id)) continue;
    judge(store, job, unit, worker, at);
    created += 1;
    goldRoom -= 1;
  }
  return created;
}

/** One crowd step for one job; returns the judgments created. */
export function stepJob(store: CrowdFlowerStore, job: JobRecord, at: Millis): number {
  if (job.state !== 'running') return 0;
  const pool = eligible(store, job);
  let created = 0;
  const seen = new Set<number>();
  for (let slot = 0; slot < WORKERS_PER_STEP && pool.length > 0; slot += 1) {
    const worker = pool[hashSeed('pick', job.id, job.steps, slot) % pool.length];
    if (worker === undefined || seen.has(worker.id)) continue;
    seen.add(worker.id);
    created += assignment(store, job, worker, at);
  }
  job.steps += 1;
  if (created > 0) job.updatedAt = at;
  settle(store, job, at);
  return created;
}

/** One step for every running job. */
export function stepAll(store: CrowdFlowerStore, at: Millis): number {
  let created = 0;
  for (const job of store.jobs.values()) created += stepJob(store, job, at);
  return created;
}

export function hasRunningJobs(store: CrowdFlowerStore): boolean {
  for (const job of store.jobs.values()) if (job.state === 'running') return true;
  return false;
}
