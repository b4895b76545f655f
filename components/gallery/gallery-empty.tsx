import { LayoutGrid, SearchX } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

/** An empty gallery, or a search that found nothing: each says what to do next. */
export function GalleryEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const Icon = filtered ? SearchX : LayoutGrid;
  return (
    <EmptyState
      icon={Icon}
      title={filtered ? "Nothing matches" : "No public configs yet"}
      titleAs="h2"
      action={
        filtered ? (
          <Button type="button" variant="outline" onClick={onClear}>
            Clear filters
          </Button>
        ) : (
          <Button asChild variant="outline">
            <Link href="/configs">Go to My configs</Link>
          </Button>
        )
      }
    >
      {filtered
        ? "Try other words, another model or tag, or clear the filters."
        : "When someone publishes a config it shows up here. Share one of yours from My configs."}
    </EmptyState>
  );
}
