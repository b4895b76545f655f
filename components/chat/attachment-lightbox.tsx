"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { Lightbox, LightboxStage } from "@/components/common/lightbox";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogTitle } from "@/components/ui/dialog";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { useFileSize } from "./use-file-size";

interface AttachmentLightboxProps {
  images: AttachmentDto[];
  /** The image on show, or null when closed. */
  index: number | null;
  onIndexChange: (index: number | null) => void;
}

/** A message's images at full size, in the image studio's lightbox, with a download. */
export function AttachmentLightbox({ images, index, onIndexChange }: AttachmentLightboxProps) {
  const t = useTranslations("chat.lightbox");
  const fileSize = useFileSize();
  const image = index === null ? undefined : images[index];
  const position = { index: (index ?? 0) + 1, count: images.length };
  const previous = index !== null && index > 0 ? () => onIndexChange(index - 1) : null;
  const next = index !== null && index < images.length - 1 ? () => onIndexChange(index + 1) : null;

  return (
    <Lightbox
      open={image !== undefined}
      onClose={() => onIndexChange(null)}
      onPrevious={previous}
      onNext={next}
      className="max-w-5xl gap-3 p-3 sm:p-4"
    >
      {image ? (
        <>
          <DialogTitle className="truncate pr-8 text-sm font-medium">{image.name}</DialogTitle>
          <DialogDescription className="sr-only">{t("description", position)}</DialogDescription>
          <LightboxStage onPrevious={previous} onNext={next} className="rounded-lg bg-muted/40">
            {/* biome-ignore lint/performance/noImgElement: the user's own upload, served by the app with auth */}
            <img
              src={image.url}
              alt={image.name}
              className="max-h-[75dvh] w-auto max-w-full object-contain"
            />
          </LightboxStage>
          <div className="flex items-center justify-between gap-3 text-xs text-muted-foreground">
            <span>
              {images.length > 1 ? `${t("position", position)} · ` : ""}
              {fileSize(image.size)}
            </span>
            <Button asChild variant="outline" size="sm">
              <a href={image.url} download={image.name}>
                <Download aria-hidden="true" />
                {t("download")}
              </a>
            </Button>
          </div>
        </>
      ) : null}
    </Lightbox>
  );
}
