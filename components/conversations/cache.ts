import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import type { FolderDto, Page } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import type { ConversationListItem, ListFilter } from "./data";

type ListData = InfiniteData<Page<ConversationListItem>, string | null>;

/** What an optimistic update may touch, kept so a failure can put every cache back. */
export type CacheSnapshot = Array<[QueryKey, unknown]>;

export function takeSnapshot(qc: QueryClient): CacheSnapshot {
  return [
    ...qc.getQueriesData({ queryKey: queryKeys.conversations.lists() }),
    ...qc.getQueriesData({ queryKey: queryKeys.conversations.searches() }),
    ...qc.getQueriesData({ queryKey: queryKeys.folders() }),
  ];
}

export function restoreSnapshot(qc: QueryClient, snapshot: CacheSnapshot): void {
  for (const [key, data] of snapshot) qc.setQueryData(key, data);
}

export async function cancelConversationQueries(qc: QueryClient): Promise<void> {
  await Promise.all([
    qc.cancelQueries({ queryKey: queryKeys.conversations.lists() }),
    qc.cancelQueries({ queryKey: queryKeys.conversations.searches() }),
    qc.cancelQueries({ queryKey: queryKeys.folders() }),
  ]);
}

function belongs(filter: ListFilter, item: ConversationListItem): boolean {
  if (filter.archived !== item.isArchived) return false;
  if (filter.tag !== undefined && !item.tags.includes(filter.tag)) return false;
  if (filter.folderId === undefined) return true;
  return filter.folderId === "none" ? item.folderId === null : item.folderId === filter.folderId;
}

/** The server's order: pinned first, then the most recent message. */
function sortsBefore(a: ConversationListItem, b: ConversationListItem): boolean {
  if (a.isPinned !== b.isPinned) return a.isPinned;
  return a.lastMessageAt > b.lastMessageAt;
}

function placeInList(data: ListData, id: string, next: ConversationListItem | null): ListData {
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.filter((item) => item.id !== id),
  }));
  if (next) {
    let placed = false;
    for (const page of pages) {
      const index = page.items.findIndex((item) => sortsBefore(next, item));
      if (index >= 0) {
        page.items.splice(index, 0, next);
        placed = true;
        break;
      }
    }
    const last = pages.at(-1);
    // Past the loaded pages it belongs to a page not fetched yet: leave it to that page.
    if (!placed && last && last.nextCursor === null) last.items.push(next);
  }
  return { ...data, pages };
}

/**
 * Writes a conversation's new state (or its removal, with null) into every
 * cached list and search: it leaves lists it no longer belongs to and joins,
 * in order, those it now does.
 */
export function writeConversation(
  qc: QueryClient,
  id: string,
  next: ConversationListItem | null,
): void {
  for (const [key, data] of qc.getQueriesData<ListData>({
    queryKey: queryKeys.conversations.lists(),
  })) {
    const filter = key[2] as ListFilter | undefined;
    if (!data || !filter) continue;
    qc.setQueryData<ListData>(
      key,
      placeInList(data, id, next && belongs(filter, next) ? next : null),
    );
  }
  qc.setQueriesData<ConversationListItem[]>(
    { queryKey: queryKeys.conversations.searches() },
    (items) =>
      items
        ?.map((item) => (item.id === id && next ? { ...next, snippet: item.snippet } : item))
        .filter((item) => item.id !== id || next !== null),
  );
}

export function adjustFolderCount(qc: QueryClient, folderId: string | null, delta: number): void {
  if (!folderId) return;
  qc.setQueryData<FolderDto[]>(queryKeys.folders(), (folders) =>
    folders?.map((folder) =>
      folder.id === folderId
        ? { ...folder, conversationCount: Math.max(0, folder.conversationCount + delta) }
        : folder,
    ),
  );
}
