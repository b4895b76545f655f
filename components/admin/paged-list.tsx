"use client";

import type { ReactNode } from "react";
import { LoadError, LoadMoreButton } from "@/components/common/page-list-states";
import { cn } from "@/lib/utils";
import { TableSkeleton } from "./table-skeleton";

/** What the list needs of its `useInfiniteQuery`. */
interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  isPlaceholderData: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
}

interface PagedListProps {
  query: PagedQuery;
  /** Rows loaded so far. */
  count: number;
  /** What failed to load, e.g. "The users". */
  what: string;
  /** Shown when there are no rows. */
  empty: ReactNode;
  /** The rows from a tablet width up. */
  table: ReactNode;
  /** The same rows on a phone. */
  cards: ReactNode;
}

/**
 * An admin list a page at a time: a table on wider screens, cards on a phone.
 * Rows already shown stay (dimmed) while new filters load, and a failed
 * refresh keeps them rather than replacing them with the error.
 */
export function PagedList({ query, count, what, empty, table, cards }: PagedListProps) {
  if (query.isPending) return <TableSkeleton />;
  if (query.isError && count === 0) {
    return (
      <LoadError
        what={what}
        message={query.error?.message ?? ""}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (count === 0) return empty;
  return (
    <div
      className={cn("space-y-4 transition-opacity", query.isPlaceholderData && "opacity-60")}
      aria-busy={query.isPlaceholderData}
    >
      <div className="hidden md:block">{table}</div>
      <div className="md:hidden">{cards}</div>
      <LoadMoreButton
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </div>
  );
}
