import { NotebookText, SearchX } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState, LoadError } from "@/components/common/page-list-states";
import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

function TemplateGridSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
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

/** What the list needs of its query. */
interface TemplateQuery {
  isPending: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/** What stands in for the templates until they are here: placeholders, or why they did not load. */
export function TemplatesNotReady({ query }: { query: TemplateQuery }) {
  if (query.isPending) return <TemplateGridSkeleton label="Loading templates…" />;
  return (
    <LoadError
      what="The templates"
      message={query.error?.message ?? ""}
      onRetry={() => void query.refetch()}
    />
  );
}

interface TemplatesEmptyProps {
  /** A search or category is narrowing the list. */
  filtered: boolean;
  children?: ReactNode;
  action?: ReactNode;
}

export function TemplatesEmpty({ filtered, children, action }: TemplatesEmptyProps) {
  return (
    <EmptyState
      icon={filtered ? SearchX : NotebookText}
      title={filtered ? "Nothing matches" : "No templates yet"}
      action={action}
    >
      {children}
    </EmptyState>
  );
}
