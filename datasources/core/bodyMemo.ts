/**
 * Results derived from an upstream body, remembered per body object. The in-memory cache hands back
 * the same body object on every hit, so a warm read that is not answered whole re-validated and
 * re-mapped the same JSON on each request: most of its CPU. Keyed weakly, so results leave with
 * their cached body (Redis bodies are new objects each time and simply miss). `key` must name
 * everything besides the body the result depends on; results are only read afterwards, which is
 * what makes sharing them between requests safe. A `derive` that throws remembers nothing.
 */
const derived = new WeakMap<object, Map<string, unknown>>();

export function derivedFromBody<T>(body: unknown, key: string, derive: () => T): T {
  if (typeof body !== 'object' || body === null) return derive();
  const known = derived.get(body);
  if (known?.has(key)) return known.get(key) as T;
  const result = derive();
  const forBody = known ?? new Map<string, unknown>();
  forBody.set(key, result);
  if (!known) derived.set(body, forBody);
  return result;
}
