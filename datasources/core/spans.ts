import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import type { PlatformName } from './errors.js';
import type { RequestTrace } from './trace.js';

/**
 * A client span for one upstream attempt, child of the operation's span, when tracing is on. It
 * records the path without its query: a query string may carry a credential (CrowdFlower's `key=`).
 */
export function startUpstreamSpan(
  trace: RequestTrace | undefined,
  call: { platform: PlatformName; method: string; baseUrl: URL; path: string; attempt: number },
): Span | undefined {
  const otel = trace?.otel;
  if (!otel) return undefined;
  const basePath = call.baseUrl.pathname === '/' ? '' : call.baseUrl.pathname;
  return otel.tracer.startSpan(
    call.method,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'http.request.method': call.method,
        'server.address': call.baseUrl.hostname,
        'server.port': Number(call.baseUrl.port) || (call.baseUrl.protocol === 'https:' ? 443 : 80),
        'url.path': basePath + call.path,
        'crowdgraph.platform': call.platform,
        ...(call.attempt > 0 ? { 'http.request.resend_count': call.attempt } : {}),
      },
    },
    otel.parent,
  );
}

export function endUpstreamSpan(
  span: Span | undefined,
  outcome: { status: number } | { error: string },
): void {
  if (!span) return;
  if ('status' in outcome) {
    span.setAttribute('http.response.status_code', outcome.status);
    if (outcome.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  } else {
    span.setAttribute('error.type', outcome.error);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}
