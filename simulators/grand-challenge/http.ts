import { isUuid } from './ids.js';
import { userForToken, type UserRecord } from './users.js';

/**
 * An answer with the exact body Django REST framework would send. The core's SimulatorHttpError
 * carries only a message, and DRF's 400s are field-error objects or bare lists, so the platform
 * needs its own error type.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(`HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export const PERMISSION_DENIED = 'You do not have permission to perform this action.';

/** `No <Model> matches the given query.` — also what a caller gets for objects it may not see. */
export const notFound = (model: string): ApiError =>
  new ApiError(404, { detail: `No ${model} matches the given query.` });

export const forbidden = (detail: string = PERMISSION_DENIED): ApiError => new ApiError(403, { detail });

/** DRF answers 401 (not 403) to anonymous callers because knox names a `WWW-Authenticate` scheme. */
const unauthorized = (detail: string): ApiError =>
  new ApiError(401, { detail }, { 'www-authenticate': 'Bearer' });

export const notAuthenticated = (): ApiError => unauthorized('Authentication credentials were not provided.');

export const badRequest = (body: unknown): ApiError => new ApiError(400, body);

export const fieldError = (field: string, message: string): ApiError => badRequest({ [field]: [message] });

export const nonFieldError = (message: string): ApiError => badRequest({ non_field_errors: [message] });

/**
 * knox TokenAuthentication: keyword `Bearer` in any case; another keyword means "not ours", so the
 * caller falls through to session auth and is anonymous. Returns null for anonymous callers.
 */
export function authenticate(header: string | undefined): UserRecord | null {
  if (header === undefined) return null;
  const parts = header.split(/\s+/).filter((part) => part !== '');
  if (parts.length === 0 || parts[0]?.toLowerCase() !== 'bearer') return null;
  if (parts.length === 1) throw unauthorized('Invalid token header. No credentials provided.');
  if (parts.length > 2) throw unauthorized('Invalid token header. Token string should not contain spaces.');
  const user = userForToken(parts[1] ?? '');
  if (user === undefined) throw unauthorized('Invalid token.');
  return user;
}

export function requireUser(user: UserRecord | null): UserRecord {
  if (user === null) throw notAuthenticated();
  return user;
}

export { originOf } from '../core/server.js';

/** Python's `type(x).__name__`, which DRF puts into its type errors. */
export function pythonType(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return 'dict';
}

/** Python's `repr`, as jsonschema quotes offending values. */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`)
      .join(', ')}}`;
  return String(value);
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request body as DRF's serializers see it: a dictionary, or 400. */
export function bodyObject(body: unknown): JsonObject {
  if (body === undefined || body === null) return {};
  if (!isJsonObject(body))
    throw nonFieldError(`Invalid data. Expected a dictionary, but got ${pythonType(body)}.`);
  return body;
}

export type LinkResult = { ok: true; id: string } | { ok: false; message: string };

export const NO_SUCH_OBJECT = 'Invalid hyperlink - Object does not exist.';

/**
 * DRF's HyperlinkedRelatedField: only the path of the URL counts (the host is not checked), and it
 * must resolve to the expected detail route.
 */
export function parseHyperlink(value: unknown, route: RegExp): LinkResult {
  if (typeof value !== 'string')
    return { ok: false, message: `Incorrect type. Expected URL string, received ${pythonType(value)}.` };
  let path: string;
  try {
    path = new URL(value, 'http://relative.invalid').pathname;
  } catch {
    return { ok: false, message: 'Invalid hyperlink - No URL match.' };
  }
  const match = route.exec(path);
  const id = match?.[1];
  if (id === undefined) return { ok: false, message: 'Invalid hyperlink - No URL match.' };
  return { ok: true, id };
}

/** Detail routes whose pk is a UUID: `/api/v1/<collection>/<uuid>/`. */
export function detailRoute(collection: string): RegExp {
  return new RegExp(`^/api/v1/${collection}/([0-9a-fA-F-]{36})/$`);
}

/** A path parameter Django's `<uuid:pk>` converter would accept; anything else never reached the view. */
export function uuidParam(value: string): string | undefined {
  return isUuid(value) ? value.toLowerCase() : undefined;
}

/** Query parameter values in order, for filters that may repeat. */
export function queryValues(query: unknown, name: string): string[] {
  if (!isJsonObject(query)) return [];
  const value = query[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The last value of a query parameter, as Django's `QueryDict.get` returns it. */
export function queryValue(query: unknown, name: string): string | undefined {
  return queryValues(query, name).at(-1);
}

/** django-filter's BooleanFilter vocabulary; undefined means "not filtering". */
export function queryBoolean(query: unknown, name: string): boolean | undefined {
  const raw = queryValue(query, name);
  if (raw === undefined || raw === '') return undefined;
  if (['true', 'True', '1'].includes(raw)) return true;
  if (['false', 'False', '0'].includes(raw)) return false;
  throw fieldError(name, 'Select a valid choice. That choice is not one of the available choices.');
}

/** A UUID filter value; 400 with Django's form message otherwise. */
export function queryUuids(query: unknown, name: string): string[] | undefined {
  const values = queryValues(query, name).filter((value) => value !== '');
  if (values.length === 0) return undefined;
  for (const value of values) if (!isUuid(value)) throw fieldError(name, 'Enter a valid UUID.');
  return values.map((value) => value.toLowerCase());
}
