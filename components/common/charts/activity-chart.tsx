"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, Line, YAxis } from "recharts";
import { useFormat } from "../use-format";
import { formatDayLong, peakOf, sumOf, type UsageDayPoint } from "./chart-data";
import { AXIS_PROPS, CHART_COLORS, DAY_BAR_PROPS, TREND_LINE_PROPS } from "./chart-theme";
import { TimeChart } from "./time-chart";

/** Replies (bars, left axis) and tokens (line, right axis) per day. */
export function ActivityChart({ perDay }: { perDay: UsageDayPoint[] }) {
  const t = useTranslations("common.charts");
  const locale = useLocale();
  const f = useFormat();
  const series = {
    replies: { label: t("series.replies"), format: f.count },
    tokens: { label: t("series.tokens"), format: f.count },
  };
  const peak = peakOf(perDay, "replies");
  const summary = [
    t("activity.summary", {
      replies: f.count(sumOf(perDay, "replies")),
      tokens: f.count(sumOf(perDay, "tokens")),
      days: perDay.length,
    }),
    peak
      ? t("activity.peak", {
          day: formatDayLong(peak.day, locale),
          replies: f.count(peak.replies),
        })
      : "",
  ].join(" ");
  return (
    <TimeChart
      title={t("activity.title")}
      description={t("activity.description")}
      emptyText={t("activity.empty")}
      summary={summary.trim()}
      data={perDay}
      series={series}
      rightAxis
      legend={[
        { label: t("series.replies"), color: CHART_COLORS.primary },
        { label: t("series.tokensRightAxis"), color: CHART_COLORS.secondary },
      ]}
    >
      <YAxis yAxisId="replies" allowDecimals={false} width={48} {...AXIS_PROPS} />
      <YAxis
        yAxisId="tokens"
        orientation="right"
        tickFormatter={f.tokens}
        width={48}
        {...AXIS_PROPS}
      />
      <Bar yAxisId="replies" dataKey="replies" fill={CHART_COLORS.primary} {...DAY_BAR_PROPS} />
      <Line
        yAxisId="tokens"
        dataKey="tokens"
        stroke={CHART_COLORS.secondary}
        {...TREND_LINE_PROPS}
      />
    </TimeChart>
  );
}
