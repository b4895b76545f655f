import { ChartNoAxesColumn } from "lucide-react";
import { type ReactNode, useId } from "react";
import { cn } from "@/lib/utils";

interface ChartCardProps {
  title: string;
  description: string;
  /** Nothing to draw: the card says so instead of an empty chart. */
  empty: boolean;
  emptyText: string;
  /** The chart's gist in words, for screen readers: a drawing cannot be taken in at a glance. */
  summary?: string;
  /** Controls on the title row, e.g. a metric switch. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function ChartCard({
  title,
  description,
  empty,
  emptyText,
  summary,
  aside,
  className,
  children,
}: ChartCardProps) {
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cn(
        "flex min-w-0 flex-col rounded-xl border bg-card p-4 shadow-sm sm:p-5",
        className,
      )}
    >
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-sm font-semibold">
            {title}
          </h2>
          <p className="text-xs text-muted-foreground">{description}</p>
        </div>
        {empty ? null : aside}
      </div>
      {empty ? (
        <div className="flex min-h-48 flex-1 flex-col items-center justify-center gap-2 rounded-lg border border-dashed p-6 text-center">
          <ChartNoAxesColumn className="h-5 w-5 text-muted-foreground" aria-hidden="true" />
          <p className="text-sm text-muted-foreground">{emptyText}</p>
        </div>
      ) : (
        <>
          {summary ? <p className="sr-only">{summary}</p> : null}
          {children}
        </>
      )}
    </section>
  );
}
