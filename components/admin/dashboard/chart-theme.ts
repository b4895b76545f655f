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

export const CHART_HEIGHT = 240;
