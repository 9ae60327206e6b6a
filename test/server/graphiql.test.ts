import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CREDENTIAL_HEADER_NAMES,
  GRAPHIQL_CSP,
  prefersHtml,
  registerGraphiQLAssets,
  renderGraphiQLPage,
} from '../../server/graphiql.js';

const CHROME_NAVIGATION_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX_NAVIGATION_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

function attributeValues(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

function configOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="graphiql-config">([^<]*)<\/script>/.exec(html);
  expect(match, 'config script element').not.toBeNull();
  return JSON.parse(match?.[1] ?? '') as Record<string, unknown>;
}

describe('GraphiQL page and assets', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  let page: string;

  beforeAll(async () => {
    app = Fastify({ logger: false });
    await registerGraphiQLAssets(app);
    app.get('/graphql', (request, reply) => {
      if (!prefersHtml(request.headers.accept)) {
        return reply.code(400).send({ errors: [{ message: 'GET without a query' }] });
      }
      return reply
        .header('content-security-policy', GRAPHIQL_CSP)
        .type('text/html; charset=utf-8')
        .send(renderGraphiQLPage({ endpoint: '/graphql' }));
    });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${baseUrl}/graphql`, { headers: { accept: CHROME_NAVIGATION_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    page = await response.text();
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  it('references no external host', () => {
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/\b(?:src|href|action)\s*=\s*["']?\/\//i);
    expect(page).not.toMatch(/url\(/i);
    for (const reference of [
      ...attributeValues(page, 'script', 'src'),
      ...attributeValues(page, 'link', 'href'),
    ]) {
      expect(reference === 'data:,' || reference.startsWith('/graphiql-assets/'), reference).toBe(true);
    }
  });

  it('loads React, ReactDOM, GraphiQL, then the bootstrap, with no inline script', () => {
    const scripts = attributeValues(page, 'script', 'src');
    expect(scripts.map((src) => src.replace(/\.[0-9a-f]{16}\.js$/, '.js'))).toEqual([
      '/graphiql-assets/react.js',
      '/graphiql-assets/react-dom.js',
      '/graphiql-assets/graphiql.js',
      '/graphiql-assets/graphql-ws.js',
      '/graphiql-assets/init.js',
    ]);
    const inlineScripts = [...page.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)].filter(
      ([, attributes, body]) => !attributes?.includes('src=') && body?.trim() !== '',
    );
    expect(inlineScripts.map(([, attributes]) => attributes?.trim())).toEqual([
      'type="application/json" id="graphiql-config"',
    ]);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('serves every referenced script and stylesheet with the right type and immutable caching', async () => {
    const references = [
      ...attributeValues(page, 'script', 'src').map((url) => ({ url, type: /^text\/javascript/ })),
      ...attributeValues(page, 'link', 'href')
        .filter((url) => url !== 'data:,')
        .map((url) => ({ url, type: /^text\/css/ })),
    ];
    expect(references).toHaveLength(7);
    for (const { url, type } of references) {
      expect(url).toMatch(/\.[0-9a-f]{16}\.(?:js|css)$/);
      const response = await fetch(`${baseUrl}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(type);
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('etag'), url).toMatch(/^"[0-9a-f]{16}(?:-br|-gzip)?"$/);
      expect((await response.arrayBuffer()).byteLength, url).toBeGreaterThan(100);
    }
  });

  it('serves the packaged graphiql and React bundles byte for byte', async () => {
    const require = createRequire(import.meta.url);
    const graphiqlDir = dirname(require.resolve('graphiql/package.json'));
    const reactDir = dirname(require.resolve('react/package.json'));
    const cssUrl = attributeValues(page, 'link', 'href').find((url) => url.includes('/graphiql.'));
    const reactUrl = attributeValues(page, 'script', 'src').find((url) => url.includes('/react.'));
    const css = await app.inject({ method: 'GET', url: cssUrl ?? '' });
    expect(css.rawPayload.equals(readFileSync(join(graphiqlDir, 'dist', 'style.css')))).toBe(true);
    const react = await app.inject({ method: 'GET', url: reactUrl ?? '' });
    expect(react.rawPayload.equals(readFileSync(join(reactDir, 'umd', 'react.production.min.js')))).toBe(
      true,
    );
  });

  it('serves brotli, gzip or identity according to Accept-Encoding', async () => {
    const url = attributeValues(page, 'script', 'src').find((src) => src.includes('/graphiql.')) ?? '';
    const identity = await app.inject({ method: 'GET', url });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toBe('accept-encoding');
    const original = identity.rawPayload;
    expect(original.length).toBeGreaterThan(500_000);

    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);

    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.length).toBeLessThan(original.length / 2);
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true);

    const noBrotli = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br;q=0, *' } });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const preferGzip = await app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'br;q=0.5, gzip' },
    });
    expect(preferGzip.headers['content-encoding']).toBe('gzip');
    const none = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.rawPayload.equals(original)).toBe(true);

    // A real HTTP client negotiating compression over the socket.
    const overHttp = await fetch(`${baseUrl}${url}`, { headers: { 'accept-encoding': 'br' } });
    expect(overHttp.headers.get('content-encoding')).toBe('br');
    expect(Buffer.from(await overHttp.arrayBuffer()).equals(original)).toBe(true);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const url = attributeValues(page, 'link', 'href').find((href) => href.endsWith('.css')) ?? '';
    const first = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const second = await app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(etag) },
    });
    expect(second.statusCode).toBe(304);
    expect(second.rawPayload.length).toBe(0);
  });

  it('embeds the configuration as JSON with the credential headers pre-filled empty', () => {
    const config = configOf(page);
    expect(config.endpoint).toBe('/graphql');
    expect(typeof config.defaultQuery).toBe('string');
    const headers = JSON.parse(String(config.defaultHeaders)) as Record<string, string>;
    expect(Object.keys(headers)).toEqual([...DEFAULT_CREDENTIAL_HEADER_NAMES]);
    expect(Object.values(headers).every((value) => value === '')).toBe(true);
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining(['x-crowdcent-api-key', 'x-grand-challenge-token', 'x-arena-password']),
    );
  });

  it('escapes everything it interpolates', () => {
    const hostile = '</script><script>alert(1)</script><!-- "\'& \u2028';
    const html = renderGraphiQLPage({
      endpoint: '/graphql?x="><script>alert(2)</script>',
      title: `</title>${hostile}`,
      defaultQuery: hostile,
      headerNames: ['x-a', '</script>'],
      assetPrefix: '/assets"><script>alert(3)</script>',
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</title><');
    expect(html.match(/<\/script>/g)).toHaveLength(6);
    const config = configOf(html);
    expect(config.defaultQuery).toBe(hostile);
    expect(config.endpoint).toBe('/graphql?x="><script>alert(2)</script>');
    expect(JSON.parse(String(config.defaultHeaders))).toEqual({ 'x-a': '', '</script>': '' });
  });

  it('honours headerNames, title, defaultQuery and assetPrefix', () => {
    const html = renderGraphiQLPage({
      endpoint: '/api/graphql',
      assetPrefix: '/static/gql/',
      title: 'Custom',
      defaultQuery: '{ hello }',
      headerNames: [],
    });
    expect(html).toContain('<title>Custom</title>');
    for (const reference of attributeValues(html, 'script', 'src'))
      expect(reference).toMatch(/^\/static\/gql\//);
    const config = configOf(html);
    expect(config).toEqual({ endpoint: '/api/graphql', defaultQuery: '{ hello }', defaultHeaders: '' });
    expect(() => renderGraphiQLPage({ endpoint: '/graphql', assetPrefix: '//cdn.example/x' })).toThrow();
  });

  it('keeps GraphQL clients away from the page', async () => {
    for (const accept of ['application/json', '*/*', 'application/graphql-response+json, text/html;q=0.5']) {
      const response = await app.inject({ method: 'GET', url: '/graphql', headers: { accept } });
      expect(response.statusCode, accept).toBe(400);
    }
  });

  it('exports a CSP without remote sources or script relaxations', () => {
    expect(GRAPHIQL_CSP).toContain("default-src 'self'");
    expect(GRAPHIQL_CSP).toContain("script-src 'self'");
    expect(GRAPHIQL_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(GRAPHIQL_CSP.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  });
});

describe('prefersHtml', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['*/*', false],
    ['application/json', false],
    ['application/graphql-response+json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/json, text/html', false],
    ['application/json;q=0.9, text/html', true],
    ['text/html', true],
    ['TEXT/HTML', true],
    ['text/html; charset=utf-8', true],
    ['text/*', true],
    ['text/html, application/json', true],
    ['text/html;q=0.5, application/json', false],
    ['text/html;q=0.9, application/graphql-response+json;q=0.9', true],
    ['application/graphql-response+json;q=0.9, text/html;q=0.9', false],
    ['text/html;q=0', false],
    ['text/html;q=0, */*', false],
    ['text/html, */*;q=0.8', true],
    ['*/*;q=0.8, text/html', true],
    ['application/*, text/html', true],
    [CHROME_NAVIGATION_ACCEPT, true],
    [FIREFOX_NAVIGATION_ACCEPT, true],
    ['garbage', false],
  ])('prefersHtml(%j) === %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
