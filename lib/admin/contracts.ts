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
import { NO_CONTENT, tagged } from "@/lib/http/contract";

const admin = tagged("Admin", { access: "admin" });

export const adminContracts = {
  dashboard: admin("get", "/api/admin/dashboard", "Totals and daily usage", {
    query: dashboardSchema,
  }),
  system: admin(
    "get",
    "/api/admin/system",
    "This server's health (database, model provider, Redis) and its last hour of requests, errors, open answers and logged errors",
  ),
  users: admin("get", "/api/admin/users", "Users (keyset pages)", {
    query: listUsersSchema,
  }),
  user: admin("get", "/api/admin/users/{id}", "A user's details and usage"),
  deleteUser: admin("delete", "/api/admin/users/{id}", "Delete a user and everything they own", {
    ...NO_CONTENT,
    body: deleteUserSchema,
  }),
  ban: admin(
    "post",
    "/api/admin/users/{id}/ban",
    "Ban a user; their sessions and keys stop at once",
    { body: banSchema },
  ),
  unban: admin("post", "/api/admin/users/{id}/unban", "Lift a ban"),
  role: admin("post", "/api/admin/users/{id}/role", "Change a user's role", {
    body: roleSchema,
  }),
  limits: admin(
    "post",
    "/api/admin/users/{id}/limits",
    "Set a user's token limit and monthly budget",
    { body: limitsSchema },
  ),
  resetUsage: admin("post", "/api/admin/users/{id}/reset-usage", "Reset a user's token count"),
  revoke: admin(
    "post",
    "/api/admin/users/{id}/revoke",
    "End all of a user's sessions and revoke their API keys",
  ),
  audit: admin("get", "/api/admin/audit", "The audit log", {
    query: listAuditSchema,
  }),
  usageCsv: admin("get", "/api/admin/usage.csv", "Usage between two days as CSV", {
    query: usageCsvSchema,
    answer: "csv",
    limit: "export",
  }),
};
