/**
 * Chart colours come from the theme's CSS variables, so a chart follows
 * light and dark mode like the rest of the page without re-rendering.
 */
export const CHART_COLORS = {
  primary: "hsl(var(--brand))",
  secondary: "hsl(var(--success))",
  grid: "hsl(var(--border))",
  axis: "hsl(var(--muted-foreground))",
  cursor: "hsl(var(--muted))",
} as const;

export const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 12 } as const;

/** Shared by every axis: quiet lines, readable labels. */
export const AXIS_PROPS = {
  tick: AXIS_TICK,
  stroke: CHART_COLORS.grid,
  tickLine: false,
} as const;

const CHART_HEIGHT = 240;

/** A chart over time: full width, one height, room for the axis labels and, if any, a right axis. */
export function timeChartFrame({ rightAxis = false } = {}) {
  return {
    responsive: true,
    style: { width: "100%", height: CHART_HEIGHT },
    margin: { top: 4, right: rightAxis ? 0 : 8, bottom: 0, left: -8 },
  };
}

/** Dashed lines across the chart at the value ticks. */
export const GRID_PROPS = {
  vertical: false,
  stroke: CHART_COLORS.grid,
  strokeDasharray: "3 3",
} as const;

/** A trend line: smooth, without a dot on every point. */
export const TREND_LINE_PROPS = { type: "monotone", strokeWidth: 2, dot: false } as const;

/** Bars over days: rounded tops, never wider than a finger's width. */
export const DAY_BAR_PROPS = {
  radius: [3, 3, 0, 0] as [number, number, number, number],
  maxBarSize: 24,
};
