import { fieldsOf } from './judging.js';
import type { JobRecord, JudgmentRecord, UnitRecord } from './model.js';
import type { CrowdFlowerStore } from './store.js';

/**
 * CrowdFlower's per-field aggregation. `agg` (the default) is the trust-weighted majority with its
 * share of the trust as `confidence`; `all` lists every distinct answer; `avg` averages numbers.
 * Tainted judgments never count.
 */

export interface FieldResult {
  readonly agg: unknown;
  readonly confidence: number;
  /** Every counted answer, in judgment order. */
  readonly res: readonly unknown[];
}

export interface UnitAggregate {
  readonly agreement: number | null;
  readonly fields: ReadonlyMap<string, FieldResult>;
  readonly judgments: readonly JudgmentRecord[];
  readonly counted: readonly JudgmentRecord[];
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;

function majority(answers: ReadonlyArray<{ value: unknown; trust: number }>): FieldResult {
  const weights = new Map<string, { value: unknown; weight: number }>();
  let total = 0;
  for (const { value, trust } of answers) {
    const key = JSON.stringify(Array.isArray(value) ? [...value].map(String).sort() : value);
    const entry = weights.get(key) ?? { value, weight: 0 };
    entry.weight += trust;
    weights.set(key, entry);
    total += trust;
  }
  let best: { value: unknown; weight: number } | undefined;
  for (const entry of weights.values()) if (best === undefined || entry.weight > best.weight) best = entry;
  return {
    agg: best?.value ?? null,
    confidence: best === undefined || total === 0 ? 0 : round4(best.weight / total),
    res: answers.map(({ value }) => value),
  };
}

function fieldResult(mode: string, answers: ReadonlyArray<{ value: unknown; trust: number }>): FieldResult {
  const voted = majority(answers);
  if (mode === 'all') {
    const distinct = [...new Map(answers.map(({ value }) => [JSON.stringify(value), value])).values()];
    return { ...voted, agg: distinct };
  }
  if (mode === 'avg') {
    const numbers = answers.map(({ value }) => Number(value)).filter((value) => Number.isFinite(value));
    const mean =
      numbers.length === 0 ? null : round4(numbers.reduce((sum, n) => sum + n, 0) / numbers.length);
    return { ...voted, agg: mean };
  }
  return voted;
}

export function aggregateUnit(store: CrowdFlowerStore, job: JobRecord, unit: UnitRecord): UnitAggregate {
  const judgments = store.judgmentsOf(unit);
  const counted = judgments.filter((judgment) => !judgment.tainted);
  const fields = new Map<string, FieldResult>();
  if (counted.length === 0) return { agreement: null, fields, judgments, counted };
  for (const field of fieldsOf(job)) {
    const answers = counted
      .filter((judgment) => Object.hasOwn(judgment.data, field.name))
      .map((judgment) => ({ value: judgment.data[field.name], trust: judgment.trust }));
    if (answers.length > 0)
      fields.set(field.name, fieldResult(job.settings.fields?.[field.name] ?? 'agg', answers));
  }
  const confidences = [...fields.values()].map((result) => result.confidence);
  const agreement =
    confidences.length === 0 ? null : round4(confidences.reduce((sum, c) => sum + c, 0) / confidences.length);
  return { agreement, fields, judgments, counted };
}
