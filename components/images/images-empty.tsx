import { Heart, ImageIcon, SearchX } from "lucide-react";
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
    <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-14 text-center">
      <Icon className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
      <h3 className="text-base font-semibold">{title}</h3>
      <p className="mt-1 max-w-md text-sm text-muted-foreground">{text}</p>
      {filtered ? (
        <Button type="button" variant="outline" className="mt-5" onClick={onClear}>
          Show all images
        </Button>
      ) : null}
    </div>
  );
}
