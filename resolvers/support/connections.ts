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

/** A filtered scan stops after this many upstream pages, so a rare filter cannot walk a whole account. */
const MAX_SCANNED_PAGES = 50;

export interface PagedRead<T> {
  items: T[];
  /** Absolute index of each item in the platform's unfiltered order (the cursor). */
  indexes: number[];
  hasNextPage: boolean;
}

/**
 * Reads `first` items after absolute index `afterIndex` from a list the platform serves in fixed
 * pages (`page` 1-based). Pages already read in this request cost nothing (the loader caches
 * them), and no page is read just to learn whether another exists: `hasNextPage` is true when the
 * last page read was full, which may promise a next page that turns out empty.
 */
export async function readPages<T>(options: {
  loadPage: (page: number) => Promise<readonly T[]>;
  pageSize: number;
  afterIndex: number;
  first: number;
  filter?: ((item: T) => boolean) | undefined;
}): Promise<PagedRead<T>> {
  const { loadPage, pageSize, first, filter } = options;
  const out: PagedRead<T> = { items: [], indexes: [], hasNextPage: false };
  if (first === 0) return out;
  let index = options.afterIndex + 1;
  for (let scanned = 0; scanned < MAX_SCANNED_PAGES; scanned += 1) {
    const page = Math.floor(index / pageSize) + 1;
    const rows = await loadPage(page);
    const pageStart = (page - 1) * pageSize;
    for (let i = index - pageStart; i < rows.length; i += 1) {
      const row = rows[i] as T;
      if (filter && !filter(row)) continue;
      if (out.items.length === first) {
        out.hasNextPage = true;
        return out;
      }
      out.items.push(row);
      out.indexes.push(pageStart + i);
    }
    if (rows.length < pageSize) return out;
    index = pageStart + pageSize;
    if (out.items.length === first) {
      out.hasNextPage = true;
      return out;
    }
  }
  out.hasNextPage = true;
  return out;
}

/** A connection over a fixed-page upstream list; cursors are absolute indexes. */
export async function connectionFromPages<T>(options: {
  loadPage: (page: number) => Promise<readonly T[]>;
  pageSize: number;
  page: ForwardPage;
  fallbackSize: number;
  maxSize?: number;
  filter?: (item: T) => boolean;
}): Promise<ConnectionModel<T>> {
  const first = pageSize(options.page.first, options.fallbackSize, options.maxSize);
  const afterIndex = decodeOffsetCursor(options.page.after);
  const read = await readPages({
    loadPage: options.loadPage,
    pageSize: options.pageSize,
    afterIndex,
    first,
    filter: options.filter,
  });
  const edges = read.items.map((node, i) => ({ cursor: encodeOffsetCursor(read.indexes[i] ?? 0), node }));
  return {
    edges,
    nodes: read.items,
    pageInfo: {
      hasNextPage: read.hasNextPage,
      hasPreviousPage: afterIndex >= 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: null,
  };
}

/**
 * A connection over a limit/offset list (DRF): one upstream call per page of `first` (≤ 1000),
 * cursors are offsets, and the platform's count is the total.
 */
export async function connectionFromOffsets<T>(options: {
  load: (page: { limit: number; offset: number }) => Promise<{ items: T[]; totalCount: number }>;
  page: ForwardPage;
  fallbackSize: number;
}): Promise<ConnectionModel<T>> {
  const first = pageSize(options.page.first, options.fallbackSize);
  const offset = decodeOffsetCursor(options.page.after) + 1;
  const { items, totalCount } =
    first === 0 ? { items: [], totalCount: 0 } : await options.load({ limit: first, offset });
  const edges = items.map((node, index) => ({ cursor: encodeOffsetCursor(offset + index), node }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: first === 0 ? null : totalCount,
  };
}

/**
 * A connection over a limit/offset list filtered here (the platform has no such filter): pages of
 * `pageSize` are scanned (bounded) until `first` items match; cursors are absolute indexes.
 */
export async function filteredConnectionFromOffsets<T>(options: {
  load: (page: { limit: number; offset: number }) => Promise<{ items: T[] }>;
  filter: (item: T) => boolean;
  page: ForwardPage;
  fallbackSize: number;
  pageSize?: number;
}): Promise<ConnectionModel<T>> {
  const size = options.pageSize ?? 100;
  return connectionFromPages({
    loadPage: async (page) => (await options.load({ limit: size, offset: (page - 1) * size })).items,
    pageSize: size,
    page: options.page,
    fallbackSize: options.fallbackSize,
    filter: options.filter,
  });
}
