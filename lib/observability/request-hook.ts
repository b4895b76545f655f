import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/lib/log";
import { noteRequest } from "./activity";
import { metrics } from "./metrics";
import type { RequestContext } from "./request-context";
import { requestIdFrom } from "./request-id";
import { runInRequestContext } from "./request-scope";
import { type SpanHandle, tracer } from "./tracer";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Serves one request inside its context (request id, route template, user)
 * and, when its response ends, writes its log line and counts it. Streamed
 * answers end late, so their line and metrics hold their whole length.
 */
export function observeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  routeOf: (pathname: string) => string,
  serve: () => void,
): void {
  const started = performance.now();
  const requestId = requestIdFrom(req.headers["x-request-id"]);
  // Next and whatever it calls see the id we chose, not an unusable one.
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  const route = routeOf((req.url ?? "/").split("?")[0] ?? "/");
  const method = METHODS.has(req.method ?? "") ? (req.method as string) : "other";
  const context: RequestContext = { requestId, route };

  let ended = false;
  const end = (aborted: boolean, span?: SpanHandle) => {
    if (ended) return;
    ended = true;
    const durationMs = performance.now() - started;
    const status = res.statusCode;
    const labels = { route, method, status: String(status) };
    const m = metrics();
    m.httpRequests.inc(labels);
    m.httpDuration.observe(labels, durationMs / 1000);
    noteRequest(status, durationMs);
    const fields = {
      method,
      route,
      status,
      durationMs: Math.round(durationMs),
      ...(context.userId ? { userId: context.userId } : {}),
      ...(aborted ? { aborted: true } : {}),
    };
    // Assets are many and say little: only at debug.
    runInRequestContext(context, () =>
      route === "/_next/static" ? log.debug("request", fields) : log.info("request", fields),
    );
    span?.setAttributes({ "http.response.status_code": status });
    if (status >= 500) span?.fail(`HTTP ${status}`);
    span?.end();
  };

  const handle = (span?: SpanHandle) => {
    res.once("finish", () => end(false, span));
    // A client that leaves before the end closes the response unfinished.
    res.once("close", () => end(!res.writableFinished, span));
    serve();
  };

  runInRequestContext(context, () => {
    const active = tracer();
    if (!active) return handle();
    active.serveRequest(
      `${method} ${route}`,
      { "http.request.method": method, "http.route": route },
      (span) => handle(span),
    );
  });
}
