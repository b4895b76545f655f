"use client";

import { Heart, Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
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
      <div className="relative flex-1">
        <Search
          className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          type="search"
          value={q}
          onChange={(event) => onQChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && q) {
              event.preventDefault();
              onQChange("");
            }
          }}
          maxLength={200}
          placeholder="Search your prompts"
          aria-label="Search your images by prompt"
          className="pl-9 pr-9 [&::-webkit-search-cancel-button]:hidden"
        />
        {q ? (
          <button
            type="button"
            onClick={() => onQChange("")}
            aria-label="Clear search"
            className="absolute right-2 top-1/2 flex h-6 w-6 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <X className="h-3.5 w-3.5" aria-hidden="true" />
          </button>
        ) : null}
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
