"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { ModelInfo } from "@/lib/llm/model-info";
import { queryKeys } from "@/lib/query-keys";

const HOUR_MS = 60 * 60 * 1000;

/** One list for the chat's picker, configs and images: fetched once, shared by key. */
export const modelListQuery = queryOptions({
  queryKey: queryKeys.models(),
  queryFn: ({ signal }) => apiFetch<{ items: ModelInfo[] }>("/api/models", { signal }),
  staleTime: HOUR_MS,
});

export function useModelList() {
  return useQuery({ ...modelListQuery, select: (data) => data.items });
}
