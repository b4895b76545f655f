"use client";

import { useEffect, useRef } from "react";
import { isStored } from "@/lib/chat/client/thread-items";
import type { MessageTree } from "@/lib/chat/client/tree";
import type { MessageDto } from "@/lib/conversations/dto";

// After a reply ends the server has saved it, but the refetch may still race
// the save (Stop, a dropped connection): look again a few times.
const RECHECK_DELAYS_MS = [300, 700, 1500, 3000, 6000];

interface StoredReplyOptions {
  /** The reply that just ended, until the stored tree holds it. */
  replyId: string | null;
  tree: MessageTree<MessageDto>;
  refetch: () => Promise<unknown>;
  onStored: (replyId: string) => void;
  /** The server still did not have it at the last look. */
  onMissing: () => void;
}

/** Waits until the stored conversation holds the reply that just ended. */
export function useStoredReply({
  replyId,
  tree,
  refetch,
  onStored,
  onMissing,
}: StoredReplyOptions) {
  const callbacks = useRef({ onStored, onMissing });
  callbacks.current = { onStored, onMissing };

  useEffect(() => {
    if (!replyId) return;
    if (isStored(tree, replyId)) {
      callbacks.current.onStored(replyId);
      return;
    }
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const recheck = () => {
      const delay = RECHECK_DELAYS_MS[attempt];
      if (delay === undefined) {
        callbacks.current.onMissing();
        return;
      }
      attempt += 1;
      timer = setTimeout(() => void refetch().then(recheck), delay);
    };
    recheck();
    return () => clearTimeout(timer);
  }, [replyId, tree, refetch]);
}
