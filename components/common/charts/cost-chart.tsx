"use client";

import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd } from "../format";
import { ChartCard } from "./chart-card";
import {
  formatDayLong,
  formatDayTick,
  formatUsdTick,
  hasAnyValue,
  peakOf,
  sumOf,
  type UsageDayPoint,
} from "./chart-data";
import { AXIS_PROPS, CHART_COLORS, GRID_PROPS, timeChartFrame } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";

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
    <ChartCard
      title="Cost per day"
      description="What the model provider charged, in US dollars."
      empty={!hasAnyValue(perDay, ["costUsd"])}
      emptyText="Nothing was spent in this period."
      summary={summary}
    >
      <AreaChart data={perDay} {...timeChartFrame()}>
        <defs>
          <linearGradient id="cost-fill" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={CHART_COLORS.primary} stopOpacity={0.35} />
            <stop offset="100%" stopColor={CHART_COLORS.primary} stopOpacity={0.02} />
          </linearGradient>
        </defs>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="day" tickFormatter={formatDayTick} minTickGap={24} {...AXIS_PROPS} />
        <YAxis tickFormatter={formatUsdTick} width={72} {...AXIS_PROPS} />
        <Tooltip
          cursor={{ stroke: CHART_COLORS.grid }}
          content={<ChartTooltip series={SERIES} formatLabel={formatDayLong} />}
        />
        <Area
          dataKey="costUsd"
          name="Cost"
          type="monotone"
          stroke={CHART_COLORS.primary}
          strokeWidth={2}
          fill="url(#cost-fill)"
        />
      </AreaChart>
    </ChartCard>
  );
}
