"use client";

import { type SetStateAction, useCallback, useEffect, useRef, useState } from "react";
import { loadDraft, saveDraft } from "@/lib/chat/client/saved-drafts";

/**
 * The message box's text, kept for `key` (a conversation id, or "new") so
 * that leaving and coming back, or a reload, finds it again.
 */
export function useSavedDraft(key: string) {
  const [draft, setDraftState] = useState("");
  const latest = useRef(draft);
  latest.current = draft;

  const setDraft = useCallback(
    (next: SetStateAction<string>) => {
      const value = typeof next === "function" ? next(latest.current) : next;
      latest.current = value;
      setDraftState(value);
      saveDraft(key, value);
    },
    [key],
  );

  // Restored after mount (the server renders an empty box). Text already
  // there, handed over by another page, wins.
  useEffect(() => {
    const saved = loadDraft(key);
    if (saved && !latest.current) {
      latest.current = saved;
      setDraftState(saved);
    }
  }, [key]);

  return [draft, setDraft] as const;
}
