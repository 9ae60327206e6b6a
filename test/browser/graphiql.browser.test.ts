/**
 * Real-browser check of the offline GraphiQL page: Debian's chromium driven by playwright-core.
 * Skips itself only when /usr/bin/chromium is missing (install it with `apt-get install -y chromium`).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { buildSchema, execute, parse } from 'graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium } from '../support/browser.js';
import {
  GRAPHIQL_CSP,
  prefersHtml,
  registerGraphiQLAssets,
  renderGraphiQLPage,
} from '../../server/graphiql.js';

const SCREENSHOT = fileURLToPath(new URL('../../test-output/graphiql.png', import.meta.url));
const schema = buildSchema('type Query { hello: String }');

if (!hasChromium) {
  console.warn(
    `[graphiql.browser.test] SKIPPED: ${CHROMIUM} not found. Install it with \`apt-get install -y chromium\`.`,
  );
}

interface RecordedRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: { query?: string; operationName?: string | null };
}

interface PageProblems {
  readonly blocked: string[];
  readonly requested: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
}

/**
 * The few browser globals the page functions below use. tsconfig has no DOM lib (this is a Node
 * project), so functions that run inside the page reach them through `globalThis` with these types.
 */
interface PageElement {
  readonly textContent: string | null;
  /** CodeMirror 5 puts its editor instance on the `.CodeMirror` wrapper element. */
  readonly CodeMirror?: { getValue(): string; setValue(value: string): void };
}
interface PageGlobals {
  readonly document: {
    readonly body: PageElement;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (event: { violatedDirective: string; blockedURI: string }) => void,
    ): void;
  };
  readonly localStorage: Readonly<Record<string, string>>;
  __cspViolations?: string[];
}

function isIntrospection(body: RecordedRequest['body']): boolean {
  return body.operationName === 'IntrospectionQuery' || (body.query ?? '').includes('__schema');
}

async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).textContent()) ?? '';
}

describe.skipIf(!hasChromium)('GraphiQL in a real browser (offline)', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let answerIntrospection = true;
  const posts: RecordedRequest[] = [];

  beforeAll(async () => {
    app = Fastify({ logger: false });
    await registerGraphiQLAssets(app);
    app.get('/graphql', (request, reply) => {
      if (!prefersHtml(request.headers.accept))
        return reply.code(400).send({ errors: [{ message: 'no query' }] });
      return reply
        .header('content-security-policy', GRAPHIQL_CSP)
        .type('text/html; charset=utf-8')
        .send(renderGraphiQLPage({ endpoint: '/graphql', defaultQuery: '{ hello }' }));
    });
    app.post('/graphql', async (request) => {
      const body = (request.body ?? {}) as RecordedRequest['body'];
      posts.push({ headers: { ...request.headers }, body });
      if (answerIntrospection && isIntrospection(body)) {
        return execute({ schema, document: parse(body.query ?? '') });
      }
      return { data: { hello: 'world' } };
    });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  }, 60_000);

  afterEach(async () => {
    await context?.close();
    context = undefined;
    posts.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A fresh context where anything not on 127.0.0.1 is aborted (and recorded). */
  async function openGraphiQL(): Promise<{ page: Page; problems: PageProblems }> {
    const problems: PageProblems = { blocked: [], requested: [], pageErrors: [], consoleErrors: [] };
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      problems.requested.push(url);
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      problems.blocked.push(url);
      return route.abort('blockedbyclient');
    });
    // Runs before any page script and is not subject to the page's CSP.
    await context.addInitScript(() => {
      const violations: string[] = [];
      const page = globalThis as unknown as PageGlobals;
      page.__cspViolations = violations;
      page.document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    const response = await page.goto(`${baseUrl}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(GRAPHIQL_CSP);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    return { page, problems };
  }

  async function run(page: Page, expected: string): Promise<void> {
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      (text) =>
        (globalThis as unknown as PageGlobals).document
          .querySelector('.result-window')
          ?.textContent?.includes(text) ?? false,
      expected,
      { timeout: 20_000 },
    );
  }

  async function expectOfflineAndClean(page: Page, problems: PageProblems): Promise<void> {
    expect(problems.blocked).toEqual([]);
    expect(problems.requested.length).toBeGreaterThanOrEqual(7); // page + 6 assets
    for (const url of problems.requested) expect(new URL(url).hostname).toBe('127.0.0.1');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations)).toEqual([]);
  }

  it('renders GraphiQL from local assets only and runs a query', async () => {
    const { page, problems } = await openGraphiQL();

    // The headers editor is open, pre-filled with the credential header names.
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.body.textContent?.includes('x-crowdcent-api-key') ??
        false,
    );
    const introspectionSeen = (): boolean => posts.some((post) => isIntrospection(post.body));
    await expect.poll(introspectionSeen, { timeout: 10_000 }).toBe(true);

    await run(page, 'world');
    expect(await textOf(page, '.result-window')).toContain('"hello": "world"');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    const query = posts.find((post) => !isIntrospection(post.body));
    expect(query?.body.query).toBe('{ hello }');
    expect(query?.headers['content-type']).toBe('application/json');
    // Empty pre-filled credential headers are not sent.
    expect(Object.keys(query?.headers ?? {}).filter((name) => name.startsWith('x-'))).toEqual([]);

    await expectOfflineAndClean(page, problems);
  }, 60_000);

  it('sends only the credential headers the user filled in, and does not persist them by default', async () => {
    const { page, problems } = await openGraphiQL();
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.body.textContent?.includes('x-crowdcent-api-key') ??
        false,
    );
    // Replace the headers editor's content through CodeMirror 5's API on its wrapper element.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      const editors = Array.from(document.querySelectorAll('.CodeMirror'));
      const headersEditor = editors.find((element) =>
        element.CodeMirror?.getValue().includes('x-crowdcent-api-key'),
      );
      if (!headersEditor?.CodeMirror) throw new Error('headers editor not found');
      headersEditor.CodeMirror.setValue(
        JSON.stringify({
          'x-crowdcent-api-key': 'secret-123',
          'x-arena-username': '',
          'x-arena-password': '',
        }),
      );
    });
    await run(page, 'world');
    const query = posts.find((post) => !isIntrospection(post.body));
    expect(query?.headers['x-crowdcent-api-key']).toBe('secret-123');
    expect(query?.headers['x-arena-username']).toBeUndefined();
    expect(query?.headers['x-arena-password']).toBeUndefined();

    // The run is in the history (which GraphiQL saves with its headers unless the page strips them);
    // tab state is stored debounced: give it time, then check the secret is nowhere in localStorage.
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).localStorage['graphiql:queries']?.includes('hello') ?? false,
    );
    await page.waitForTimeout(1_500);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...(globalThis as unknown as PageGlobals).localStorage }),
    );
    expect(stored).toContain('hello');
    expect(stored).not.toContain('secret-123');

    // Persisting headers is an explicit opt-in, offered (and off) in the settings dialog.
    await page.click('[aria-label="Open settings dialog"]');
    await page.waitForSelector('#disable-persist-headers.active', { timeout: 10_000 });
    expect(await page.locator('#enable-persist-headers').getAttribute('class')).not.toContain('active');

    await expectOfflineAndClean(page, problems);
  }, 60_000);

  it('still runs queries when introspection fails', async () => {
    answerIntrospection = false;
    try {
      const { page, problems } = await openGraphiQL();
      await expect
        .poll(() => posts.some((post) => isIntrospection(post.body)), { timeout: 10_000 })
        .toBe(true);
      await run(page, 'world');
      expect(problems.blocked).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      answerIntrospection = true;
    }
  }, 60_000);
});
