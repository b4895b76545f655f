import { PageSkeleton, TableSkeleton } from "@/components/admin/page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AdminConfigsLoading() {
  return (
    <PageSkeleton label="Loading shared configs…">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
      <TableSkeleton />
    </PageSkeleton>
  );
}
