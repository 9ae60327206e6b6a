import { randomUUID } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startCrowdCentSimulator } from '../../simulators/index.js';
import { ALICE, startStack, type Stack } from '../support/stack.js';

/**
 * A loopback TCP proxy in front of the real Redis that the test can cut and restore on the same
 * port, so "Redis goes away" is tested without stopping the Redis other tests share.
 */
class RedisProxy {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  port = 0;

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: 6379 });
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.#server = server;
  }

  /** Redis disappears: open connections are reset and new ones are refused. */
  async cut(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('a Redis that goes away and comes back', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of cleanup.splice(0).reverse()) await close();
  });

  it('keeps answering from upstream while Redis is gone and uses the cache again once it returns', async () => {
    const proxy = new RedisProxy();
    await proxy.open();
    cleanup.push(() => proxy.cut());
    const sim = await startCrowdCentSimulator({ trainingRows: 50 });
    cleanup.push(() => sim.close());
    const stack: Stack = await startStack({
      sim,
      env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, CACHE_NAMESPACE: `outage-${randomUUID()}` },
    });
    cleanup.push(() => stack.close());
    const headers = { 'x-crowdcent-api-key': ALICE };
    const query = `{ crowdcent { challenges { nodes { slug } } } }`;
    const upstreamCalls = () => sim.log.count({ path: /^\/api\// });

    const first = await stack.gql(query, {}, headers);
    expect(first.body.errors).toBeUndefined();
    const warm = upstreamCalls();
    await stack.gql(query, {}, headers);
    expect(upstreamCalls()).toBe(warm); // served from Redis

    await proxy.cut();
    // Redis gone: every query is still answered, from upstream. (Before the offline queue was turned
    // off these hung until the test timed out: node-redis held the commands for a reconnect.)
    for (let i = 0; i < 3; i += 1) {
      const during = await stack.gql(query, {}, headers);
      expect(during.body.errors).toBeUndefined();
      expect(during.body.data).toEqual(first.body.data);
    }
    expect(upstreamCalls()).toBeGreaterThan(warm);
    expect(await (await request(`${stack.url}/readyz`)).body.json()).toMatchObject({ status: 'degraded' });
    expect(await (await request(`${stack.url}/metrics`)).body.text()).toContain(
      'crowdgraph_cache_backend_up{backend="redis"} 0',
    );

    await proxy.open(); // same port: Redis is back
    await expect
      .poll(
        async () => {
          await stack.gql(query, {}, headers);
          const before = upstreamCalls();
          await stack.gql(query, {}, headers);
          return upstreamCalls() - before;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(0);
    expect(await (await request(`${stack.url}/readyz`)).body.json()).toMatchObject({ status: 'ready' });
    expect(await (await request(`${stack.url}/metrics`)).body.text()).toContain(
      'crowdgraph_cache_backend_up{backend="redis"} 1',
    );
  }, 30_000);
});
