"use client";

import { Search, X } from "lucide-react";
import { useEffect, useRef } from "react";

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The sidebar's search field: Ctrl/Cmd+K goes to it from anywhere, as in
 * ChatGPT; Escape clears it (and a second Escape leaves it).
 */
export function SearchBox({ value, onChange }: SearchBoxProps) {
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
    <div className="relative">
      <Search
        className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden="true"
      />
      <input
        ref={ref}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          event.preventDefault();
          if (value) onChange("");
          else ref.current?.blur();
        }}
        // Lets the phone drawer know this Escape is ours while there is text to clear.
        data-keeps-escape={value ? "" : undefined}
        placeholder="Search chats, or #tag"
        aria-label="Search conversations"
        aria-keyshortcuts="Control+K Meta+K"
        maxLength={100}
        className="h-9 w-full rounded-lg border border-sidebar-border bg-background pl-8 pr-8 text-base shadow-sm outline-none placeholder:text-muted-foreground focus-visible:ring-2 focus-visible:ring-ring md:text-sm [&::-webkit-search-cancel-button]:hidden"
      />
      {value ? (
        <button
          type="button"
          onClick={() => {
            onChange("");
            ref.current?.focus();
          }}
          aria-label="Clear search"
          className="absolute right-1.5 top-1/2 flex h-6 w-6 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-sidebar-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <X className="h-3.5 w-3.5" aria-hidden="true" />
        </button>
      ) : null}
    </div>
  );
}
