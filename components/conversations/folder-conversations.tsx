"use client";

import { useTranslations } from "next-intl";
import { ListError, ListSkeleton } from "@/components/common/list-states";
import { LoadMore } from "@/components/common/load-more";
import { ConversationItem } from "./conversation-item";
import { useConversationList } from "./data";

/** The conversations inside an expanded folder, newest first. */
export function FolderConversations({ id, folderId }: { id: string; folderId: string }) {
  const t = useTranslations("conversations.folders");
  const list = useConversationList({ archived: false, folderId });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div id={id} className="ml-3 border-l border-sidebar-border pl-1.5">
      {list.isPending ? <ListSkeleton rows={2} label={t("loadingConversations")} /> : null}
      {list.isError ? (
        <ListError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <p className="px-2.5 py-2 text-xs text-muted-foreground">{t("emptyFolder")}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="space-y-0.5 py-0.5">
          {items.map((conversation) => (
            <ConversationItem key={conversation.id} conversation={conversation} />
          ))}
        </ul>
      ) : null}
      <LoadMore pages={list} />
    </div>
  );
}
