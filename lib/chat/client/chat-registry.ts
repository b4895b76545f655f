import { Chat } from "@ai-sdk/react";
import type { QueryClient } from "@tanstack/react-query";
import type { ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { createChatTransport, type RunningAnswer } from "./transport";
import type { ChatUIMessage } from "./types";

/**
 * One Chat per conversation for the life of the tab. A reply keeps
 * streaming into it while the page changes (the new-chat screen hands its
 * first message over to the thread this way, and leaving a conversation
 * mid-reply and coming back finds the reply still arriving).
 */
const chats = new Map<string, Chat<ChatUIMessage>>();
const MAX_IDLE_CHATS = 8;

export function isBusy(status: Chat<ChatUIMessage>["status"]): boolean {
  return status === "submitted" || status === "streaming";
}

export function getChat(conversationId: string, queryClient: QueryClient): Chat<ChatUIMessage> {
  const existing = chats.get(conversationId);
  if (existing) {
    // Most recently used last, so eviction drops the oldest.
    chats.delete(conversationId);
    chats.set(conversationId, existing);
    return existing;
  }
  const detail = queryKeys.conversations.detail(conversationId);
  // The answer to resume is the one the server last said is still being written.
  const running: RunningAnswer = {
    id: () =>
      queryClient
        .getQueryData<ConversationWithMessagesDto>(detail)
        ?.messages.findLast((message) => message.status === "streaming")?.id ?? null,
    ended: () => void queryClient.invalidateQueries({ queryKey: detail }),
  };
  const chat = new Chat<ChatUIMessage>({
    id: conversationId,
    transport: createChatTransport(conversationId, running),
    // Titles, order and totals in the sidebar change with every reply, even one this tab left.
    onFinish: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations.all() });
    },
  });
  chats.set(conversationId, chat);
  evictIdle();
  return chat;
}

function evictIdle(): void {
  if (chats.size <= MAX_IDLE_CHATS) return;
  for (const [id, chat] of chats) {
    if (chats.size <= MAX_IDLE_CHATS) return;
    if (!isBusy(chat.status)) chats.delete(id);
  }
}
