"use client";

import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import type { Page } from "@/lib/conversations/dto";

interface AdminListOptions<T> {
  queryKey: QueryKey;
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;
  /** The server-rendered first page, when it belongs to this query. */
  initial?: Page<T>;
}

/** One admin list a page at a time, keeping the old rows on screen while new filters load. */
export function useAdminList<T>({ queryKey, fetchPage, initial }: AdminListOptions<T>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    placeholderData: (previous) => previous,
  });
}
