"use client";

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatTokens } from "../format";
import { ChartCard } from "./chart-card";
import {
  formatDayLong,
  formatDayTick,
  hasAnyValue,
  peakOf,
  sumOf,
  type UsageDayPoint,
} from "./chart-data";
import { ChartLegend } from "./chart-legend";
import { AXIS_PROPS, CHART_COLORS, GRID_PROPS, timeChartFrame } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";

const SERIES = {
  replies: { label: "Replies", format: formatCount },
  tokens: { label: "Tokens", format: formatCount },
};

/** Replies (bars, left axis) and tokens (line, right axis) per day. */
export function ActivityChart({ perDay }: { perDay: UsageDayPoint[] }) {
  const peak = peakOf(perDay, "replies");
  const summary = `${formatCount(sumOf(perDay, "replies"))} replies and ${formatCount(
    sumOf(perDay, "tokens"),
  )} tokens over ${perDay.length} days.${
    peak
      ? ` The busiest day was ${formatDayLong(peak.day)} with ${formatCount(peak.replies)} replies.`
      : ""
  }`;
  return (
    <ChartCard
      title="Replies and tokens per day"
      description="Model answers in chats, the arena and the API, and the tokens they used."
      empty={!hasAnyValue(perDay, ["replies", "tokens"])}
      emptyText="No replies in this period."
      summary={summary}
    >
      <ComposedChart data={perDay} {...timeChartFrame({ rightAxis: true })}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="day" tickFormatter={formatDayTick} minTickGap={24} {...AXIS_PROPS} />
        <YAxis yAxisId="replies" allowDecimals={false} width={48} {...AXIS_PROPS} />
        <YAxis
          yAxisId="tokens"
          orientation="right"
          tickFormatter={formatTokens}
          width={48}
          {...AXIS_PROPS}
        />
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          content={<ChartTooltip series={SERIES} formatLabel={formatDayLong} />}
        />
        <Bar
          yAxisId="replies"
          dataKey="replies"
          name="Replies"
          fill={CHART_COLORS.primary}
          radius={[3, 3, 0, 0]}
          maxBarSize={24}
        />
        <Line
          yAxisId="tokens"
          dataKey="tokens"
          name="Tokens"
          type="monotone"
          stroke={CHART_COLORS.secondary}
          strokeWidth={2}
          dot={false}
        />
      </ComposedChart>
      <ChartLegend
        items={[
          { label: "Replies", color: CHART_COLORS.primary },
          { label: "Tokens (right axis)", color: CHART_COLORS.secondary },
        ]}
      />
    </ChartCard>
  );
}
