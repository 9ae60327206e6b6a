/**
 * Whether the caller asked for the platforms' current data (`Cache-Control: no-cache` or
 * `max-age=0`, or HTTP/1.0's `Pragma: no-cache`), as a browser's hard reload or a client that knows
 * something changed out of band does. Such a request is not answered from the whole-answer cache
 * and its upstream reads skip fresh cache entries; what it reads refreshes the cache for everyone.
 */
export function asksForFreshData(headers: Readonly<Record<string, string | string[] | undefined>>): boolean {
  const cacheControl = headers['cache-control'];
  if (
    typeof cacheControl === 'string' &&
    /(?:^|,)\s*(?:no-cache|max-age\s*=\s*0)\s*(?:,|$)/i.test(cacheControl)
  ) {
    return true;
  }
  const pragma = headers.pragma;
  return typeof pragma === 'string' && /(?:^|,)\s*no-cache\s*(?:,|$)/i.test(pragma);
}
