"use client";

import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  createTemplateAction,
  deleteTemplateAction,
  setTemplateActiveAction,
  updateTemplateAction,
} from "@/app/(app)/templates/actions";
import { toQueryString } from "@/components/common/search-params";
import { errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { usePagedList } from "@/components/common/use-paged-list";
import type { AdminUserRowDto, AuditEntryDto, SystemStatusDto } from "@/lib/admin/dto";
import { AUDIT_PAGE_SIZE, USERS_PAGE_SIZE } from "@/lib/admin/shared/page-size";
import type { Page } from "@/lib/conversations/dto";
import type { ActionResult } from "@/lib/http/action";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";
import type { TemplateDto } from "@/lib/templates/dto";

/** The first page the server rendered, and the filter it rendered it for. */
interface ServerPage<T> {
  page: Page<T>;
  query: Record<string, string>;
}

interface AdminListOptions<T> {
  path: string;
  pageSize: number;
  queryKey: QueryKey;
  query: Record<string, string>;
  server: ServerPage<T>;
}

/**
 * One admin list a page at a time, keeping the old rows on screen while new
 * filters load. The server's first page seeds the list only for its own filter.
 */
function useAdminList<T>({ path, pageSize, queryKey, query, server }: AdminListOptions<T>) {
  return usePagedList({
    queryKey,
    fetchPage: (cursor, signal) => {
      const params = { ...query, limit: String(pageSize), ...(cursor ? { cursor } : {}) };
      return apiFetch<Page<T>>(`${path}${toQueryString(params)}`, { signal });
    },
    initial: toQueryString(query) === toQueryString(server.query) ? server.page : undefined,
  });
}

export function useUserList(query: Record<string, string>, server: ServerPage<AdminUserRowDto>) {
  return useAdminList({
    path: "/api/admin/users",
    pageSize: USERS_PAGE_SIZE,
    queryKey: queryKeys.admin.userList(query),
    query,
    server,
  });
}

export function useAuditLog(query: Record<string, string>, server: ServerPage<AuditEntryDto>) {
  return useAdminList({
    path: "/api/admin/audit",
    pageSize: AUDIT_PAGE_SIZE,
    queryKey: queryKeys.admin.audit(query),
    query,
    server,
  });
}

/** Often enough to watch an incident unfold, rarely enough to cost nothing. */
export const SYSTEM_REFRESH_MS = 5_000;

/** The System page's figures, read again every few seconds while the tab is visible. */
export function useSystemStatus(initial: SystemStatusDto) {
  return useQuery({
    queryKey: queryKeys.admin.system(),
    queryFn: ({ signal }) => apiFetch<SystemStatusDto>("/api/admin/system", { signal }),
    initialData: initial,
    refetchInterval: SYSTEM_REFRESH_MS,
  });
}

interface UserActionRequest<T> {
  call: () => Promise<ActionResult<T>>;
  /** Says what happened, e.g. "Ada is banned.", in the reader's language. */
  success: string;
  /** Where to go afterwards; by default the page reloads its data in place. */
  redirectTo?: string;
}

/**
 * Runs one admin action on a user. Failures stay with the caller (the dialog
 * shows them); after a success the page and every admin list show the new state.
 */
export function useUserAction<T>() {
  const router = useRouter();
  const qc = useQueryClient();
  return useServerAction<T, UserActionRequest<T>>(({ call }) => call(), {
    onSuccess: (_data, { success, redirectTo }) => {
      toast.success(success);
      void qc.invalidateQueries({ queryKey: queryKeys.admin.all() });
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    },
  });
}

export interface TemplateInput {
  name: string;
  category: string;
  description: string;
  templateText: string;
  isActive: boolean;
}

/** Every change can move a template in or out of a list or a category: refresh them all. */
function useInvalidateTemplates() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: queryKeys.templates.all() });
}

/** Creating and editing wait for the server: the dialog shows its field errors. */
export function useSaveTemplate() {
  const invalidate = useInvalidateTemplates();
  return useServerAction(
    ({ id, input }: { id?: string; input: TemplateInput }) =>
      id ? updateTemplateAction(id, input) : createTemplateAction(input),
    {
      onSettled: invalidate,
    },
  );
}

export function useSetTemplateActive() {
  const t = useTranslations("admin.templates.toasts");
  const invalidate = useInvalidateTemplates();
  return useServerAction(
    ({ template, isActive }: { template: TemplateDto; isActive: boolean }) =>
      setTemplateActiveAction(template.id, isActive),
    {
      onSuccess: (saved) =>
        toast.success(t(saved.isActive ? "shown" : "hidden", { name: saved.name })),
      onError: (error, { template }) =>
        toast.error(t("changeFailed", { name: template.name }), {
          description: errorMessage(error),
        }),
      onSettled: invalidate,
    },
  );
}

export function useDeleteTemplate() {
  const t = useTranslations("admin.templates.toasts");
  const invalidate = useInvalidateTemplates();
  return useServerAction((template: TemplateDto) => deleteTemplateAction(template.id), {
    onSuccess: (_data, template) => toast.success(t("deleted", { name: template.name })),
    onError: (error, template) =>
      toast.error(t("deleteFailed", { name: template.name }), {
        description: errorMessage(error),
      }),
    onSettled: invalidate,
  });
}
