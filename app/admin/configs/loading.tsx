import { AdminListSkeleton } from "@/components/admin/table-skeleton";
import { repeatBar, SkeletonGroup } from "@/components/common/page-skeletons";

export default function AdminConfigsLoading() {
  return (
    <AdminListSkeleton
      label="Loading shared configs…"
      filters={
        <SkeletonGroup
          className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]"
          bars={repeatBar("h-10", 2)}
        />
      }
    />
  );
}
