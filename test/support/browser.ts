import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (no browser download); browser tests are skipped where it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** The page globals browser tests use (tsconfig has no DOM lib). CodeMirror 5 sits on `.CodeMirror`. */
export interface PageGlobals {
  readonly document: {
    querySelector(selector: string): { readonly textContent: string | null } | null;
    querySelectorAll(
      selector: string,
    ): ArrayLike<{ readonly CodeMirror?: { getValue(): string; setValue(value: string): void } }>;
  };
}

/**
 * Headless Chromium as this machine allows it: the background-networking flags stop it from
 * calling Google's hosts, which the closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context that may reach loopback only; every other URL it tried is collected. */
export async function loopbackContext(
  browser: Browser,
): Promise<{ context: BrowserContext; offLoopback: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const offLoopback: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    offLoopback.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, offLoopback };
}

/** Opens the gateway's GraphiQL and waits until its headers editor shows the pre-filled `header`. */
export async function openGraphiQL(page: Page, gatewayUrl: string, header: string): Promise<void> {
  await page.goto(`${gatewayUrl}/graphql`);
  await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
  await page.waitForFunction(
    (name) =>
      Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('.CodeMirror')).some(
        (editor) => editor.CodeMirror?.getValue().includes(name) ?? false,
      ),
    header,
    { timeout: 20_000 },
  );
}

/** Types `headers` into the headers editor (found by its pre-filled `header`) and `query` into the query editor. */
export async function fillEditors(
  page: Page,
  input: { header: string; headers: Record<string, string>; query: string },
): Promise<void> {
  await page.evaluate(({ header, headers, query }) => {
    const editors = Array.from(
      (globalThis as unknown as PageGlobals).document.querySelectorAll('.CodeMirror'),
    );
    const headersEditor = editors.find((editor) => editor.CodeMirror?.getValue().includes(header));
    const queryEditor = editors[0];
    if (!headersEditor?.CodeMirror || !queryEditor?.CodeMirror || headersEditor === queryEditor)
      throw new Error('editors not found');
    headersEditor.CodeMirror.setValue(JSON.stringify(headers));
    queryEditor.CodeMirror.setValue(query);
  }, input);
}

/** Waits until GraphiQL's result pane shows `text`. */
export async function waitForResult(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      (globalThis as unknown as PageGlobals).document
        .querySelector('.result-window')
        ?.textContent?.includes(expected) ?? false,
    text,
    { timeout: 20_000 },
  );
}
