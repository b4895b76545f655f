"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deleteConversationAction, updateConversationAction } from "@/app/(app)/chat/actions";
import { errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import { queryKeys } from "@/lib/query-keys";
import type { ConversationListItem } from "./api";
import {
  adjustFolderCount,
  type CacheSnapshot,
  cancelConversationQueries,
  restoreSnapshot,
  takeSnapshot,
  writeConversation,
} from "./cache";

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
  return useMutation<unknown, Error, UpdateVariables, CacheSnapshot>({
    mutationFn: ({ conversation, patch }) =>
      unwrapAction(() => updateConversationAction(conversation.id, patch)),
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
  });
}

interface DeleteVariables {
  conversation: ConversationListItem;
  onDeleted?: () => void;
}

export function useDeleteConversation() {
  const qc = useQueryClient();
  return useMutation<unknown, Error, DeleteVariables, CacheSnapshot>({
    mutationFn: ({ conversation }) => unwrapAction(() => deleteConversationAction(conversation.id)),
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
      toast.success("Conversation deleted.");
    },
    onError: (error, _variables, snapshot) => {
      if (snapshot) restoreSnapshot(qc, snapshot);
      toast.error("Could not delete the conversation.", { description: errorMessage(error) });
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.searches() });
      void qc.invalidateQueries({ queryKey: queryKeys.folders() });
    },
  });
}
