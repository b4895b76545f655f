"use client";

import { Bar, Line, YAxis } from "recharts";
import { AXIS_PROPS, CHART_COLORS, TREND_LINE_PROPS } from "@/components/common/charts/chart-theme";
import { type TimeAxis, TimeChart } from "@/components/common/charts/time-chart";
import { formatClock, formatCount } from "@/components/common/format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { formatMs } from "./traffic-cards";

type Minute = SystemStatusDto["activity"]["minutes"][number];

const ERROR_COLOR = "hsl(var(--destructive))";

const SERIES = {
  ok: { label: "Answered", format: formatCount },
  errors: { label: "Server errors", format: formatCount },
  p95Ms: { label: "Latency p95 (ms)", format: (ms: number) => formatMs(ms) },
};

const minuteTick = (iso: string) => formatClock(iso).slice(0, 5);

const MINUTE_AXIS: TimeAxis = {
  dataKey: "at",
  tick: minuteTick,
  label: (iso) => `${minuteTick(iso)} UTC`,
  minTickGap: 32,
};

/** Requests per minute (errors stacked in red) and the p95 latency of each minute. */
export function TrafficChart({ minutes }: { minutes: Minute[] }) {
  const points = minutes.map((minute) => ({
    ...minute,
    ok: Math.max(0, minute.requests - minute.errors),
  }));
  const requests = minutes.reduce((sum, minute) => sum + minute.requests, 0);
  const errors = minutes.reduce((sum, minute) => sum + minute.errors, 0);
  return (
    <TimeChart
      title="Requests per minute"
      description="The last 60 minutes on this server, in UTC; the line is each minute's p95 latency."
      emptyText="No requests in the last hour."
      summary={`${formatCount(requests)} requests and ${formatCount(errors)} server errors in the last hour.`}
      data={points}
      axis={MINUTE_AXIS}
      series={SERIES}
      rowKeys={["ok", "errors", "p95Ms"]}
      rightAxis
      legend={[
        { label: "Answered", color: CHART_COLORS.primary },
        { label: "Server errors", color: ERROR_COLOR },
        { label: "Latency p95 (right axis)", color: CHART_COLORS.secondary },
      ]}
    >
      <YAxis yAxisId="requests" allowDecimals={false} width={48} {...AXIS_PROPS} />
      <YAxis
        yAxisId="latency"
        orientation="right"
        tickFormatter={(ms: number) => formatMs(ms)}
        width={64}
        {...AXIS_PROPS}
      />
      <Bar yAxisId="requests" dataKey="ok" stackId="requests" fill={CHART_COLORS.primary} />
      <Bar
        yAxisId="requests"
        dataKey="errors"
        stackId="requests"
        fill={ERROR_COLOR}
        radius={[3, 3, 0, 0]}
      />
      <Line
        yAxisId="latency"
        dataKey="p95Ms"
        stroke={CHART_COLORS.secondary}
        connectNulls
        {...TREND_LINE_PROPS}
      />
    </TimeChart>
  );
}
