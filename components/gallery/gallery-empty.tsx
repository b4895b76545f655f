import { LayoutGrid, SearchX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

/** An empty gallery, or a search that found nothing: each says what to do next. */
export function GalleryEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const t = useTranslations("gallery.empty");
  const Icon = filtered ? SearchX : LayoutGrid;
  return (
    <EmptyState
      icon={Icon}
      title={t(filtered ? "nothingMatches" : "noneYet")}
      titleAs="h2"
      action={
        filtered ? (
          <Button type="button" variant="outline" onClick={onClear}>
            {t("clearFilters")}
          </Button>
        ) : (
          <Button asChild variant="outline">
            <Link href="/configs">{t("goToConfigs")}</Link>
          </Button>
        )
      }
    >
      {t(filtered ? "nothingMatchesHint" : "noneYetHint")}
    </EmptyState>
  );
}
