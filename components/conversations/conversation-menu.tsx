"use client";

import {
  Archive,
  Download,
  Ellipsis,
  FolderInput,
  Pencil,
  Pin,
  PinOff,
  Tags,
  Trash2,
} from "lucide-react";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
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

type FollowUp = "rename" | "tags" | "delete" | null;

export function ConversationMenu({
  conversation,
  onRename,
  triggerClassName,
}: ConversationMenuProps) {
  const update = useUpdateConversation();
  const [followUp, setFollowUp] = useState<FollowUp>(null);
  const { title, isPinned } = conversation;

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger className={triggerClassName} aria-label={`Options for "${title}"`}>
          <Ellipsis className="h-4 w-4" aria-hidden="true" />
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="start"
          className="w-52"
          onCloseAutoFocus={(event) => {
            // The rename field or a dialog takes focus; the trigger must not steal it back.
            if (followUp) event.preventDefault();
            if (followUp === "rename") {
              setFollowUp(null);
              onRename();
            }
          }}
        >
          <DropdownMenuItem onSelect={() => setFollowUp("rename")}>
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
          <DropdownMenuItem onSelect={() => setFollowUp("tags")}>
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
          <DropdownMenuSeparator />
          <DropdownMenuItem
            onSelect={() => setFollowUp("delete")}
            className="text-destructive focus:bg-destructive/10 focus:text-destructive"
          >
            <Trash2 aria-hidden="true" />
            Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <TagsDialog
        conversation={conversation}
        open={followUp === "tags"}
        onOpenChange={(open) => setFollowUp(open ? "tags" : null)}
      />
      <DeleteConversationDialog
        conversation={conversation}
        open={followUp === "delete"}
        onOpenChange={(open) => setFollowUp(open ? "delete" : null)}
      />
    </>
  );
}
