/**
 * One subscriber's inbox, read as an async iterator. Values coalesce: a subscriber that reads
 * slower than its watcher emits gets the latest state, not a backlog of states already superseded
 * (a dashboard wants the job as it is). Terminal events (final value, error) are never dropped.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  readonly #buffer: Array<{ event: T; terminal: boolean }> = [];
  #waiting: ((result: IteratorResult<T>) => void) | undefined;
  #ended = false;
  readonly #onReturn: () => void;

  constructor(onReturn: () => void) {
    this.#onReturn = onReturn;
  }

  push(event: T, terminal = false): void {
    if (this.#ended) return;
    const waiting = this.#waiting;
    if (waiting) {
      this.#waiting = undefined;
      waiting({ value: event, done: false });
      return;
    }
    const last = this.#buffer.at(-1);
    if (last && !last.terminal && !terminal) this.#buffer[this.#buffer.length - 1] = { event, terminal };
    else this.#buffer.push({ event, terminal });
  }

  /** No more events; whatever is buffered is still delivered. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.#buffer.shift();
    if (item) return Promise.resolve({ value: item.event, done: false });
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  /** The subscriber left (client unsubscribed or disconnected). */
  return(): Promise<IteratorResult<T>> {
    this.#buffer.length = 0;
    this.end();
    this.#onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
