import { toQueryString } from "@/components/common/search-params";
import type { AdminUserRowDto, AuditEntryDto } from "@/lib/admin/dto";
import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";

export const USERS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;

export function fetchUsersPage(
  query: Record<string, string>,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<AdminUserRowDto>> {
  const params = { ...query, limit: String(USERS_PAGE_SIZE), ...(cursor ? { cursor } : {}) };
  return apiFetch(`/api/admin/users${toQueryString(params)}`, { signal });
}

export function fetchAuditPage(
  query: Record<string, string>,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<AuditEntryDto>> {
  const params = { ...query, limit: String(AUDIT_PAGE_SIZE), ...(cursor ? { cursor } : {}) };
  return apiFetch(`/api/admin/audit${toQueryString(params)}`, { signal });
}
