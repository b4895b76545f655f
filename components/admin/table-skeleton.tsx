import type { ReactNode } from "react";
import { PageSkeleton } from "@/components/common/page-skeletons";
import { Skeleton } from "@/components/ui/skeleton";

const NAME_WIDTHS = ["w-40", "w-32", "w-48", "w-36", "w-44", "w-28", "w-52", "w-24"];

/** An admin list while it loads: rows of a name, an email and two figures. */
export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="divide-y rounded-xl border">
      {NAME_WIDTHS.slice(0, rows).map((width) => (
        <div key={width} className="flex items-center gap-4 p-4">
          <Skeleton className="h-8 w-8 shrink-0 rounded-full" />
          <div className="min-w-0 flex-1 space-y-2">
            <Skeleton className={`h-3.5 max-w-full ${width}`} />
            <Skeleton className="h-3 w-56 max-w-full" />
          </div>
          <Skeleton className="hidden h-3.5 w-16 sm:block" />
          <Skeleton className="hidden h-3.5 w-16 sm:block" />
        </div>
      ))}
    </div>
  );
}

interface AdminListSkeletonProps {
  /** Read out while the page loads. */
  label: string;
  /** The filter bar's shapes. */
  filters: ReactNode;
}

/** An admin list page while it loads: heading, filters, rows. */
export function AdminListSkeleton({ label, filters }: AdminListSkeletonProps) {
  return (
    <PageSkeleton width="6xl" inset="admin" label={label}>
      {filters}
      <TableSkeleton />
    </PageSkeleton>
  );
}
