import { badUserInput } from '../../datasources/core/index.js';
import type { ConnectionModel } from './models.js';

/** Largest page a client may ask for; bigger `first` is refused rather than silently cut. */
export const MAX_PAGE_SIZE = 1000;

export interface ForwardPage {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** `first` checked against [0, MAX_PAGE_SIZE]; BAD_USER_INPUT otherwise. */
export function pageSize(first: number | null | undefined, fallback: number, max = MAX_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badUserInput(`\`first\` must be an integer from 0 to ${max}.`, 'first');
  }
  return size;
}

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return -1;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badUserInput('`after` is not a cursor from this list.', 'after');
  return Number(match[1]);
}

/**
 * A page of a list the platform returns whole (no upstream paging): cursors are offsets into it,
 * so a next page costs no extra upstream call when the list is cached.
 */
export function connectionFromList<T>(
  items: readonly T[],
  page: ForwardPage,
  fallbackSize = 50,
): ConnectionModel<T> {
  const size = pageSize(page.first, fallbackSize);
  const start = decodeOffsetCursor(page.after) + 1;
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, index) => ({ cursor: encodeOffsetCursor(start + index), node }));
  return {
    edges,
    nodes: slice,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
