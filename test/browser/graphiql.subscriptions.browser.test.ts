/**
 * A subscription typed into GraphiQL on the live gateway, in Debian's chromium: the page opens a
 * WebSocket (graphql-ws) to /graphql with the headers editor's credential as connectionParams, and
 * the result pane follows a Grand Challenge job as the simulator moves it on. Skips itself only
 * when /usr/bin/chromium is missing (.ci/run installs it).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import * as graphql from 'graphql';
import { createClient } from 'graphql-ws';
import { request } from 'undici';
import WebSocket from 'ws';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillEditors,
  hasChromium,
  launchChromium,
  loopbackContext,
  openGraphiQL,
  waitForResult,
  type PageGlobals,
} from '../support/browser.js';
import { RESEARCHER, at, startStack, type Stack } from '../support/stack.js';

const SCREENSHOT = fileURLToPath(new URL('../../test-output/graphiql-subscription.png', import.meta.url));

describe.skipIf(!hasChromium)('GraphiQL subscriptions on the live gateway in a real browser', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack({
      grandChallenge: {},
      env: { GRAND_CHALLENGE_POLL_MS: '100', SUBSCRIPTION_MAX_POLL_MS: '100' },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('streams a job’s updates into the result pane as the job moves on', async () => {
    const { body } = await stack.gql(
      `{ grandChallenge { jobs(first: 100) { nodes { id status } } } }`,
      undefined,
      { 'x-grand-challenge-token': RESEARCHER },
    );
    const jobs = at(body.data, 'grandChallenge', 'jobs', 'nodes') as Array<{ id: string; status: string }>;
    const job = jobs.find((candidate) => candidate.status === 'PENDING' || candidate.status === 'QUEUED')!;
    const { context, offLoopback } = await loopbackContext(browser);
    try {
      const page = await context.newPage();
      const sockets: string[] = [];
      page.on('websocket', (socket) => sockets.push(socket.url()));
      await openGraphiQL(page, stack.url, 'x-grand-challenge-token');
      await fillEditors(page, {
        header: 'x-grand-challenge-token',
        headers: { 'x-grand-challenge-token': RESEARCHER },
        query: `subscription Watch { jobUpdated(id: "${job.id}") { status platformStatus } }`,
      });
      await page.click('.graphiql-execute-button');
      await waitForResult(page, '"platformStatus"');
      // Move the job to its end; the pane shows each state the gateway streams.
      for (let step = 0; step < 8; step += 1) stack.gc!.advanceJobs(1);
      await page.waitForFunction(
        () => {
          const text =
            (globalThis as unknown as PageGlobals).document.querySelector('.result-window')?.textContent ??
            '';
          return text.includes('"SUCCEEDED"') || text.includes('"FAILED"');
        },
        undefined,
        { timeout: 20_000 },
      );
      expect(sockets).toEqual([`${stack.url.replace('http', 'ws')}/graphql`]);
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(offLoopback).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

/**
 * The same bootstrap without a browser (this runs wherever the suite runs): the served init.js in a
 * vm, with React and GraphiQL stubbed to capture the fetcher GraphiQL would get, and the real
 * graphql-ws client as the page's `graphqlWs` global.
 */
describe('GraphiQL bootstrap: subscriptions go over graphql-ws with the headers as connectionParams', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      grandChallenge: {},
      env: { GRAND_CHALLENGE_POLL_MS: '100', SUBSCRIPTION_MAX_POLL_MS: '100' },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('hands GraphiQL a fetcher that streams a subscription and sends queries over HTTP', async () => {
    const page = await (
      await request(`${stack.url}/graphql`, { headers: { accept: 'text/html' } })
    ).body.text();
    const initUrl = /<script src="([^"]*\/init\.[0-9a-f]{16}\.js)"><\/script>/.exec(page)?.[1];
    const configJson = /<script type="application\/json" id="graphiql-config">([^<]*)<\/script>/.exec(
      page,
    )?.[1];
    expect(initUrl).toBeDefined();
    const init = await (await request(`${stack.url}${initUrl}`)).body.text();
    let props: { fetcher?: Fetcher } = {};
    const httpCalls: unknown[] = [];
    const sandbox = {
      document: {
        getElementById: (id: string) =>
          id === 'graphiql-config'
            ? { textContent: configJson?.replace(/\\u003c/g, '<') }
            : { textContent: '' },
      },
      location: { protocol: 'http:', host: new URL(stack.url).host },
      React: { createElement: (_component: unknown, given: { fetcher: Fetcher }) => (props = given) },
      ReactDOM: { createRoot: () => ({ render: () => undefined }) },
      GraphiQL: Object.assign(() => null, {
        GraphQL: graphql,
        createFetcher: () => (params: unknown) => {
          httpCalls.push(params);
          return Promise.resolve({ data: { __typename: 'Query' } });
        },
      }),
      graphqlWs: {
        createClient: (options: Parameters<typeof createClient>[0]) =>
          createClient({ ...options, webSocketImpl: WebSocket }),
      },
      JSON,
      Object,
      Array,
      Boolean,
      String,
    };
    runInNewContext(init, sandbox);
    const fetcher = props.fetcher!;
    expect(fetcher).toBeDefined();

    const { body } = await stack.gql(
      `{ grandChallenge { jobs(first: 100) { nodes { id status } } } }`,
      undefined,
      { 'x-grand-challenge-token': RESEARCHER },
    );
    const jobs = at(body.data, 'grandChallenge', 'jobs', 'nodes') as Array<{ id: string; status: string }>;
    const job = jobs.find((candidate) => candidate.status === 'RUNNING')!;
    const seen: unknown[] = [];
    const observable = fetcher(
      { query: `# watch it\nsubscription { jobUpdated(id: "${job.id}") { status } }` },
      { headers: { 'x-grand-challenge-token': RESEARCHER, 'x-crowdcent-api-key': '' } },
    ) as { subscribe(observer: Observer): { unsubscribe(): void } };
    const subscription = await new Promise<{ unsubscribe(): void }>((resolve, reject) => {
      const handle = observable.subscribe({
        next: (value) => {
          seen.push(value);
          resolve(handle);
        },
        error: reject,
        complete: () => undefined,
      });
    });
    expect(seen[0]).toEqual({ data: { jobUpdated: { status: 'RUNNING' } } });
    expect(httpCalls).toEqual([]);
    subscription.unsubscribe();

    await fetcher({ query: '{ __typename }' }, { headers: {} });
    expect(httpCalls).toHaveLength(1);
  });
});

interface Observer {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}
type Fetcher = (params: { query: string }, options: { headers: Record<string, string> }) => unknown;
