import { strToU8, zipSync } from 'fflate';
import { aggregateUnit } from './aggregate.js';
import { contributor } from './crowd.js';
import { badRequest } from './errors.js';
import { fieldsOf } from './judging.js';
import type { JobRecord, UnitRecord } from './model.js';
import type { CrowdFlowerStore } from './store.js';
import { iso, SECOND, type Millis } from './time.js';
import { unitJson } from './wire.js';

/**
 * `GET jobs/{id}.csv?type=…` (reference §6): the first request starts a build that takes a few
 * seconds of platform time and answers 202; once built, the ZIP is kept until `regenerate`.
 */

export const REPORT_TYPES = ['full', 'aggregated', 'json', 'gold_report', 'workset', 'source'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** Platform time a report takes to build. */
export const REPORT_BUILD_MS = 5 * SECOND;
export const REPORT_PENDING_MESSAGE = 'Your CSV is being generated.  Try again in 10 seconds.';

interface Build {
  readyAt: Millis;
  zip: Uint8Array | undefined;
}

export function reportType(raw: string | undefined): ReportType {
  const type = raw ?? 'full';
  const known = REPORT_TYPES.find((candidate) => candidate === type);
  if (known === undefined)
    throw badRequest(`Unknown report type: ${type}. Use one of ${REPORT_TYPES.join(', ')}.`);
  return known;
}

export class ReportBuilds {
  readonly #builds = new Map<string, Build>();

  /** The ZIP, or undefined while it is (or starts) being generated. */
  fetch(store: CrowdFlowerStore, job: JobRecord, type: ReportType, now: Millis): Uint8Array | undefined {
    const key = `${job.id}:${type}`;
    const build = this.#builds.get(key);
    if (build === undefined) {
      this.#builds.set(key, { readyAt: now + REPORT_BUILD_MS, zip: undefined });
      return undefined;
    }
    if (now < build.readyAt) return undefined;
    build.zip ??= zipSync({ [fileName(job, type)]: strToU8(reportText(store, job, type)) });
    return build.zip;
  }

  /** `POST regenerate`: throw away the built file and start again. */
  regenerate(job: JobRecord, type: ReportType, now: Millis): void {
    this.#builds.set(`${job.id}:${type}`, { readyAt: now + REPORT_BUILD_MS, zip: undefined });
  }

  forget(job: JobRecord): void {
    for (const type of REPORT_TYPES) this.#builds.delete(`${job.id}:${type}`);
  }
}

/** File names inside the ZIP, after the platform's download names. */
export function fileName(job: JobRecord, type: ReportType): string {
  switch (type) {
    case 'full':
      return `f${job.id}.csv`;
    case 'aggregated':
      return `a${job.id}.csv`;
    case 'json':
      return `job_${job.id}.json`;
    case 'gold_report':
      return `gold_report_${job.id}.csv`;
    case 'workset':
      return `workset${job.id}.csv`;
    case 'source':
      return `source${job.id}.csv`;
  }
}

function cell(value: unknown): string {
  const raw =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : Array.isArray(value)
          ? value.map(String).join('\n')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
  return /[",\r\n]/.test(raw) ? `"${raw.replaceAll('"', '""')}"` : raw;
}

function csv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

/** Uploaded columns without the gold bookkeeping, which reports print in their own place. */
function sourceColumns(job: JobRecord): string[] {
  return [...job.columns].filter(
    (column) => !column.endsWith('_gold') && !column.endsWith('_gold_reason') && column !== '_golden',
  );
}

const goldColumns = (fields: readonly string[]): string[] =>
  fields.flatMap((field) => [`${field}_gold`, `${field}_gold_reason`]);

function reportText(store: CrowdFlowerStore, job: JobRecord, type: ReportType): string {
  const units = store.unitsOf(job);
  switch (type) {
    case 'json':
      return units.map((unit) => JSON.stringify(unitJson(store, job, unit))).join('\n') + '\n';
    case 'full':
      return fullReport(store, job, units);
    case 'aggregated':
      return aggregatedReport(store, job, units);
    case 'gold_report':
      return goldReport(store, job, units);
    case 'workset':
      return worksetReport(store, job, units);
    case 'source':
      return sourceReport(job, units);
  }
}

/** One row per judgment; columns as PPL lists them. */
function fullReport(store: CrowdFlowerStore, job: JobRecord, units: readonly UnitRecord[]): string {
  const fields = fieldsOf(job).map((field) => field.name);
  const columns = sourceColumns(job);
  const header = [
    '_unit_id',
    '_created_at',
    '_golden',
    '_canary',
    '_id',
    '_missed',
    '_started_at',
    '_tainted',
    '_channel',
    '_trust',
    '_worker_id',
    '_country',
    '_region',
    '_city',
    '_ip',
    ...fields,
    ...columns,
    ...goldColumns(fields),
  ];
  const rows = units.flatMap((unit) =>
    store.judgmentsOf(unit).map((judgment) => {
      const worker = contributor(judgment.workerId);
      return [
        unit.id,
        iso(judgment.createdAt),
        judgment.golden,
        '',
        judgment.id,
        judgment.missed ?? '',
        iso(judgment.startedAt),
        judgment.tainted,
        worker?.channel,
        judgment.trust,
        judgment.workerId,
        worker?.country,
        worker?.region,
        worker?.city,
        worker?.ip,
        ...fields.map((field) => judgment.data[field]),
        ...columns.map((column) => unit.data[column]),
        ...goldColumns(fields).map((column) => unit.data[column]),
      ];
    }),
  );
  return csv(header, rows);
}

function aggregatedReport(store: CrowdFlowerStore, job: JobRecord, units: readonly UnitRecord[]): string {
  const fields = fieldsOf(job).map((field) => field.name);
  const columns = sourceColumns(job);
  const header = [
    '_unit_id',
    '_golden',
    '_unit_state',
    '_trusted_judgments',
    '_last_judgment_at',
    ...fields.flatMap((field) => [field, `${field}:confidence`]),
    ...columns,
    ...goldColumns(fields),
  ];
  const rows = units.map((unit) => {
    const aggregate = aggregateUnit(store, job, unit);
    const last = aggregate.judgments.at(-1);
    return [
      unit.id,
      unit.state === 'golden',
      unit.state,
      aggregate.counted.length,
      last === undefined ? '' : iso(last.createdAt),
      ...fields.flatMap((field) => {
        const result = aggregate.fields.get(field);
        return [result?.agg, result?.confidence];
      }),
      ...columns.map((column) => unit.data[column]),
      ...goldColumns(fields).map((column) => unit.data[column]),
    ];
  });
  return csv(header, rows);
}

function goldReport(store: CrowdFlowerStore, job: JobRecord, units: readonly UnitRecord[]): string {
  const fields = fieldsOf(job).map((field) => field.name);
  const header = ['_unit_id', '_judgments_count', '_missed_count', ...goldColumns(fields)];
  const rows = units
    .filter((unit) => unit.state === 'golden')
    .map((unit) => [
      unit.id,
      store.judgmentsOf(unit).length,
      unit.missedCount,
      ...goldColumns(fields).map((column) => unit.data[column]),
    ]);
  return csv(header, rows);
}

/** The rows as uploaded, with the unit ids they were given. */
function sourceReport(job: JobRecord, units: readonly UnitRecord[]): string {
  const columns = [...job.columns].filter((column) => column !== '_golden');
  return csv(
    ['_unit_id', '_created_at', '_golden', ...columns],
    units.map((unit) => [
      unit.id,
      iso(unit.createdAt),
      unit.state === 'golden',
      ...columns.map((column) => unit.data[column]),
    ]),
  );
}

/** One row per contributor who worked on the job. */
function worksetReport(store: CrowdFlowerStore, job: JobRecord, units: readonly UnitRecord[]): string {
  const stats = new Map<number, { judgments: number; golds: number; missed: number; last: Millis }>();
  for (const unit of units) {
    for (const judgment of store.judgmentsOf(unit)) {
      const entry = stats.get(judgment.workerId) ?? { judgments: 0, golds: 0, missed: 0, last: 0 };
      entry.judgments += 1;
      if (judgment.golden) entry.golds += 1;
      if (judgment.missed === true) entry.missed += 1;
      entry.last = Math.max(entry.last, judgment.createdAt);
      stats.set(judgment.workerId, entry);
    }
  }
  const header = [
    'worker_id',
    'external_type',
    'judgments_count',
    'golds_count',
    'missed_count',
    'trust_overall',
    'country',
    'city',
    'last_judgment_at',
    'flagged_at',
    'flag_reason',
    'rejected',
    'bonus_cents',
  ];
  const rows = [...stats.entries()]
    .sort(([a], [b]) => a - b)
    .map(([workerId, entry]) => {
      const worker = contributor(workerId);
      const flag = store.flagOf(job, workerId);
      const bonus = store.bonuses
        .filter((b) => b.jobId === job.id && b.workerId === workerId)
        .reduce((sum, b) => sum + b.amountCents, 0);
      return [
        workerId,
        worker?.channel,
        entry.judgments,
        entry.golds,
        entry.missed,
        worker?.trust,
        worker?.country,
        worker?.city,
        iso(entry.last),
        flag === undefined ? '' : iso(flag.at),
        flag?.reason ?? '',
        job.rejected.has(workerId),
        bonus,
      ];
    });
  return csv(header, rows);
}
