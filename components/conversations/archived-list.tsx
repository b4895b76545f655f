"use client";

import { Archive } from "lucide-react";
import { ListError, ListSkeleton } from "@/components/common/list-states";
import { ArchivedRow } from "./archived-row";
import { useConversationList } from "./data";
import { LoadMore } from "./load-more";

const ARCHIVED = { archived: true };

export function ArchivedList() {
  const list = useConversationList(ARCHIVED);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  if (list.isPending) return <ListSkeleton label="Loading archived conversations…" />;
  if (list.isError) {
    return <ListError message={list.error.message} onRetry={() => void list.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center">
        <Archive className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
        <p className="text-sm font-medium">No archived conversations</p>
        <p className="mt-1 max-w-sm text-sm text-muted-foreground">
          Choose Archive in a conversation&rsquo;s menu in the sidebar to keep it here, out of the
          way.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <ul className="divide-y rounded-xl border">
        {items.map((conversation) => (
          <ArchivedRow key={conversation.id} conversation={conversation} />
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
