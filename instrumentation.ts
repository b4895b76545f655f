/**
 * Runs once when the server starts, inside Next's module graph, where the
 * model catalogue and billing live (server.ts runs before it and outside it).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Tracing costs nothing when it is off: OpenTelemetry is not even loaded.
  const { env } = await import("@/lib/env");
  const { OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME } = env();
  if (OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { startTracing } = await import("@/lib/observability/tracing");
    startTracing(OTEL_SERVICE_NAME);
  }
  const { startAnswerRecovery } = await import("@/lib/chat/recover-answers");
  const { listenForStops } = await import("@/lib/chat/stop-signal");
  const { listenForArenaStops } = await import("@/lib/arena/stop-signal");
  startAnswerRecovery();
  listenForStops();
  listenForArenaStops();
}
