"use client";

import { useTranslations } from "next-intl";
import { Lightbox, LightboxStage } from "@/components/common/lightbox";
import { DialogDescription, DialogTitle } from "@/components/ui/dialog";
import type { ImageDto } from "@/lib/images/dto";
import { ImageDetails } from "./image-details";
import { LightboxActions } from "./lightbox-actions";

interface ImageLightboxProps {
  image: ImageDto | null;
  /** Where the image stands among those on show, for "3 of 24". */
  position: { index: number; count: number };
  onClose: () => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  onToggleFavorite: (image: ImageDto) => void;
  onReuse: (image: ImageDto) => void;
  onUseAsReference: (image: ImageDto) => void;
  onDelete: (image: ImageDto) => void;
  deleting: boolean;
}

/** The full image with its prompt and settings; ← and → move through the gallery, Esc closes. */
export function ImageLightbox({
  image,
  position,
  onClose,
  onPrevious,
  onNext,
  onToggleFavorite,
  onReuse,
  onUseAsReference,
  onDelete,
  deleting,
}: ImageLightboxProps) {
  const t = useTranslations("images.lightbox");
  const at = { index: position.index + 1, count: position.count };
  return (
    <Lightbox
      open={image !== null}
      onClose={onClose}
      onPrevious={onPrevious}
      onNext={onNext}
      className="flex h-[92dvh] max-w-6xl flex-col gap-0 overflow-hidden p-0 lg:h-[min(90dvh,54rem)] lg:flex-row"
    >
      {image ? (
        <>
          <DialogTitle className="sr-only">{t("title", at)}</DialogTitle>
          <DialogDescription className="sr-only">{image.prompt}</DialogDescription>
          <LightboxStage
            onPrevious={onPrevious}
            onNext={onNext}
            className="flex-1 bg-muted p-2 sm:p-4"
          >
            {/* biome-ignore lint/performance/noImgElement: our own generated image, served privately */}
            <img
              key={image.id}
              src={image.url}
              alt={image.prompt}
              width={image.width ?? undefined}
              height={image.height ?? undefined}
              className="h-full w-full object-contain"
            />
          </LightboxStage>
          <aside className="max-h-[45%] shrink-0 space-y-5 overflow-y-auto border-t p-4 sm:p-5 lg:max-h-none lg:w-80 lg:border-l lg:border-t-0">
            <p className="pr-8 text-xs tabular-nums text-muted-foreground">{t("position", at)}</p>
            <LightboxActions
              image={image}
              onToggleFavorite={() => onToggleFavorite(image)}
              onReuse={() => onReuse(image)}
              onUseAsReference={() => onUseAsReference(image)}
              onDelete={() => onDelete(image)}
              deleting={deleting}
            />
            <ImageDetails image={image} />
          </aside>
        </>
      ) : null}
    </Lightbox>
  );
}
