"use client";

import { useQuery } from "@tanstack/react-query";
import { updateConversationAction } from "@/app/(app)/chat/actions";
import { runServerAction } from "@/components/common/server-action";
import { conversationPath } from "@/lib/chat/client/transport";
import type { ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";

/** One conversation with all its messages; the page renders it first. */
export function useConversation(initial: ConversationWithMessagesDto, enabled: boolean) {
  const id = initial.conversation.id;
  return useQuery({
    queryKey: queryKeys.conversations.detail(id),
    queryFn: ({ signal }) =>
      apiFetch<ConversationWithMessagesDto>(conversationPath(id), { signal }),
    initialData: initial,
    enabled,
  });
}

export function deleteMessage(conversationId: string, messageId: string): Promise<void> {
  return apiFetch(messagePath(conversationId, messageId), { method: "DELETE" });
}

/** Ends a running reply, keeping the characters the person saw. */
export function stopReply(conversationId: string, messageId: string, shown: number) {
  return apiFetch(`${messagePath(conversationId, messageId)}/stop`, {
    method: "POST",
    body: { shown },
  });
}

/** Which version of the thread is on show, so it opens there next time and elsewhere. */
export function saveCurrentLeaf(conversationId: string, leafId: string): Promise<unknown> {
  return runServerAction(() => updateConversationAction(conversationId, { currentLeafId: leafId }));
}

function messagePath(conversationId: string, messageId: string): string {
  return `${conversationPath(conversationId)}/messages/${encodeURIComponent(messageId)}`;
}
