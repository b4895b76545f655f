import { PageSkeleton } from "@/components/admin/page-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function AdminDashboardLoading() {
  return (
    <PageSkeleton label="Loading the dashboard…">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].map((key) => (
          <Skeleton key={key} className="h-[5.5rem] rounded-xl" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {["activity", "cost", "models", "users"].map((key) => (
          <Skeleton key={key} className="h-80 rounded-xl" />
        ))}
      </div>
    </PageSkeleton>
  );
}
