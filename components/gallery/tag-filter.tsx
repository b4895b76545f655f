"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { cn } from "@/lib/utils";

const SHOWN = 12;

/** The most frequent tags among the configs on show, most common first. */
export function popularTags(tagLists: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, SHOWN)
    .map(([tag]) => tag);
}

interface TagFilterProps {
  tags: string[];
  active: string;
  onChange: (tag: string) => void;
}

/** Tag chips to narrow the gallery; the active one stays shown with a way to clear it. */
export function TagFilter({ tags, active, onChange }: TagFilterProps) {
  const t = useTranslations("gallery.filters");
  const labelId = useId();
  const shown = active && !tags.includes(active) ? [active, ...tags] : tags;
  if (shown.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="mr-1 text-xs text-muted-foreground" id={labelId}>
        {t("tags")}
      </span>
      <ul className="contents" aria-labelledby={labelId}>
        {shown.map((tag) => {
          const on = tag === active;
          return (
            <li key={tag}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => onChange(on ? "" : tag)}
                className={cn(
                  "inline-flex h-7 items-center gap-1 rounded-full border px-2.5 text-xs transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  on
                    ? "border-primary bg-primary text-primary-foreground"
                    : "bg-background text-muted-foreground hover:bg-accent hover:text-foreground",
                )}
              >
                #{tag}
                {on ? <X className="h-3 w-3" aria-hidden="true" /> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
