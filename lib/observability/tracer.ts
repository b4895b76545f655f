export type Attributes = Record<string, string | number | boolean>;

export interface SpanHandle {
  setAttributes(attributes: Attributes): void;
  /** Marks the span as failed, with a short reason (an error code). */
  fail(reason: string): void;
  /** Ends the span; later calls do nothing. */
  end(): void;
}

/**
 * What the app asks of tracing, free of OpenTelemetry's modules: they are
 * loaded (lib/observability/tracing.ts) only when tracing is configured,
 * and otherwise tracer() is undefined and every span a no-op.
 */
export interface Tracer {
  /**
   * A span under the current one: a call to another service (the model
   * provider, the database), `startTime` (ms since the epoch) for one already made.
   */
  startSpan(name: string, attributes: Attributes, options?: { startTime?: number }): SpanHandle;
  /** A request's server span: `work` runs inside it, so the spans it causes nest under it. */
  serveRequest<T>(name: string, attributes: Attributes, work: (span: SpanHandle) => T): T;
  /** Sends what is still buffered. */
  shutdown(): Promise<void>;
}

// On globalThis: tracing starts inside Next's module graph (instrumentation.ts)
// and server.ts's request hook and database monitor use it from outside.
const store = globalThis as typeof globalThis & { __uniChatTracer?: Tracer };

export function tracer(): Tracer | undefined {
  return store.__uniChatTracer;
}

export function installTracer(installed: Tracer): void {
  store.__uniChatTracer = installed;
}
