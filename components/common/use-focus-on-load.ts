"use client";

import { type RefObject, useEffect } from "react";

/** Focuses the box on load where a keyboard is likely; on phones it would pop the keyboard up. */
export function useFocusOnLoad(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (window.matchMedia("(pointer: fine)").matches) ref.current?.focus({ preventScroll: true });
  }, [ref]);
}
