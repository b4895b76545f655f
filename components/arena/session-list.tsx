"use client";

import { Swords } from "lucide-react";
import { ListError } from "@/components/common/list-states";
import { EmptyState } from "@/components/common/page-list-states";
import { LoadMore } from "@/components/conversations/load-more";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { Page } from "@/lib/conversations/dto";
import { SessionRow } from "./session-row";
import { useArenaSessions } from "./use-arena-sessions";

/** The user's comparisons, newest first, with "Load more" at the end. */
export function SessionList({ initial }: { initial: Page<ArenaSessionSummaryDto> }) {
  const list = useArenaSessions(initial);
  const items = list.data.pages.flatMap((page) => page.items);

  if (list.isError && items.length === 0) {
    return (
      <ListError
        message={`Your comparisons could not be loaded. ${list.error.message}`}
        onRetry={() => void list.refetch()}
      />
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState icon={Swords} title="No comparisons yet">
        Pick two or more models above and create one: every prompt you send goes to all of them.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-2">
      <ul className="divide-y rounded-xl border">
        {items.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
      </ul>
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </div>
  );
}
