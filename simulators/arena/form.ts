import type { FastifyRequest } from 'fastify';
import { ArenaError, REQUIRED, validationError, type FieldErrors } from './errors.js';

/**
 * Django's `request.POST` and `request.FILES`: a multi-valued dict read from a urlencoded or
 * multipart body, and the field conversions the views apply (reference §1 "Field values").
 */

export interface UploadedFile {
  readonly fieldname: string;
  readonly filename: string;
  readonly bytes: Buffer;
  /** The part went past the multipart file-size limit and was cut short. */
  readonly truncated: boolean;
}

export class Form {
  constructor(
    readonly fields: ReadonlyMap<string, readonly string[]> = new Map(),
    readonly files: readonly UploadedFile[] = [],
  ) {}

  /** The last value, as `QueryDict.__getitem__`. */
  get(name: string): string | undefined {
    return this.fields.get(name)?.at(-1);
  }

  getAll(name: string): readonly string[] {
    return this.fields.get(name) ?? [];
  }

  file(name: string): UploadedFile | undefined {
    return this.files.find((file) => file.fieldname === name);
  }
}

export function parseUrlencoded(body: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(body)) fields.set(key, [...(fields.get(key) ?? []), value]);
  return fields;
}

function hasStatus(error: unknown): error is { statusCode: number; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'statusCode' in error &&
    typeof error.statusCode === 'number'
  );
}

/** Reads the whole body of an unsafe request. Multipart parts are all drained, so nothing stalls. */
export async function readForm(request: FastifyRequest): Promise<Form> {
  if (request.body instanceof Form) return request.body;
  if (!request.isMultipart()) return new Form();
  const fields = new Map<string, string[]>();
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        files.push({
          fieldname: part.fieldname,
          filename: part.filename,
          bytes,
          truncated: part.file.truncated,
        });
      } else if (typeof part.value === 'string') {
        fields.set(part.fieldname, [...(fields.get(part.fieldname) ?? []), part.value]);
      }
    }
  } catch (error: unknown) {
    // Django answers an unreadable or over-limit multipart body with a 400
    const reason = hasStatus(error) || error instanceof Error ? error.message : 'unreadable body';
    throw new ArenaError(400, 'validation_error', `Malformed multipart body: ${reason}`);
  }
  return new Form(fields, files);
}

/** Collects field errors so a view reports every bad field at once, as a Django form does. */
export class Fields {
  readonly errors: FieldErrors = {};

  constructor(readonly form: Form) {}

  add(name: string, message: string): undefined {
    (this.errors[name] ??= []).push(message);
    return undefined;
  }

  /** Throws the collected errors, if any. */
  check(message: string): void {
    if (Object.keys(this.errors).length > 0) throw validationError(this.errors, message);
  }

  /** Stripped text (Django `CharField(strip=True)`); empty counts as absent. */
  text(
    name: string,
    { required = false, max }: { required?: boolean; max?: number } = {},
  ): string | undefined {
    const value = this.form.get(name)?.trim();
    if (value === undefined || value === '') return required ? this.add(name, REQUIRED) : undefined;
    if (max !== undefined && value.length > max)
      return this.add(name, `Ensure this value has at most ${max} characters (it has ${value.length}).`);
    return value;
  }

  /** `true/false`, `True/False`, `1/0`; absent gives the fallback. */
  boolean(name: string, fallback: boolean): boolean {
    const raw = this.form.get(name)?.trim();
    if (raw === undefined || raw === '') return fallback;
    if (['true', 'True', '1'].includes(raw)) return true;
    if (['false', 'False', '0'].includes(raw)) return false;
    this.add(name, `“${raw}” value must be either True or False.`);
    return fallback;
  }

  integer(name: string, { required = false }: { required?: boolean } = {}): number | undefined {
    const raw = this.form.get(name)?.trim();
    if (raw === undefined || raw === '') return required ? this.add(name, REQUIRED) : undefined;
    const value = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value)) return this.add(name, 'Enter a whole number.');
    return value;
  }

  /** A decimal in [min, max], with Django's range messages. */
  decimal(
    name: string,
    { required, min, max }: { required: boolean; min: number; max: number },
  ): number | undefined {
    const raw = this.form.get(name)?.trim();
    if (raw === undefined || raw === '') return required ? this.add(name, REQUIRED) : undefined;
    const value = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value)) return this.add(name, 'Enter a number.');
    if (value > max) return this.add(name, `Ensure this value is less than or equal to ${max}.`);
    if (value < min) return this.add(name, `Ensure this value is greater than or equal to ${min}.`);
    return value;
  }

  /** JSON text of an object (`params={"k":3}`). */
  jsonObject(name: string): Record<string, unknown> | undefined {
    const raw = this.form.get(name);
    if (raw === undefined || raw.trim() === '') return undefined;
    const value = parseJson(raw);
    if (value === INVALID) return this.add(name, 'Enter a valid JSON.');
    if (!isPlainObject(value)) return this.add(name, 'Enter a JSON object.');
    return value;
  }

  /**
   * A list: one field of JSON array text, or the repeated keys `requests` makes of a Python list
   * (a one-element list arrives as a single plain value).
   */
  list(name: string): unknown[] | undefined {
    const values = this.form.getAll(name);
    if (values.length === 0) return undefined;
    if (values.length === 1) {
      const parsed = parseJson(values[0] ?? '');
      if (Array.isArray(parsed)) return parsed;
    }
    return values.map((value) => {
      const parsed = parseJson(value);
      return parsed === INVALID ? value : parsed;
    });
  }
}

const INVALID = Symbol('invalid JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
