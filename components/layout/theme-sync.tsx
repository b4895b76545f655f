"use client";

import { useTheme } from "next-themes";
import { useEffect } from "react";

// next-themes' localStorage key; absent means this browser never chose a theme.
const STORAGE_KEY = "theme";

/** Applies the theme saved in the account on a browser that has no choice of its own yet. */
export function ThemeSync({ saved }: { saved: string }) {
  const { setTheme } = useTheme();
  useEffect(() => {
    if (window.localStorage.getItem(STORAGE_KEY) === null) setTheme(saved);
  }, [saved, setTheme]);
  return null;
}
