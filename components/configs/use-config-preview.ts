"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, type UIMessage } from "ai";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { PreviewMetadata } from "@/lib/configs/preview-stream";
import { MAX_PREVIEW_MESSAGE_LENGTH, MAX_PREVIEW_MESSAGES } from "@/lib/configs/schemas";
import { streamFetch } from "@/lib/http/client";

export type PreviewMessage = UIMessage<PreviewMetadata>;

/** The config as the editor holds it right now, saved or not. */
export interface PreviewSettings {
  modelId: string;
  systemPrompt: string;
  parameters: Record<string, number | null>;
}

export function textOf(message: PreviewMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

/**
 * What the preview route reads: the chat's last messages as plain text. A
 * long answer is cut to the route's limit, and an empty one (stopped before
 * it began) is left out, so the next question is never refused for them.
 */
function toRequestMessages(messages: PreviewMessage[]) {
  return messages
    .map((message) => ({
      role: message.role === "user" ? ("user" as const) : ("assistant" as const),
      content: textOf(message).slice(0, MAX_PREVIEW_MESSAGE_LENGTH),
    }))
    .filter((message) => message.content.trim() !== "")
    .slice(-MAX_PREVIEW_MESSAGES);
}

/**
 * A throwaway chat with the config being edited. Each request carries the
 * settings of that moment, so a change in the form applies to the next
 * message; nothing is stored but the usage.
 */
export function useConfigPreview(getSettings: () => PreviewSettings) {
  const settings = useRef(getSettings);
  settings.current = getSettings;
  const transport = useMemo(
    () =>
      new DefaultChatTransport<PreviewMessage>({
        api: "/api/configs/preview",
        credentials: "same-origin",
        fetch: streamFetch,
        prepareSendMessagesRequest: ({ messages }) => ({
          body: { ...settings.current(), messages: toRequestMessages(messages) },
        }),
      }),
    [],
  );
  const chat = useChat<PreviewMessage>({ transport, experimental_throttle: 50 });
  const { stop, setMessages, clearError, regenerate, sendMessage } = chat;

  // Leaving the editor ends the preview: its reply would go nowhere, yet still be billed.
  useEffect(() => () => void stop(), [stop]);

  const send = useCallback(
    (text: string) => {
      clearError();
      void sendMessage({ text });
    },
    [sendMessage, clearError],
  );

  const retry = useCallback(() => {
    clearError();
    void regenerate();
  }, [regenerate, clearError]);

  const reset = useCallback(async () => {
    await stop();
    setMessages([]);
    clearError();
  }, [stop, setMessages, clearError]);

  return {
    messages: chat.messages,
    status: chat.status,
    error: chat.error,
    busy: chat.status === "submitted" || chat.status === "streaming",
    send,
    stop,
    retry,
    reset,
  };
}
