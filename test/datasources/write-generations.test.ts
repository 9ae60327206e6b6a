import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  UpstreamClient,
  createMetrics,
  createResponseCache,
  type ResponseCache,
} from '../../datasources/core/index.js';
import { freshReadTrace } from '../../datasources/core/watch/index.js';

/**
 * Whole answers are void once their platform changed: after a write the gateway sent, and after a
 * watcher's fresh read found a body different from the cached one. Checked through the write
 * generations the whole-answer cache compares, against a loopback HTTP server.
 */
describe('write generations of the whole-answer cache', () => {
  let server: Server;
  let body = { status: 'Queued' };
  let cache: ResponseCache;
  let client: UpstreamClient;

  beforeEach(async () => {
    server = createServer((request, response) => {
      if (request.method === 'POST') {
        response.writeHead(201, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    cache = createResponseCache();
    client = new UpstreamClient({
      platform: 'GRAND_CHALLENGE',
      displayName: 'Grand Challenge',
      baseUrl: `http://127.0.0.1:${port}`,
      cache,
      metrics: createMetrics({ defaultMetrics: false }),
      describeError: () => ({ message: 'failed' }),
    });
  });

  afterEach(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
    body = { status: 'Queued' };
  });

  const generation = async (): Promise<string> =>
    (await cache.getWhole('any', Date.now()))!.generations.GRAND_CHALLENGE;
  const read = (trace = freshReadTrace()) =>
    client.getJson({ path: '/jobs/1/', scope: 'public', resource: 'job', ttlMs: 60_000, trace });

  it('moves on after a write, whatever its outcome', async () => {
    const before = await generation();
    const response = await client.request({ method: 'POST', path: '/jobs/' });
    await response.body.dump();
    expect(await generation()).not.toBe(before);
  });

  it('moves on after a GET that changes state (not idempotent), and not after a login POST that changes no data', async () => {
    let before = await generation();
    const pause = await client.request({ method: 'GET', path: '/jobs/1/pause', idempotent: false });
    await pause.body.dump();
    expect(await generation()).not.toBe(before);
    before = await generation();
    const login = await client.request({
      method: 'POST',
      path: '/login/',
      idempotent: true,
      changesData: false,
    });
    await login.body.dump();
    expect(await generation()).toBe(before);
  });

  it('moves on when a fresh read finds the platform changed under a fresh entry', async () => {
    await read();
    const before = await generation();
    body = { status: 'Succeeded' };
    await read();
    expect(await generation()).not.toBe(before);
  });

  it('stays when a fresh read finds the same body', async () => {
    await read();
    const before = await generation();
    await read();
    expect(await generation()).toBe(before);
  });
});
