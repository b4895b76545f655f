import { LoaderCircle, RotateCw, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

/** A list that failed to load, full width on a page: what failed, why, and a retry. */
export function LoadError({
  what,
  message,
  onRetry,
}: {
  what: string;
  message: string;
  onRetry: () => void;
}) {
  const t = useTranslations("common");
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-xl border border-destructive/30 bg-destructive/5 p-4 text-sm sm:flex-row sm:items-center"
    >
      <p className="min-w-0 flex-1">
        <span className="font-medium">{t("loadError", { what })}</span> {message}
      </p>
      <Button type="button" variant="outline" size="sm" onClick={onRetry}>
        <RotateCw aria-hidden="true" />
        {t("retryAction")}
      </Button>
    </div>
  );
}

interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

/** The next page on request, for lists that are scanned rather than scrolled forever. */
export function LoadMoreButton({ hasMore, loading, onLoad }: LoadMoreButtonProps) {
  const t = useTranslations("common");
  if (!hasMore) return null;
  return (
    <div className="flex justify-center">
      <Button type="button" variant="outline" onClick={onLoad} disabled={loading}>
        {loading ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {loading ? t("loadingMore") : t("loadMore")}
      </Button>
    </div>
  );
}

interface NoMatchesProps {
  title?: string;
  /** Puts the list back to all of it; without it the search box is the way out. */
  onClear?: () => void;
  children: ReactNode;
}

/** A search or filter that left nothing to show. */
export function NoMatches({ title, onClear, children }: NoMatchesProps) {
  const t = useTranslations("common");
  return (
    <EmptyState
      icon={SearchX}
      title={title ?? t("nothingMatches")}
      action={
        onClear ? (
          <Button type="button" variant="outline" size="sm" onClick={onClear}>
            {t("clearFilters")}
          </Button>
        ) : undefined
      }
    >
      {children}
    </EmptyState>
  );
}
