"use client";

import { useEffect } from "react";
import { takeDraftHandoff } from "@/lib/chat/client/draft-handoff";

/** Puts text handed over by another page (a filled template) into the message box, once. */
export function useDraftHandoff(setDraft: (text: string) => void) {
  useEffect(() => {
    const text = takeDraftHandoff();
    if (text !== null) setDraft(text);
  }, [setDraft]);
}
