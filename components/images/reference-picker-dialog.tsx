"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { LoadMoreButton } from "@/components/common/load-more";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import type { ImageDto } from "@/lib/images/dto";
import { cn } from "@/lib/utils";
import { useImageList } from "./data";

const ALL_IMAGES = { favorites: false, q: "" };

interface ReferencePickerDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  selectedIds: string[];
  onPick: (image: ImageDto) => void;
}

/** The user's own images to pick a reference from; picking one closes the dialog. */
export function ReferencePickerDialog({
  open,
  onOpenChange,
  selectedIds,
  onPick,
}: ReferencePickerDialogProps) {
  const t = useTranslations("images.picker");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[85dvh] max-w-2xl grid-rows-[auto_minmax(0,1fr)]">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {open ? (
          <PickerGrid
            selectedIds={selectedIds}
            onPick={(image) => {
              onPick(image);
              onOpenChange(false);
            }}
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function PickerGrid({
  selectedIds,
  onPick,
}: Pick<ReferencePickerDialogProps, "selectedIds" | "onPick">) {
  const t = useTranslations("images.picker");
  const list = useImageList(ALL_IMAGES);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  if (list.isPending) {
    return (
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-4" aria-busy="true">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} className="aspect-square w-full" />
        ))}
      </div>
    );
  }
  if (list.isError) {
    return (
      <p className="text-sm text-destructive">{t("loadFailed", { error: list.error.message })}</p>
    );
  }
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="min-h-0 space-y-3 overflow-y-auto overscroll-contain">
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
        {items.map((image) => {
          const selected = selectedIds.includes(image.id);
          return (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => onPick(image)}
                disabled={selected}
                aria-label={selected ? t("chosen", { prompt: image.prompt }) : image.prompt}
                className={cn(
                  "relative block aspect-square w-full overflow-hidden rounded-lg border bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  selected && "ring-2 ring-primary",
                )}
              >
                {/* biome-ignore lint/performance/noImgElement: our own thumbnail, served with private caching */}
                <img
                  src={image.thumbnailUrl}
                  alt=""
                  loading="lazy"
                  decoding="async"
                  className="h-full w-full object-cover"
                />
                {selected ? (
                  <span className="absolute inset-0 flex items-center justify-center bg-background/50">
                    <Check className="h-5 w-5" aria-hidden="true" />
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <LoadMoreButton pages={list} size="sm" />
    </div>
  );
}
