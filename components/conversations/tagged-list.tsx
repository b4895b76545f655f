"use client";

import { ListEmpty, ListError, ListSkeleton } from "@/components/common/list-states";
import { LoadMore } from "@/components/common/load-more";
import { ConversationItem } from "./conversation-item";
import { useConversationList } from "./data";
import { SectionHeading } from "./section-heading";

/** Every unarchived conversation carrying a tag, in or out of folders, newest first. */
export function TaggedList({ tag }: { tag: string }) {
  const list = useConversationList({ archived: false, tag });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-label={`Chats tagged ${tag}`} className="space-y-0.5">
      <SectionHeading>Tagged #{tag}</SectionHeading>
      {list.isPending ? <ListSkeleton rows={3} label="Loading the tagged chats…" /> : null}
      {list.isError ? (
        <ListError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <ListEmpty title={`No chats tagged #${tag}`}>
          Add tags from a chat&rsquo;s menu, then type # and the tag here.
        </ListEmpty>
      ) : null}
      <ul className="space-y-0.5">
        {items.map((conversation) => (
          <ConversationItem key={conversation.id} conversation={conversation} />
        ))}
      </ul>
      <LoadMore pages={list} />
    </section>
  );
}
