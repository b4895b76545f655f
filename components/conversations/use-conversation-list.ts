"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import { fetchConversationPage, type ListFilter, searchConversations } from "./api";

/** One list of the sidebar (no folder, a folder, or the archive), a page at a time. */
export function useConversationList(filter: ListFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.conversations.list(filter),
    queryFn: ({ pageParam, signal }) => fetchConversationPage(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useConversationSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.conversations.search(q),
    queryFn: ({ signal }) => searchConversations(q, signal),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });
}
