import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { formatBudgetUsd } from "@/lib/usage/shared/format-budget";
import { cn } from "@/lib/utils";
import { formatCount, formatLimit, formatUsd } from "../format";

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

function figures(user: AdminUserDetailDto): Figure[] {
  return [
    {
      label: "Tokens used",
      value: formatCount(user.tokensUsed),
      hint: `Limit: ${formatLimit(user.tokensLimit, formatCount)}`,
      share: share(user.tokensUsed, user.tokensLimit),
    },
    {
      label: "Cost this month",
      value: formatUsd(user.costThisMonthUsd),
      hint: `Monthly budget: ${formatLimit(user.monthlyBudgetUsd, formatBudgetUsd)}`,
      share: share(user.costThisMonthUsd, user.monthlyBudgetUsd),
    },
    { label: "Cost", value: formatUsd(user.costUsd), hint: "since usage was last reset" },
    {
      label: "Messages sent",
      value: formatCount(user.messagesSent),
      hint: "since usage was last reset",
    },
    {
      label: "Conversations",
      value: formatCount(user.conversations),
      hint: "kept, archived included",
    },
    { label: "API keys", value: formatCount(user.apiKeys), hint: "that still work" },
  ];
}

/** The account's usage against its limits, and what it holds. */
export function UserUsage({ user }: { user: AdminUserDetailDto }) {
  return <FigureGrid figures={figures(user)} className="grid-cols-2 lg:grid-cols-3" />;
}

/** Figures as cards, each with a bar of its limit used when it has one. */
export function FigureGrid({ figures, className }: { figures: Figure[]; className?: string }) {
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
          <dd className="mt-1.5 text-xs text-muted-foreground">
            {figure.hint}
            {figure.share !== undefined ? ` · ${Math.round(figure.share * 100)}% used` : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}
