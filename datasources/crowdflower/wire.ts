import { z } from 'zod';
import { dateText, jsonObject, objectsByNumericId } from '../core/index.js';

/**
 * CrowdFlower v1 shapes (shared/platforms/crowdflower.md §3). Live responses carry undocumented
 * extra fields; they pass through unvalidated and unused. `secret` is never read.
 */
const country = z.object({ code: z.string(), name: z.string().nullish() });

export const jobWire = z.object({
  id: z.number().int(),
  title: z.string().nullish(),
  instructions: z.string().nullish(),
  cml: z.string().nullish(),
  js: z.string().nullish(),
  css: z.string().nullish(),
  state: z.string(),
  judgments_per_unit: z.number().int().nullish(),
  units_per_assignment: z.number().int().nullish(),
  pages_per_assignment: z.number().int().nullish(),
  gold_per_assignment: z.number().int().nullish(),
  max_judgments_per_unit: z.number().int().nullish(),
  max_judgments_per_worker: z.number().int().nullish(),
  max_judgments_per_contributor: z.number().int().nullish(),
  min_unit_confidence: z.number().nullish(),
  payment_cents: z.number().nullish(),
  auto_order: z.boolean().nullish(),
  webhook_uri: z.string().nullish(),
  language: z.string().nullish(),
  included_countries: z.array(country).nullish(),
  excluded_countries: z.array(country).nullish(),
  options: jsonObject.nullish(),
  fields: jsonObject.nullish(),
  confidence_fields: z.array(z.string()).nullish(),
  units_count: z.number().int().nullish(),
  golds_count: z.number().int().nullish(),
  judgments_count: z.number().int().nullish(),
  crowd_costs: z.number().nullish(),
  completed: z.boolean().nullish(),
  completed_at: dateText.nullish(),
  created_at: dateText.nullish(),
  updated_at: dateText.nullish(),
});
export type JobWire = z.infer<typeof jobWire>;

export const judgmentWire = z.object({
  id: z.number().int(),
  unit_id: z.number().int(),
  job_id: z.number().int(),
  worker_id: z.number().int(),
  created_at: dateText.nullish(),
  started_at: dateText.nullish(),
  acknowledged_at: dateText.nullish(),
  external_type: z.string().nullish(),
  golden: z.boolean().nullish(),
  tainted: z.boolean().nullish(),
  missed: z.boolean().nullish(),
  rejected: z.boolean().nullish(),
  country: z.string().nullish(),
  region: z.string().nullish(),
  city: z.string().nullish(),
  trust: z.number().nullish(),
  worker_trust: z.number().nullish(),
  unit_state: z.string().nullish(),
  data: jsonObject.nullish(),
  unit_data: jsonObject.nullish(),
});
export type JudgmentWire = z.infer<typeof judgmentWire>;

export const unitWire = z.object({
  id: z.number().int(),
  job_id: z.number().int(),
  data: jsonObject.nullish(),
  state: z.string(),
  agreement: z.number().nullish(),
  difficulty: z.number().nullish(),
  judgments_count: z.number().int().nullish(),
  missed_count: z.number().int().nullish(),
  created_at: dateText.nullish(),
  updated_at: dateText.nullish(),
  results: z
    .object({ judgments: z.array(judgmentWire).optional() })
    .catchall(z.unknown())
    .nullish(),
});
export type UnitWire = z.infer<typeof unitWire>;

/** `units.json`: `{ "<unit id>": { …source data… } }`. */
export const unitsPageWire = objectsByNumericId;

/** `judgments.json`: `{ "<unit id>": JudgmentAggregate }`. */
export const aggregateWire = z
  .object({
    _agreement: z.number().nullish(),
    _ids: z.array(z.number().int()).nullish(),
    _state: z.string().nullish(),
    _updated_at: dateText.nullish(),
  })
  .catchall(z.unknown());
export const aggregatesPageWire = z.record(z.string().regex(/^\d+$/), aggregateWire);
export type AggregateWire = z.infer<typeof aggregateWire>;

export const orderWire = z.object({
  id: z.number().int(),
  job_id: z.number().int(),
  type: z.string().nullish(),
  meta: z.unknown().optional(),
  created_at: dateText.nullish(),
  updated_at: dateText.nullish(),
});
export type OrderWire = z.infer<typeof orderWire>;

export const pingWire = z.object({
  golden_units: z.number().int().nullish(),
  all_units: z.number().int().nullish(),
  ordered_units: z.number().int().nullish(),
  completed_units_estimate: z.number().int().nullish(),
  needed_judgments: z.number().int().nullish(),
  all_judgments: z.number().int().nullish(),
  tainted_judgments: z.number().int().nullish(),
  completed_gold_estimate: z.number().int().nullish(),
  completed_non_gold_estimate: z.number().int().nullish(),
});
export type PingWire = z.infer<typeof pingWire>;

export const unitsPingWire = z.object({ count: z.number().int(), done: z.boolean() });

export const channelsWire = z.object({
  enabled_channels: z.array(z.string()),
  available_channels: z.array(z.string()),
});

export const tagsWire = z.array(z.union([z.object({ name: z.string() }), z.string()]));

/** Message envelopes: `{"error":"…"}` (state errors, HTTP 200), `{"error":{"message"}}`, `{"errors":[…]}`, `{"notice"|"success":{"message"}}`. */
export const envelopeWire = z
  .object({
    error: z
      .union([z.string(), z.object({ message: z.string().optional() }).catchall(z.unknown())])
      .optional(),
    errors: z.array(z.unknown()).optional(),
    notice: z.object({ message: z.string().optional() }).catchall(z.unknown()).optional(),
    success: z.object({ message: z.string().optional() }).catchall(z.unknown()).optional(),
    message: z
      .union([
        z.string(),
        z.object({ success: z.string().optional(), notice: z.string().optional() }).catchall(z.unknown()),
      ])
      .optional(),
  })
  .catchall(z.unknown());
export type EnvelopeWire = z.infer<typeof envelopeWire>;
