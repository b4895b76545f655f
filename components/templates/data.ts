"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
// Renamed: the action is not a React hook, and the linter would read it as one.
import { useTemplateAction as fillTemplateAction } from "@/app/(app)/templates/actions";
import { useServerAction } from "@/components/common/server-action";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";
import type { TemplateDto } from "@/lib/templates/dto";

interface TemplateFilter {
  category?: string;
  q?: string;
  /** Admins only: inactive templates too. */
  includeInactive?: boolean;
}

async function fetchTemplates(
  filter: TemplateFilter,
  signal?: AbortSignal,
): Promise<TemplateDto[]> {
  const params = new URLSearchParams();
  if (filter.category) params.set("category", filter.category);
  if (filter.q) params.set("q", filter.q);
  if (filter.includeInactive) params.set("includeInactive", "true");
  const page = await apiFetch<{ items: TemplateDto[] }>(`/api/templates?${params}`, { signal });
  return page.items;
}

async function fetchTemplateCategories(
  includeInactive: boolean,
  signal?: AbortSignal,
): Promise<string[]> {
  const params = includeInactive ? "?includeInactive=true" : "";
  const body = await apiFetch<{ items: string[] }>(`/api/templates/categories${params}`, {
    signal,
  });
  return body.items;
}

export function useTemplates(filter: TemplateFilter, enabled = true) {
  return useQuery({
    queryKey: queryKeys.templates.list(filter),
    queryFn: ({ signal }) => fetchTemplates(filter, signal),
    // Typing a search keeps the last results on screen until the new ones arrive.
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useTemplateCategories(includeInactive = false) {
  return useQuery({
    queryKey: queryKeys.templates.categories(includeInactive),
    queryFn: ({ signal }) => fetchTemplateCategories(includeInactive, signal),
  });
}

/** Fills a template on the server, which counts the use: every list's usage counts change. */
export function useFillTemplate() {
  const qc = useQueryClient();
  return useServerAction(
    ({ id, values }: { id: string; values: Record<string, string> }) =>
      fillTemplateAction(id, { values }),
    {
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: queryKeys.templates.all() });
      },
    },
  );
}
