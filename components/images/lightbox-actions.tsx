"use client";

import { Check, Copy, Download, Heart, ImagePlus, RotateCcw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { useCopy } from "@/components/common/use-copy";
import { Button } from "@/components/ui/button";
import type { ImageDto } from "@/lib/images/dto";
import { cn } from "@/lib/utils";

interface LightboxActionsProps {
  image: ImageDto;
  onToggleFavorite: () => void;
  onReuse: () => void;
  onUseAsReference: () => void;
  onDelete: () => void;
  deleting: boolean;
}

/** What can be done with the image on show. */
export function LightboxActions({
  image,
  onToggleFavorite,
  onReuse,
  onUseAsReference,
  onDelete,
  deleting,
}: LightboxActionsProps) {
  const t = useTranslations("images.lightbox");
  const common = useTranslations("common");
  const { copied, copy } = useCopy();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="grid grid-cols-2 gap-2">
      <Button
        type="button"
        variant={image.isFavorite ? "secondary" : "outline"}
        size="sm"
        aria-pressed={image.isFavorite}
        onClick={onToggleFavorite}
      >
        <Heart
          className={cn(image.isFavorite && "fill-rose-500 text-rose-500")}
          aria-hidden="true"
        />
        {image.isFavorite ? t("favorite") : t("addFavorite")}
      </Button>
      <Button asChild variant="outline" size="sm">
        <a href={image.downloadUrl} download>
          <Download aria-hidden="true" />
          {t("download")}
        </a>
      </Button>
      <Button type="button" variant="outline" size="sm" onClick={() => void copy(image.prompt)}>
        {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
        {copied ? common("copied") : t("copyPrompt")}
      </Button>
      <Button type="button" variant="outline" size="sm" onClick={onReuse}>
        <RotateCcw aria-hidden="true" />
        {t("reuse")}
      </Button>
      <Button type="button" variant="outline" size="sm" onClick={onUseAsReference}>
        <ImagePlus aria-hidden="true" />
        {t("useAsReference")}
      </Button>
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => setConfirming(true)}
        disabled={deleting}
        className="text-destructive hover:bg-destructive/10 hover:text-destructive"
      >
        <Trash2 aria-hidden="true" />
        {common("delete")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("deleteTitle")}
        description={t("deleteDescription")}
        confirmLabel={common("delete")}
        onConfirm={onDelete}
      />
    </div>
  );
}
