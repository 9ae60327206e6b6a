import type DataLoader from 'dataloader';
import { perKeyLoader } from './loaders.js';

/**
 * Whole-list reads shared within one request, once per key (the container whose list it is; a
 * platform-wide list uses the default key ''). A resolver that knows a list will be needed starts it
 * early (`prefetch`), and the loaders that need it later `load` the same read: one cache look-up
 * (one round trip when the cache is Redis), at most one upstream call, one validation and mapping —
 * and for a `Cache-Control: no-cache` request, one fresh read. Per request, like every loader; a
 * failed read fails everyone who asked for it in that request.
 */
export class WholeListReads<L> {
  readonly #loader: DataLoader<string, L, string>;
  readonly #started = new Set<string>();

  constructor(read: (key: string) => Promise<L>) {
    this.#loader = perKeyLoader(read);
  }

  load(key = ''): Promise<L> {
    this.#started.add(key);
    return this.#loader.load(key);
  }

  /** Starts the read now; its failure surfaces where the list is used, not here. */
  prefetch(key = ''): void {
    this.load(key).catch(() => undefined);
  }

  /** Whether this request already asked for the list: then using it costs nothing more. */
  started(key = ''): boolean {
    return this.#started.has(key);
  }
}
