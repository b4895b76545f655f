import type { ConfigDto, MyConfigDto } from "@/lib/configs/dto";
import type { GallerySort } from "@/lib/configs/schemas";
import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";

/** The user's own configs and the ones they saved, as GET /api/configs returns them. */
export interface MyConfigs {
  items: MyConfigDto[];
}

export function fetchMyConfigs(signal?: AbortSignal): Promise<MyConfigs> {
  return apiFetch("/api/configs", { signal });
}

export interface GalleryFilter {
  q?: string;
  tag?: string;
  model?: string;
  sort: GallerySort;
}

export const GALLERY_PAGE_SIZE = 24;

export function fetchGalleryPage(
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
