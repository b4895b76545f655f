"use client";

import { Bar, YAxis } from "recharts";
import { type DayPoint, formatDayLong, peakOf, sumOf } from "@/components/common/charts/chart-data";
import { AXIS_PROPS, CHART_COLORS, DAY_BAR_PROPS } from "@/components/common/charts/chart-theme";
import { TimeChart } from "@/components/common/charts/time-chart";
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
    <TimeChart
      title="New accounts per day"
      description="People who created an account."
      emptyText="Nobody joined in this period."
      summary={summary}
      data={perDay}
      series={SERIES}
    >
      <YAxis allowDecimals={false} width={48} {...AXIS_PROPS} />
      <Bar dataKey="newUsers" fill={CHART_COLORS.secondary} {...DAY_BAR_PROPS} />
    </TimeChart>
  );
}
