import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default function ArenaSessionLoading() {
  return (
    <LoadingRegion
      className="flex h-[calc(100dvh-3.5rem)] flex-col"
      label="Loading the comparison…"
    >
      <div className="flex h-12 shrink-0 items-center gap-2 px-3">
        <Skeleton className="h-7 w-7 rounded-lg" />
        <Skeleton className="h-6 w-48" />
      </div>
      <div className="flex min-h-0 flex-1 gap-3 px-3 pb-2">
        {["a", "b", "c"].map((key, index) => (
          <div
            key={key}
            className={`min-w-0 flex-1 space-y-4 rounded-xl border p-4 ${index > 0 ? "hidden lg:block" : ""}`}
          >
            <Skeleton className="h-6 w-32" />
            <Skeleton className="ml-auto h-9 w-2/3 rounded-2xl" />
            <div className="space-y-2.5">
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-11/12" />
              <Skeleton className="h-4 w-4/5" />
            </div>
          </div>
        ))}
      </div>
      <div className="mx-auto w-full max-w-3xl px-3 pb-4 sm:px-6">
        <Skeleton className="h-12 w-full rounded-3xl" />
      </div>
    </LoadingRegion>
  );
}
