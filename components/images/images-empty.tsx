import { Heart, ImageIcon, SearchX } from "lucide-react";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

interface ImagesEmptyProps {
  favorites: boolean;
  searching: boolean;
  onClear: () => void;
}

/** No images yet, no favourites, or nothing found: each says what to do next. */
export function ImagesEmpty({ favorites, searching, onClear }: ImagesEmptyProps) {
  const filtered = favorites || searching;
  const Icon = searching ? SearchX : favorites ? Heart : ImageIcon;
  const title = searching ? "No prompt matches" : favorites ? "No favourites yet" : "No images yet";
  const text = searching
    ? "Try other words, or clear the search."
    : favorites
      ? "Press the heart on an image to keep it here."
      : "Describe a picture in the form and press Generate. Your images appear here, visible only to you.";
  return (
    <EmptyState
      icon={Icon}
      title={title}
      titleAs="h3"
      action={
        filtered ? (
          <Button type="button" variant="outline" onClick={onClear}>
            Show all images
          </Button>
        ) : null
      }
    >
      {text}
    </EmptyState>
  );
}
