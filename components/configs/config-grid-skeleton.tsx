import { SkeletonGroup } from "@/components/common/page-skeletons";
import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder cards in the grid's own shape, so nothing jumps when the list arrives. */
export function ConfigGridSkeleton({ cards = 6, label }: { cards?: number; label: string }) {
  return (
    <LoadingRegion className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" label={label}>
      {Array.from({ length: cards }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="space-y-3 rounded-xl border p-4">
          <div className="flex items-center gap-3">
            <Skeleton className="h-10 w-10 rounded-xl" />
            <SkeletonGroup className="flex-1 space-y-2" bars={["h-4 w-2/3", "h-3 w-1/3"]} />
          </div>
          <Skeleton className="h-3.5 w-full" />
          <Skeleton className="h-3.5 w-4/5" />
          <SkeletonGroup className="flex gap-2 pt-2" bars={["h-8 w-24", "h-8 w-16"]} />
        </div>
      ))}
    </LoadingRegion>
  );
}
