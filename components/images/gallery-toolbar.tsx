"use client";

import { Heart } from "lucide-react";
import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/common/filter-bar";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

interface GalleryToolbarProps {
  q: string;
  onQChange: (q: string) => void;
  favorites: boolean;
  onFavoritesChange: (favorites: boolean) => void;
}

/** Search by prompt and show favourites only. */
export function GalleryToolbar({
  q,
  onQChange,
  favorites,
  onFavoritesChange,
}: GalleryToolbarProps) {
  const t = useTranslations("images.gallery");
  return (
    <FilterBar
      className="gap-2 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
      search={{
        value: q,
        onChange: onQChange,
        label: t("searchLabel"),
        placeholder: t("searchPlaceholder"),
        maxLength: 200,
      }}
    >
      <Button
        type="button"
        variant={favorites ? "secondary" : "outline"}
        aria-pressed={favorites}
        onClick={() => onFavoritesChange(!favorites)}
        className="h-10"
      >
        <Heart className={cn(favorites && "fill-current text-rose-500")} aria-hidden="true" />
        {t("favoritesOnly")}
      </Button>
    </FilterBar>
  );
}
