"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
// Renamed: the action is not a React hook, and the linter would read it as one.
import { useTemplateAction as fillTemplateAction } from "@/app/(app)/templates/actions";
import { unwrapAction } from "@/components/common/action-error";
import { queryKeys } from "@/lib/query-keys";
import { fetchTemplateCategories, fetchTemplates, type TemplateFilter } from "./api";

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
  return useMutation({
    mutationFn: ({ id, values }: { id: string; values: Record<string, string> }) =>
      unwrapAction(() => fillTemplateAction(id, { values })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.templates.all() });
    },
  });
}
