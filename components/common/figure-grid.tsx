import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export interface Figure {
  label: string;
  value: string;
  hint: string;
  /** Share of a limit used, 0 to 1; none without a limit. */
  share?: number;
}

/** The share of a limit used, 0 to 1; undefined when there is no limit (-1). */
export function share(used: number, limit: number): number | undefined {
  if (limit < 0) return undefined;
  return limit === 0 ? 1 : Math.min(1, used / limit);
}

/** Figures as cards, each with a bar of its limit used when it has one. */
export function FigureGrid({ figures, className }: { figures: Figure[]; className?: string }) {
  const t = useTranslations("common");
  return (
    <dl className={cn("grid gap-3", className)}>
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-xl border bg-card p-4 shadow-sm">
          <dt className="text-xs font-medium text-muted-foreground">{figure.label}</dt>
          <dd className="mt-1 truncate text-2xl font-semibold tabular-nums tracking-tight">
            {figure.value}
          </dd>
          {figure.share !== undefined ? (
            <dd className="mt-2" aria-hidden="true">
              <span className="block h-1.5 overflow-hidden rounded-full bg-muted">
                <span
                  className={cn(
                    "block h-full rounded-full",
                    figure.share >= 1
                      ? "bg-destructive"
                      : figure.share >= 0.8
                        ? "bg-amber-500"
                        : "bg-brand",
                  )}
                  style={{ width: `${figure.share * 100}%` }}
                />
              </span>
            </dd>
          ) : null}
          <dd
            className={cn(
              "text-xs text-muted-foreground",
              figure.share !== undefined ? "mt-1.5" : "mt-0.5",
            )}
          >
            {figure.hint}
            {figure.share !== undefined ? ` · ${t("shareUsed", { share: figure.share })}` : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}
