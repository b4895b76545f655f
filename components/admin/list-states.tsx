import { LoaderCircle, type LucideIcon, RotateCw } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

export function ListError({
  what,
  message,
  onRetry,
}: {
  what: string;
  message: string;
  onRetry: () => void;
}) {
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-xl border border-destructive/30 bg-destructive/5 p-4 text-sm sm:flex-row sm:items-center"
    >
      <p className="min-w-0 flex-1">
        <span className="font-medium">{what} could not be loaded.</span> {message}
      </p>
      <Button type="button" variant="outline" size="sm" onClick={onRetry}>
        <RotateCw aria-hidden="true" />
        Retry
      </Button>
    </div>
  );
}

interface ListEmptyProps {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function ListEmpty({ icon: Icon, title, children, action }: ListEmptyProps) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center">
      <Icon className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
      <p className="text-sm font-medium">{title}</p>
      {children ? <p className="mt-1 max-w-sm text-sm text-muted-foreground">{children}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}

interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

/** The next page on request: admin lists are scanned, not scrolled forever. */
export function LoadMoreButton({ hasMore, loading, onLoad }: LoadMoreButtonProps) {
  if (!hasMore) return null;
  return (
    <div className="flex justify-center">
      <Button type="button" variant="outline" onClick={onLoad} disabled={loading}>
        {loading ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {loading ? "Loading more…" : "Load more"}
      </Button>
    </div>
  );
}
