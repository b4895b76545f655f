"use client";

import { useTranslations } from "next-intl";
import { Bar, Line, YAxis } from "recharts";
import { AXIS_PROPS, CHART_COLORS, TREND_LINE_PROPS } from "@/components/common/charts/chart-theme";
import { type TimeAxis, TimeChart } from "@/components/common/charts/time-chart";
import { useFormat } from "@/components/common/use-format";
import type { SystemStatusDto } from "@/lib/admin/dto";

type Minute = SystemStatusDto["activity"]["minutes"][number];

const ERROR_COLOR = "hsl(var(--destructive))";

/** Requests per minute (errors stacked in red) and the p95 latency of each minute. */
export function TrafficChart({ minutes }: { minutes: Minute[] }) {
  const t = useTranslations("admin.system.trafficChart");
  const f = useFormat();
  const minuteTick = (iso: string) => f.clock(iso).slice(0, 5);
  const axis: TimeAxis = {
    dataKey: "at",
    tick: minuteTick,
    label: (iso) => t("minute", { time: minuteTick(iso) }),
    minTickGap: 32,
  };
  const series = {
    ok: { label: t("answered"), format: f.count },
    errors: { label: t("serverErrors"), format: f.count },
    p95Ms: { label: t("latency"), format: f.duration },
  };
  const points = minutes.map((minute) => ({
    ...minute,
    ok: Math.max(0, minute.requests - minute.errors),
  }));
  const requests = minutes.reduce((sum, minute) => sum + minute.requests, 0);
  const errors = minutes.reduce((sum, minute) => sum + minute.errors, 0);
  return (
    <TimeChart
      title={t("title")}
      description={t("description")}
      emptyText={t("empty")}
      summary={t("summary", { requests, errors })}
      data={points}
      axis={axis}
      series={series}
      rowKeys={["ok", "errors", "p95Ms"]}
      rightAxis
      legend={[
        { label: t("answered"), color: CHART_COLORS.primary },
        { label: t("serverErrors"), color: ERROR_COLOR },
        { label: t("latencyLegend"), color: CHART_COLORS.secondary },
      ]}
    >
      <YAxis yAxisId="requests" allowDecimals={false} width={48} {...AXIS_PROPS} />
      <YAxis
        yAxisId="latency"
        orientation="right"
        tickFormatter={(ms: number) => f.duration(ms)}
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
