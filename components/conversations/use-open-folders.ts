"use client";

import { useCallback, useEffect, useState } from "react";

// Which folders are expanded is a layout preference of this browser, not account data.
const STORAGE_KEY = "uni-chat.open-folders";

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function useOpenFolders() {
  const [open, setOpen] = useState<string[]>([]);

  // Read after mount: the server renders every folder closed, and so must the first client render.
  useEffect(() => setOpen(read()), []);

  const toggle = useCallback((id: string) => {
    setOpen((current) => {
      const next = current.includes(id) ? current.filter((item) => item !== id) : [...current, id];
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Private mode or a full store: the folder still toggles, it just is not remembered.
      }
      return next;
    });
  }, []);

  return { isOpen: (id: string) => open.includes(id), toggle };
}
