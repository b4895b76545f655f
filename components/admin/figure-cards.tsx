export interface Figure {
  label: string;
  value: string;
  hint: string;
}

/** One figure per card: a label, the number, and what it counts. */
export function FigureCards({ figures, className }: { figures: Figure[]; className: string }) {
  return (
    <dl className={className}>
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-xl border bg-card p-4 shadow-sm">
          <dt className="text-xs font-medium text-muted-foreground">{figure.label}</dt>
          <dd className="mt-1 truncate text-2xl font-semibold tabular-nums tracking-tight">
            {figure.value}
          </dd>
          <dd className="mt-0.5 text-xs text-muted-foreground">{figure.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
