import { PLATFORM_NAMES, badUserInput, type PlatformName } from '../../datasources/core/index.js';
import { pageSize, readPages, type ForwardPage } from './connections.js';
import type { ConnectionModel, EdgeModel } from './models.js';

/** Platform order of cross-platform lists: stable, so cursors stay meaningful between pages. */
const platformOrder: readonly PlatformName[] = PLATFORM_NAMES;

export interface PlatformPage<T> {
  items: T[];
  /** The platform's own cursor after each item (offset, page number or id: its business). */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number | null;
}

/** Fetches up to `first` items after the platform's own cursor. */
export type PlatformPager<T> = (request: {
  first: number;
  after: string | undefined;
}) => Promise<PlatformPage<T>>;

/** A pager over a platform that returns its whole list in one call (no upstream paging). */
export function wholeListPager<T>(
  fetchAll: () => Promise<readonly T[]>,
  filter?: (item: T) => boolean,
): PlatformPager<T> {
  return async ({ first, after }) => {
    const all = await fetchAll();
    const items = filter ? all.filter(filter) : all;
    const start = after === undefined ? 0 : Number(after) + 1;
    const slice = items.slice(start, start + first);
    return {
      items: slice,
      cursors: slice.map((_, index) => String(start + index)),
      hasNextPage: start + first < items.length,
      totalCount: items.length,
    };
  };
}

/**
 * A pager over a limit/offset list (DRF): pages of `pageSize`, cursors are absolute indexes,
 * a filter scans on (bounded) until `first` items match.
 */
export function offsetPager<T>(
  load: (page: { limit: number; offset: number }) => Promise<{ items: T[] }>,
  filter?: (item: T) => boolean,
  pageSize = 100,
): PlatformPager<T> {
  return async ({ first, after }) => {
    const read = await readPages({
      loadPage: async (page) => (await load({ limit: pageSize, offset: (page - 1) * pageSize })).items,
      pageSize,
      afterIndex: after === undefined ? -1 : Number(after),
      first,
      filter,
    });
    return {
      items: read.items,
      cursors: read.indexes.map(String),
      hasNextPage: read.hasNextPage,
      totalCount: null,
    };
  };
}

interface FanOutCursor {
  p: PlatformName;
  c: string;
}

function encodeCursor(cursor: FanOutCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): FanOutCursor | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && 'p' in value && 'c' in value) {
      const { p, c } = value;
      if (
        typeof p === 'string' &&
        typeof c === 'string' &&
        // Every platform pager's cursor is an absolute index.
        /^\d{1,9}$/.test(c) &&
        (platformOrder as readonly string[]).includes(p)
      ) {
        return { p: p as PlatformName, c };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('`after` is not a cursor from this list.', 'after');
}

/**
 * A cross-platform connection: every selected platform is asked in parallel for a page, then the
 * pages are concatenated in platform order up to `first`. A failing platform is reported through
 * `onPlatformError` (an error with the field's path) and the others' items still arrive.
 */
export async function fanOutConnection<T>(options: {
  pagers: ReadonlyMap<
    PlatformName,
    (request: { first: number; after: string | undefined }) => Promise<PlatformPage<T>>
  >;
  platforms: readonly PlatformName[] | undefined;
  page: ForwardPage;
  onPlatformError: (error: unknown) => void;
  fallbackSize?: number;
  maxSize?: number;
}): Promise<ConnectionModel<T>> {
  const first = pageSize(options.page.first, options.fallbackSize ?? 20, options.maxSize ?? 100);
  const after = decodeCursor(options.page.after);
  const startIndex = after ? platformOrder.indexOf(after.p) : 0;
  const selected = platformOrder
    .slice(startIndex)
    .filter(
      (platform) =>
        options.pagers.has(platform) && (!options.platforms || options.platforms.includes(platform)),
    );

  const pages = await Promise.all(
    selected.map(async (platform) => {
      const pager = options.pagers.get(platform);
      if (!pager || first === 0) return { platform, page: undefined };
      try {
        const page = await pager({ first, after: after?.p === platform ? after.c : undefined });
        return { platform, page };
      } catch (error) {
        options.onPlatformError(error);
        return { platform, page: undefined };
      }
    }),
  );

  const edges: EdgeModel<T>[] = [];
  let hasNextPage = false;
  let totalCount: number | null = 0;
  for (const { platform, page } of pages) {
    if (!page) {
      totalCount = null;
      continue;
    }
    totalCount = totalCount === null || page.totalCount === null ? null : totalCount + page.totalCount;
    const room = first - edges.length;
    page.items.slice(0, room).forEach((node, index) => {
      edges.push({ cursor: encodeCursor({ p: platform, c: page.cursors[index] ?? '' }), node });
    });
    if (page.items.length > room || page.hasNextPage) hasNextPage = true;
  }
  if (first === 0) totalCount = null;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
