import { Heart, ImageIcon, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

interface ImagesEmptyProps {
  favorites: boolean;
  searching: boolean;
  onClear: () => void;
}

/** No images yet, no favourites, or nothing found: each says what to do next. */
export function ImagesEmpty({ favorites, searching, onClear }: ImagesEmptyProps) {
  const t = useTranslations("images.empty");
  const filtered = favorites || searching;
  const Icon = searching ? SearchX : favorites ? Heart : ImageIcon;
  const [title, text] = searching
    ? [t("searchTitle"), t("searchText")]
    : favorites
      ? [t("favoritesTitle"), t("favoritesText")]
      : [t("title"), t("text")];
  return (
    <EmptyState
      icon={Icon}
      title={title}
      titleAs="h3"
      action={
        filtered ? (
          <Button type="button" variant="outline" onClick={onClear}>
            {t("showAll")}
          </Button>
        ) : null
      }
    >
      {text}
    </EmptyState>
  );
}
