"use client";

import { Archive } from "lucide-react";
import { ListError, ListSkeleton } from "@/components/common/list-states";
import { EmptyState } from "@/components/common/page-list-states";
import { ArchivedRow } from "./archived-row";
import { LoadMore } from "./load-more";
import { useConversationList } from "./use-conversation-list";

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
      <EmptyState icon={Archive} title="No archived conversations">
        Choose Archive in a conversation&rsquo;s menu in the sidebar to keep it here, out of the
        way.
      </EmptyState>
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
