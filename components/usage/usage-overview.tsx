"use client";

import { Gauge } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ActivityChart } from "@/components/common/charts/activity-chart";
import { CostChart } from "@/components/common/charts/cost-chart";
import { ModelChart } from "@/components/common/charts/model-chart";
import { EmptyState } from "@/components/common/empty-state";
import { type Figure, FigureGrid, share } from "@/components/common/figure-grid";
import { LoadError } from "@/components/common/page-list-states";
import { LoadingRegion } from "@/components/common/skeletons";
import { useFormat } from "@/components/common/use-format";
import { Skeleton } from "@/components/ui/skeleton";
import type { MyUsageDto } from "@/lib/usage/dto";
import { useMyUsage } from "./data";

/** The month's two figures against their limits: tokens and cost. */
function useFigures(usage: MyUsageDto | undefined): Figure[] {
  const t = useTranslations("usage.overview");
  const f = useFormat();
  if (!usage) return [];
  const monthTokens = usage.byDay.reduce((sum, day) => sum + day.tokens, 0);
  return [
    {
      label: t("tokensUsed"),
      value: f.count(usage.tokensUsed),
      hint: t("tokensHint", {
        limit: f.limit(usage.tokensLimit, f.count),
        month: f.count(monthTokens),
      }),
      share: share(usage.tokensUsed, usage.tokensLimit),
    },
    {
      label: t("cost"),
      value: f.usd(usage.costThisMonthUsd),
      hint: t("costHint", { budget: f.limit(usage.monthlyBudgetUsd, f.usd) }),
      share: share(usage.costThisMonthUsd, usage.monthlyBudgetUsd),
    },
  ];
}

/** The person's own usage this month: against their limits, by day and by model. */
export function UsageOverview() {
  const t = useTranslations("usage.overview");
  const format = useFormatter();
  const query = useMyUsage();
  const figures = useFigures(query.data);
  if (query.isPending) return <UsageSkeleton />;
  if (query.isError) {
    return (
      <LoadError
        what={t("subject")}
        message={query.error.message}
        onRetry={() => query.refetch()}
      />
    );
  }
  const usage = query.data;
  const month = format.dateTime(new Date(`${usage.month}-01T00:00:00Z`), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const used = usage.byModel.length > 0 || usage.byDay.some((day) => day.replies > 0);
  return (
    <div className="space-y-6">
      <FigureGrid figures={figures} className="grid-cols-1 sm:grid-cols-2" />
      {used ? (
        <>
          <ActivityChart perDay={usage.byDay} />
          <CostChart perDay={usage.byDay} />
          <ModelChart byModel={usage.byModel.slice(0, 10)} />
        </>
      ) : (
        <EmptyState icon={Gauge} title={t("emptyTitle")}>
          {t("emptyBody", { month })}
        </EmptyState>
      )}
      <p className="text-xs text-muted-foreground">{t("footnote")}</p>
    </div>
  );
}

function UsageSkeleton() {
  const t = useTranslations("usage.overview");
  return (
    <LoadingRegion className="space-y-6" label={t("loading")}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Skeleton className="h-28 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
      </div>
      <Skeleton className="h-72 rounded-xl" />
    </LoadingRegion>
  );
}
