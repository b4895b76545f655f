"use client";

import { ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { FolderDto } from "@/lib/conversations/dto";
import { cn } from "@/lib/utils";
import { dragConversation } from "./drag-data";
import { useDropTarget } from "./drag-kit";
import { FolderBadge } from "./folder-badge";
import { FolderConversations } from "./folder-conversations";
import { FolderMenu } from "./folder-menu";

interface FolderRowProps {
  folder: FolderDto;
  open: boolean;
  onToggle: () => void;
}

const menuTrigger =
  "flex h-7 w-7 items-center justify-center rounded-md text-muted-foreground hover:bg-background/80 hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/** A collapsible folder that is also a drop target for conversations. */
export function FolderRow({ folder, open, onToggle }: FolderRowProps) {
  const t = useTranslations("conversations");
  const listId = useId();
  const { setNodeRef, isOver, active } = useDropTarget({
    id: `folder:${folder.id}`,
    data: { folderId: folder.id, label: t("drag.folder", { name: folder.name }) },
  });
  const dragged = active ? dragConversation(active.data) : undefined;
  const highlight = isOver && dragged !== undefined && dragged.folderId !== folder.id;
  const count = folder.conversationCount;

  return (
    <li
      ref={setNodeRef}
      className={cn("relative rounded-lg transition-colors", highlight && "bg-brand/10")}
    >
      <div className="group/folder relative">
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={open}
          aria-label={t("folders.row", { name: folder.name, count })}
          aria-controls={open ? listId : undefined}
          className={cn(
            "flex h-9 w-full items-center gap-2 rounded-lg pl-1.5 pr-2 text-left text-sm transition-colors",
            "hover:bg-sidebar-accent hover:text-foreground",
            "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring",
            "[@media(hover:none)]:pr-9",
          )}
        >
          <ChevronRight
            className={cn(
              "h-3.5 w-3.5 shrink-0 opacity-60 transition-transform",
              open && "rotate-90",
            )}
            aria-hidden="true"
          />
          <FolderBadge color={folder.color} icon={folder.icon} />
          <span className="min-w-0 flex-1 truncate">{folder.name}</span>
          <span
            aria-hidden="true"
            className="text-xs tabular-nums text-muted-foreground group-focus-within/folder:opacity-0 group-hover/folder:opacity-0 [@media(hover:none)]:opacity-100"
          >
            {count}
          </span>
        </button>
        <div
          className={cn(
            "absolute inset-y-0 right-1 flex items-center opacity-0 transition-opacity",
            "group-focus-within/folder:opacity-100 group-hover/folder:opacity-100 has-[[data-state=open]]:opacity-100",
            "[@media(hover:none)]:opacity-100",
          )}
        >
          <FolderMenu folder={folder} triggerClassName={menuTrigger} />
        </div>
      </div>
      {open ? <FolderConversations id={listId} folderId={folder.id} /> : null}
      {highlight ? (
        // Drawn over the row, so the hovered button's background cannot hide it.
        <span className="pointer-events-none absolute inset-0 z-10 rounded-lg ring-2 ring-inset ring-brand" />
      ) : null}
    </li>
  );
}
