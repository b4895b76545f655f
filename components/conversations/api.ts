import type { ConversationSummaryDto, FolderDto, Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";

/** A sidebar row; search results also carry the matching text around the hit. */
export interface ConversationListItem extends ConversationSummaryDto {
  snippet?: string | null;
}

/** Which conversations a list shows: `folderId` "none" means those in no folder. */
export interface ListFilter {
  archived: boolean;
  folderId?: string;
  tag?: string;
}

const PAGE_SIZE = 30;

export function fetchConversationPage(
  filter: ListFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ConversationListItem>> {
  const params = new URLSearchParams({
    limit: String(PAGE_SIZE),
    archived: String(filter.archived),
  });
  if (filter.folderId) params.set("folderId", filter.folderId);
  if (filter.tag) params.set("tag", filter.tag);
  if (cursor) params.set("cursor", cursor);
  return apiFetch(`/api/conversations?${params}`, { signal });
}

export async function searchConversations(
  q: string,
  signal?: AbortSignal,
): Promise<ConversationListItem[]> {
  const params = new URLSearchParams({ q, limit: "30" });
  const page = await apiFetch<Page<ConversationListItem>>(`/api/conversations?${params}`, {
    signal,
  });
  return page.items;
}

export async function fetchFolders(signal?: AbortSignal): Promise<FolderDto[]> {
  const body = await apiFetch<{ items: FolderDto[] }>("/api/folders", { signal });
  return body.items;
}

export function exportUrl(id: string, format: "md" | "json"): string {
  return `/api/conversations/${encodeURIComponent(id)}/export?format=${format}`;
}
