import type { ApolloServerPlugin } from '@apollo/server';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { GatewayContext } from '../resolvers/index.js';
import type { GatewayConfig } from './config.js';

export interface Tracing {
  tracer: Tracer;
  /** Exports what is buffered, then stops. */
  shutdown(): Promise<void>;
}

/**
 * The gateway's own tracer provider — not the global one — so several gateways in one process (the
 * tests) keep their spans apart and nothing else in the process is instrumented by accident.
 */
export function createTracing(config: GatewayConfig['tracing']): Tracing | undefined {
  if (config.exporter === 'none') return undefined;
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: config.endpoint }) })],
  });
  return {
    tracer: provider.getTracer('crowdgraph'),
    shutdown: () => provider.shutdown(),
  };
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * One span per GraphQL operation, continuing the caller's W3C `traceparent` when it sends one. The
 * span is the parent of the upstream calls' spans (UpstreamClient). The document and variables are
 * never recorded: literals in them may be secrets.
 */
export function tracingPlugin(tracer: Tracer): ApolloServerPlugin<GatewayContext> {
  const propagator = new W3CTraceContextPropagator();
  return {
    async requestDidStart({ request, contextValue }) {
      const headers = request.http?.headers;
      const parent = headers
        ? propagator.extract(ROOT_CONTEXT, headers, {
            get: (carrier, key) => carrier.get(key),
            keys: (carrier) => [...carrier.keys()],
          })
        : ROOT_CONTEXT;
      const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER }, parent);
      contextValue.trace.otel = { tracer, parent: trace.setSpan(parent, span) };
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          const type = operation.operation;
          const name = operationName && OPERATION_NAME.test(operationName) ? operationName : undefined;
          span.updateName(name ? `${type} ${name}` : type);
          span.setAttribute('graphql.operation.type', type);
          if (name) span.setAttribute('graphql.operation.name', name);
        },
        async willSendResponse({ response }) {
          span.setAttribute('crowdgraph.upstream_calls', contextValue.trace.totalCalls);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.length > 0) {
            const codes = errors.map((e) =>
              typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN',
            );
            span.setAttribute('crowdgraph.error_codes', [...new Set(codes)]);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
  };
}
