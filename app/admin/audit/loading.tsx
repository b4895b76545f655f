import { PageSkeleton, TableSkeleton } from "@/components/admin/page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AdminAuditLoading() {
  return (
    <PageSkeleton label="Loading the audit log…">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-[12rem_14rem_minmax(0,1fr)_9.5rem_9.5rem_auto]">
        {["admin", "action", "target", "from", "to"].map((key) => (
          <div key={key} className="space-y-2">
            <Skeleton className="h-3.5 w-16" />
            <Skeleton className="h-10" />
          </div>
        ))}
      </div>
      <TableSkeleton />
    </PageSkeleton>
  );
}
