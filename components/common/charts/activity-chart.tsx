"use client";

import { Bar, Line, YAxis } from "recharts";
import { formatCount, formatTokens } from "../format";
import { formatDayLong, peakOf, sumOf, type UsageDayPoint } from "./chart-data";
import { AXIS_PROPS, CHART_COLORS, DAY_BAR_PROPS, TREND_LINE_PROPS } from "./chart-theme";
import { TimeChart } from "./time-chart";

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
    <TimeChart
      title="Replies and tokens per day"
      description="Model answers in chats, the arena and the API, and the tokens they used."
      emptyText="No replies in this period."
      summary={summary}
      data={perDay}
      series={SERIES}
      rightAxis
      legend={[
        { label: "Replies", color: CHART_COLORS.primary },
        { label: "Tokens (right axis)", color: CHART_COLORS.secondary },
      ]}
    >
      <YAxis yAxisId="replies" allowDecimals={false} width={48} {...AXIS_PROPS} />
      <YAxis
        yAxisId="tokens"
        orientation="right"
        tickFormatter={formatTokens}
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
