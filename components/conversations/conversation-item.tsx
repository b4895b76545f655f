"use client";

import { GripVertical } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type MouseEvent, type TouchEvent, useState } from "react";
import { cn } from "@/lib/utils";
import { ConversationMenu } from "./conversation-menu";
import { type ConversationListItem, useUpdateConversation } from "./data";
import { useRowDrag } from "./drag-kit";
import { RenameInput } from "./rename-input";
import { useSidebar } from "./sidebar-context";

const actionButton =
  "flex h-7 w-7 items-center justify-center rounded-md text-muted-foreground hover:bg-background/80 hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/** One conversation row: a link, draggable onto folders, with a menu of everything it can do. */
export function ConversationItem({ conversation }: { conversation: ConversationListItem }) {
  const t = useTranslations("conversations.item");
  const { activeId, onNavigate } = useSidebar();
  const [renaming, setRenaming] = useState(false);
  const update = useUpdateConversation();
  const { title } = conversation;
  const active = conversation.id === activeId;
  const drag = useRowDrag({ id: conversation.id, data: { conversation } });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = drag;

  // Dialogs opened from the menu are portals whose events bubble here through React:
  // only a press that starts on the row itself may start a drag.
  const fromRow = (event: MouseEvent | TouchEvent) =>
    event.currentTarget.contains(event.target as Node);

  return (
    <li
      ref={setNodeRef}
      className={cn("group/item relative", isDragging && "opacity-40")}
      onMouseDown={(event) => fromRow(event) && listeners?.onMouseDown?.(event)}
      onTouchStart={(event) => fromRow(event) && listeners?.onTouchStart?.(event)}
    >
      {renaming ? (
        <RenameInput
          title={title}
          onCancel={() => setRenaming(false)}
          onSave={(next) => {
            setRenaming(false);
            update.mutate({
              conversation,
              patch: { title: next },
              failure: t("renameFailed"),
            });
          }}
        />
      ) : (
        <Link
          href={`/chat/${conversation.id}`}
          draggable={false}
          onClick={onNavigate}
          aria-current={active ? "page" : undefined}
          aria-description={
            conversation.tags.length > 0
              ? t("tagged", { tags: conversation.tags.join(", ") })
              : undefined
          }
          className={cn(
            "flex h-9 select-none items-center rounded-lg px-2.5 text-sm transition-colors [-webkit-touch-callout:none]",
            "hover:bg-sidebar-accent hover:text-foreground",
            "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring",
            "group-focus-within/item:pr-16 group-hover/item:pr-16 [@media(hover:none)]:pr-10",
            // The menu's content is a portal: while it is open the row has neither hover
            // nor focus, but its buttons stay shown, so the title keeps their room.
            "group-has-[[data-state=open]]/item:pr-16",
            active && "bg-sidebar-accent font-medium text-foreground",
          )}
        >
          <span className="min-w-0 flex-1 truncate">{title}</span>
          <RowTags tags={conversation.tags} />
        </Link>
      )}
      {renaming ? null : (
        <div
          className={cn(
            "absolute inset-y-0 right-1 flex items-center gap-0.5 opacity-0 transition-opacity",
            "group-focus-within/item:opacity-100 group-hover/item:opacity-100 has-[[data-state=open]]:opacity-100",
            "[@media(hover:none)]:opacity-100",
          )}
        >
          {drag.enabled ? (
            <button
              ref={setActivatorNodeRef}
              type="button"
              {...attributes}
              onKeyDown={(event) => listeners?.onKeyDown?.(event)}
              data-keeps-escape={isDragging ? "" : undefined}
              aria-label={t("moveHandle", { title })}
              className={cn(actionButton, "cursor-grab [@media(hover:none)]:hidden")}
            >
              <GripVertical className="h-4 w-4" aria-hidden="true" />
            </button>
          ) : null}
          <ConversationMenu
            conversation={conversation}
            onRename={() => setRenaming(true)}
            triggerClassName={actionButton}
          />
        </div>
      )}
    </li>
  );
}

// Two fit beside a title; the rest are counted.
const SHOWN_TAGS = 2;

/** A row's tags, small and after its title, which keeps most of the width. */
function RowTags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  const hidden = tags.length - SHOWN_TAGS;
  return (
    <span aria-hidden="true" className="ml-1.5 flex max-w-[45%] shrink-0 items-center gap-1">
      {tags.slice(0, SHOWN_TAGS).map((tag) => (
        <span
          key={tag}
          data-tag={tag}
          className="min-w-0 truncate rounded bg-muted px-1.5 py-px text-[11px] font-normal leading-4 text-muted-foreground"
        >
          {tag}
        </span>
      ))}
      {hidden > 0 ? (
        <span className="shrink-0 text-[11px] text-muted-foreground">+{hidden}</span>
      ) : null}
    </span>
  );
}
