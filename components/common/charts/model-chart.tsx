"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatTokens, formatUsd } from "../format";
import { ChartCard } from "./chart-card";
import { formatUsdTick, hasAnyValue, type ModelPoint, modelLabel } from "./chart-data";
import { AXIS_PROPS, CHART_COLORS } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";
import { SegmentedControl } from "./segmented-control";

type Metric = "costUsd" | "replies" | "tokens";

const METRICS: { value: Metric; label: string }[] = [
  { value: "costUsd", label: "Cost" },
  { value: "replies", label: "Replies" },
  { value: "tokens", label: "Tokens" },
];

const SERIES = {
  costUsd: { label: "Cost", format: formatUsd },
  replies: { label: "Replies", format: formatCount },
  tokens: { label: "Tokens", format: formatCount },
};

const AXIS_FORMAT: Record<Metric, (value: number) => string> = {
  costUsd: formatUsdTick,
  replies: formatCount,
  tokens: formatTokens,
};

const ROW_KEYS = ["costUsd", "replies", "tokens"];

const ROW_HEIGHT = 32;

/** The ten models that cost the most, by cost, replies or tokens. */
export function ModelChart({ byModel }: { byModel: ModelPoint[] }) {
  // Free or unpriced models cost nothing: then the chart opens on replies instead of empty bars.
  const [metric, setMetric] = useState<Metric>(
    () => METRICS.find(({ value }) => hasAnyValue(byModel, [value]))?.value ?? "costUsd",
  );
  const rows = [...byModel].sort((a, b) => b[metric] - a[metric]);
  const summary = rows
    .map((row) => `${row.modelId}: ${SERIES[metric].format(row[metric])}`)
    .join("; ");
  return (
    <ChartCard
      title="By model"
      description="The ten models that cost the most in this period."
      empty={!hasAnyValue(byModel, ["replies", "tokens", "costUsd"])}
      emptyText="No model was used in this period."
      summary={`${SERIES[metric].label} by model. ${summary}.`}
      aside={
        <SegmentedControl label="Show" options={METRICS} value={metric} onChange={setMetric} />
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
        <XAxis type="number" tickFormatter={AXIS_FORMAT[metric]} {...AXIS_PROPS} />
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
          content={<ChartTooltip series={SERIES} formatLabel={(id) => id} rowKeys={ROW_KEYS} />}
        />
        <Bar
          dataKey={metric}
          name={SERIES[metric].label}
          fill={CHART_COLORS.primary}
          radius={[0, 3, 3, 0]}
          maxBarSize={20}
        />
      </BarChart>
    </ChartCard>
  );
}
