import { HeadingSkeleton, LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default function AppLoading() {
  return (
    <LoadingRegion
      label="Loading…"
      className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6"
    >
      <HeadingSkeleton description="w-72" />
      {[0, 1].map((i) => (
        <div key={i} className="space-y-4 rounded-xl border p-6">
          <Skeleton className="h-5 w-32" />
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-9 w-24" />
        </div>
      ))}
    </LoadingRegion>
  );
}
