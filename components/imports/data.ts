"use client";

import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { conversationPath } from "@/lib/chat/client/transport";
import type { ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { apiFetch, uploadWithProgress } from "@/lib/http/client";
import type { ImportResultDto } from "@/lib/imports/dto";
import { queryKeys } from "@/lib/query-keys";

/** Sends an export to be imported; `sent` is the share of the file uploaded so far. */
export function useImportConversations() {
  const qc = useQueryClient();
  const [sent, setSent] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setSent(0);
      const form = new FormData();
      form.append("file", file);
      return uploadWithProgress<ImportResultDto>("/api/imports", form, setSent);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.searches() });
    },
  });
  return { ...mutation, sent };
}

/** The titles of a few imported conversations, for links to them; undefined while one loads. */
export function useConversationTitles(ids: readonly string[]): (string | undefined)[] {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.conversations.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiFetch<ConversationWithMessagesDto>(conversationPath(id), { signal }),
    })),
    combine: (results) => results.map((result) => result.data?.conversation.title),
  });
}
