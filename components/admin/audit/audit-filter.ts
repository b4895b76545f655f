import type { z } from "zod";
import { firstParam, type SearchParams } from "@/components/common/search-params";
import { listAuditSchema } from "@/lib/admin/schemas";

/** What the audit log shows; empty strings are "any". */
export interface AuditFilter {
  adminId: string;
  action: string;
  targetId: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilter = {
  adminId: "",
  action: "",
  targetId: "",
  from: "",
  to: "",
};

const shape = listAuditSchema.shape;

function valid<S extends z.ZodType>(schema: S, value: string | undefined): string {
  if (value === undefined) return "";
  const parsed = schema.safeParse(value);
  return parsed.success && typeof parsed.data === "string" ? parsed.data : "";
}

/** The filter in a URL; a hand-edited value falls back to "any" instead of an error page. */
export function parseAuditFilter(params: SearchParams): AuditFilter {
  const get = (key: string) => firstParam(params[key]);
  return {
    adminId: valid(shape.adminId, get("adminId")),
    action: valid(shape.action, get("action")),
    targetId: valid(shape.targetId, get("targetId")),
    from: valid(shape.from, get("from")),
    to: valid(shape.to, get("to")),
  };
}

/** A target id is sent only once it is a whole id: half-typed ones would fail the request. */
export function isCompleteId(text: string): boolean {
  return /^[0-9a-f]{24}$/i.test(text.trim());
}

/** The filter as query parameters (URL, API, cache key), without what is not set or not ready. */
export function auditFilterQuery(filter: AuditFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.adminId) query.adminId = filter.adminId;
  if (filter.action) query.action = filter.action;
  if (isCompleteId(filter.targetId)) query.targetId = filter.targetId.trim().toLowerCase();
  // Swapped dates would match nothing; the form says so, and the query waits.
  const ordered = !filter.from || !filter.to || filter.from <= filter.to;
  if (filter.from && ordered) query.from = filter.from;
  if (filter.to && ordered) query.to = filter.to;
  return query;
}

export function isAuditFiltered(filter: AuditFilter): boolean {
  return Object.values(filter).some((value) => value.trim() !== "");
}
