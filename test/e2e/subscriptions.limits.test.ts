import type { IncomingHttpHeaders } from 'node:http';
import { request, type Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RESEARCHER, startStack, type Stack } from '../support/stack.js';
import { at } from '../support/json.js';
import { expectRateLimited } from '../support/rateLimit.js';
import { wsClient, wsSubscribe } from '../support/subscriptions.js';

const asResearcher = { 'x-grand-challenge-token': RESEARCHER };
const GC_JOBS = `subscription { jobsUpdated(platforms: [GRAND_CHALLENGE]) { id status } }`;

interface UpgradeAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Resolves when the server closed the connection of a refused upgrade. */
  closed: Promise<void>;
}

const upgrades: WebSocket[] = [];

/** One WebSocket upgrade on /graphql: 101 and an open socket, or the HTTP answer that refused it. */
function upgrade(stack: Stack): Promise<UpgradeAnswer> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${stack.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    upgrades.push(socket);
    socket.once('open', () =>
      resolve({ status: 101, headers: {}, body: '', closed: new Promise(() => undefined) }),
    );
    socket.once('unexpected-response', (_request, response) => {
      const closed = new Promise<void>((done) => response.socket.once('close', () => done()));
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, closed }),
      );
    });
    socket.once('error', reject);
  });
}

function closeUpgrades(): void {
  for (const socket of upgrades.splice(0)) socket.terminate();
}

/** An upgrade that ended up open: the socket is the last one `upgrade` made. */
function lastUpgrade(): WebSocket {
  return upgrades.at(-1)!;
}

/**
 * Upgrades until one is accepted (101), within a few seconds: the server frees a slot when it sees
 * the socket close, a moment after the client does. Refused tries are thrown away.
 */
async function upgradeOnceFree(stack: Stack): Promise<WebSocket> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await upgrade(stack);
    if (answer.status === 101) return lastUpgrade();
    if (Date.now() > deadline) throw new Error(`still refused: ${answer.status} ${answer.body}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface SseStream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Dispatcher.ResponseData['body'];
}

/** A GraphQL-over-SSE request, answered once its headers arrive (the stream stays open). */
async function openSse(stack: Stack, query: string): Promise<SseStream> {
  const response = await request(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...asResearcher },
    body: JSON.stringify({ query }),
  });
  return { status: response.statusCode, headers: response.headers, body: response.body };
}

function expectConnectionCapRefusal(status: number, headers: IncomingHttpHeaders, body: string): void {
  expect(status).toBe(429);
  expect(headers['content-type']).toMatch(/^application\/json/);
  expect(Number(headers['retry-after'])).toBeGreaterThan(0);
  const json = JSON.parse(body) as unknown;
  expect(at(json, 'errors', 0, 'extensions', 'code')).toBe('RATE_LIMITED');
  expect(at(json, 'errors', 0, 'extensions', 'retryAfterSeconds')).toBe(Number(headers['retry-after']));
  expect(at(json, 'errors', 0, 'message')).toMatch(/at most 2 WebSocket connections and SSE streams/);
}

/** Whether a subscription has ended: its `ended` settles within a moment if it had (a resolved race entry would always win). */
const stateOf = (subscriber: { ended: Promise<void> }): Promise<'ended' | 'open'> =>
  Promise.race([
    subscriber.ended.then(() => 'ended' as const),
    new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 100)),
  ]);

const query = (stack: Stack) => stack.gql(`{ platforms { name } }`);

describe('WebSocket upgrades count against the per-client rate limit', () => {
  it('counts each upgrade as a request: past the budget an upgrade gets 429 with Retry-After and its socket is closed; HTTP shares the count; open connections keep working', async () => {
    const stack = await startStack({ grandChallenge: {}, env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const client = wsClient(stack.url, asResearcher);
    try {
      // One graphql-ws connection (an upgrade) with a subscription on it (a subscribe), then a bare upgrade.
      const list = wsSubscribe(client, GC_JOBS);
      await list.waitFor(1);
      expect((await upgrade(stack)).status).toBe(101);

      const refused = await upgrade(stack);
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/json/);
      expectRateLimited({ headers: refused.headers, body: JSON.parse(refused.body) as unknown }, 3);
      // The server ends the connection itself: a refused client is never left hanging.
      await refused.closed;

      // The same counters as HTTP: this client's queries are refused too.
      const limited = await query(stack);
      // The same answer as the refused upgrade: one builder for both.
      expect(limited.status).toBe(429);
      expectRateLimited(limited, 3);

      // Connections opened within the budget are not cut: the subscription on one keeps running
      // (a new subscribe on it counts too: see the next test).
      expect(list.error).toBeUndefined();
      expect(await stateOf(list)).toBe('open');
    } finally {
      closeUpgrades();
      await client.dispose();
      await stack.close();
    }
  });

  it('counts each subscribe on an open WebSocket: past the budget that operation gets a RATE_LIMITED error and the connection stays open with its subscriptions', async () => {
    const stack = await startStack({ grandChallenge: {}, env: { RATE_LIMIT_PER_MINUTE: '5' } });
    const client = wsClient(stack.url, asResearcher);
    let closes = 0;
    client.on('closed', () => (closes += 1));
    try {
      // The upgrade (1) and a subscription that stays (2), then subscribe/complete churn (3, 4).
      const list = wsSubscribe(client, GC_JOBS);
      await list.waitFor(1);
      for (let round = 0; round < 2; round += 1) {
        const churn = wsSubscribe(client, GC_JOBS);
        await churn.waitFor(1);
        expect(churn.error).toBeUndefined();
        churn.unsubscribe();
      }
      // An HTTP request shares the budget (5): the next subscribe is over it.
      expect((await query(stack)).status).toBe(200);

      const refused = wsSubscribe(client, GC_JOBS);
      await refused.ended;
      expect(refused.results).toEqual([]);
      const errors = refused.error as unknown;
      expect(Array.isArray(errors), String(errors)).toBe(true);
      expect(at(errors, 0, 'extensions', 'code')).toBe('RATE_LIMITED');
      expect(at(errors, 0, 'message')).toMatch(/5 requests a minute/);
      const retryAfter = at(errors, 0, 'extensions', 'retryAfterSeconds') as number;
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);

      // The connection was not closed, and the subscription on it still streams.
      expect(closes).toBe(0);
      expect(list.error).toBeUndefined();
      expect(await stateOf(list)).toBe('open');
      expect((await query(stack)).status).toBe(429);
    } finally {
      await client.dispose();
      await stack.close();
    }
  });

  it('shares the count with HTTP requests across replicas on Redis', async () => {
    const env = {
      RATE_LIMIT_PER_MINUTE: '3',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CACHE_NAMESPACE: `ws-rl-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    };
    const one = await startStack({ env });
    const two = await startStack({ env, sim: one.sim });
    try {
      expect((await upgrade(one)).status).toBe(101);
      expect((await query(two)).status).toBe(200);
      expect((await upgrade(two)).status).toBe(101);
      expect((await upgrade(one)).status).toBe(429);
      expect((await query(two)).status).toBe(429);
    } finally {
      closeUpgrades();
      await two.close();
      await one.close();
    }
  });

  it('leaves upgrades unlimited with RATE_LIMIT_PER_MINUTE=0', async () => {
    const stack = await startStack({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => upgrade(stack)));
      expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => 101));
      expect((await query(stack)).status).toBe(200);
    } finally {
      closeUpgrades();
      await stack.close();
    }
  });
});

describe('open WebSocket connections and SSE streams per client', () => {
  it('holds a client to SUBSCRIPTION_CONNECTIONS_PER_CLIENT of them together: past it an upgrade and an SSE stream get 429 RATE_LIMITED with Retry-After, and the socket of the refused upgrade is closed', async () => {
    // The request rate limit off: the cap holds on its own.
    const stack = await startStack({
      grandChallenge: {},
      env: { SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '2', RATE_LIMIT_PER_MINUTE: '0' },
    });
    try {
      expect((await upgrade(stack)).status).toBe(101);
      const stream = await openSse(stack, GC_JOBS);
      expect(stream.status).toBe(200);

      const refused = await upgrade(stack);
      expectConnectionCapRefusal(refused.status, refused.headers, refused.body);
      await refused.closed;

      const refusedSse = await openSse(stack, GC_JOBS);
      expectConnectionCapRefusal(refusedSse.status, refusedSse.headers, await refusedSse.body.text());
      stream.body.destroy();
    } finally {
      closeUpgrades();
      await stack.close();
    }
  });

  it('frees a slot whenever one closes: the client closing a WebSocket, the server closing one, a dropped socket, the client leaving an SSE stream, the server ending one', async () => {
    const stack = await startStack({
      grandChallenge: {},
      env: { SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '2', RATE_LIMIT_PER_MINUTE: '0' },
    });
    try {
      const first = await upgradeOnceFree(stack);
      const stream = await openSse(stack, GC_JOBS);
      expect(stream.status).toBe(200);
      expect((await upgrade(stack)).status).toBe(429);

      // The client closes its WebSocket.
      first.close();
      const second = await upgradeOnceFree(stack);
      // The server closes one: graphql-ws answers a message that is not JSON with close code 4400.
      const closedByServer = new Promise<number>((resolve) => second.once('close', (code) => resolve(code)));
      second.send('not a graphql-ws message');
      expect(await closedByServer).toBe(4400);
      const third = await upgradeOnceFree(stack);
      // The socket drops without a close handshake.
      third.terminate();
      await upgradeOnceFree(stack);
      expect((await openSse(stack, GC_JOBS)).status).toBe(429);

      // The client leaves its SSE stream.
      stream.body.destroy();
      const deadline = Date.now() + 5_000;
      let again = await openSse(stack, GC_JOBS);
      while (again.status === 429 && Date.now() < deadline) {
        await again.body.text();
        await new Promise((resolve) => setTimeout(resolve, 25));
        again = await openSse(stack, GC_JOBS);
      }
      expect(again.status).toBe(200);
      again.body.destroy();

      // The server ends a stream (a document it refuses): the slot it held is free again after.
      let ended: SseStream | undefined;
      while (Date.now() < deadline) {
        ended = await openSse(stack, `subscription { jobsUpdated(platforms: [GRAND_CHALLENGE]) { nope } }`);
        if (ended.status !== 429) break;
        await ended.body.text();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(ended?.status).not.toBe(429);
      expect(await ended!.body.text()).toMatch(/nope/);
      const afterEnded = await upgradeOnceFree(stack);
      expect(afterEnded.readyState).toBe(WebSocket.OPEN);
      // Two open again (this upgrade and the one from before the SSE tries): at the cap.
      expect((await upgrade(stack)).status).toBe(429);
    } finally {
      closeUpgrades();
      await stack.close();
    }
  });

  it('leaves connections uncounted with SUBSCRIPTION_CONNECTIONS_PER_CLIENT=0', async () => {
    const stack = await startStack({
      env: { SUBSCRIPTION_CONNECTIONS_PER_CLIENT: '0', RATE_LIMIT_PER_MINUTE: '0' },
    });
    try {
      const answers = await Promise.all(Array.from({ length: 60 }, () => upgrade(stack)));
      expect(answers.every((answer) => answer.status === 101)).toBe(true);
    } finally {
      closeUpgrades();
      await stack.close();
    }
  });
});

describe('Server-Sent Events keep-alive', () => {
  it('sends a comment line on an idle stream within graphql-sse’s 12 s, and ends the stream’s subscription when the client leaves', async () => {
    // Polls far apart and nothing changing: after the first results the stream is idle.
    const stack = await startStack({
      grandChallenge: {},
      env: { GRAND_CHALLENGE_POLL_MS: '600000', SUBSCRIPTION_MAX_POLL_MS: '600000' },
    });
    try {
      const response = await request(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...asResearcher },
        body: JSON.stringify({ query: GC_JOBS }),
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      const opened = Date.now();
      // SSE messages, each with when it arrived (ms after the stream opened).
      const messages: Array<{ at: number; text: string }> = [];
      let buffered = '';
      response.body.setEncoding('utf8');
      for await (const chunk of response.body as AsyncIterable<string>) {
        buffered += chunk;
        const parts = buffered.split('\n\n');
        buffered = parts.pop() ?? '';
        for (const text of parts) messages.push({ at: Date.now() - opened, text });
        const lastEvent = messages.findLastIndex((message) => message.text.startsWith('event: next'));
        if (lastEvent >= 0 && messages.slice(lastEvent + 1).some((message) => message.text === ':')) break;
        if (Date.now() - opened > 15_000) break;
      }
      response.body.destroy();
      const lastEvent = messages.findLastIndex((message) => message.text.startsWith('event: next'));
      expect(lastEvent).toBeGreaterThanOrEqual(0);
      const keepAlive = messages.slice(lastEvent + 1).find((message) => message.text === ':');
      expect(keepAlive, JSON.stringify(messages.map((message) => message.text.slice(0, 40)))).toBeDefined();
      // graphql-sse pings every 12 s from the moment the stream opens.
      expect(keepAlive!.at).toBeLessThan(13_500);

      // The closed stream ends its subscription (graphql-sse stops its ping timer with it).
      const deadline = Date.now() + 5_000;
      let streaming = -1;
      while (Date.now() < deadline) {
        const metrics = await (await request(`${stack.url}/metrics`)).body.text();
        streaming = Number(/^crowdgraph_subscriptions\{transport="sse"\} (\d+)$/m.exec(metrics)?.[1]);
        if (streaming === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(streaming).toBe(0);
    } finally {
      await stack.close();
    }
  }, 30_000);
});
