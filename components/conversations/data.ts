"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import {
  createFolderAction,
  deleteConversationAction,
  deleteFolderAction,
  updateConversationAction,
  updateFolderAction,
} from "@/app/(app)/chat/actions";
import { errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import type { ConversationSummaryDto, FolderDto, Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";
import {
  adjustFolderCount,
  type CacheSnapshot,
  cancelConversationQueries,
  restoreSnapshot,
  takeSnapshot,
  writeConversation,
} from "./cache";

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

function fetchConversationPage(
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

async function fetchFolders(signal?: AbortSignal): Promise<FolderDto[]> {
  const body = await apiFetch<{ items: FolderDto[] }>("/api/folders", { signal });
  return body.items;
}

export function exportUrl(id: string, format: "md" | "json"): string {
  return `/api/conversations/${encodeURIComponent(id)}/export?format=${format}`;
}

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

interface ConversationPatch {
  title?: string;
  isPinned?: boolean;
  isArchived?: boolean;
  tags?: string[];
  folderId?: string | null;
}

interface UpdateVariables {
  conversation: ConversationListItem;
  patch: ConversationPatch;
  /** Says what failed, e.g. "Could not rename the conversation." */
  failure: string;
}

/** Changes a conversation at once in every list and puts it back with a toast if the server says no. */
export function useUpdateConversation() {
  const qc = useQueryClient();
  return useServerAction<unknown, UpdateVariables, CacheSnapshot>(
    ({ conversation, patch }) => updateConversationAction(conversation.id, patch),
    {
      onMutate: async ({ conversation, patch }) => {
        await cancelConversationQueries(qc);
        const snapshot = takeSnapshot(qc);
        writeConversation(qc, conversation.id, { ...conversation, ...patch });
        if (patch.folderId !== undefined && patch.folderId !== conversation.folderId) {
          adjustFolderCount(qc, conversation.folderId, -1);
          adjustFolderCount(qc, patch.folderId, 1);
        }
        return snapshot;
      },
      onError: (error, { failure }, snapshot) => {
        if (snapshot) restoreSnapshot(qc, snapshot);
        toast.error(failure, { description: errorMessage(error) });
      },
      onSettled: (_data, _error, { conversation, patch }) => {
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.searches() });
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.detail(conversation.id) });
        if (patch.folderId !== undefined)
          void qc.invalidateQueries({ queryKey: queryKeys.folders() });
      },
    },
  );
}

interface DeleteVariables {
  conversation: ConversationListItem;
  onDeleted?: () => void;
}

export function useDeleteConversation() {
  const t = useTranslations("conversations.delete");
  const qc = useQueryClient();
  return useServerAction<unknown, DeleteVariables, CacheSnapshot>(
    ({ conversation }) => deleteConversationAction(conversation.id),
    {
      onMutate: async ({ conversation }) => {
        await cancelConversationQueries(qc);
        const snapshot = takeSnapshot(qc);
        writeConversation(qc, conversation.id, null);
        adjustFolderCount(qc, conversation.folderId, -1);
        return snapshot;
      },
      onSuccess: (_data, { conversation, onDeleted }) => {
        // An open chat page still observes it until it navigates away; only drop it when unobserved.
        qc.removeQueries({
          queryKey: queryKeys.conversations.detail(conversation.id),
          type: "inactive",
        });
        onDeleted?.();
        toast.success(t("deleted"));
      },
      onError: (error, _variables, snapshot) => {
        if (snapshot) restoreSnapshot(qc, snapshot);
        toast.error(t("failed"), { description: errorMessage(error) });
      },
      onSettled: () => {
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.searches() });
        void qc.invalidateQueries({ queryKey: queryKeys.folders() });
      },
    },
  );
}

export interface FolderInput {
  name: string;
  color: string;
  icon: string;
}

export function useFolders() {
  return useQuery({
    queryKey: queryKeys.folders(),
    queryFn: ({ signal }) => fetchFolders(signal),
  });
}

/** Creating waits for the server: the dialog shows its field errors. */
export function useCreateFolder() {
  const qc = useQueryClient();
  return useServerAction((input: FolderInput) => createFolderAction(input), {
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.folders() }),
  });
}

export function useUpdateFolder() {
  const qc = useQueryClient();
  return useServerAction(
    ({ id, input }: { id: string; input: FolderInput }) => updateFolderAction(id, input),
    {
      onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.folders() }),
    },
  );
}

/** Deleting releases the folder's conversations to "no folder", so every list changes. */
export function useDeleteFolder() {
  const t = useTranslations("conversations.folders");
  const qc = useQueryClient();
  return useServerAction<unknown, FolderDto, CacheSnapshot>(
    (folder) => deleteFolderAction(folder.id),
    {
      onMutate: async (folder) => {
        await qc.cancelQueries({ queryKey: queryKeys.folders() });
        const snapshot = takeSnapshot(qc);
        qc.setQueryData<FolderDto[]>(queryKeys.folders(), (folders) =>
          folders?.filter((item) => item.id !== folder.id),
        );
        return snapshot;
      },
      onSuccess: (_data, folder) => toast.success(t("deleted", { name: folder.name })),
      onError: (error, folder, snapshot) => {
        if (snapshot) restoreSnapshot(qc, snapshot);
        toast.error(t("deleteFailed", { name: folder.name }), {
          description: errorMessage(error),
        });
      },
      onSettled: () => {
        void qc.invalidateQueries({ queryKey: queryKeys.folders() });
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
        void qc.invalidateQueries({ queryKey: queryKeys.conversations.searches() });
      },
    },
  );
}
