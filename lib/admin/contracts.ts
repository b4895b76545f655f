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
import { tagged } from "@/lib/http/contract";

const admin = tagged("Admin");

export const adminContracts = {
  dashboard: admin("get", "/api/admin/dashboard", "Totals and daily usage", {
    access: "admin",
    query: dashboardSchema,
  }),
  system: admin(
    "get",
    "/api/admin/system",
    "This server's health (database, model provider, Redis) and its last hour of requests, errors, open answers and logged errors",
    { access: "admin" },
  ),
  users: admin("get", "/api/admin/users", "Users (keyset pages)", {
    access: "admin",
    query: listUsersSchema,
  }),
  user: admin("get", "/api/admin/users/{id}", "A user's details and usage", { access: "admin" }),
  deleteUser: admin("delete", "/api/admin/users/{id}", "Delete a user and everything they own", {
    access: "admin",
    body: deleteUserSchema,
    answer: "empty",
    status: 204,
  }),
  ban: admin(
    "post",
    "/api/admin/users/{id}/ban",
    "Ban a user; their sessions and keys stop at once",
    { access: "admin", body: banSchema },
  ),
  unban: admin("post", "/api/admin/users/{id}/unban", "Lift a ban", { access: "admin" }),
  role: admin("post", "/api/admin/users/{id}/role", "Change a user's role", {
    access: "admin",
    body: roleSchema,
  }),
  limits: admin(
    "post",
    "/api/admin/users/{id}/limits",
    "Set a user's token limit and monthly budget",
    { access: "admin", body: limitsSchema },
  ),
  resetUsage: admin("post", "/api/admin/users/{id}/reset-usage", "Reset a user's token count", {
    access: "admin",
  }),
  revoke: admin(
    "post",
    "/api/admin/users/{id}/revoke",
    "End all of a user's sessions and revoke their API keys",
    { access: "admin" },
  ),
  audit: admin("get", "/api/admin/audit", "The audit log", {
    access: "admin",
    query: listAuditSchema,
  }),
  usageCsv: admin("get", "/api/admin/usage.csv", "Usage between two days as CSV", {
    access: "admin",
    query: usageCsvSchema,
    answer: "csv",
    limit: "export",
  }),
};
