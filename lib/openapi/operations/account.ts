import {
  banSchema,
  dashboardSchema,
  deleteUserSchema,
  limitsSchema,
  listAuditSchema,
  listUsersSchema,
  roleSchema,
  usageCsvSchema,
} from "@/lib/admin/schemas";
import { createApiKeySchema } from "@/lib/keys/schemas";
import { healthQuerySchema } from "@/lib/system/schemas";
import {
  changePasswordSchema,
  credentialsSchema,
  profileSchema,
  registerSchema,
  settingsSchema,
} from "@/lib/users/schemas";
import type { Operation } from "../operation";

type Details = Omit<Operation, "method" | "path" | "summary" | "tag">;

function tagged(tag: string) {
  return (
    method: Operation["method"],
    path: string,
    summary: string,
    details: Partial<Details> = {},
  ): Operation => ({ method, path, summary, tag, access: "user", answer: "json", ...details });
}

const account = tagged("Account");
const keys = tagged("API keys");
const admin = tagged("Admin");
const system = tagged("System");
const U = "/api/admin/users/{id}";

export const accountOperations: Operation[] = [
  system(
    "get",
    "/api/health",
    "Status: ok, degraded (database unreachable) or draining (shutting down), with db and uptimeSeconds; 503 unless ok. The model provider and Redis do not change the status. `?live=1`: always 200 while the process answers. `?detail=1` as an admin: also upstream (status ok, down or unconfigured, latencyMs, checkedAt, error), redis (ok, down or unused) and version (version, commit)",
    { access: "public", query: healthQuerySchema },
  ),
  system("get", "/api/openapi.json", "This document", { access: "public" }),
  system(
    "get",
    "/api/metrics",
    "Prometheus metrics (text format), for `Authorization: Bearer <METRICS_TOKEN>` or an admin. Without a configured token everyone else gets a 404; with one, a 401.",
    { access: "metrics", answer: "prometheus" },
  ),
  ...(["get", "post", "put", "patch", "delete"] as const).map((method) =>
    system(method, "/api/{path}", "Any other path under /api: a JSON 404", {
      access: "public",
      status: 404,
    }),
  ),
  account("post", "/api/auth/register", "Create an account", {
    access: "public",
    body: registerSchema,
    status: 201,
  }),
  account("get", "/api/auth/{nextauth}", "next-auth: session, csrf token, providers", {
    access: "public",
  }),
  account("post", "/api/auth/{nextauth}", "next-auth: sign in (callback/credentials), sign out", {
    access: "public",
    body: credentialsSchema,
    bodyType: "application/x-www-form-urlencoded",
  }),
  account(
    "get",
    "/api/users/me/usage",
    "The caller's usage this month against their token limit and budget, by day and by model",
  ),
  account("get", "/api/users/me", "The caller's profile"),
  account("patch", "/api/users/me", "Change the caller's profile", { body: profileSchema }),
  account("put", "/api/users/me/avatar", "Upload an avatar (multipart field `file`, an image)", {
    bodyType: "multipart/form-data",
  }),
  account("delete", "/api/users/me/avatar", "Remove the avatar; initials show instead"),
  account("get", "/api/users/{id}/avatar", "A person's avatar (256×256 WebP)", { answer: "file" }),
  account("patch", "/api/users/me/settings", "Change the caller's preferences", {
    body: settingsSchema,
  }),
  account(
    "post",
    "/api/users/me/password",
    "Change the password (session only): every session ends, this one too, and the API keys are revoked unless `revokeApiKeys` is false. Wrong current passwords count against the sign-in limits.",
    {
      access: "session",
      body: changePasswordSchema,
      answer: "empty",
      status: 204,
    },
  ),
  account(
    "get",
    "/api/events",
    "The signed-in tab's events (SSE, session only): `id:`, `event:` (conversation.updated, conversation.deleted, message.started, message.finished, image.started, image.finished, arena.finished, account.signed_out) and `data:` with the ids concerned; a heartbeat comment every 15 s; `Last-Event-ID` replays the last few minutes. account.signed_out (with a `reason`) ends the stream.",
    { access: "session", answer: "sse" },
  ),
  keys("get", "/api/keys", "The caller's API keys; never a secret (session only)", {
    access: "session",
  }),
  keys("post", "/api/keys", "Create an API key; the secret is in this answer only (session only)", {
    access: "session",
    body: createApiKeySchema,
    status: 201,
  }),
  keys("delete", "/api/keys/{id}", "Revoke an API key at once (session only)", {
    access: "session",
    answer: "empty",
    status: 204,
  }),
  admin("get", "/api/admin/dashboard", "Totals and daily usage", {
    access: "admin",
    query: dashboardSchema,
  }),
  admin(
    "get",
    "/api/admin/system",
    "This server's health (database, model provider, Redis) and its last hour of requests, errors, open answers and logged errors",
    { access: "admin" },
  ),
  admin("get", "/api/admin/users", "Users (keyset pages)", {
    access: "admin",
    query: listUsersSchema,
  }),
  admin("get", U, "A user's details and usage", { access: "admin" }),
  admin("delete", U, "Delete a user and everything they own", {
    access: "admin",
    body: deleteUserSchema,
    answer: "empty",
    status: 204,
  }),
  admin("post", `${U}/ban`, "Ban a user; their sessions and keys stop at once", {
    access: "admin",
    body: banSchema,
  }),
  admin("post", `${U}/unban`, "Lift a ban", { access: "admin" }),
  admin("post", `${U}/role`, "Change a user's role", { access: "admin", body: roleSchema }),
  admin("post", `${U}/limits`, "Set a user's token limit and monthly budget", {
    access: "admin",
    body: limitsSchema,
  }),
  admin("post", `${U}/reset-usage`, "Reset a user's token count", { access: "admin" }),
  admin("post", `${U}/revoke`, "End all of a user's sessions and revoke their API keys", {
    access: "admin",
  }),
  admin("get", "/api/admin/audit", "The audit log", { access: "admin", query: listAuditSchema }),
  admin("get", "/api/admin/usage.csv", "Usage between two days as CSV", {
    access: "admin",
    query: usageCsvSchema,
    answer: "csv",
  }),
];
