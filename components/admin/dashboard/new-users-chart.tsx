"use client";

import { useTranslations } from "next-intl";
import { Bar, YAxis } from "recharts";
import { type DayPoint, peakOf, sumOf } from "@/components/common/charts/chart-data";
import { AXIS_PROPS, CHART_COLORS, DAY_BAR_PROPS } from "@/components/common/charts/chart-theme";
import { TimeChart } from "@/components/common/charts/time-chart";
import { useFormat } from "@/components/common/use-format";

/** Sign-ups per day. */
export function NewUsersChart({ perDay }: { perDay: DayPoint[] }) {
  const t = useTranslations("admin.dashboard.newUsers");
  const f = useFormat();
  const total = sumOf(perDay, "newUsers");
  const peak = peakOf(perDay, "newUsers");
  const summary = [
    t("summary", { count: total, days: perDay.length }),
    peak ? t("summaryPeak", { most: f.count(peak.newUsers), day: f.date(peak.day) }) : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <TimeChart
      title={t("title")}
      description={t("description")}
      emptyText={t("empty")}
      summary={summary}
      data={perDay}
      series={{ newUsers: { label: t("series"), format: f.count } }}
    >
      <YAxis allowDecimals={false} width={48} {...AXIS_PROPS} />
      <Bar dataKey="newUsers" fill={CHART_COLORS.secondary} {...DAY_BAR_PROPS} />
    </TimeChart>
  );
}
