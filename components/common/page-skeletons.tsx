import type { ReactNode } from "react";
import { type PageFrame, pageFrame } from "@/components/layout/page-layout";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import { HeadingSkeleton, LoadingRegion } from "./skeletons";

interface SkeletonGroupProps {
  /** One placeholder per entry, its classes giving its size and shape. */
  bars: string[];
  /** How they are laid out: a stack, a row, a grid. */
  className?: string;
  /** More placeholders after the bars. */
  children?: ReactNode;
}

/** Placeholders laid out as the real content will be, e.g. a name over an email, a row of buttons. */
export function SkeletonGroup({ bars, className = "space-y-2", children }: SkeletonGroupProps) {
  return (
    <div className={className}>
      {bars.map((bar, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} className={bar} />
      ))}
      {children}
    </div>
  );
}

/** `count` placeholders of one shape, e.g. the cards of a grid. */
export function repeatBar(bar: string, count: number): string[] {
  return Array.from({ length: count }, () => bar);
}

interface PageSkeletonProps extends PageFrame {
  /** Read out while the page loads; left out when a region inside says it. */
  label?: string;
  /** The widths of the title and the description, as the real text will be. */
  heading?: [title: string, description: string];
  children: ReactNode;
}

/** A page while it loads: in its own column, its title and description, then its own shapes. */
export function PageSkeleton({
  label,
  heading = ["w-48", "w-80"],
  children,
  ...frame
}: PageSkeletonProps) {
  return (
    <LoadingRegion label={label} className={pageFrame(frame)}>
      <HeadingSkeleton title={heading[0]} description={heading[1]} />
      {children}
    </LoadingRegion>
  );
}

/** A form card while it loads: its title, then one placeholder per field or button. */
export function FormCardSkeleton({ fields }: { fields: string[] }) {
  return (
    <SkeletonGroup className="space-y-4 rounded-xl border p-6" bars={["h-5 w-32", ...fields]} />
  );
}

interface ThreadSkeletonProps {
  label: string;
  /** The bar above the messages. */
  header: ReactNode;
  /** The message box's height. */
  composer: string;
  /** The messages. */
  children: ReactNode;
}

/** A conversation or comparison while it loads: header, messages, and the message box at the bottom. */
export function ThreadSkeleton({ label, header, composer, children }: ThreadSkeletonProps) {
  return (
    <LoadingRegion className="flex h-[calc(100dvh-3.5rem)] flex-col" label={label}>
      {header}
      {children}
      <div className="mx-auto w-full max-w-3xl px-3 pb-4 sm:px-6">
        <Skeleton className={cn("w-full rounded-3xl", composer)} />
      </div>
    </LoadingRegion>
  );
}
