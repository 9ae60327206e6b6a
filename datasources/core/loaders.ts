import DataLoader from 'dataloader';

/**
 * A per-request loader for platforms without a bulk endpoint: identical keys in one request are
 * fetched once (the upstream cache and single-flight then dedupe across requests). `null` marks an
 * absent object; any other failure is that key's error only.
 */
export function perKeyLoader<K, V>(
  fetchOne: (key: K) => Promise<V>,
  cacheKey?: (key: K) => string,
): DataLoader<K, V, string | K> {
  return new DataLoader<K, V, string | K>(
    (keys) => Promise.all(keys.map((key) => fetchOne(key).catch((error: unknown) => toError(error)))),
    cacheKey ? { cacheKeyFn: cacheKey } : {},
  );
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A read made after a write succeeded, to return the changed object. Its failure must not turn
 * the applied write into a reported failure (the caller would retry it): the object is then null.
 */
export async function readAfterWrite<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

/**
 * Items grouped by a key, in first-seen order (Node 20 has no Map.groupBy). A batch of 1,000 keys
 * grouped by copying each group on every append cost ~4 MB of garbage per request.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
