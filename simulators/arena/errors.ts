import { SimulatorHttpError, type ErrorDescription } from '../core/index.js';

/** The platform's failures (reference §6): JSON under `/api/`, Django's HTML pages elsewhere. */

export type FieldErrors = Record<string, string[]>;

const CODE_FOR_STATUS: Readonly<Record<number, string>> = {
  400: 'validation_error',
  401: 'not_authenticated',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  429: 'throttled',
};

export function codeForStatus(status: number): string {
  return CODE_FOR_STATUS[status] ?? (status >= 500 ? 'server_error' : 'error');
}

/** `{"error":{"code","message","fields"?}}`; also what injected faults answer with. */
export function arenaErrorBody(
  { status, message, code }: ErrorDescription,
  fields?: FieldErrors,
): { error: { code: string; message: string; fields?: FieldErrors } } {
  const error = { code: code ?? codeForStatus(status), message };
  return { error: fields === undefined ? error : { ...error, fields } };
}

export class ArenaError extends SimulatorHttpError {
  readonly fields: FieldErrors | undefined;

  constructor(status: number, code: string, message: string, fields?: FieldErrors) {
    super(status, message, code);
    this.name = 'ArenaError';
    this.fields = fields;
  }
}

/** A Django HTML page raised from inside a view (media downloads, unknown ids in page routes). */
export class HtmlError extends Error {
  constructor(
    readonly status: number,
    readonly html: string,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HtmlError';
  }
}

export const validationError = (fields: FieldErrors, message = 'Invalid input.'): ArenaError =>
  new ArenaError(400, 'validation_error', message, fields);

export const notFound = (what: string): ArenaError => new ArenaError(404, 'not_found', `${what} not found.`);

export const notAuthenticated = (): ArenaError =>
  new ArenaError(401, 'not_authenticated', 'Authentication credentials were not provided or have expired.');

export const permissionDenied = (
  message = 'You do not have permission to perform this action.',
): ArenaError => new ArenaError(403, 'permission_denied', message);

export const REQUIRED = 'This field is required.';

export const roundClosed = (roundName: string): ArenaError =>
  new ArenaError(400, 'round_closed', `${roundName} is not open.`);

export const jobNotRunning = (message: string): ArenaError => new ArenaError(409, 'job_not_running', message);
