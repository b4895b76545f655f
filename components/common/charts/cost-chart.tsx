"use client";

import { useLocale, useTranslations } from "next-intl";
import { Area, YAxis } from "recharts";
import { useFormat } from "../use-format";
import { formatDayLong, formatUsdTick, peakOf, sumOf, type UsageDayPoint } from "./chart-data";
import { AXIS_PROPS, CHART_COLORS, TREND_LINE_PROPS } from "./chart-theme";
import { TimeChart } from "./time-chart";

/** What the upstream provider charged per day. */
export function CostChart({ perDay }: { perDay: UsageDayPoint[] }) {
  const t = useTranslations("common.charts");
  const locale = useLocale();
  const f = useFormat();
  const peak = peakOf(perDay, "costUsd");
  const summary = [
    t("cost.summary", { cost: f.usd(sumOf(perDay, "costUsd")), days: perDay.length }),
    peak ? t("cost.peak", { day: formatDayLong(peak.day, locale), cost: f.usd(peak.costUsd) }) : "",
  ].join(" ");
  return (
    <TimeChart
      title={t("cost.title")}
      description={t("cost.description")}
      emptyText={t("cost.empty")}
      summary={summary.trim()}
      data={perDay}
      series={{ costUsd: { label: t("series.cost"), format: f.usd } }}
      cursor="line"
    >
      <defs>
        <linearGradient id="cost-fill" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={CHART_COLORS.primary} stopOpacity={0.35} />
          <stop offset="100%" stopColor={CHART_COLORS.primary} stopOpacity={0.02} />
        </linearGradient>
      </defs>
      <YAxis
        tickFormatter={(value: number) => formatUsdTick(value, locale)}
        width={72}
        {...AXIS_PROPS}
      />
      <Area
        dataKey="costUsd"
        stroke={CHART_COLORS.primary}
        fill="url(#cost-fill)"
        {...TREND_LINE_PROPS}
      />
    </TimeChart>
  );
}
