"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { Page } from "@/lib/conversations/dto";
import type { ImageDto } from "@/lib/images/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchImagePage, type ImageFilter } from "./api";

/** The user's images a page at a time; `initial` is the server-rendered first page of all images. */
export function useImageList(filter: ImageFilter, initial?: Page<ImageDto>) {
  return useInfiniteQuery({
    queryKey: queryKeys.images.list(filter),
    queryFn: ({ pageParam, signal }) => fetchImagePage(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    // While a new search loads, the old results stay instead of a blank grid.
    placeholderData: (previous) => previous,
  });
}
