"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";
import type { MyUsageDto } from "@/lib/usage/dto";

/** The signed-in person's usage this month and their limits. */
export function useMyUsage() {
  return useQuery({
    queryKey: queryKeys.myUsage(),
    queryFn: ({ signal }) => apiFetch<MyUsageDto>("/api/users/me/usage", { signal }),
  });
}
