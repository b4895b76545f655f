import type { ReactNode } from "react";

interface LoadingRegionProps {
  /** What a screen reader announces, e.g. "Loading the conversation…". */
  label: string;
  className?: string;
  /** The skeleton, for the eyes only. */
  children: ReactNode;
}

/** A placeholder while something loads. */
export function LoadingRegion({ label, className, children }: LoadingRegionProps) {
  return (
    <LoadingRegion className={className} label={label}>
      {children}
    </LoadingRegion>
  );
}
