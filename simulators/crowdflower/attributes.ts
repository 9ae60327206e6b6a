import { z } from 'zod';
import { hasRequiredElement } from './cml.js';
import { countryName } from './crowd.js';
import { badRequest } from './errors.js';
import { isRecord, list, safeKey, text } from './form.js';
import type { Country, JobSettings } from './model.js';

/**
 * `job[…]` attributes from a form (all strings) or JSON (typed). Rails casts form strings, so the
 * schema does too; unknown attributes are dropped the way strong parameters drop them.
 */

const TRUE_WORDS = new Set(['true', '1', 't', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'f', 'no', 'off']);

const blankToNull = (value: unknown): unknown => (value === '' ? null : value);
const asNumber = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
function asBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : value;
}
const asText = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);

function asCountries(value: unknown): unknown {
  if (value === '' || value === null) return [];
  const items = Array.isArray(value)
    ? value
    : isRecord(value)
      ? Object.keys(value)
          .sort((a, b) => Number(a) - Number(b))
          .map((key) => value[key])
      : list(value);
  return items.map((item): unknown => {
    const code = isRecord(item) ? text(item.code) : text(item);
    if (code === undefined) return item;
    const name = isRecord(item) ? text(item.name) : undefined;
    return { name: name ?? countryName(code), code: code.toUpperCase() } satisfies Country;
  });
}

const plainText = z.preprocess(asText, z.string());
const nullableText = z.preprocess((value) => blankToNull(asText(value)), z.string().nullable());
const positive = z.preprocess(asNumber, z.number().int().min(1));
const nonNegative = z.preprocess(asNumber, z.number().int().min(0));
const nullableCount = z.preprocess(
  (value) => asNumber(blankToNull(value)),
  z.number().int().min(0).nullable(),
);
const nullableNumber = z.preprocess((value) => asNumber(blankToNull(value)), z.number().nullable());
const flag = z.preprocess(asBoolean, z.boolean());
const nullableFlag = z.preprocess((value) => asBoolean(blankToNull(value)), z.boolean().nullable());
const countries = z.preprocess(asCountries, z.array(z.object({ name: z.string(), code: z.string() })));
const object = z.preprocess((value) => (value === '' ? {} : value), z.record(z.string(), z.unknown()));
const nullableObject = z.preprocess(blankToNull, z.record(z.string(), z.unknown()).nullable());
const nullableNames = z.preprocess(
  (value) => (value === '' || value === null ? null : list(value)),
  z.array(z.string()).nullable(),
);
const fieldModes = z.preprocess(blankToNull, z.record(z.string(), z.string()).nullable());

const attributesSchema = z.object({
  title: nullableText,
  instructions: z.preprocess((value) => (value === null ? '' : asText(value)), z.string()),
  cml: nullableText,
  js: nullableText,
  css: nullableText,
  judgments_per_unit: positive,
  units_per_assignment: positive,
  pages_per_assignment: positive,
  gold_per_assignment: nonNegative,
  max_judgments_per_worker: nullableCount,
  max_judgments_per_contributor: nullableCount,
  max_judgments_per_unit: nullableCount,
  max_judgments_per_ip: nullableCount,
  auto_order: flag,
  auto_order_threshold: nullableCount,
  auto_order_timeout: nullableCount,
  min_unit_confidence: nullableNumber,
  payment_cents: nonNegative,
  send_judgments_webhook: nullableFlag,
  webhook_uri: nullableText,
  language: plainText,
  included_countries: countries,
  excluded_countries: countries,
  options: object,
  fields: fieldModes,
  confidence_fields: nullableNames,
  minimum_requirements: nullableObject,
  custom_key: nullableText,
  alias: nullableText,
  problem: nullableText,
  support_email: nullableText,
});

/** Form options arrive as strings; numbers and booleans are stored as such, like the platform's. */
function castOption(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

/**
 * The attributes a `job` parameter sets. `state` and `uri` are accepted and ignored: state moves
 * only through orders, pause, resume and cancel, and data feeds are not simulated.
 */
export function parseJobAttributes(input: unknown, current: JobSettings): Partial<JobSettings> {
  if (input === undefined || input === null || input === '') return {};
  if (!isRecord(input)) throw badRequest('job must be a set of attributes.');
  const known = Object.fromEntries(
    Object.entries(input).filter(([key]) => Object.hasOwn(attributesSchema.shape, key)),
  );
  const parsed = attributesSchema.partial().safeParse(known);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`${issue?.path.join('.') ?? 'job'}: ${issue?.message ?? 'is invalid'}`);
  }
  const { max_judgments_per_contributor: perContributor, options, ...rest } = parsed.data;
  const settings: Partial<JobSettings> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  if (perContributor !== undefined) settings.max_judgments_per_worker = perContributor;
  if (options !== undefined) {
    const merged: Record<string, unknown> = { ...current.options };
    for (const [key, value] of Object.entries(options)) if (safeKey(key)) merged[key] = castOption(value);
    settings.options = merged;
  }
  return settings;
}

/**
 * Quirk 6: an update answers "valid" but persists only when the result has a 5–255 character
 * title, instructions and a required CML element.
 */
export function persistable(settings: JobSettings): boolean {
  const title = settings.title ?? '';
  return (
    title.length >= 5 &&
    title.length <= 255 &&
    settings.instructions.trim() !== '' &&
    hasRequiredElement(settings.cml)
  );
}
