import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardRange } from "@/lib/admin/dto";
import { cn } from "@/lib/utils";

const RANGES: DashboardRange[] = [7, 30, 90];

/** The dashboard's period, kept in the URL so a view can be shared and reloaded. */
export async function RangeSwitch({ range }: { range: DashboardRange }) {
  const t = await getTranslations("admin.dashboard.range");
  return (
    <nav aria-label={t("label")} className="inline-flex rounded-lg border bg-muted/40 p-0.5">
      {RANGES.map((days) => (
        <Link
          key={days}
          href={days === 30 ? "/admin" : `/admin?range=${days}`}
          scroll={false}
          aria-current={days === range ? "true" : undefined}
          aria-label={t("lastDays", { days })}
          className={cn(
            "flex h-8 items-center rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            days === range && "bg-background text-foreground shadow-sm",
          )}
        >
          {t("days", { days })}
        </Link>
      ))}
    </nav>
  );
}
