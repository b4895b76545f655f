"use client";

import type { Chat } from "@ai-sdk/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { isBusy } from "@/lib/chat/client/chat-registry";
import type { ChatUIMessage } from "@/lib/chat/client/types";
import { stopReply } from "./data";

const STOP_GRACE_MS = 2500;

/**
 * Stop: freezes the reply as it is on screen (`freeze` says how many of its
 * characters that is) and tells the server to end it, keeping just those
 * (it saves them as "stopped" and closes the stream), then stops listening.
 * Pressed before the stream has named its reply, it waits for the name; a
 * server that never answers is simply no longer listened to.
 */
export function useStopReply(
  chat: Chat<ChatUIMessage>,
  conversationId: string,
  streamingId: string | null,
  freeze: () => number,
) {
  const [stopping, setStopping] = useState(false);
  const wanted = useRef(false);
  const posted = useRef(false);
  const shown = useRef(0);

  const stopAt = useCallback(
    async (messageId: string) => {
      posted.current = true;
      await stopReply(conversationId, messageId, shown.current).catch(() => undefined);
      const deadline = Date.now() + STOP_GRACE_MS;
      while (isBusy(chat.status) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await chat.stop();
    },
    [conversationId, chat],
  );

  const stop = useCallback(() => {
    if (!isBusy(chat.status) || wanted.current) return;
    wanted.current = true;
    shown.current = freeze();
    setStopping(true);
    if (streamingId) {
      void stopAt(streamingId);
      return;
    }
    setTimeout(() => {
      if (wanted.current && !posted.current && isBusy(chat.status)) void chat.stop();
    }, STOP_GRACE_MS);
  }, [chat, streamingId, stopAt, freeze]);

  useEffect(() => {
    if (streamingId && wanted.current && !posted.current) void stopAt(streamingId);
  }, [streamingId, stopAt]);

  /** The request is over: the next one starts with a fresh Stop. */
  const reset = useCallback(() => {
    wanted.current = false;
    posted.current = false;
    setStopping(false);
  }, []);

  return { stop, stopping, reset };
}
