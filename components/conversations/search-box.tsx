"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SearchField } from "@/components/ui/search-field";

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The sidebar's search field: Ctrl/Cmd+K goes to it from anywhere, as in
 * ChatGPT; Escape clears it (and a second Escape leaves it).
 */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const t = useTranslations("conversations.panel");
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const input = ref.current;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "k") return;
      // The phone drawer's copy is hidden while the drawer is closed: only a visible field answers.
      if (!input || input.offsetParent === null) return;
      event.preventDefault();
      input.focus();
      input.select();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <SearchField
      ref={ref}
      value={value}
      onChange={onChange}
      label={t("searchLabel")}
      placeholder={t("searchPlaceholder")}
      maxLength={100}
      onEscapeWhenEmpty={() => ref.current?.blur()}
      keyShortcuts="Control+K Meta+K"
      className="h-9 rounded-lg border-sidebar-border"
    />
  );
}
