"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { ModelInfo } from "@/lib/llm/model-info";
import { queryKeys } from "@/lib/query-keys";

const HOUR_MS = 60 * 60 * 1000;

/** The models a config can use; the same key and shape as the chat's picker, so they share the list. */
export function useModelList() {
  return useQuery({
    queryKey: queryKeys.models(),
    queryFn: ({ signal }) => apiFetch<{ items: ModelInfo[] }>("/api/models", { signal }),
    select: (data) => data.items,
    staleTime: HOUR_MS,
  });
}
