import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ALICE, startStack } from '../support/stack.js';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A loopback OTLP/HTTP (JSON) collector that keeps every span it is sent. */
async function startCollector(): Promise<{
  url: string;
  spans: ExportedSpan[];
  raw: string[];
  close(): Promise<void>;
}> {
  const spans: ExportedSpan[] = [];
  const raw: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
      raw.push(text);
      const parsed = JSON.parse(text) as {
        resourceSpans?: { scopeSpans?: { spans?: ExportedSpan[] }[] }[];
      };
      for (const resource of parsed.resourceSpans ?? [])
        for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    spans,
    raw,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const attribute = (span: ExportedSpan, key: string): unknown => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
};

describe('OpenTelemetry tracing', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of cleanup.splice(0).reverse()) await close();
  });

  it('exports one span per operation, continuing the caller trace, with a child span per upstream call', async () => {
    const collector = await startCollector();
    cleanup.push(() => collector.close());
    const stack = await startStack({
      env: { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url },
    });
    let stopped = false;
    cleanup.push(async () => {
      if (!stopped) await stack.close();
    });
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const before = stack.sim.log.count({ path: /^\/api\// });
    const { body } = await stack.gql(
      `query Nested { crowdcent { challenges { nodes { slug trainingDatasets { nodes { version } } } } } }`,
      {},
      { 'x-crowdcent-api-key': ALICE, traceparent: `00-${traceId}-${callerSpanId}-01` },
    );
    expect(body.errors).toBeUndefined();
    const upstreamCalls = stack.sim.log.count({ path: /^\/api\// }) - before;
    expect(upstreamCalls).toBeGreaterThan(1);
    await stack.close(); // flushes the batch
    stopped = true;

    const operation = collector.spans.find((s) => s.name === 'query Nested');
    expect(operation).toBeDefined();
    if (!operation) return;
    expect(operation.traceId).toBe(traceId);
    expect(operation.parentSpanId).toBe(callerSpanId);
    expect(attribute(operation, 'graphql.operation.name')).toBe('Nested');
    expect(Number(attribute(operation, 'crowdgraph.upstream_calls'))).toBe(upstreamCalls);
    const children = collector.spans.filter((s) => s.parentSpanId === operation.spanId);
    expect(children).toHaveLength(upstreamCalls);
    for (const child of children) {
      expect(child.traceId).toBe(traceId);
      expect(attribute(child, 'crowdgraph.platform')).toBe('CROWDCENT');
      expect(attribute(child, 'http.request.method')).toBe('GET');
      expect(Number(attribute(child, 'http.response.status_code'))).toBe(200);
      expect(String(attribute(child, 'url.path'))).toMatch(/^\/api\//);
    }
    // Neither the caller's key nor the document's text is exported.
    const exported = collector.raw.join('\n');
    expect(exported).not.toContain(ALICE);
    expect(exported).not.toContain('trainingDatasets');
  });

  it('records the error codes of a failed operation on its span', async () => {
    const collector = await startCollector();
    cleanup.push(() => collector.close());
    const stack = await startStack({
      env: { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url },
    });
    await stack.gql(
      `query Who { crowdcent { viewer { username } } }`,
      {},
      { 'x-crowdcent-api-key': 'wrong-key' },
    );
    await stack.close();
    const operation = collector.spans.find((s) => s.name === 'query Who');
    expect(operation).toBeDefined();
    if (!operation) return;
    expect(JSON.stringify(operation.attributes)).toContain('UNAUTHENTICATED');
    expect(collector.raw.join('\n')).not.toContain('wrong-key');
  });
});
