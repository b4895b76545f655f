"use client";

import { type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import type { Page } from "@/lib/conversations/dto";

interface PagedListOptions<T> {
  queryKey: QueryKey;
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;
  /** The server-rendered first page, when it belongs to this query. */
  initial?: Page<T>;
}

/** A list a page at a time, keeping the old rows on screen while new filters load. */
export function usePagedList<T>({ queryKey, fetchPage, initial }: PagedListOptions<T>) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    // While new filters load, the old results stay instead of a blank list.
    placeholderData: (previous) => previous,
  });
}
