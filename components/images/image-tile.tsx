"use client";

import { Heart } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ImageDto } from "@/lib/images/dto";
import { thumbnailSize } from "@/lib/images/thumbnail-size";
import { cn } from "@/lib/utils";

interface ImageTileProps {
  image: ImageDto;
  onOpen: () => void;
  onToggleFavorite: () => void;
}

/** One square of the grid: the thumbnail opens the lightbox; the heart favourites in place. */
export function ImageTile({ image, onOpen, onToggleFavorite }: ImageTileProps) {
  const t = useTranslations("images.gallery");
  // Set from the real size so the browser reserves the space before the lazy image loads.
  const size = image.width && image.height ? thumbnailSize(image.width, image.height) : null;
  return (
    <li className="group relative">
      <button
        type="button"
        onClick={onOpen}
        className="block aspect-square w-full overflow-hidden rounded-lg border bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
        aria-label={t("open", { prompt: image.prompt })}
      >
        {/* biome-ignore lint/performance/noImgElement: our own thumbnail, served privately; next/image cannot forward the session */}
        <img
          src={image.thumbnailUrl}
          alt=""
          loading="lazy"
          decoding="async"
          width={size?.width}
          height={size?.height}
          className="h-full w-full object-cover transition-transform duration-200 group-hover:scale-[1.03]"
        />
      </button>
      <button
        type="button"
        onClick={onToggleFavorite}
        aria-pressed={image.isFavorite}
        aria-label={t("favorite", { prompt: image.prompt })}
        className={cn(
          "absolute right-1.5 top-1.5 flex h-8 w-8 items-center justify-center rounded-full bg-background/85 text-foreground shadow-sm backdrop-blur-sm transition-opacity hover:bg-background focus-visible:opacity-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
          !image.isFavorite &&
            "[@media(hover:hover)]:opacity-0 [@media(hover:hover)]:group-hover:opacity-100",
        )}
      >
        <Heart
          className={cn("h-4 w-4", image.isFavorite && "fill-rose-500 text-rose-500")}
          aria-hidden="true"
        />
      </button>
    </li>
  );
}
