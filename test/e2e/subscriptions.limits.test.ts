import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RESEARCHER, startStack, type Stack } from '../support/stack.js';
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

const query = (stack: Stack) => stack.gql(`{ platforms { name } }`);

describe('WebSocket upgrades count against the per-client rate limit', () => {
  it('counts each upgrade as a request: past the budget an upgrade gets 429 with Retry-After and its socket is closed; HTTP shares the count; open connections keep working', async () => {
    const stack = await startStack({ grandChallenge: {}, env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const client = wsClient(stack.url, asResearcher);
    try {
      // One graphql-ws connection (an upgrade) with a subscription on it, then two bare upgrades.
      const list = wsSubscribe(client, GC_JOBS);
      await list.waitFor(1);
      expect((await upgrade(stack)).status).toBe(101);
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

      // Connections opened within the budget are not cut: a new subscription on one still runs.
      const again = wsSubscribe(client, GC_JOBS);
      await again.waitFor(1);
      expect(again.error).toBeUndefined();
      expect(list.error).toBeUndefined();
    } finally {
      closeUpgrades();
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
