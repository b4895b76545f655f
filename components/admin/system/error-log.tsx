import { useTranslations } from "next-intl";
import { ChartCard } from "@/components/common/charts/chart-card";
import { useFormat } from "@/components/common/use-format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { cn } from "@/lib/utils";

type Entry = SystemStatusDto["activity"]["recentErrors"][number];

/**
 * The latest warnings and errors this server logged, newest first. The
 * request id finds the rest of that request's lines in the full log.
 */
export function ErrorLog({ entries }: { entries: Entry[] }) {
  const t = useTranslations("admin.system.errorLog");
  const f = useFormat();
  return (
    <ChartCard
      title={t("title")}
      description={t("description")}
      empty={entries.length === 0}
      emptyText={t("empty")}
    >
      <ol className="-mx-4 max-h-80 divide-y overflow-y-auto border-t text-xs sm:-mx-5">
        {entries.map((entry, index) => (
          <li
            // Entries carry no id of their own and only ever arrive newest first.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={`${entry.time}:${index}`}
            className="grid grid-cols-[auto_auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 px-4 py-2 sm:px-5"
          >
            <time dateTime={entry.time} className="tabular-nums text-muted-foreground">
              {f.clock(entry.time)}
            </time>
            <span
              className={cn(
                "font-semibold uppercase",
                entry.level === "error" ? "text-destructive" : "text-amber-600 dark:text-amber-400",
              )}
            >
              {t(`levels.${entry.level}`)}
            </span>
            <span className="break-words font-mono">{entry.message}</span>
            {entry.route || entry.requestId ? (
              <span className="col-start-3 break-all font-mono text-muted-foreground">
                {[entry.route, entry.requestId && t("request", { id: entry.requestId })]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </ChartCard>
  );
}
