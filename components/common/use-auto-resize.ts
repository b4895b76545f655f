"use client";

import { type RefObject, useLayoutEffect } from "react";

/** Grows a textarea with its text up to `maxHeightPx`, then scrolls inside it. */
export function useAutoResize(
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  value: string,
  maxHeightPx: number,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height depends on the value
  useLayoutEffect(() => {
    const area = textareaRef.current;
    if (!area) return;
    area.style.height = "auto";
    area.style.height = `${Math.min(area.scrollHeight, maxHeightPx)}px`;
    area.style.overflowY = area.scrollHeight > maxHeightPx ? "auto" : "hidden";
  }, [value, textareaRef, maxHeightPx]);
}
