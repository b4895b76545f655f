"use client";

import { Check, Copy, Download, Heart, ImagePlus, RotateCcw, Trash2 } from "lucide-react";
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
        {image.isFavorite ? "Favourite" : "Add to favourites"}
      </Button>
      <Button asChild variant="outline" size="sm">
        <a href={image.downloadUrl} download>
          <Download aria-hidden="true" />
          Download
        </a>
      </Button>
      <Button type="button" variant="outline" size="sm" onClick={() => void copy(image.prompt)}>
        {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
        {copied ? "Copied" : "Copy prompt"}
      </Button>
      <Button type="button" variant="outline" size="sm" onClick={onReuse}>
        <RotateCcw aria-hidden="true" />
        Reuse settings
      </Button>
      <Button type="button" variant="outline" size="sm" onClick={onUseAsReference}>
        <ImagePlus aria-hidden="true" />
        Use as reference
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
        Delete
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this image?"
        description="The image and its file are removed for good. This cannot be undone."
        confirmLabel="Delete"
        onConfirm={onDelete}
      />
    </div>
  );
}
