"use client";

import { useEffect } from "react";

/**
 * While an answer runs, Escape anywhere on the page stops it, unless
 * something on top (a dialog, a menu, a popover) or a field has it first.
 */
export function useEscapeToStop(running: boolean, stop: () => void) {
  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (document.querySelector("[role=dialog], [role=menu], [data-radix-popper-content-wrapper]"))
        return;
      stop();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [running, stop]);
}
