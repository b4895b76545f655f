"use client";

import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import type { TemplateDto } from "@/lib/templates/dto";
import { slashQuery, templatesNamed } from "@/lib/templates/slash-query";
import { useTemplates } from "./data";

/**
 * The "/" command of the message box: while the draft is "/words" and the box
 * has the focus, a list of templates named like the words. The focus stays in
 * the box; Up and Down move the highlight, Enter picks, Escape closes.
 */
export function useSlashTemplates(draft: string, onPick: (template: TemplateDto) => void) {
  const listId = useId();
  const query = slashQuery(draft);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const debounced = useDebouncedValue(query ?? "", 150);
  const search = useTemplates({ q: debounced || undefined }, query !== null);

  // Results for the debounced words, narrowed at once to what is typed now.
  const items = useMemo(
    () => (query === null ? [] : templatesNamed(search.data ?? [], query)),
    [search.data, query],
  );
  const active = items.find((template) => template.id === activeId) ?? items[0] ?? null;
  const open = focused && query !== null && !dismissed;
  const optionId = (id: string) => `${listId}-${id}`;

  // New words start at the top of the list; a new "/" opens a closed list again.
  useEffect(() => {
    setActiveId(null);
    if (query === null) setDismissed(false);
  }, [query]);

  const activeOptionId = open && active ? optionId(active.id) : undefined;
  useEffect(() => {
    if (activeOptionId)
      document.getElementById(activeOptionId)?.scrollIntoView({ block: "nearest" });
  }, [activeOptionId]);

  function move(step: number) {
    if (items.length === 0) return;
    const index = active ? items.indexOf(active) : -1;
    const next = items[(index + step + items.length) % items.length];
    if (next) setActiveId(next.id);
  }

  /** Handles the list's keys; false leaves the key to the box (Enter sends when nothing is picked). */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || event.nativeEvent.isComposing) return false;
    if (event.key === "Escape") {
      event.preventDefault();
      setDismissed(true);
      return true;
    }
    if (items.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
      return true;
    }
    if (event.key === "Enter" && !event.shiftKey && active) {
      event.preventDefault();
      onPick(active);
      return true;
    }
    return false;
  }

  return {
    open,
    query: query ?? "",
    items,
    activeId: active?.id ?? null,
    listId,
    optionId,
    loading: search.isPending,
    error: search.isError ? search.error.message : null,
    onKeyDown,
    highlight: setActiveId,
    pick: onPick,
    /** For the box: focus shows the list, blur hides it. */
    focusHandlers: { onFocus: () => setFocused(true), onBlur: () => setFocused(false) },
    /** For the box: which list it controls and which option is highlighted. */
    ariaProps: open
      ? {
          "aria-autocomplete": "list" as const,
          "aria-controls": listId,
          "aria-activedescendant": activeOptionId,
        }
      : {},
  };
}
