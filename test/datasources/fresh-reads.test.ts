import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RequestTrace,
  UpstreamClient,
  createMetrics,
  createResponseCache,
  type ResponseCache,
} from '../../datasources/core/index.js';

/**
 * A caller's `Cache-Control: no-cache` request reads each resource from the platform once, and
 * every read of it in that request gets that answer — also a read whose cache look-up was slow
 * (Redis) and came back after the fresh read had already stored the new body.
 */
describe("a no-cache request's reads of one resource", () => {
  let server: Server;
  let version = 1;
  let gets = 0;
  /** Extra delay of each cache look-up's answer, in order (Redis round trips of different length). */
  let lookUpDelays: number[] = [];
  let client: UpstreamClient;

  beforeEach(async () => {
    server = createServer((_request, response) => {
      gets += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const inner: ResponseCache = createResponseCache();
    const slowLookUps = new Proxy(inner, {
      get(target, property) {
        if (property === 'get') {
          return async (key: string) => {
            const entry = await target.get(key);
            await sleep(lookUpDelays.shift() ?? 0);
            return entry;
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    client = new UpstreamClient({
      platform: 'CROWDCENT',
      displayName: 'CrowdCent',
      baseUrl: `http://127.0.0.1:${port}`,
      cache: slowLookUps,
      metrics: createMetrics({ defaultMetrics: false }),
      describeError: () => ({ message: 'failed' }),
    });
  });

  afterEach(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
    version = 1;
    gets = 0;
    lookUpDelays = [];
  });

  const read = (trace?: RequestTrace) =>
    client.getJson({
      path: '/challenges/',
      scope: 'public',
      resource: 'challenges',
      ttlMs: 60_000,
      ...(trace ? { trace } : {}),
    });

  it('serve the body just read, even to a read whose cache look-up answered after it was stored', async () => {
    expect(await read(new RequestTrace())).toEqual({ version: 1 });
    version = 2;
    const noCache = new RequestTrace({ readsFresh: 'caller' });
    lookUpDelays = [0, 80];
    const [first, second] = await Promise.all([read(noCache), read(noCache)]);
    expect(first).toEqual({ version: 2 });
    expect(second).toEqual({ version: 2 });
    expect(gets).toBe(2);
    // and the shared cache holds the new body for everyone
    expect(await read(new RequestTrace())).toEqual({ version: 2 });
    expect(gets).toBe(2);
  });

  it('make one upstream call when nothing was cached, however the look-ups interleave', async () => {
    const noCache = new RequestTrace({ readsFresh: 'caller' });
    lookUpDelays = [0, 60, 5];
    const answers = await Promise.all([read(noCache), read(noCache), read(noCache)]);
    expect(answers).toEqual([{ version: 1 }, { version: 1 }, { version: 1 }]);
    expect(gets).toBe(1);
  });

  it('are not shared between requests: a second no-cache request reads the platform again', async () => {
    await read(new RequestTrace({ readsFresh: 'caller' }));
    version = 3;
    expect(await read(new RequestTrace({ readsFresh: 'caller' }))).toEqual({ version: 3 });
    expect(gets).toBe(2);
  });
});
