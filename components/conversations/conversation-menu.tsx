"use client";

import { Archive, Download, FolderInput, Pencil, Pin, PinOff, Share2, Tags } from "lucide-react";
import { DeleteMenuItem, OptionsMenu } from "@/components/common/options-menu";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { ShareDialog } from "@/components/shares/share-dialog";
import { useSharingAllowed } from "@/components/shares/sharing-context";
import {
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
} from "@/components/ui/dropdown-menu";
import { type ConversationListItem, exportUrl, useUpdateConversation } from "./data";
import { DeleteConversationDialog } from "./delete-conversation-dialog";
import { MoveToFolderItems } from "./move-to-folder-items";
import { TagsDialog } from "./tags-dialog";

interface ConversationMenuProps {
  conversation: ConversationListItem;
  onRename: () => void;
  triggerClassName?: string;
}

export function ConversationMenu({
  conversation,
  onRename,
  triggerClassName,
}: ConversationMenuProps) {
  const update = useUpdateConversation();
  const followUp = useOpenDialog<"rename" | "tags" | "share" | "delete">();
  const sharing = useSharingAllowed();
  const { title, isPinned } = conversation;

  return (
    <>
      <OptionsMenu
        label={`Options for "${title}"`}
        triggerClassName={triggerClassName}
        align="start"
        contentClassName="w-52"
        followUp={followUp.current !== null}
        onClosed={() => {
          if (followUp.current !== "rename") return;
          followUp.close();
          onRename();
        }}
      >
        <DropdownMenuItem onSelect={() => followUp.open("rename")}>
          <Pencil aria-hidden="true" />
          Rename
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            update.mutate({
              conversation,
              patch: { isPinned: !isPinned },
              failure: isPinned
                ? "Could not unpin the conversation."
                : "Could not pin the conversation.",
            })
          }
        >
          {isPinned ? <PinOff aria-hidden="true" /> : <Pin aria-hidden="true" />}
          {isPinned ? "Unpin" : "Pin"}
        </DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>
            <FolderInput aria-hidden="true" />
            Move to folder
          </DropdownMenuSubTrigger>
          <DropdownMenuSubContent className="max-h-72 w-52 overflow-y-auto">
            <MoveToFolderItems conversation={conversation} />
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        <DropdownMenuItem onSelect={() => followUp.open("tags")}>
          <Tags aria-hidden="true" />
          Tags…
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            update.mutate({
              conversation,
              patch: { isArchived: true },
              failure: "Could not archive the conversation.",
            })
          }
        >
          <Archive aria-hidden="true" />
          Archive
        </DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>
            <Download aria-hidden="true" />
            Export
          </DropdownMenuSubTrigger>
          <DropdownMenuSubContent className="w-40">
            <DropdownMenuItem asChild>
              <a href={exportUrl(conversation.id, "md")} download>
                Markdown (.md)
              </a>
            </DropdownMenuItem>
            <DropdownMenuItem asChild>
              <a href={exportUrl(conversation.id, "json")} download>
                JSON (.json)
              </a>
            </DropdownMenuItem>
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        {sharing ? (
          <DropdownMenuItem onSelect={() => followUp.open("share")}>
            <Share2 aria-hidden="true" />
            Share…
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <DeleteMenuItem onSelect={() => followUp.open("delete")}>Delete…</DeleteMenuItem>
      </OptionsMenu>
      <TagsDialog conversation={conversation} {...followUp.dialog("tags")} />
      {sharing ? <ShareDialog conversation={conversation} {...followUp.dialog("share")} /> : null}
      <DeleteConversationDialog conversation={conversation} {...followUp.dialog("delete")} />
    </>
  );
}
