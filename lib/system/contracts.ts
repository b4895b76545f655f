import { type Contract, tagged } from "@/lib/http/contract";
import { healthQuerySchema } from "@/lib/system/schemas";

const system = tagged("System");

const notFound = (method: Contract["method"]) =>
  system(method, "/api/{path}", "Any other path under /api: a JSON 404", {
    access: "public",
    status: 404,
  });

export const systemContracts = {
  health: system(
    "get",
    "/api/health",
    "Status: ok, degraded (database unreachable) or draining (shutting down), with db and uptimeSeconds; 503 unless ok. The model provider and Redis do not change the status. `?live=1`: always 200 while the process answers. `?detail=1` as an admin: also upstream (status ok, down or unconfigured, latencyMs, checkedAt, error), redis (ok, down or unused) and version (version, commit)",
    { access: "public", query: healthQuerySchema },
  ),
  openApi: system("get", "/api/openapi.json", "This document", { access: "public" }),
  metrics: system(
    "get",
    "/api/metrics",
    "Prometheus metrics (text format), for `Authorization: Bearer <METRICS_TOKEN>` or an admin. Without a configured token everyone else gets a 404; with one, a 401.",
    { access: "metrics", answer: "prometheus" },
  ),
  // Answered before any guard (app/api/[...path]): a path that does not exist is a 404 for everyone.
  notFoundGet: notFound("get"),
  notFoundPost: notFound("post"),
  notFoundPut: notFound("put"),
  notFoundPatch: notFound("patch"),
  notFoundDelete: notFound("delete"),
};
