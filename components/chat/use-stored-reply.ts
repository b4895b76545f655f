"use client";

import { useEffect, useRef } from "react";
import { isStored } from "@/lib/chat/client/thread-items";
import type { MessageTree } from "@/lib/chat/client/tree";
import type { MessageDto } from "@/lib/conversations/dto";

// Not a retry: how long the thread waits for a reply that neither the read
// at its end nor its `message.finished` event brought before it says so.
const GIVE_UP_MS = 12_000;

interface StoredReplyOptions {
  /** The reply that just ended, until the stored tree holds it. */
  replyId: string | null;
  tree: MessageTree<MessageDto>;
  refetch: () => Promise<unknown>;
  onStored: (replyId: string) => void;
  /** The server still did not have it when the thread stopped waiting. */
  onMissing: () => void;
}

/**
 * Hands the thread from the chat's copy of a reply to the stored one. The
 * conversation is read once when the stream ends; when that read races the
 * reply's last write (Stop, a dropped connection), the `message.finished`
 * event, sent after that write, has the conversation read again, and the
 * stored tree then holds the reply.
 */
export function useStoredReply({
  replyId,
  tree,
  refetch,
  onStored,
  onMissing,
}: StoredReplyOptions) {
  const callbacks = useRef({ onStored, onMissing });
  callbacks.current = { onStored, onMissing };
  const readFor = useRef<string | null>(null);

  useEffect(() => {
    if (!replyId) return;
    if (isStored(tree, replyId)) {
      callbacks.current.onStored(replyId);
    } else if (readFor.current !== replyId) {
      readFor.current = replyId;
      void refetch();
    }
  }, [replyId, tree, refetch]);

  useEffect(() => {
    if (!replyId) return;
    const timer = setTimeout(() => callbacks.current.onMissing(), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [replyId]);
}
