import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** A heading where the empty state stands for a page's content; by default plain text. */
  titleAs?: "h2" | "h3" | "p";
  children?: ReactNode;
  /** What to do next: a button or two. */
  action?: ReactNode;
}

/** An empty list or grid: what is missing, why, and what to do next. */
export function EmptyState({
  icon: Icon,
  title,
  titleAs: Title = "p",
  children,
  action,
}: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center">
      <Icon className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
      <Title className={cn(Title === "p" ? "text-sm font-medium" : "text-base font-semibold")}>
        {title}
      </Title>
      {children ? <p className="mt-1 max-w-md text-sm text-muted-foreground">{children}</p> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
