import { createServer, type IncomingMessage, type Server } from "node:http";
import next from "next";
import { log } from "@/lib/log";
import { observeRequest } from "@/lib/observability/request-hook";
import { builtRouteTemplates, routeMatcher } from "@/lib/observability/route-template";

const KEEP_ALIVE_MS = 65_000;

/**
 * Serves the Next.js app on `port`, recording each request's socket address,
 * which Next route handlers cannot see, so rate limits key on the real client.
 */
export async function serveNext(options: { dev: boolean; port: number }): Promise<Server> {
  // Instances often run offline, and nothing about them is anyone else's business.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const app = next({ dev: options.dev, hostname: "0.0.0.0", port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const routeOf = routeTemplates(options.dev);
  const server = createServer((req, res) => {
    recordClientAddress(req);
    observeRequest(req, res, routeOf, () => {
      handle(req, res).catch((error: unknown) => {
        // Someone who leaves mid-render (a link followed, a tab closed) cuts its
        // response off; the render then fails writing to it. That is no error.
        if (res.destroyed && !res.writableFinished) return;
        log.error("request failed", { method: req.method, error });
      });
    });
  });
  // Node closes an idle connection after 5 s by default. A proxy in front
  // (nginx, a cloud load balancer: 60 s) or any client that keeps
  // connections open may send its next request just as that happens, and
  // gets a reset instead of an answer. Outlast them.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  log.info("ready", {
    url: `http://localhost:${options.port}`,
    mode: options.dev ? "dev" : "production",
  });
  return server;
}

const DEV_RELOAD_MS = 5_000;

/**
 * Maps paths to route templates from the build's list of routes. A dev
 * server adds routes as it compiles them, so there the list is read again
 * (at most every few seconds) when a path matches none.
 */
function routeTemplates(dev: boolean): (pathname: string) => string {
  const distDir = process.env.NEXT_DIST_DIR ?? (dev ? ".next-dev" : ".next");
  let match = routeMatcher(builtRouteTemplates(distDir));
  let readAt = Date.now();
  return (pathname) => {
    const route = match(pathname);
    if (route !== "other" || !dev || Date.now() - readAt < DEV_RELOAD_MS) return route;
    match = routeMatcher(builtRouteTemplates(distDir));
    readAt = Date.now();
    return match(pathname);
  };
}

/**
 * Appends the socket's address to X-Forwarded-For, as a proxy would. The
 * right-most entry is then always the peer we actually talk to; entries to
 * its left are believed only as far as TRUSTED_PROXY_HOPS allows.
 */
function recordClientAddress(req: IncomingMessage) {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  const existing = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  req.headers["x-forwarded-for"] = existing ? `${existing}, ${peer}` : peer;
}
