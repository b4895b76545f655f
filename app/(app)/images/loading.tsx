import { HeadingSkeleton } from "@/components/common/skeletons";
import { ImageGridSkeleton } from "@/components/images/image-grid-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function ImagesLoading() {
  return (
    <div className="mx-auto w-full max-w-7xl space-y-6 px-4 py-8 sm:px-6" aria-busy="true">
      <HeadingSkeleton title="w-32" description="w-96" />
      <div className="grid items-start gap-6 lg:grid-cols-[24rem_minmax(0,1fr)]">
        <div className="space-y-5 rounded-xl border p-4 sm:p-5">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-10 w-full" />
          <div className="grid grid-cols-4 gap-1.5">
            {Array.from({ length: 8 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <Skeleton key={i} className="h-14" />
            ))}
          </div>
          <Skeleton className="h-9 w-full" />
        </div>
        <div className="space-y-4">
          <Skeleton className="h-6 w-32" />
          <Skeleton className="h-10 w-full" />
          <ImageGridSkeleton label="Loading your images…" />
        </div>
      </div>
    </div>
  );
}
