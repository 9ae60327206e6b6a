import type { Context, Tracer } from '@opentelemetry/api';
import type { PlatformName } from './errors.js';

/**
 * Per-request record of what the data sources did, for response `extensions` and tests: upstream
 * calls by platform and platforms whose data was served stale because they were failing.
 */
export class RequestTrace {
  readonly calls = new Map<PlatformName, number>();
  readonly stale = new Set<PlatformName>();
  /** Set when OpenTelemetry tracing is on: upstream calls become child spans of the operation's. */
  otel: { tracer: Tracer; parent: Context } | undefined;

  countCall(platform: PlatformName): void {
    this.calls.set(platform, (this.calls.get(platform) ?? 0) + 1);
  }

  markStale(platform: PlatformName): void {
    this.stale.add(platform);
  }

  get totalCalls(): number {
    let total = 0;
    for (const count of this.calls.values()) total += count;
    return total;
  }
}
