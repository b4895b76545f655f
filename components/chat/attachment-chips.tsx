"use client";

import { AlertCircle, FileText, LoaderCircle, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import type { PendingAttachment } from "./use-attachments";
import { useFileSize } from "./use-file-size";

interface AttachmentChipsProps {
  items: PendingAttachment[];
  onRemove: (key: string) => void;
}

/** The draft's files: a thumbnail or icon, progress, the error if any, and ✕ to remove. */
export function AttachmentChips({ items, onRemove }: AttachmentChipsProps) {
  const t = useTranslations("chat.attachments");
  const fileSize = useFileSize();
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2 px-3 pt-3" aria-label={t("list")}>
      {items.map((item) => (
        <li
          key={item.key}
          className={cn(
            "group relative flex h-14 max-w-[14rem] items-center gap-2 rounded-xl border bg-background pl-1.5 pr-8 text-left",
            item.status === "error" && "border-destructive/60",
          )}
        >
          <span className="relative flex h-11 w-11 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-muted">
            {item.isImage && item.previewUrl ? (
              // biome-ignore lint/performance/noImgElement: a local preview (object URL), not an optimisable asset
              <img src={item.previewUrl} alt="" className="h-full w-full object-cover" />
            ) : (
              <FileText className="h-5 w-5 text-muted-foreground" aria-hidden="true" />
            )}
            {item.status === "uploading" ? (
              <span className="absolute inset-0 flex items-center justify-center bg-background/60">
                <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
              </span>
            ) : null}
          </span>
          <span className="min-w-0">
            <span className="block truncate text-xs font-medium">{item.name}</span>
            <span
              className={cn(
                "block truncate text-xs",
                item.status === "error" ? "text-destructive" : "text-muted-foreground",
              )}
            >
              {item.status === "uploading" ? (
                t("uploading")
              ) : item.status === "error" ? (
                <span className="inline-flex items-center gap-1" title={item.error ?? undefined}>
                  <AlertCircle className="h-3 w-3" aria-hidden="true" />
                  {item.error}
                </span>
              ) : (
                fileSize(item.size)
              )}
            </span>
          </span>
          <button
            type="button"
            onClick={() => onRemove(item.key)}
            className="absolute right-1.5 top-1.5 rounded-full p-1 text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            aria-label={t("remove", { name: item.name })}
          >
            <X className="h-3.5 w-3.5" aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}
