import { GatewayError, type PlatformName } from '../errors.js';

/**
 * A watcher's poll of one object: the read (an API bound with `PlatformSource.forWatch`, whose reads
 * skip the fresh cache), with an object that is gone — or not visible to the credential — as
 * NOT_FOUND, which ends the watch.
 */
export function objectPoll<T>(
  platform: PlatformName,
  read: () => Promise<T | null>,
  missing: string,
): () => Promise<T> {
  return async () => {
    const found = await read();
    if (found === null) throw new GatewayError('NOT_FOUND', missing, { platform });
    return found;
  };
}
