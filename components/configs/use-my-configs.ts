"use client";

import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import { fetchMyConfigs, type MyConfigs } from "./api";

/**
 * The user's own and saved configs. The model picker reads the same key
 * with the same shape, so one fetch serves both and a change here shows there.
 */
export function useMyConfigs(initial?: MyConfigs) {
  return useQuery({
    queryKey: queryKeys.configs.mine(),
    queryFn: ({ signal }) => fetchMyConfigs(signal),
    initialData: initial,
    select: (data) => data.items,
  });
}
