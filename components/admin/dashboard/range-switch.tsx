import Link from "next/link";
import type { DashboardRange } from "@/lib/admin/dto";
import { cn } from "@/lib/utils";

const RANGES: DashboardRange[] = [7, 30, 90];

/** The dashboard's period, kept in the URL so a view can be shared and reloaded. */
export function RangeSwitch({ range }: { range: DashboardRange }) {
  return (
    <nav aria-label="Period" className="inline-flex rounded-lg border bg-muted/40 p-0.5">
      {RANGES.map((days) => (
        <Link
          key={days}
          href={days === 30 ? "/admin" : `/admin?range=${days}`}
          scroll={false}
          aria-current={days === range ? "true" : undefined}
          aria-label={`Last ${days} days`}
          className={cn(
            "flex h-8 items-center rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            days === range && "bg-background text-foreground shadow-sm",
          )}
        >
          {days} days
        </Link>
      ))}
    </nav>
  );
}
