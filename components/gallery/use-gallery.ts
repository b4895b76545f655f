"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchGalleryPage, type GalleryFilter } from "@/components/configs/api";
import type { ConfigDto } from "@/lib/configs/dto";
import type { Page } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";

/** The gallery a page at a time; `initial` is the server-rendered first page of the default view. */
export function useGallery(filter: GalleryFilter, initial?: Page<ConfigDto>) {
  return useInfiniteQuery({
    queryKey: queryKeys.configs.gallery(filter),
    queryFn: ({ pageParam, signal }) => fetchGalleryPage(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    // While new filters load, the old results stay instead of a blank grid.
    placeholderData: (previous) => previous,
  });
}
