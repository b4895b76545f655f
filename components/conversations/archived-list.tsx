"use client";

import { Archive } from "lucide-react";
import { EmptyState } from "@/components/common/empty-state";
import { ListError, ListSkeleton, PagedRows } from "@/components/common/list-states";
import { ArchivedRow } from "./archived-row";
import { useConversationList } from "./data";

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
    <PagedRows pages={list}>
      {items.map((conversation) => (
        <ArchivedRow key={conversation.id} conversation={conversation} />
      ))}
    </PagedRows>
  );
}
