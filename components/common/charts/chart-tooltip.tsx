"use client";

import type { TooltipContentProps } from "recharts";

export interface TooltipSeries {
  label: string;
  format: (value: number) => string;
}

interface ChartTooltipProps
  extends Partial<Pick<TooltipContentProps, "active" | "payload" | "label">> {
  /** How to name and format each data key. */
  series: Record<string, TooltipSeries>;
  formatLabel: (label: string) => string;
  /** Show these fields of the hovered row, not only the ones drawn. */
  rowKeys?: string[];
}

interface Line {
  key: string;
  value: number;
  color?: string;
}

/** The hover card of every chart, in the theme's popover colours. */
export function ChartTooltip({
  active,
  payload,
  label,
  series,
  formatLabel,
  rowKeys,
}: ChartTooltipProps) {
  if (!active || !payload?.length) return null;
  const row: Record<string, unknown> = payload[0]?.payload ?? {};
  const lines: Line[] = rowKeys
    ? rowKeys.map((key) => ({ key, value: Number(row[key] ?? 0) }))
    : payload.map((entry) => ({
        key: String(entry.dataKey ?? ""),
        value: Number(entry.value ?? 0),
        color: entry.color,
      }));
  return (
    <div className="min-w-40 max-w-72 rounded-lg border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="mb-1.5 break-words font-medium">{formatLabel(String(label ?? ""))}</p>
      <dl className="space-y-1">
        {lines.map(({ key, value, color }) => {
          const info = series[key];
          if (!info) return null;
          return (
            <div key={key} className="flex items-center justify-between gap-4">
              <dt className="flex items-center gap-1.5 text-muted-foreground">
                {color ? (
                  <span
                    className="h-2 w-2 shrink-0 rounded-full"
                    style={{ backgroundColor: color }}
                    aria-hidden="true"
                  />
                ) : null}
                {info.label}
              </dt>
              <dd className="font-medium tabular-nums">{info.format(value)}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
