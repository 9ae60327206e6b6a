import { scrub, type DescribedError } from '../core/index.js';
import { errorWire } from './wire.js';

/** The outcome of a write: done, or refused for a reason the user can act on. */
export type ArenaWriteOutcome<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** The platform's code upper-cased (`VALIDATION_ERROR`, `PERMISSION_DENIED`, `ROUND_CLOSED`, …). */
      code: string;
      message: string;
      /** Path of the offending input, e.g. `['input', 'scoreTest']`; null when no one field is at fault. */
      field: string[] | null;
    };

export type ArenaRefusal = Extract<ArenaWriteOutcome<never>, { ok: false }>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `{"error":{"code","message","fields"}}` as one sentence: the message, then each field's errors. */
function sentence(body: unknown): { code: string; message: string; fields: string[] } | undefined {
  const parsed = errorWire.safeParse(body);
  if (!parsed.success) return undefined;
  const { code, message, fields = {} } = parsed.data.error;
  const details = Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join(' ')}`);
  return { code, message: [message, ...details].join(' '), fields: Object.keys(fields) };
}

export function describeArenaError(_status: number, body: string): DescribedError {
  const described = sentence(parseJson(body));
  if (described) return { platformCode: described.code, message: described.message };
  if (body.includes('CSRF verification failed')) return { message: 'CSRF verification failed.' };
  return {};
}

/** Form fields whose input names differ from a plain snake_case → camelCase conversion. */
const inputNames: Readonly<Record<string, string>> = { dataset: 'datasetId', picture: 'picture' };

export function inputField(wireField: string): string[] {
  return [
    'input',
    inputNames[wireField] ?? wireField.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
  ];
}

const codeByStatus: Readonly<Record<number, string>> = {
  400: 'VALIDATION_ERROR',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/**
 * A refused write as an outcome: 400 (validation, closed round), 403 with Arena's JSON body
 * (permission, private group), 404 and 409 (job not running). Undefined for anything else, which
 * the caller throws as a GatewayError.
 */
export function refusalOf(
  status: number,
  body: unknown,
  secrets: readonly string[],
): ArenaRefusal | undefined {
  const described = sentence(body);
  const fallback = codeByStatus[status];
  if (fallback === undefined || (status === 403 && described === undefined)) return undefined;
  const firstField = described?.fields[0];
  return {
    ok: false,
    code: described ? described.code.toUpperCase() : fallback,
    message: described
      ? scrub(`Arena refused the request: ${described.message}`, secrets)
      : `Arena refused the request (HTTP ${status}).`,
    field: firstField === undefined ? null : inputField(firstField),
  };
}

export function refused(code: string, message: string, field: string | null = null): ArenaRefusal {
  return { ok: false, code, message, field: field === null ? null : ['input', field] };
}
