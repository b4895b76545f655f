"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type Ref, useImperativeHandle, useRef } from "react";
import { cn } from "@/lib/utils";

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  /** "Search" unless said. */
  placeholder?: string;
  maxLength?: number;
  ref?: Ref<HTMLInputElement>;
  /** Escape on an empty field; by default it goes on to whatever else listens (a dialog, say). */
  onEscapeWhenEmpty?: () => void;
  /** A shortcut elsewhere that focuses the field, e.g. "Control+K Meta+K". */
  keyShortcuts?: string;
  className?: string;
}

/** A search box for a list: Escape clears it, the × too. */
export function SearchField({
  value,
  onChange,
  label,
  placeholder,
  maxLength = 100,
  ref,
  onEscapeWhenEmpty,
  keyShortcuts,
  className,
}: SearchFieldProps) {
  const t = useTranslations("common");
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current as HTMLInputElement);
  return (
    <div className="relative">
      <Search
        className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden="true"
      />
      <input
        ref={input}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Escape" || !(value || onEscapeWhenEmpty)) return;
          event.preventDefault();
          if (value) onChange("");
          else onEscapeWhenEmpty?.();
        }}
        // Tells a drawer or dialog around it that this Escape is ours while there is text to clear.
        data-keeps-escape={value ? "" : undefined}
        placeholder={placeholder ?? t("search")}
        aria-label={label}
        aria-keyshortcuts={keyShortcuts}
        maxLength={maxLength}
        className={cn(
          "h-10 w-full rounded-md border border-input bg-background pl-9 pr-9 text-base shadow-sm outline-none placeholder:text-muted-foreground focus-visible:ring-2 focus-visible:ring-ring md:text-sm [&::-webkit-search-cancel-button]:hidden",
          className,
        )}
      />
      {value ? (
        <button
          type="button"
          onClick={() => {
            onChange("");
            input.current?.focus();
          }}
          aria-label={t("clearSearch")}
          className="absolute right-2 top-1/2 flex h-6 w-6 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <X className="h-3.5 w-3.5" aria-hidden="true" />
        </button>
      ) : null}
    </div>
  );
}
