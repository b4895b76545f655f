import { TriangleAlert } from "lucide-react";
import { formatCount } from "@/components/common/format";
import type { CapacityDto } from "@/lib/admin/dto";

/**
 * Says, before it shows, that the instance outgrows the embedded database,
 * and what to do about it.
 */
export function CapacityWarning({ capacity }: { capacity: CapacityDto | null }) {
  if (!capacity) return null;
  const { messages, activeThisWeek, limits } = capacity;
  return (
    <div
      role="status"
      className="flex gap-3 rounded-xl border border-amber-500/40 bg-amber-500/10 p-4 text-sm"
    >
      <TriangleAlert
        className="mt-0.5 h-4 w-4 shrink-0 text-amber-600 dark:text-amber-400"
        aria-hidden="true"
      />
      <div className="min-w-0 space-y-1">
        <p className="font-medium">This instance is outgrowing the embedded database.</p>
        <p className="text-muted-foreground">
          It holds {formatCount(messages)} messages (measured up to {formatCount(limits.messages)})
          and {formatCount(activeThisWeek)} people used it this week (up to{" "}
          {formatCount(limits.activeThisWeek)}). Past that, answers start later and pages open
          slower. Move to MongoDB: set <code>MONGODB_URI</code> and copy the data with{" "}
          <code>mongodump</code> and <code>mongorestore</code> (README, “Deploy”).
        </p>
      </div>
    </div>
  );
}
