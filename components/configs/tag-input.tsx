"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState } from "react";
import { MAX_CONFIG_TAGS } from "@/lib/configs/schemas";
import { cn } from "@/lib/utils";

const MAX_TAG_LENGTH = 30;

/** The tags with `texts` added: trimmed, without a leading #, no repeats, at most the limit. */
function withTags(tags: string[], texts: string[]): string[] {
  const next = [...tags];
  for (const text of texts) {
    const tag = text.trim().replace(/^#/, "");
    if (tag && next.length < MAX_CONFIG_TAGS && !next.includes(tag)) next.push(tag);
  }
  return next;
}

interface TagInputProps {
  value: string[];
  onChange: (tags: string[]) => void;
  /** From Field. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** Tags as chips: Enter or a comma adds the typed tag, Backspace in the empty box removes the last. */
export function TagInput({ value, onChange, ...field }: TagInputProps) {
  const t = useTranslations("configs.about");
  const [draft, setDraft] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const full = value.length >= MAX_CONFIG_TAGS;

  function add(texts: string[]) {
    const next = withTags(value, texts);
    if (next.length !== value.length) onChange(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add([draft]);
      setDraft("");
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1));
    }
  }

  return (
    // The box is one control to the eye: a click anywhere in it goes to the text field.
    // biome-ignore lint/a11y/noStaticElementInteractions: the input inside is the keyboard path
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input inside is the keyboard path
    <div
      onClick={() => inputRef.current?.focus()}
      className={cn(
        "flex min-h-10 w-full cursor-text flex-wrap items-center gap-1.5 rounded-md border border-input bg-background px-2 py-1.5 shadow-sm focus-within:ring-2 focus-within:ring-ring focus-within:ring-offset-1 focus-within:ring-offset-background",
        field["aria-invalid"] && "border-destructive",
      )}
    >
      {value.map((tag) => (
        <span
          key={tag}
          className="inline-flex items-center gap-1 rounded-md bg-muted py-0.5 pl-2 pr-1 text-sm"
        >
          #{tag}
          <button
            type="button"
            onClick={() => onChange(value.filter((other) => other !== tag))}
            aria-label={t("removeTag", { tag })}
            className="flex h-5 w-5 items-center justify-center rounded text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <X className="h-3 w-3" aria-hidden="true" />
          </button>
        </span>
      ))}
      <input
        ref={inputRef}
        {...field}
        value={draft}
        onChange={(event) => {
          // A pasted "a, b, c" becomes three tags; the text after the last comma stays.
          const parts = event.target.value.split(",");
          setDraft(parts.pop() ?? "");
          if (parts.length > 0) add(parts);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          add([draft]);
          setDraft("");
        }}
        maxLength={MAX_TAG_LENGTH}
        disabled={full}
        placeholder={
          full ? t("tagsFull", { max: MAX_CONFIG_TAGS }) : value.length ? "" : t("tagPlaceholder")
        }
        className="h-7 min-w-[8rem] flex-1 bg-transparent px-1 text-base outline-none placeholder:text-muted-foreground disabled:cursor-not-allowed md:text-sm"
      />
    </div>
  );
}
