"use client";

import { Heart } from "lucide-react";
import { Button } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
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
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <div className="flex-1">
        <SearchField
          value={q}
          onChange={onQChange}
          label="Search your images by prompt"
          placeholder="Search your prompts"
          maxLength={200}
        />
      </div>
      <Button
        type="button"
        variant={favorites ? "secondary" : "outline"}
        aria-pressed={favorites}
        onClick={() => onFavoritesChange(!favorites)}
        className="h-10"
      >
        <Heart className={cn(favorites && "fill-current text-rose-500")} aria-hidden="true" />
        Favourites only
      </Button>
    </div>
  );
}
