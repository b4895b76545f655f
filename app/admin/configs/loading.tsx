import { TableSkeleton } from "@/components/admin/table-skeleton";
import { PageSkeleton, repeatBar, SkeletonGroup } from "@/components/common/page-skeletons";

export default function AdminConfigsLoading() {
  return (
    <PageSkeleton width="6xl" inset="admin" label="Loading shared configs…">
      <SkeletonGroup
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]"
        bars={repeatBar("h-10", 2)}
      />
      <TableSkeleton />
    </PageSkeleton>
  );
}
