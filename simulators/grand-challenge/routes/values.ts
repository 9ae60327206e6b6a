import { buildValues, resolveValues } from '../civ.js';
import { badRequest, type JsonObject } from '../http.js';
import type { ArchiveItemRecord, CivRecord, DisplaySetRecord } from '../model.js';
import type { GcState } from '../state.js';
import type { UserRecord } from '../users.js';

/**
 * The create-then-update flow archive items and display sets share (reference §6): values are
 * never accepted on create, PATCH merges by socket, PUT also drops sockets it does not list.
 */

export const VALUES_ON_CREATE = ['Values can only be added via update'];

/** `values` on create: absent, null or `[]` pass, anything else is the bare-list 400. */
export function refuseValuesOnCreate(data: JsonObject): void {
  const { values } = data;
  if (values === undefined || values === null || (Array.isArray(values) && values.length === 0)) return;
  throw badRequest(VALUES_ON_CREATE);
}

/** DRF CharField: strings, and numbers turned into strings; anything else is refused. */
export function optionalTitle(data: JsonObject): string | undefined {
  const { title } = data;
  if (title === undefined) return undefined;
  if (typeof title === 'string') return title;
  if (typeof title === 'number') return String(title);
  if (title === null) throw badRequest({ title: ['This field may not be null.'] });
  throw badRequest({ title: ['Not a valid string.'] });
}

export function optionalInteger(data: JsonObject, field: string): number | undefined {
  const raw = data[field];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw badRequest({
      [field]: [raw === null ? 'This field may not be null.' : 'A valid integer is required.'],
    });
  return value;
}

/**
 * Applies posted values to the holder. Returns the values the response may show: the
 * upload-backed ones just created attach "in the background" and are left out.
 */
export function updateValues(
  state: GcState,
  user: UserRecord,
  holder: ArchiveItemRecord | DisplaySetRecord,
  raw: unknown,
  replace: boolean,
): CivRecord[] {
  const pending = resolveValues(state, user, raw, 'values');
  const built = buildValues(pending);
  const listed = new Set(pending.map((value) => value.socket.slug));
  const replaced = new Set(built.values.map((civ) => civ.socket.slug));
  const kept = holder.values.filter((civ) =>
    replace ? listed.has(civ.socket.slug) && !replaced.has(civ.socket.slug) : !replaced.has(civ.socket.slug),
  );
  state.setValues(holder, [...kept, ...built.values]);
  const hidden = new Set(built.values.filter((civ) => !built.direct.includes(civ)));
  return holder.values.filter((civ) => !hidden.has(civ));
}
