"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/common/charts/chart-card";
import {
  type DayPoint,
  formatDayLong,
  formatDayTick,
  hasAnyValue,
  peakOf,
  sumOf,
} from "@/components/common/charts/chart-data";
import {
  AXIS_PROPS,
  CHART_COLORS,
  GRID_PROPS,
  timeChartFrame,
} from "@/components/common/charts/chart-theme";
import { ChartTooltip } from "@/components/common/charts/chart-tooltip";
import { formatCount } from "@/components/common/format";

const SERIES = { newUsers: { label: "New accounts", format: formatCount } };

/** Sign-ups per day. */
export function NewUsersChart({ perDay }: { perDay: DayPoint[] }) {
  const total = sumOf(perDay, "newUsers");
  const peak = peakOf(perDay, "newUsers");
  const summary = `${formatCount(total)} new ${total === 1 ? "account" : "accounts"} over ${
    perDay.length
  } days.${peak ? ` The most on one day was ${formatCount(peak.newUsers)}, on ${formatDayLong(peak.day)}.` : ""}`;
  return (
    <ChartCard
      title="New accounts per day"
      description="People who created an account."
      empty={!hasAnyValue(perDay, ["newUsers"])}
      emptyText="Nobody joined in this period."
      summary={summary}
    >
      <BarChart data={perDay} {...timeChartFrame()}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="day" tickFormatter={formatDayTick} minTickGap={24} {...AXIS_PROPS} />
        <YAxis allowDecimals={false} width={48} {...AXIS_PROPS} />
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          content={<ChartTooltip series={SERIES} formatLabel={formatDayLong} />}
        />
        <Bar
          dataKey="newUsers"
          name="New accounts"
          fill={CHART_COLORS.secondary}
          radius={[3, 3, 0, 0]}
          maxBarSize={24}
        />
      </BarChart>
    </ChartCard>
  );
}
