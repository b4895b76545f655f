"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { LeaderboardDto } from "@/lib/arena/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchLeaderboard, type LeaderboardFilter } from "./api";

/** The ranking for one tab, scope and choice of votes; the page's first view comes with the HTML. */
export function useLeaderboard(filter: LeaderboardFilter, initial: LeaderboardDto) {
  const isInitial =
    filter.kind === initial.kind &&
    filter.scope === initial.scope &&
    filter.votes === initial.votes;
  return useQuery({
    queryKey: queryKeys.arena.leaderboard(filter),
    queryFn: ({ signal }) => fetchLeaderboard(filter, signal),
    initialData: isInitial ? initial : undefined,
    // Switching tabs keeps the old table until the new one is in, instead of a blank.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
