"use client";

import { Gauge } from "lucide-react";
import { ActivityChart } from "@/components/common/charts/activity-chart";
import { CostChart } from "@/components/common/charts/cost-chart";
import { ModelChart } from "@/components/common/charts/model-chart";
import { EmptyState } from "@/components/common/empty-state";
import { type Figure, FigureGrid, share } from "@/components/common/figure-grid";
import { formatCount, formatLimit, formatUsd } from "@/components/common/format";
import { LoadError } from "@/components/common/page-list-states";
import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";
import type { MyUsageDto } from "@/lib/usage/dto";
import { useMyUsage } from "./data";

const monthName = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function figures(usage: MyUsageDto): Figure[] {
  const monthTokens = usage.byDay.reduce((sum, day) => sum + day.tokens, 0);
  return [
    {
      label: "Tokens used",
      value: formatCount(usage.tokensUsed),
      hint: `Limit: ${formatLimit(usage.tokensLimit, formatCount)} · ${formatCount(monthTokens)} this month`,
      share: share(usage.tokensUsed, usage.tokensLimit),
    },
    {
      label: "Cost this month",
      value: formatUsd(usage.costThisMonthUsd),
      hint: `Monthly budget: ${formatLimit(usage.monthlyBudgetUsd, formatUsd)}`,
      share: share(usage.costThisMonthUsd, usage.monthlyBudgetUsd),
    },
  ];
}

/** The person's own usage this month: against their limits, by day and by model. */
export function UsageOverview() {
  const query = useMyUsage();
  if (query.isPending) return <UsageSkeleton />;
  if (query.isError) {
    return (
      <LoadError what="Your usage" message={query.error.message} onRetry={() => query.refetch()} />
    );
  }
  const usage = query.data;
  const month = monthName.format(new Date(`${usage.month}-01T00:00:00Z`));
  const used = usage.byModel.length > 0 || usage.byDay.some((day) => day.replies > 0);
  return (
    <div className="space-y-6">
      <FigureGrid figures={figures(usage)} className="grid-cols-1 sm:grid-cols-2" />
      {used ? (
        <>
          <ActivityChart perDay={usage.byDay} />
          <CostChart perDay={usage.byDay} />
          <ModelChart byModel={usage.byModel.slice(0, 10)} />
        </>
      ) : (
        <EmptyState icon={Gauge} title="No usage yet this month">
          Answers in chats, the arena, images and the API count here from the first one of {month}.
        </EmptyState>
      )}
      <p className="text-xs text-muted-foreground">
        Days are UTC days; the month's budget renews on the 1st. Your administrator sets the limits.
      </p>
    </div>
  );
}

function UsageSkeleton() {
  return (
    <LoadingRegion className="space-y-6" label="Loading your usage…">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Skeleton className="h-28 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
      </div>
      <Skeleton className="h-72 rounded-xl" />
    </LoadingRegion>
  );
}
