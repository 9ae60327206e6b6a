import type { Millis } from './time.js';

/** What the store keeps; `wire.ts` turns these into the platform's JSON. */

export type JobState = 'unordered' | 'running' | 'paused' | 'finished' | 'canceled';
/** `new` until ordered; `judgable` → `judging` → `finalized` as judgments arrive. */
export type UnitState = 'new' | 'judgable' | 'judging' | 'finalized' | 'golden' | 'canceled';
export const UNIT_STATES: readonly UnitState[] = [
  'new',
  'judgable',
  'judging',
  'finalized',
  'golden',
  'canceled',
];

export interface Country {
  readonly name: string;
  readonly code: string;
}

/** The writable job attributes (reference §3 "Writable attributes"), with their platform defaults. */
export interface JobSettings {
  title: string | null;
  instructions: string;
  cml: string | null;
  js: string | null;
  css: string | null;
  judgments_per_unit: number;
  units_per_assignment: number;
  pages_per_assignment: number;
  gold_per_assignment: number;
  max_judgments_per_worker: number | null;
  max_judgments_per_unit: number | null;
  max_judgments_per_ip: number | null;
  auto_order: boolean;
  auto_order_threshold: number | null;
  auto_order_timeout: number | null;
  min_unit_confidence: number | null;
  payment_cents: number;
  send_judgments_webhook: boolean | null;
  webhook_uri: string | null;
  language: string;
  included_countries: Country[];
  excluded_countries: Country[];
  options: Record<string, unknown>;
  fields: Record<string, string> | null;
  confidence_fields: string[] | null;
  minimum_requirements: Record<string, unknown> | null;
  custom_key: string | null;
  alias: string | null;
  problem: string | null;
  support_email: string | null;
}

export function defaultSettings(): JobSettings {
  return {
    title: null,
    instructions: '',
    cml: null,
    js: null,
    css: null,
    judgments_per_unit: 3,
    units_per_assignment: 5,
    pages_per_assignment: 1,
    gold_per_assignment: 0,
    max_judgments_per_worker: null,
    max_judgments_per_unit: null,
    max_judgments_per_ip: null,
    auto_order: false,
    auto_order_threshold: null,
    auto_order_timeout: null,
    min_unit_confidence: null,
    payment_cents: 10,
    send_judgments_webhook: null,
    webhook_uri: null,
    language: 'en',
    included_countries: [],
    excluded_countries: [],
    options: { front_load: false, after_gold: 4, req_ttl_in_seconds: 1800, mail_to: null },
    fields: null,
    confidence_fields: null,
    minimum_requirements: null,
    custom_key: null,
    alias: null,
    problem: null,
    support_email: null,
  };
}

export interface WorkerFlag {
  readonly reason: string;
  readonly at: Millis;
}

export interface JobRecord {
  readonly id: number;
  readonly ownerId: number;
  settings: JobSettings;
  state: JobState;
  /** Unit ids in upload order. */
  unitIds: number[];
  /** Union of the source columns uploaded so far, for the upload column check. */
  columns: Set<string>;
  tags: string[];
  enabledChannels: string[];
  /** CML field → gold column, filled by test-question conversion. */
  gold: Record<string, string>;
  orderIds: number[];
  debitedCents: number;
  flagged: Map<number, WorkerFlag>;
  rejected: Set<number>;
  /** Judgments per worker, for `max_judgments_per_worker`. */
  workerLoad: Map<number, number>;
  /** Crowd steps this job has taken; seeds which workers show up next. */
  steps: number;
  readonly secret: string;
  readonly copiedFrom: number | null;
  readonly createdAt: Millis;
  updatedAt: Millis;
  completedAt: Millis | null;
}

export interface UnitRecord {
  readonly id: number;
  readonly jobId: number;
  data: Record<string, unknown>;
  /** What the simulated crowd converges on, where the seed knows it; never served. */
  readonly truth: Readonly<Record<string, unknown>> | undefined;
  state: UnitState;
  /** Set by an order; a `new` unit collects no judgments. */
  ordered: boolean;
  judgmentIds: number[];
  /** Workers who already answered it; nobody judges a unit twice. */
  workers: Set<number>;
  /** Untainted, non-gold judgments: what counts toward `judgments_per_unit`. */
  counted: number;
  missedCount: number;
  readonly createdAt: Millis;
  updatedAt: Millis;
}

export interface JudgmentRecord {
  readonly id: number;
  readonly unitId: number;
  readonly jobId: number;
  readonly workerId: number;
  readonly startedAt: Millis;
  readonly createdAt: Millis;
  readonly data: Record<string, unknown>;
  readonly golden: boolean;
  readonly missed: boolean | null;
  readonly tainted: boolean;
  readonly trust: number;
}

export interface OrderRecord {
  readonly id: number;
  readonly jobId: number;
  readonly userId: number;
  readonly unitsCount: number;
  readonly channels: readonly string[];
  readonly costCents: number;
  readonly createdAt: Millis;
}

export interface BonusRecord {
  readonly jobId: number;
  readonly workerId: number;
  readonly amountCents: number;
  readonly reason: string | null;
  readonly at: Millis;
}

export interface NotificationRecord {
  readonly jobId: number;
  readonly workerId: number;
  readonly message: string;
  readonly at: Millis;
}
