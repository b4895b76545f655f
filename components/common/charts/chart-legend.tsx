interface ChartLegendProps {
  items: { label: string; color: string }[];
}

/** Which colour is which, under a chart with more than one series. */
export function ChartLegend({ items }: ChartLegendProps) {
  return (
    <ul
      className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
      aria-hidden="true"
    >
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span className="h-2 w-2 rounded-full" style={{ backgroundColor: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
