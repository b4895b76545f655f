"use client";

import { Archive, Download, FolderInput, Pencil, Pin, PinOff, Share2, Tags } from "lucide-react";
import { useState } from "react";
import { DeleteMenuItem, OptionsMenu } from "@/components/common/options-menu";
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

type FollowUp = "rename" | "tags" | "share" | "delete" | null;

export function ConversationMenu({
  conversation,
  onRename,
  triggerClassName,
}: ConversationMenuProps) {
  const update = useUpdateConversation();
  const [followUp, setFollowUp] = useState<FollowUp>(null);
  const sharing = useSharingAllowed();
  const { title, isPinned } = conversation;

  return (
    <>
      <OptionsMenu
        label={`Options for "${title}"`}
        triggerClassName={triggerClassName}
        align="start"
        contentClassName="w-52"
        followUp={followUp !== null}
        onClosed={() => {
          if (followUp !== "rename") return;
          setFollowUp(null);
          onRename();
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
        {sharing ? (
          <DropdownMenuItem onSelect={() => setFollowUp("share")}>
            <Share2 aria-hidden="true" />
            Share…
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <DeleteMenuItem onSelect={() => setFollowUp("delete")}>Delete…</DeleteMenuItem>
      </OptionsMenu>
      <TagsDialog
        conversation={conversation}
        open={followUp === "tags"}
        onOpenChange={(open) => setFollowUp(open ? "tags" : null)}
      />
      {sharing ? (
        <ShareDialog
          conversation={conversation}
          open={followUp === "share"}
          onOpenChange={(open) => setFollowUp(open ? "share" : null)}
        />
      ) : null}
      <DeleteConversationDialog
        conversation={conversation}
        open={followUp === "delete"}
        onOpenChange={(open) => setFollowUp(open ? "delete" : null)}
      />
    </>
  );
}
