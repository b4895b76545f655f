"use client";

import { useTranslations } from "next-intl";
import { ListEmpty, ListError, ListSkeleton } from "@/components/common/list-states";
import { LoadMore } from "@/components/common/load-more";
import { ConversationItem } from "./conversation-item";
import { useConversationList } from "./data";
import { SectionHeading } from "./section-heading";

/** Every unarchived conversation carrying a tag, in or out of folders, newest first. */
export function TaggedList({ tag }: { tag: string }) {
  const t = useTranslations("conversations.tagged");
  const list = useConversationList({ archived: false, tag });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-label={t("label", { tag })} className="space-y-0.5">
      <SectionHeading>{t("heading", { tag })}</SectionHeading>
      {list.isPending ? <ListSkeleton rows={3} label={t("loading")} /> : null}
      {list.isError ? (
        <ListError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <ListEmpty title={t("empty", { tag })}>{t("emptyHint")}</ListEmpty>
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
