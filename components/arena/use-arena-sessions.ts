"use client";

import { type InfiniteData, useInfiniteQuery } from "@tanstack/react-query";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { Page } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchArenaSessions } from "./api";

export type ArenaSessionPages = InfiniteData<Page<ArenaSessionSummaryDto>, string | null>;

/** The user's comparisons, newest first, a page at a time; the first page comes with the HTML. */
export function useArenaSessions(initial: Page<ArenaSessionSummaryDto>) {
  return useInfiniteQuery({
    queryKey: queryKeys.arena.sessions(),
    queryFn: ({ pageParam, signal }) => fetchArenaSessions(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
  });
}
