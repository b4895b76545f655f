"use client";

import { useChat } from "@ai-sdk/react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Failure } from "@/components/common/failure-notice";
import { errorMessage } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { getChat, isBusy } from "@/lib/chat/client/chat-registry";
import {
  isStored,
  itemsFromChat,
  itemsFromPath,
  toChatMessages,
} from "@/lib/chat/client/thread-items";
import { buildTree, leafAfterDelete, switchSibling, visiblePath } from "@/lib/chat/client/tree";
import { type ChatUIMessage, messageText, type SendFields } from "@/lib/chat/client/types";
import type { AttachmentDto, ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { deleteMessage, saveCurrentLeaf, useConversation } from "./data";
import { useStopReply } from "./use-stop-reply";
import { useStoredReply } from "./use-stored-reply";

/** What the next request goes to: a model, one of the user's configs, or (null) no config. */
export interface ChatTarget {
  model?: string;
  configId?: string | null;
}

interface QueuedMessage {
  text: string;
  attachments: AttachmentDto[];
}

interface UseThreadOptions {
  getTarget: () => ChatTarget;
  /** A message the server refused before answering goes back into the composer. */
  onDraftReturned: (draft: { text: string; attachments: AttachmentDto[] }) => void;
}

/**
 * One conversation's thread: the server's message tree, the branch on show,
 * and the AI SDK chat that streams replies into it. While a reply streams
 * (and until the server has it) the chat's own messages are shown; after
 * that, the stored branch.
 */
export function useThread(initial: ConversationWithMessagesDto, options: UseThreadOptions) {
  const t = useTranslations("chat.thread");
  const conversationId = initial.conversation.id;
  const queryClient = useQueryClient();

  const chat = useMemo(() => getChat(conversationId, queryClient), [conversationId, queryClient]);
  // A change (a new title) is read once the answer streaming here has ended,
  // never into its middle; useChat renders again when it does.
  const query = useConversation(initial, !isBusy(chat.status));
  const { conversation, messages: stored } = query.data;
  const tree = useMemo(() => buildTree(stored), [stored]);
  const [leafId, setLeafId] = useState<string | null>(conversation.currentLeafId);
  const path = useMemo(() => visiblePath(tree, leafId), [tree, leafId]);

  // Opened while its answer is still being written (a reload, a second tab):
  // the answer is resumed, replayed from its start and followed live. A chat
  // that holds messages already had this answer streamed into it here.
  const [resumeAfter] = useState(() =>
    !isBusy(chat.status) && chat.messages.length === 0 && path.at(-1)?.status === "streaming"
      ? path
      : null,
  );
  // The thread so far, whose last message the resumed answer replaces as it
  // replays. Declared before useChat, so it runs before useChat's resume.
  useEffect(() => {
    if (resumeAfter) chat.messages = toChatMessages(resumeAfter);
  }, [resumeAfter, chat]);
  const { messages, status } = useChat({
    chat,
    experimental_throttle: 50,
    resume: resumeAfter !== null,
  });
  const busy = isBusy(status);
  const [awaitingId, setAwaitingId] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // A message sent between a reply's end and its arrival from the server waits for it.
  const [queued, setQueued] = useState<QueuedMessage | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const streamingId = useMemo(() => {
    if (!busy) return null;
    const last = messages.at(-1);
    return last?.role === "assistant" && !isStored(tree, last.id) ? last.id : null;
  }, [busy, messages, tree]);
  // What Stop froze on screen: shown until the stored reply (no longer than it) replaces it.
  const [frozen, setFrozen] = useState<ChatUIMessage[] | null>(null);

  // Handlers read the latest values through refs so they stay stable for memoised rows.
  const latest = useRef({ tree, path, options, awaitingId, queued, messages });
  latest.current = { tree, path, options, awaitingId, queued, messages };

  const freeze = useCallback(() => {
    const onScreen = latest.current.messages;
    setFrozen(onScreen);
    const last = onScreen.at(-1);
    return last?.role === "assistant" ? messageText(last).length : 0;
  }, []);
  const {
    stop,
    stopping,
    reset: resetStop,
  } = useStopReply(chat, conversationId, streamingId, freeze);
  const retryRef = useRef<(() => void) | undefined>(undefined);

  const settle = useCallback(() => {
    const { tree: currentTree, options: currentOptions } = latest.current;
    const last = chat.lastMessage;
    const error = chat.error;
    resetStop();
    // Any reply, stopped or failed included, may have used some of the allowance.
    void queryClient.invalidateQueries({ queryKey: queryKeys.myUsage() });
    if (last?.role === "assistant" && !isStored(currentTree, last.id)) {
      setAwaitingId(last.id);
      const stopped = last.metadata?.finishReason === "stopped";
      setAnnouncement(error ? t("replyFailed") : stopped ? t("replyStopped") : t("replyFinished"));
    } else if (last?.role === "user" && !currentTree.byId.has(last.id)) {
      // Refused before anything was stored: nothing is lost, the text goes back to the box.
      currentOptions.onDraftReturned({
        text: messageText(last),
        attachments: last.metadata?.attachments ?? [],
      });
      const message = error?.message ?? t("notSent");
      setFailure({ message });
      setAnnouncement(message);
      chat.messages = [];
    } else if (error) {
      // A failed reply that is stored already shows its error, with Retry, in place.
      const shownInPlace = last?.role === "assistant" && currentTree.byId.get(last.id)?.isError;
      // Sending a regeneration again makes sense; anything else is up to the person.
      const retry = retryRef.current;
      if (!shownInPlace)
        setFailure({ message: error.message, action: retry && { label: t("retry"), run: retry } });
      setAnnouncement(error.message);
    }
    if (chat.status === "error") chat.clearError();
  }, [chat, queryClient, resetStop, t]);

  // A request ended.
  const wasBusy = useRef(busy);
  useEffect(() => {
    const before = wasBusy.current;
    wasBusy.current = busy;
    if (before && !busy) settle();
  }, [busy, settle]);
  // A reply that ended while this page was away (or loading) is picked up the same way;
  // one being resumed is not over.
  useEffect(() => {
    if (!resumeAfter && !isBusy(chat.status) && chat.messages.length > 0) settle();
  }, [chat, settle, resumeAfter]);

  useEffect(() => {
    if (status === "submitted") setAnnouncement(t("sending"));
    else if (status === "streaming") setAnnouncement(t("replying"));
  }, [status, t]);

  // The stored branch takes over; the chat is filled again before the next request.
  const release = useCallback(() => {
    setAwaitingId(null);
    setFrozen(null);
    chat.messages = [];
  }, [chat]);
  useStoredReply({
    replyId: awaitingId,
    tree,
    refetch: query.refetch,
    onStored: (id) => {
      setLeafId(id);
      release();
    },
    onMissing: () => {
      release();
      // Without the reply there is nothing to answer after: a waiting message goes back to the box.
      const waiting = latest.current.queued;
      if (waiting) {
        latest.current.options.onDraftReturned(waiting);
        setQueued(null);
      }
      setFailure({ message: t("notSaved") });
    },
  });

  const blocked = busy || awaitingId !== null || queued !== null;

  /** Starts a request from the thread so far; `retry` sends it again after a failure. */
  const begin = useCallback(
    (history: typeof path, retry?: () => void) => {
      setFailure(null);
      setFrozen(null);
      retryRef.current = retry;
      chat.messages = toChatMessages(history);
    },
    [chat],
  );

  const dispatch = useCallback(
    (text: string, attachments: AttachmentDto[]) => {
      const { path: currentPath, options: currentOptions } = latest.current;
      begin(currentPath);
      const body: SendFields = {
        ...currentOptions.getTarget(),
        parentId: currentPath.at(-1)?.id ?? null,
        attachments: attachments.map((file) => file.id),
      };
      void chat.sendMessage({ text, metadata: { attachments } }, { body: { ...body } });
    },
    [chat, begin],
  );

  /** Sends now, or as soon as the reply that just ended is stored; false if one is streaming. */
  const send = useCallback(
    (text: string, attachments: AttachmentDto[]) => {
      const { awaitingId: waiting, queued: alreadyQueued } = latest.current;
      if (isBusy(chat.status) || alreadyQueued) return false;
      if (waiting) setQueued({ text, attachments });
      else dispatch(text, attachments);
      return true;
    },
    [chat, dispatch],
  );

  // The stored branch now ends with that reply: the waiting message follows it.
  useEffect(() => {
    if (!queued || awaitingId) return;
    setQueued(null);
    dispatch(queued.text, queued.attachments);
  }, [queued, awaitingId, dispatch]);

  const edit = useCallback(
    (id: string, text: string) => {
      const { path: currentPath, options: currentOptions } = latest.current;
      const index = currentPath.findIndex((message) => message.id === id);
      const target = currentPath[index];
      if (!target || isBusy(chat.status)) return;
      begin(currentPath.slice(0, index));
      const body: SendFields = {
        ...currentOptions.getTarget(),
        editOf: id,
        attachments: target.attachments.map((file) => file.id).filter(Boolean),
      };
      void chat.sendMessage(
        { text, metadata: { attachments: target.attachments } },
        { body: { ...body } },
      );
    },
    [chat, begin],
  );

  const regenerate = useCallback(
    function regenerate(id: string) {
      const { path: currentPath, options: currentOptions } = latest.current;
      const index = currentPath.findIndex((message) => message.id === id);
      if (index === -1 || isBusy(chat.status)) return;
      begin(currentPath.slice(0, index + 1), () => regenerate(id));
      const body: SendFields = currentOptions.getTarget();
      void chat.regenerate({ messageId: id, body: { ...body } });
    },
    [chat, begin],
  );

  const switchBranch = useCallback(
    (id: string, delta: -1 | 1) => {
      const leaf = switchSibling(latest.current.tree, id, delta);
      if (!leaf || isBusy(chat.status)) return;
      setLeafId(leaf);
      void saveCurrentLeaf(conversationId, leaf).catch((error: unknown) => {
        toast.error(t("versionNotSaved", { error: errorMessage(error) }));
      });
    },
    [chat, conversationId, t],
  );

  const remove = useCallback(
    async (id: string) => {
      const { tree: currentTree, path: currentPath } = latest.current;
      const next = leafAfterDelete(currentTree, id);
      try {
        await deleteMessage(conversationId, id);
      } catch (error) {
        toast.error(errorMessage(error));
        return;
      }
      if (currentPath.some((message) => message.id === id)) {
        setLeafId(next);
        // The server has moved its leaf off the deleted branch; this keeps the version on show.
        if (next) void saveCurrentLeaf(conversationId, next).catch(() => undefined);
      }
      await queryClient.invalidateQueries({ queryKey: queryKeys.conversations.all() });
    },
    [conversationId, queryClient],
  );

  const items = useMemo(
    () =>
      busy || awaitingId !== null
        ? itemsFromChat(frozen ?? messages, tree, streamingId)
        : itemsFromPath(path, tree),
    [busy, awaitingId, frozen, messages, tree, streamingId, path],
  );

  const handlers = useMemo(
    () => ({ onEdit: edit, onRegenerate: regenerate, onSwitch: switchBranch, onDelete: remove }),
    [edit, regenerate, switchBranch, remove],
  );

  return {
    conversation,
    path,
    items,
    status,
    busy,
    blocked,
    /** A message is waiting for the previous reply to be stored. */
    sending: queued !== null,
    stopping,
    failure,
    dismissFailure: useCallback(() => setFailure(null), []),
    announcement,
    send,
    stop,
    handlers,
  };
}
