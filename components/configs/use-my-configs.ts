"use client";

import { useQuery } from "@tanstack/react-query";
import type { ConfigDto } from "@/lib/configs/dto";
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

/** The same list without the saved configs no longer shared: what a chat or a comparison can use. */
export function useUsableConfigs() {
  return useQuery({
    queryKey: queryKeys.configs.mine(),
    queryFn: ({ signal }) => fetchMyConfigs(signal),
    select: (data) => data.items.filter((config): config is ConfigDto => config.available),
  });
}
