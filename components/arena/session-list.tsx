"use client";

import { Swords } from "lucide-react";
import { ListError } from "@/components/common/list-states";
import { LoadMore } from "@/components/conversations/load-more";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { Page } from "@/lib/conversations/dto";
import { useArenaSessions } from "./data";
import { SessionRow } from "./session-row";

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
      <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center">
        <Swords className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
        <p className="text-sm font-medium">No comparisons yet</p>
        <p className="mt-1 max-w-sm text-sm text-muted-foreground">
          Pick two or more models above and create one: every prompt you send goes to all of them.
        </p>
      </div>
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
