"use client";

import { useTranslations } from "next-intl";
import { ListError } from "@/components/common/list-states";
import { LoadMoreButton } from "@/components/common/load-more";
import type { ImageDto } from "@/lib/images/dto";
import type { useImageList } from "./data";
import { GalleryToolbar } from "./gallery-toolbar";
import { GRID_CLASSES, ImageGridSkeleton } from "./image-grid-skeleton";
import { ImageTile } from "./image-tile";
import { ImagesEmpty } from "./images-empty";

interface ImageGalleryProps {
  list: ReturnType<typeof useImageList>;
  items: ImageDto[];
  q: string;
  onQChange: (q: string) => void;
  favorites: boolean;
  onFavoritesChange: (favorites: boolean) => void;
  /** The search in effect (debounced), not what is being typed. */
  searching: boolean;
  onOpen: (image: ImageDto) => void;
  onToggleFavorite: (image: ImageDto) => void;
}

/** The user's images, newest first, a page at a time. */
export function ImageGallery({
  list,
  items,
  q,
  onQChange,
  favorites,
  onFavoritesChange,
  searching,
  onOpen,
  onToggleFavorite,
}: ImageGalleryProps) {
  const t = useTranslations("images.gallery");
  return (
    <section aria-labelledby="images-gallery-heading" className="space-y-4">
      <h2 id="images-gallery-heading" className="text-lg font-semibold tracking-tight">
        {t("heading")}
      </h2>
      <GalleryToolbar
        q={q}
        onQChange={onQChange}
        favorites={favorites}
        onFavoritesChange={onFavoritesChange}
      />
      {list.isPending ? (
        <ImageGridSkeleton label={t("loading")} />
      ) : list.isError && items.length === 0 ? (
        <ListError
          message={t("loadFailed", { error: list.error.message })}
          onRetry={() => void list.refetch()}
        />
      ) : items.length === 0 ? (
        <ImagesEmpty
          favorites={favorites}
          searching={searching}
          onClear={() => {
            onQChange("");
            onFavoritesChange(false);
          }}
        />
      ) : (
        <div
          className="space-y-4 transition-opacity aria-busy:opacity-60"
          aria-busy={list.isPlaceholderData}
        >
          <ul className={GRID_CLASSES} aria-label={t("list")}>
            {items.map((image) => (
              <ImageTile
                key={image.id}
                image={image}
                onOpen={() => onOpen(image)}
                onToggleFavorite={() => onToggleFavorite(image)}
              />
            ))}
          </ul>
          <LoadMoreButton pages={list} />
        </div>
      )}
    </section>
  );
}
