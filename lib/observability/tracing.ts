import {
  type Attributes,
  context,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { installTracer, type SpanHandle } from "./tracer";

function handle(span: Span): SpanHandle {
  let ended = false;
  return {
    setAttributes: (attributes: Attributes) => span.setAttributes(attributes),
    fail: (reason) => span.setStatus({ code: SpanStatusCode.ERROR, message: reason }),
    end() {
      if (ended) return;
      ended = true;
      span.end();
    },
  };
}

/**
 * Starts exporting spans over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT
 * (the exporter reads it and the other OTEL_EXPORTER_OTLP_* variables), and
 * installs the tracer the rest of the app uses.
 */
export function startTracing(serviceName: string): void {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Registers the async context manager too, so spans started while serving
  // a request find the request's span as their parent.
  provider.register();
  const otel = trace.getTracer("uni-chat");
  installTracer({
    startSpan: (name, attributes, options) =>
      handle(
        otel.startSpan(name, { kind: SpanKind.CLIENT, attributes, startTime: options?.startTime }),
      ),
    serveRequest(name, attributes, work) {
      const span = otel.startSpan(name, { kind: SpanKind.SERVER, attributes });
      return context.with(trace.setSpan(context.active(), span), () => work(handle(span)));
    },
    shutdown: () => provider.shutdown(),
  });
}
