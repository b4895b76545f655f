import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export const GRID_CLASSES = "grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 xl:grid-cols-4";

/** Placeholder squares in the grid's own shape, so nothing jumps when the images arrive. */
export function ImageGridSkeleton({ tiles = 8, label }: { tiles?: number; label: string }) {
  return (
    <LoadingRegion className={GRID_CLASSES} label={label}>
      {Array.from({ length: tiles }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} className="aspect-square w-full rounded-lg" />
      ))}
    </LoadingRegion>
  );
}
