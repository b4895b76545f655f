"use client";

import { AlertCircle, LoaderCircle, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import type { ReferenceItem } from "./use-references";

interface ReferenceChipsProps {
  items: ReferenceItem[];
  onRemove: (key: string) => void;
  labelledBy: string;
}

/** The chosen reference images as small squares, each with ✕ to remove it. */
export function ReferenceChips({ items, onRemove, labelledBy }: ReferenceChipsProps) {
  const t = useTranslations("images.references");
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li
          key={item.key}
          className={cn(
            "relative h-16 w-16 overflow-hidden rounded-lg border bg-muted",
            item.status === "error" && "border-destructive",
          )}
          title={item.error ?? item.name}
        >
          {/* biome-ignore lint/performance/noImgElement: a local preview or our own thumbnail, not an optimisable asset */}
          <img
            src={item.previewUrl ?? undefined}
            alt={item.name}
            className="h-full w-full object-cover"
          />
          {item.status === "uploading" ? (
            <span className="absolute inset-0 flex items-center justify-center bg-background/60">
              <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
              <span className="sr-only">{t("uploading", { name: item.name })}</span>
            </span>
          ) : null}
          {item.status === "error" ? (
            <span className="absolute inset-0 flex items-center justify-center bg-destructive/70 text-destructive-foreground">
              <AlertCircle className="h-4 w-4" aria-hidden="true" />
              <span className="sr-only">
                {t("failed", { name: item.name, error: item.error ?? "" })}
              </span>
            </span>
          ) : null}
          <button
            type="button"
            onClick={() => onRemove(item.key)}
            className="absolute right-0.5 top-0.5 rounded-full bg-background/90 p-0.5 text-foreground shadow-sm hover:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            aria-label={t("remove", { name: item.name })}
          >
            <X className="h-3.5 w-3.5" aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}
