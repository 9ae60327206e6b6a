/**
 * GraphiQL served by the real gateway, driven in Debian's chromium: the user types credentials into
 * the headers editor and a query into the editor, runs it, and sees the platform's data. Skips
 * itself only when /usr/bin/chromium is missing (.ci/run installs it).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillEditors,
  hasChromium,
  launchChromium,
  loopbackContext,
  openGraphiQL,
  waitForResult,
} from '../support/browser.js';
import { ALICE, startStack, type Stack } from '../support/stack.js';

const SCREENSHOT = fileURLToPath(new URL('../../test-output/graphiql-gateway.png', import.meta.url));

describe.skipIf(!hasChromium)('GraphiQL on the live gateway in a real browser', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('runs a query with the credential typed into the headers editor and shows the result', async () => {
    const { context, offLoopback } = await loopbackContext(browser);
    try {
      const page = await context.newPage();
      await openGraphiQL(page, stack.url, 'x-crowdcent-api-key');
      await fillEditors(page, {
        header: 'x-crowdcent-api-key',
        headers: { 'x-crowdcent-api-key': ALICE },
        query: 'query Me { crowdcent { viewer { username } } }',
      });
      const before = stack.sim.log.count({ path: /^\/api\// });
      await page.click('.graphiql-execute-button');
      await waitForResult(page, '"username": "alice"');
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
