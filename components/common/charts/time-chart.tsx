"use client";

import { useLocale } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { CartesianGrid, ComposedChart, Tooltip, XAxis } from "recharts";
import { ChartCard } from "./chart-card";
import { formatDayLong, formatDayTick, hasAnyValue } from "./chart-data";
import { ChartLegend } from "./chart-legend";
import { AXIS_PROPS, CHART_COLORS, GRID_PROPS, timeChartFrame } from "./chart-theme";
import { ChartTooltip, type TooltipSeries } from "./chart-tooltip";

/** How a chart's time axis reads: which field, its tick labels, the tooltip's heading. */
export interface TimeAxis {
  dataKey: string;
  tick: (value: string) => string;
  label: (value: string) => string;
  /** Pixels between ticks, so the labels never overlap. */
  minTickGap: number;
}

/** UTC days, as the usage figures are kept, in the reader's language. */
function useDayAxis(): TimeAxis {
  const locale = useLocale();
  return {
    dataKey: "day",
    tick: (day) => formatDayTick(day, locale),
    label: (day) => formatDayLong(day, locale),
    minTickGap: 24,
  };
}

type CardProps = Omit<
  ComponentProps<typeof ChartCard>,
  "empty" | "aside" | "className" | "children"
>;

interface TimeChartProps<T> extends CardProps {
  data: T[];
  /** Days unless said otherwise. */
  axis?: TimeAxis;
  /** How the tooltip names and formats each data key; a chart with none of them above zero says it is empty. */
  series: Record<string, TooltipSeries>;
  /** Show these fields of the hovered point in the tooltip, not only the ones drawn. */
  rowKeys?: string[];
  /** Leaves room for a second value axis on the right. */
  rightAxis?: boolean;
  /** A line follows the pointer over an area; a band over bars. */
  cursor?: "band" | "line";
  /** Which colour is which, when there is more than one series. */
  legend?: ComponentProps<typeof ChartLegend>["items"];
  /** The value axes and the series. */
  children: ReactNode;
}

/** Values over time in a chart card: the grid, the time axis and the tooltip every such chart shares. */
export function TimeChart<T>({
  data,
  axis: givenAxis,
  series,
  rowKeys,
  rightAxis = false,
  cursor = "band",
  legend,
  children,
  ...card
}: TimeChartProps<T>) {
  const dayAxis = useDayAxis();
  const axis = givenAxis ?? dayAxis;
  return (
    <ChartCard {...card} empty={!hasAnyValue(data, Object.keys(series) as (keyof T)[])}>
      <ComposedChart data={data} {...timeChartFrame({ rightAxis })}>
        <CartesianGrid {...GRID_PROPS} />
        <XAxis
          dataKey={axis.dataKey}
          tickFormatter={axis.tick}
          minTickGap={axis.minTickGap}
          {...AXIS_PROPS}
        />
        <Tooltip
          cursor={cursor === "band" ? { fill: CHART_COLORS.cursor } : { stroke: CHART_COLORS.grid }}
          content={<ChartTooltip series={series} formatLabel={axis.label} rowKeys={rowKeys} />}
        />
        {children}
      </ComposedChart>
      {legend ? <ChartLegend items={legend} /> : null}
    </ChartCard>
  );
}
