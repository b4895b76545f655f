import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";

interface LoadingRegionProps {
  /** Read out while the content loads, e.g. "Loading the conversation…"; left out when a region inside says it. */
  label?: string;
  className?: string;
  children: ReactNode;
}

/** Placeholders in the shape of what is coming, marked busy and announced to screen readers. */
export function LoadingRegion({ label, className, children }: LoadingRegionProps) {
  return (
    <div className={className} aria-busy="true">
      {label ? (
        <span className="sr-only" role="status">
          {label}
        </span>
      ) : null}
      {children}
    </div>
  );
}

/** A page's title and description while it loads; the widths follow the real text. */
export function HeadingSkeleton({ title = "w-48", description = "w-80" }) {
  return (
    <div className="space-y-2">
      <Skeleton className={`h-7 ${title}`} />
      <Skeleton className={`h-4 ${description} max-w-full`} />
    </div>
  );
}

/** Lines of a paragraph while it loads, one per width. */
export function TextSkeleton({ lines }: { lines: string[] }) {
  return (
    <div className="space-y-2.5">
      {lines.map((width) => (
        <Skeleton key={width} className={`h-4 ${width}`} />
      ))}
    </div>
  );
}
