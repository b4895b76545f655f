"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ArenaSessionDto } from "@/lib/arena/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchArenaSession } from "./api";

/** One comparison with its whole history; the page renders it first, the browser keeps it fresh. */
export function useArenaSession(initial: ArenaSessionDto) {
  const query = useQuery({
    queryKey: queryKeys.arena.session(initial.id),
    queryFn: ({ signal }) => fetchArenaSession(initial.id, signal),
    initialData: initial,
    staleTime: 10_000,
  });
  const { refetch } = query;
  /** Reads the saved session again; false when the server could not be reached. */
  const refresh = useCallback(async () => {
    const result = await refetch();
    return !result.error;
  }, [refetch]);
  return { session: query.data, refresh };
}
