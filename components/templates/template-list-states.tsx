import { NotebookText, RotateCw, SearchX } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { LoadingRegion } from "@/components/common/skeletons";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";

export function TemplateGridSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" label={label}>
      {["a", "b", "c", "d", "e", "f"].map((key) => (
        <div key={key} className="space-y-3 rounded-xl border p-4">
          <div className="flex justify-between gap-3">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-5 w-16 rounded-full" />
          </div>
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-4/5" />
          <Skeleton className="h-3.5 w-1/2" />
        </div>
      ))}
    </LoadingRegion>
  );
}

export function TemplateListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-xl border border-destructive/30 bg-destructive/5 p-4 text-sm sm:flex-row sm:items-center"
    >
      <p className="min-w-0 flex-1">
        <span className="font-medium">The templates could not be loaded.</span> {message}
      </p>
      <Button type="button" variant="outline" size="sm" onClick={onRetry}>
        <RotateCw aria-hidden="true" />
        Retry
      </Button>
    </div>
  );
}

interface TemplatesEmptyProps {
  /** A search or category is narrowing the list. */
  filtered: boolean;
  children?: ReactNode;
  action?: ReactNode;
}

export function TemplatesEmpty({ filtered, children, action }: TemplatesEmptyProps) {
  const Icon = filtered ? SearchX : NotebookText;
  return (
    <EmptyState
      icon={Icon}
      title={filtered ? "Nothing matches" : "No templates yet"}
      action={action}
    >
      {children}
    </EmptyState>
  );
}
