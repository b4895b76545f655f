"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { ListEmpty, ListError, ListSkeleton } from "@/components/common/list-states";
import { LoadMore } from "@/components/common/load-more";
import { cn } from "@/lib/utils";
import { ConversationItem } from "./conversation-item";
import { useConversationList, useFolders } from "./data";
import { dragConversation } from "./drag-data";
import { useDropTarget } from "./drag-kit";
import { groupConversations } from "./group-by-date";
import { SectionHeading } from "./section-heading";

const MAIN_LIST = { archived: false, folderId: "none" };

/** Conversations in no folder, grouped by day; also the drop target that takes one out of a folder. */
export function ChatListSection() {
  const t = useTranslations("conversations");
  const list = useConversationList(MAIN_LIST);
  const headingPrefix = useId();
  const folders = useFolders();
  const { setNodeRef, isOver, active } = useDropTarget({
    id: "folder:none",
    data: { folderId: null, label: t("drag.mainList") },
  });
  const dragged = active ? dragConversation(active.data) : undefined;
  const fromFolder = dragged !== undefined && dragged.folderId !== null;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const inFolders = folders.data?.some((folder) => folder.conversationCount > 0) ?? false;

  return (
    <section
      ref={setNodeRef}
      aria-label={t("chatList.label")}
      className="relative min-h-24 rounded-lg pb-2"
    >
      {fromFolder ? (
        // Drawn over the list, so row backgrounds cannot hide where the drop lands.
        <span
          className={cn(
            "pointer-events-none absolute inset-0 z-10 rounded-lg border border-dashed border-muted-foreground/40",
            isOver && "border-2 border-solid border-brand bg-brand/5",
          )}
        />
      ) : null}
      {fromFolder ? (
        <p className="px-2.5 pt-2 text-xs font-medium text-brand">{t("chatList.dropHint")}</p>
      ) : null}
      {list.isPending ? <ListSkeleton label={t("chatList.loading")} /> : null}
      {list.isError ? (
        <ListError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <ListEmpty title={t(inFolders ? "chatList.emptyOutsideFolders" : "chatList.empty")}>
          {t("chatList.emptyHint")}
        </ListEmpty>
      ) : null}
      {groupConversations(items).map((group) => (
        <div key={group.key} className="space-y-0.5">
          <SectionHeading id={`${headingPrefix}-${group.key}`}>
            {t(`groups.${group.key}`)}
          </SectionHeading>
          <ul aria-labelledby={`${headingPrefix}-${group.key}`} className="space-y-0.5">
            {group.items.map((conversation) => (
              <ConversationItem key={conversation.id} conversation={conversation} />
            ))}
          </ul>
        </div>
      ))}
      <LoadMore pages={list} />
    </section>
  );
}
