import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";
import { ConfigGridSkeleton } from "./config-grid-skeleton";

/** A list page while it loads: its heading, then cards. */
export function ConfigListPageSkeleton({ label }: { label: string }) {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <ConfigGridSkeleton label={label} />
    </div>
  );
}

/** The editor while its config loads: form cards beside the preview panel. */
export function ConfigEditorSkeleton() {
  return (
    <LoadingRegion
      className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6"
      label="Loading the config…"
    >
      <div className="space-y-2">
        <Skeleton className="h-7 w-56" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]">
        <div className="space-y-6">
          {[0, 1, 2].map((card) => (
            <div key={card} className="space-y-4 rounded-xl border p-6">
              <Skeleton className="h-5 w-32" />
              <Skeleton className="h-10 w-full" />
              <Skeleton className="h-20 w-full" />
            </div>
          ))}
        </div>
        <Skeleton className="h-[32rem] rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
