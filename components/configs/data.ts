"use client";

import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { usePagedList } from "@/components/common/use-paged-list";
import type { ConfigDto, MyConfigDto } from "@/lib/configs/dto";
import type { GallerySort } from "@/lib/configs/schemas";
import { GALLERY_PAGE_SIZE } from "@/lib/configs/shared/page-size";
import type { Page } from "@/lib/conversations/dto";
import type { ActionResult } from "@/lib/http/action";
import { apiFetch } from "@/lib/http/client";
import type { ModelInfo } from "@/lib/llm/model-info";
import { queryKeys } from "@/lib/query-keys";

/** The user's own configs and the ones they saved, as GET /api/configs returns them. */
export interface MyConfigs {
  items: MyConfigDto[];
}

function fetchMyConfigs(signal?: AbortSignal): Promise<MyConfigs> {
  return apiFetch("/api/configs", { signal });
}

export interface GalleryFilter {
  q?: string;
  tag?: string;
  model?: string;
  sort: GallerySort;
}

function fetchGalleryPage(
  filter: GalleryFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ConfigDto>> {
  const params = new URLSearchParams({ sort: filter.sort, limit: String(GALLERY_PAGE_SIZE) });
  if (filter.q) params.set("q", filter.q);
  if (filter.tag) params.set("tag", filter.tag);
  if (filter.model) params.set("model", filter.model);
  if (cursor) params.set("cursor", cursor);
  return apiFetch(`/api/gallery?${params}`, { signal });
}

/** Where "Use" and "Start chat" go: the chat page starts a conversation with the config. */
export function chatWithConfigUrl(id: string): string {
  return `/chat?config=${encodeURIComponent(id)}`;
}

const HOUR_MS = 60 * 60 * 1000;

/** One list for the chat's picker, configs and images: fetched once, shared by key. */
export const modelListQuery = queryOptions({
  queryKey: queryKeys.models(),
  queryFn: ({ signal }) => apiFetch<{ items: ModelInfo[] }>("/api/models", { signal }),
  staleTime: HOUR_MS,
});

export function useModelList() {
  return useQuery({ ...modelListQuery, select: (data) => data.items });
}

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

interface ConfigAction<T> {
  call: () => Promise<ActionResult<T>>;
  /** Says what happened, e.g. "Config duplicated." */
  success: string;
  /** Says what failed, e.g. "Could not duplicate the config." */
  failure: string;
  onDone?: (data: T) => void;
}

/**
 * Runs one server action on a config. Every config list (mine, the gallery,
 * the model picker) is refetched afterwards, and the action counts as
 * pending until they are, so a Save button never shows the old state.
 */
export function useConfigAction<T = unknown>() {
  const qc = useQueryClient();
  return useServerAction<T, ConfigAction<T>>(({ call }) => call(), {
    onSuccess: (data, { success, onDone }) => {
      toast.success(success);
      onDone?.(data);
    },
    onError: (error, { failure }) => {
      toast.error(failure, { description: errorMessage(error) });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.configs.all() }),
  });
}

/** The gallery a page at a time; `initial` is the server-rendered first page of the default view. */
export function useGallery(filter: GalleryFilter, initial?: Page<ConfigDto>) {
  return usePagedList({
    queryKey: queryKeys.configs.gallery(filter),
    fetchPage: (cursor, signal) => fetchGalleryPage(filter, cursor, signal),
    initial,
  });
}
