import { LayoutGrid, SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** An empty gallery, or a search that found nothing: each says what to do next. */
export function GalleryEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const Icon = filtered ? SearchX : LayoutGrid;
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-14 text-center">
      <Icon className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
      <h2 className="text-base font-semibold">
        {filtered ? "Nothing matches" : "No public configs yet"}
      </h2>
      <p className="mt-1 max-w-md text-sm text-muted-foreground">
        {filtered
          ? "Try other words, another model or tag, or clear the filters."
          : "When someone publishes a config it shows up here. Share one of yours from My configs."}
      </p>
      <div className="mt-5">
        {filtered ? (
          <Button type="button" variant="outline" onClick={onClear}>
            Clear filters
          </Button>
        ) : (
          <Button asChild variant="outline">
            <Link href="/configs">Go to My configs</Link>
          </Button>
        )}
      </div>
    </div>
  );
}
