"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "../use-format";
import { ChartCard } from "./chart-card";
import { formatUsdTick, hasAnyValue, type ModelPoint, modelLabel } from "./chart-data";
import { AXIS_PROPS, CHART_COLORS } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";
import { SegmentedControl } from "./segmented-control";

type Metric = "costUsd" | "replies" | "tokens";

/** The metrics in the order the switch shows them, with the name of each one's series. */
const METRICS = [
  { value: "costUsd", series: "cost" },
  { value: "replies", series: "replies" },
  { value: "tokens", series: "tokens" },
] as const satisfies readonly { value: Metric; series: string }[];

const ROW_KEYS = ["costUsd", "replies", "tokens"];

const ROW_HEIGHT = 32;

/** The ten models that cost the most, by cost, replies or tokens. */
export function ModelChart({ byModel }: { byModel: ModelPoint[] }) {
  const t = useTranslations("common.charts");
  const locale = useLocale();
  const f = useFormat();
  // Free or unpriced models cost nothing: then the chart opens on replies instead of empty bars.
  const [metric, setMetric] = useState<Metric>(
    () => METRICS.find(({ value }) => hasAnyValue(byModel, [value]))?.value ?? "costUsd",
  );
  const options = METRICS.map(({ value, series }) => ({ value, label: t(`series.${series}`) }));
  const series = {
    costUsd: { label: t("series.cost"), format: f.usd },
    replies: { label: t("series.replies"), format: f.count },
    tokens: { label: t("series.tokens"), format: f.count },
  };
  const axisFormat: Record<Metric, (value: number) => string> = {
    costUsd: (value) => formatUsdTick(value, locale),
    replies: f.count,
    tokens: f.tokens,
  };
  const rows = [...byModel].sort((a, b) => b[metric] - a[metric]);
  const summary = rows
    .map((row) => `${row.modelId}: ${series[metric].format(row[metric])}`)
    .join("; ");
  return (
    <ChartCard
      title={t("byModel.title")}
      description={t("byModel.description")}
      empty={!hasAnyValue(byModel, ["replies", "tokens", "costUsd"])}
      emptyText={t("byModel.empty")}
      summary={`${t("byModel.summary", { metric: series[metric].label })} ${summary}.`}
      aside={
        <SegmentedControl label={t("show")} options={options} value={metric} onChange={setMetric} />
      }
    >
      <BarChart
        data={rows}
        layout="vertical"
        responsive
        style={{ width: "100%", height: rows.length * ROW_HEIGHT + 32 }}
        margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={axisFormat[metric]} {...AXIS_PROPS} />
        <YAxis
          type="category"
          dataKey="modelId"
          tickFormatter={(id: string) => modelLabel(id)}
          width={168}
          interval={0}
          {...AXIS_PROPS}
        />
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          content={<ChartTooltip series={series} formatLabel={(id) => id} rowKeys={ROW_KEYS} />}
        />
        <Bar
          dataKey={metric}
          name={series[metric].label}
          fill={CHART_COLORS.primary}
          radius={[0, 3, 3, 0]}
          maxBarSize={20}
        />
      </BarChart>
    </ChartCard>
  );
}
