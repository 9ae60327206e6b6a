/**
 * Async-iterator plumbing for subscriptions. Every stream passes `return()` through to its
 * sources: a client that unsubscribes must reach the watcher, which stops when its last
 * subscriber leaves.
 */

const done = <T>(): IteratorResult<T> => ({ value: undefined, done: true });

/** Each source value becomes zero or more output values, in order. */
export function flatMapStream<A, B>(
  source: AsyncIterator<A>,
  map: (value: A) => readonly B[],
): AsyncIterableIterator<B> {
  const pending: B[] = [];
  const stream: AsyncIterableIterator<B> = {
    async next() {
      for (;;) {
        if (pending.length > 0) return { value: pending.shift() as B, done: false };
        const result = await source.next();
        if (result.done) return done<B>();
        pending.push(...map(result.value));
      }
    },
    async return() {
      pending.length = 0;
      await source.return?.();
      return done<B>();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

/** Values of all sources as they arrive; ends when every source has ended. */
export function mergeStreams<T>(sources: ReadonlyArray<AsyncIterator<T>>): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let active = sources.length;
  let closed = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const pump = async (source: AsyncIterator<T>) => {
    try {
      while (!closed) {
        const result = await source.next();
        if (result.done) break;
        queue.push(result.value);
        signal();
      }
    } catch {
      // A source that fails ends; the others go on.
    } finally {
      active -= 1;
      signal();
    }
  };
  for (const source of sources) void pump(source);
  const stream: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        if (queue.length > 0) return { value: queue.shift() as T, done: false };
        if (closed || active === 0) return done<T>();
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    async return() {
      closed = true;
      queue.length = 0;
      signal();
      await Promise.all(sources.map((source) => source.return?.()));
      return done<T>();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
