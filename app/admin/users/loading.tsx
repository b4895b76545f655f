import { PageSkeleton, TableSkeleton } from "@/components/admin/page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AdminUsersLoading() {
  return (
    <PageSkeleton label="Loading users…">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-[minmax(0,1fr)_10rem_10rem_12rem]">
        <Skeleton className="col-span-2 h-10 md:col-span-3 lg:col-span-1" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10 md:hidden" />
      </div>
      <TableSkeleton />
    </PageSkeleton>
  );
}
