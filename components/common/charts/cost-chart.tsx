"use client";

import { Area, YAxis } from "recharts";
import { formatUsd } from "../format";
import { formatDayLong, formatUsdTick, peakOf, sumOf, type UsageDayPoint } from "./chart-data";
import { AXIS_PROPS, CHART_COLORS, TREND_LINE_PROPS } from "./chart-theme";
import { TimeChart } from "./time-chart";

const SERIES = { costUsd: { label: "Cost", format: formatUsd } };

/** What the upstream provider charged per day. */
export function CostChart({ perDay }: { perDay: UsageDayPoint[] }) {
  const peak = peakOf(perDay, "costUsd");
  const summary = `${formatUsd(sumOf(perDay, "costUsd"))} over ${perDay.length} days.${
    peak
      ? ` The most expensive day was ${formatDayLong(peak.day)} at ${formatUsd(peak.costUsd)}.`
      : ""
  }`;
  return (
    <TimeChart
      title="Cost per day"
      description="What the model provider charged, in US dollars."
      emptyText="Nothing was spent in this period."
      summary={summary}
      data={perDay}
      series={SERIES}
      cursor="line"
    >
      <defs>
        <linearGradient id="cost-fill" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={CHART_COLORS.primary} stopOpacity={0.35} />
          <stop offset="100%" stopColor={CHART_COLORS.primary} stopOpacity={0.02} />
        </linearGradient>
      </defs>
      <YAxis tickFormatter={formatUsdTick} width={72} {...AXIS_PROPS} />
      <Area
        dataKey="costUsd"
        stroke={CHART_COLORS.primary}
        fill="url(#cost-fill)"
        {...TREND_LINE_PROPS}
      />
    </TimeChart>
  );
}
