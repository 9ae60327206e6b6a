/**
 * GraphiQL served by the real gateway, driven in Debian's chromium: the user types credentials into
 * the headers editor and a query into the editor, runs it, and sees the platform's data. Skips
 * itself only when /usr/bin/chromium is missing (.ci/run installs it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, startStack, type Stack } from '../support/stack.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../../test-output/graphiql-gateway.png', import.meta.url));

/** The page globals used below (tsconfig has no DOM lib). CodeMirror 5 sits on `.CodeMirror`. */
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): { readonly textContent: string | null } | null;
    querySelectorAll(
      selector: string,
    ): ArrayLike<{ readonly CodeMirror?: { getValue(): string; setValue(value: string): void } }>;
  };
}

describe.skipIf(!existsSync(CHROMIUM))('GraphiQL on the live gateway in a real browser', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('runs a query with the credential typed into the headers editor and shows the result', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const offLoopback: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      offLoopback.push(url);
      return route.abort('blockedbyclient');
    });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.url}/graphql`);
      await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
      await page.waitForFunction(
        () =>
          Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('.CodeMirror')).some(
            (editor) => editor.CodeMirror?.getValue().includes('x-crowdcent-api-key') ?? false,
          ),
        undefined,
        { timeout: 20_000 },
      );
      await page.evaluate(
        ({ key }) => {
          const editors = Array.from(
            (globalThis as unknown as PageGlobals).document.querySelectorAll('.CodeMirror'),
          );
          const headers = editors.find((e) => e.CodeMirror?.getValue().includes('x-crowdcent-api-key'));
          const query = editors[0];
          if (!headers?.CodeMirror || !query?.CodeMirror || headers === query)
            throw new Error('editors not found');
          headers.CodeMirror.setValue(JSON.stringify({ 'x-crowdcent-api-key': key }));
          query.CodeMirror.setValue('query Me { crowdcent { viewer { username } } }');
        },
        { key: ALICE },
      );
      const before = stack.sim.log.count({ path: /^\/api\// });
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).document
            .querySelector('.result-window')
            ?.textContent?.includes('"username": "alice"') ?? false,
        undefined,
        { timeout: 20_000 },
      );
      // The answer came from the platform (the simulator), through the gateway, with that key.
      expect(stack.sim.log.count({ path: /^\/api\// })).toBeGreaterThan(before);
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(offLoopback).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
