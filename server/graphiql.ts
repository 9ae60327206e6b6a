/**
 * GraphiQL, served entirely by the gateway (no CDN, no external host).
 *
 * The page is built from the UMD bundles of npm packages that are production
 * dependencies of crowdgraph:
 *   - react@18      umd/react.production.min.js      -> global `React`
 *   - react-dom@18  umd/react-dom.production.min.js  -> global `ReactDOM`
 *   - graphiql@4    dist/index.umd.js                -> global `GraphiQL`
 *                   dist/style.css                   (fonts and images are inlined as data: URIs)
 *   - graphql-ws@6  umd/graphql-ws.min.js            -> global `graphqlWs` (subscriptions)
 *
 * The graphiql 4 UMD wrapper reads `globalThis.React` and `globalThis.ReactDOM`, so React and ReactDOM
 * must be loaded first. The global `GraphiQL` is the React component itself, with `createFetcher`,
 * `createLocalStorage`, `GraphQL` and `React` attached to it. It uses CodeMirror 5: no web workers, no
 * `eval`, no dynamic imports, no web fonts fetched over the network.
 *
 * Bootstrapping happens in a small served `init.js` (no inline script), which reads its configuration
 * from a `<script type="application/json">` element, so the page works under {@link GRAPHIQL_CSP}.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CREDENTIAL_HEADERS } from '../resolvers/index.js';

/** Default URL prefix of the GraphiQL static assets. */
export const DEFAULT_GRAPHIQL_ASSET_PREFIX = '/graphiql-assets';

/** Per-platform credential headers the gateway understands; pre-filled (empty) in the headers editor. */
export const DEFAULT_CREDENTIAL_HEADER_NAMES: readonly string[] = CREDENTIAL_HEADERS;

const DEFAULT_TITLE = 'crowdgraph · GraphiQL';

const DEFAULT_QUERY = `# Welcome to crowdgraph: one GraphQL API over CrowdCent Challenge, Grand Challenge,
# crowdAI, CrowdFlower and Arena.
#
# Platform credentials go in the "Headers" tab below, as a JSON object. Headers left
# empty ("") are not sent. Headers are kept only for this page load unless you turn on
# "Persist headers" in the settings dialog.
#
# Run a query with Ctrl-Enter (Cmd-Enter on macOS) or the ▶ button.

query {
  __typename
}
`;

/**
 * Content-Security-Policy the GraphiQL page works under (send it as a response header with the page).
 * - scripts: only the served assets (no inline script, no eval);
 * - styles: the served stylesheet plus inline styles that React, Radix and CodeMirror set at runtime;
 * - fonts and images: graphiql's stylesheet inlines them as data: URIs;
 * - connections: the same-origin GraphQL endpoint only (HTTP, and WebSocket for subscriptions).
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The same policy as a `<meta>` element can carry it (`frame-ancestors` is ignored in meta tags). */
const META_CSP = GRAPHIQL_CSP.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

const CONFIG_ELEMENT_ID = 'graphiql-config';
const ROOT_ELEMENT_ID = 'graphiql';

/** Browser-side bootstrap. Plain ES2017, served as a static asset (CSP: no inline script). */
const INIT_SCRIPT = `/* crowdgraph GraphiQL bootstrap */
(function () {
  'use strict';
  var root = document.getElementById(${JSON.stringify(ROOT_ELEMENT_ID)});
  var configElement = document.getElementById(${JSON.stringify(CONFIG_ELEMENT_ID)});
  if (!root || !configElement) return;
  function fail(message) {
    root.textContent = message;
    root.className = 'crowdgraph-graphiql-error';
  }
  if (typeof React === 'undefined' || typeof ReactDOM === 'undefined' || typeof GraphiQL === 'undefined') {
    fail('GraphiQL could not start: its scripts did not load.');
    return;
  }
  var config;
  try {
    config = JSON.parse(configElement.textContent || '{}');
  } catch (error) {
    fail('GraphiQL could not start: invalid configuration.');
    return;
  }
  // Plain JSON POST (content-type: application/json), which satisfies Apollo's CSRF prevention.
  var baseFetcher = GraphiQL.createFetcher({ url: config.endpoint, enableIncrementalDelivery: false });
  // The headers editor is pre-filled with every credential header set to "": drop the empty ones so
  // that only the credentials the user actually filled in are sent.
  function withoutEmptyHeaders(headers) {
    if (!headers || typeof headers !== 'object') return headers;
    var result = {};
    Object.keys(headers).forEach(function (name) {
      var value = headers[name];
      if (value === undefined || value === null || value === '') return;
      result[name] = value;
    });
    return result;
  }
  // Subscriptions go over the same path as a WebSocket (graphql-ws protocol); the headers typed in
  // the editor travel as connectionParams, so a new connection is opened when they change.
  var wsUrl = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + config.endpoint;
  var ws = { client: null, key: null };
  function wsClientFor(headers) {
    var key = JSON.stringify(headers || {});
    if (ws.client && ws.key === key) return ws.client;
    if (ws.client) ws.client.dispose();
    ws.key = key;
    ws.client = graphqlWs.createClient({ url: wsUrl, connectionParams: headers || {}, lazy: true, retryAttempts: 0 });
    return ws.client;
  }
  function isSubscription(params) {
    var GraphQL = GraphiQL.GraphQL;
    try {
      if (GraphQL && GraphQL.parse && GraphQL.getOperationAST) {
        var operation = GraphQL.getOperationAST(GraphQL.parse(params.query), params.operationName || undefined);
        return Boolean(operation) && operation.operation === 'subscription';
      }
    } catch (error) {
      return false;
    }
    return /^\\s*subscription\\b/m.test(String(params.query).replace(/#[^\\n]*/g, ''));
  }
  function subscribe(params, headers) {
    var client = wsClientFor(headers);
    return {
      subscribe: function (observer) {
        var stop = client.subscribe(
          { query: params.query, variables: params.variables, operationName: params.operationName },
          {
            next: function (value) { observer.next(value); },
            error: function (error) {
              // Refused operations (validation, limits) arrive as GraphQL errors: shown as a result.
              if (Array.isArray(error)) {
                observer.next({ errors: error });
                observer.complete();
              } else {
                var reason = error && error.code ? ' (' + error.code + (error.reason ? ': ' + error.reason : '') + ')' : '';
                observer.error(new Error('The subscription connection closed' + reason + '.'));
              }
            },
            complete: function () { observer.complete(); }
          }
        );
        return { unsubscribe: stop };
      }
    };
  }
  function fetcher(params, options) {
    var headers = withoutEmptyHeaders(options && options.headers);
    if (typeof graphqlWs !== 'undefined' && isSubscription(params)) return subscribe(params, headers);
    var nextOptions = options ? Object.assign({}, options, { headers: headers }) : options;
    return baseFetcher(params, nextOptions);
  }
  // GraphiQL's history plugin saves every run's headers with it, whatever the "persist headers"
  // setting says: credentials would sit in localStorage. History entries are stored without their
  // headers unless the user turned persisting on in the settings dialog.
  var PERSIST_HEADERS_KEY = 'graphiql:shouldPersistHeaders';
  var HISTORY_KEYS = { 'graphiql:queries': true, 'graphiql:favorites': true };
  function withoutHistoryHeaders(value) {
    try {
      var parsed = JSON.parse(value);
      if (parsed && Array.isArray(parsed.queries)) {
        parsed.queries.forEach(function (entry) { if (entry) delete entry.headers; });
        return JSON.stringify(parsed);
      }
    } catch (error) {
      // Not history JSON: stored as given.
    }
    return value;
  }
  var storage = {
    getItem: function (key) { return window.localStorage.getItem(key); },
    setItem: function (key, value) {
      var keepHeaders = window.localStorage.getItem(PERSIST_HEADERS_KEY) === 'true';
      window.localStorage.setItem(key, HISTORY_KEYS[key] && !keepHeaders ? withoutHistoryHeaders(value) : value);
    },
    removeItem: function (key) { window.localStorage.removeItem(key); },
    get length() {
      var count = 0;
      for (var i = 0; i < window.localStorage.length; i += 1) {
        if (String(window.localStorage.key(i)).indexOf('graphiql:') === 0) count += 1;
      }
      return count;
    },
    clear: function () {
      var keys = [];
      for (var i = 0; i < window.localStorage.length; i += 1) keys.push(String(window.localStorage.key(i)));
      keys.forEach(function (key) { if (key.indexOf('graphiql:') === 0) window.localStorage.removeItem(key); });
    }
  };
  var props = {
    fetcher: fetcher,
    storage: storage,
    defaultQuery: config.defaultQuery,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    showPersistHeadersSettings: true
  };
  if (config.defaultHeaders) {
    props.defaultHeaders = config.defaultHeaders;
    props.defaultEditorToolsVisibility = 'headers';
  }
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
})();
`;

const PAGE_STYLESHEET = `html,
body {
  height: 100%;
  margin: 0;
}
#${ROOT_ELEMENT_ID} {
  height: 100vh;
  height: 100dvh;
}
.crowdgraph-graphiql-loading,
.crowdgraph-graphiql-error {
  display: flex;
  align-items: center;
  justify-content: center;
  font-family: system-ui, sans-serif;
}
`;

type AssetKey = 'react' | 'reactDom' | 'graphiqlJs' | 'graphqlWs' | 'graphiqlCss' | 'pageCss' | 'initJs';

interface Asset {
  readonly key: AssetKey;
  /** File name with its content hash, e.g. `graphiql.0123456789abcdef.js`. */
  readonly fileName: string;
  readonly contentType: string;
  readonly hash: string;
  readonly identity: Buffer;
}

interface CompressedAsset extends Asset {
  readonly gzip: Buffer;
  readonly br: Buffer;
}

const JS_TYPE = 'text/javascript; charset=utf-8';
const CSS_TYPE = 'text/css; charset=utf-8';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Scripts in load order: the graphiql UMD needs the React and ReactDOM globals. */
const SCRIPT_ORDER: readonly AssetKey[] = ['react', 'reactDom', 'graphiqlJs', 'graphqlWs', 'initJs'];
const STYLESHEET_ORDER: readonly AssetKey[] = ['graphiqlCss', 'pageCss'];

function packageDir(require: NodeJS.Require, name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Drop a trailing `//# sourceMappingURL=` comment: the map is not served, so devtools would 404 on it. */
function withoutSourceMapComment(body: Buffer): Buffer {
  const text = body.toString('utf8');
  const stripped = text.replace(/\n\/\/# sourceMappingURL=[^\n]*\s*$/, '\n');
  return stripped === text ? body : Buffer.from(stripped, 'utf8');
}

function makeAsset(key: AssetKey, baseName: string, ext: 'js' | 'css', identity: Buffer): Asset {
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16);
  return {
    key,
    fileName: `${baseName}.${hash}.${ext}`,
    contentType: ext === 'js' ? JS_TYPE : CSS_TYPE,
    hash,
    identity,
  };
}

let loadedAssets: ReadonlyMap<AssetKey, Asset> | undefined;

/** Reads (once) the GraphiQL/React files from the installed packages and hashes them. */
function loadAssets(): ReadonlyMap<AssetKey, Asset> {
  if (loadedAssets) return loadedAssets;
  const require = createRequire(import.meta.url);
  const reactDir = packageDir(require, 'react');
  const reactDomDir = packageDir(require, 'react-dom');
  const graphiqlDir = packageDir(require, 'graphiql');
  const graphqlWsDir = packageDir(require, 'graphql-ws');
  const assets: Asset[] = [
    makeAsset('react', 'react', 'js', readFileSync(join(reactDir, 'umd', 'react.production.min.js'))),
    makeAsset(
      'reactDom',
      'react-dom',
      'js',
      readFileSync(join(reactDomDir, 'umd', 'react-dom.production.min.js')),
    ),
    makeAsset(
      'graphiqlJs',
      'graphiql',
      'js',
      withoutSourceMapComment(readFileSync(join(graphiqlDir, 'dist', 'index.umd.js'))),
    ),
    makeAsset('graphqlWs', 'graphql-ws', 'js', readFileSync(join(graphqlWsDir, 'umd', 'graphql-ws.min.js'))),
    makeAsset('graphiqlCss', 'graphiql', 'css', readFileSync(join(graphiqlDir, 'dist', 'style.css'))),
    makeAsset('pageCss', 'page', 'css', Buffer.from(PAGE_STYLESHEET, 'utf8')),
    makeAsset('initJs', 'init', 'js', Buffer.from(INIT_SCRIPT, 'utf8')),
  ];
  loadedAssets = new Map(assets.map((asset) => [asset.key, asset]));
  return loadedAssets;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

let compressedAssets: Promise<readonly CompressedAsset[]> | undefined;

/** Precompresses (once per process, off the main thread) every asset with gzip and brotli. */
function compressAssets(): Promise<readonly CompressedAsset[]> {
  compressedAssets ??= Promise.all(
    [...loadAssets().values()].map(async (asset): Promise<CompressedAsset> => {
      const [gz, br] = await Promise.all([
        gzipAsync(asset.identity, { level: zlibConstants.Z_BEST_COMPRESSION }),
        brotliAsync(asset.identity, {
          params: {
            [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
            [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: asset.identity.length,
          },
        }),
      ]);
      return { ...asset, gzip: gz, br };
    }),
  );
  compressedAssets.catch(() => {
    compressedAssets = undefined;
  });
  return compressedAssets;
}

function normalizePrefix(prefix: string): string {
  if (!prefix.startsWith('/') || prefix.startsWith('//')) {
    throw new Error(`GraphiQL asset prefix must be a same-origin path starting with "/", got ${prefix}`);
  }
  return prefix.replace(/\/+$/, '');
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Picks the response encoding from an Accept-Encoding header (RFC 9110 §12.5.3). */
function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawCoding, ...params] = part.split(';');
    const coding = rawCoding?.trim().toLowerCase();
    if (!coding) continue;
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, parseQuality(params));
  }
  const weightOf = (coding: string): number => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

function parseQuality(params: readonly string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=');
    if (name?.trim().toLowerCase() === 'q') {
      const q = Number(value?.trim());
      return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
    }
  }
  return 1;
}

function etagFor(asset: Asset, encoding: Encoding): string {
  return encoding === 'identity' ? `"${asset.hash}"` : `"${asset.hash}-${encoding}"`;
}

function ifNoneMatchHits(ifNoneMatch: string | undefined, asset: Asset): boolean {
  if (!ifNoneMatch) return false;
  const known = new Set((['identity', 'gzip', 'br'] as const).map((encoding) => etagFor(asset, encoding)));
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || known.has(tag));
}

function serveAsset(asset: CompressedAsset, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  reply
    .header('content-type', asset.contentType)
    .header('cache-control', IMMUTABLE)
    .header('vary', 'accept-encoding')
    .header('x-content-type-options', 'nosniff')
    .header('cross-origin-resource-policy', 'same-origin')
    .header('etag', etagFor(asset, encoding));
  if (ifNoneMatchHits(request.headers['if-none-match'], asset)) {
    return reply.code(304).send();
  }
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  const body = encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : asset.identity;
  return reply.send(body);
}

/**
 * Registers `GET <prefix>/<name>.<contenthash>.<ext>` routes serving the GraphiQL page's scripts and
 * stylesheets from memory: read from the installed packages and precompressed (gzip + brotli) once,
 * served with `cache-control: public, max-age=31536000, immutable` and a content-hash ETag.
 * Call before the server starts listening.
 */
export async function registerGraphiQLAssets(
  app: FastifyInstance,
  options: { prefix?: string } = {},
): Promise<void> {
  const prefix = normalizePrefix(options.prefix ?? DEFAULT_GRAPHIQL_ASSET_PREFIX);
  const assets = await compressAssets();
  for (const asset of assets) {
    app.get(`${prefix}/${asset.fileName}`, (request, reply) => serveAsset(asset, request, reply));
  }
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** JSON that is safe inside a `<script>` element: no `</script>`, `<!--`, or JS line terminators. */
function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The headers editor's initial content: a JSON object with every credential header set to "".
 * GraphiQL 4 parses the editor with strict `JSON.parse` (comments would break every request), so
 * the names are listed as empty values instead, and the bootstrap drops empty headers before sending.
 */
function defaultHeadersJson(headerNames: readonly string[]): string {
  const unique = [...new Set(headerNames.map((name) => name.trim()).filter((name) => name !== ''))];
  if (unique.length === 0) return '';
  return JSON.stringify(Object.fromEntries(unique.map((name) => [name, ''])), null, 2);
}

/**
 * The GraphiQL HTML page. Everything it loads comes from `assetPrefix` (see
 * {@link registerGraphiQLAssets}); configuration travels as JSON in a `<script type="application/json">`
 * element read by the served `init.js`. Serve it with the {@link GRAPHIQL_CSP} header.
 */
export function renderGraphiQLPage(options: {
  endpoint: string;
  assetPrefix?: string;
  title?: string;
  defaultQuery?: string;
  headerNames?: readonly string[];
}): string {
  const prefix = normalizePrefix(options.assetPrefix ?? DEFAULT_GRAPHIQL_ASSET_PREFIX);
  const assets = loadAssets();
  const url = (key: AssetKey): string => {
    const asset = assets.get(key);
    if (!asset) throw new Error(`GraphiQL asset ${key} is missing`);
    return escapeHtml(`${prefix}/${asset.fileName}`);
  };
  const config = {
    endpoint: options.endpoint,
    defaultQuery: options.defaultQuery ?? DEFAULT_QUERY,
    defaultHeaders: defaultHeadersJson(options.headerNames ?? DEFAULT_CREDENTIAL_HEADER_NAMES),
  };
  const stylesheets = STYLESHEET_ORDER.map((key) => `    <link rel="stylesheet" href="${url(key)}" />`);
  const scripts = SCRIPT_ORDER.map((key) => `    <script src="${url(key)}"></script>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    `    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_CSP)}" />`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <meta name="referrer" content="no-referrer" />',
    '    <meta name="robots" content="noindex" />',
    `    <title>${escapeHtml(options.title ?? DEFAULT_TITLE)}</title>`,
    '    <link rel="icon" href="data:," />',
    ...stylesheets,
    '  </head>',
    '  <body>',
    `    <div id="${ROOT_ELEMENT_ID}" class="crowdgraph-graphiql-loading">Loading GraphiQL…</div>`,
    '    <noscript>GraphiQL needs JavaScript.</noscript>',
    `    <script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForScriptElement(config)}</script>`,
    ...scripts,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

const GRAPHQL_JSON_TYPES = ['application/json', 'application/graphql-response+json'] as const;

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
  readonly order: number;
}

interface Preference {
  readonly q: number;
  readonly specificity: number;
  readonly order: number;
}

function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  accept.split(',').forEach((part, order) => {
    const [mediaType, ...params] = part.split(';');
    const [type, subtype] = (mediaType ?? '').trim().toLowerCase().split('/');
    if (!type || !subtype) return;
    ranges.push({ type, subtype, q: parseQuality(params), order });
  });
  return ranges;
}

/** How a media type is accepted: the most specific matching range wins (RFC 9110 §12.5.1). */
function preferenceFor(ranges: readonly MediaRange[], mediaType: string): Preference {
  const [type, subtype] = mediaType.split('/');
  let best: Preference = { q: 0, specificity: -1, order: Number.POSITIVE_INFINITY };
  for (const range of ranges) {
    const typeMatches = range.type === '*' || range.type === type;
    const subtypeMatches = range.subtype === '*' || range.subtype === subtype;
    if (!typeMatches || !subtypeMatches) continue;
    const specificity = (range.type === '*' ? 0 : 2) + (range.subtype === '*' ? 0 : 1);
    if (specificity > best.specificity || (specificity === best.specificity && range.q > best.q)) {
      best = { q: range.q, specificity, order: range.order };
    }
  }
  return best;
}

/** a ranks strictly above b: higher q, then more specific range, then listed earlier. */
function ranksAbove(a: Preference, b: Preference): boolean {
  if (a.q !== b.q) return a.q > b.q;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.order < b.order;
}

/**
 * True when the Accept header asks for HTML ahead of a GraphQL JSON response: `text/html` is
 * acceptable and ranks above both `application/json` and `application/graphql-response+json`
 * (by q-value, then specificity, then position in the header). Browsers' navigation requests
 * qualify; `*\/*`, JSON clients and a missing header do not.
 */
export function prefersHtml(acceptHeader: string | undefined): boolean {
  if (!acceptHeader) return false;
  const ranges = parseAccept(acceptHeader);
  const html = preferenceFor(ranges, 'text/html');
  if (html.q <= 0) return false;
  return GRAPHQL_JSON_TYPES.every((mediaType) => ranksAbove(html, preferenceFor(ranges, mediaType)));
}
