"use client";

import { Archive, Download, FolderInput, Pencil, Pin, PinOff, Share2, Tags } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("conversations.menu");
  const common = useTranslations("common");
  const update = useUpdateConversation();
  const followUp = useOpenDialog<"rename" | "tags" | "share" | "delete">();
  const sharing = useSharingAllowed();
  const { title, isPinned } = conversation;

  return (
    <>
      <OptionsMenu
        label={t("label", { title })}
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
          {common("rename")}
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            update.mutate({
              conversation,
              patch: { isPinned: !isPinned },
              failure: t(isPinned ? "unpinFailed" : "pinFailed"),
            })
          }
        >
          {isPinned ? <PinOff aria-hidden="true" /> : <Pin aria-hidden="true" />}
          {t(isPinned ? "unpin" : "pin")}
        </DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>
            <FolderInput aria-hidden="true" />
            {t("moveToFolder")}
          </DropdownMenuSubTrigger>
          <DropdownMenuSubContent className="max-h-72 w-52 overflow-y-auto">
            <MoveToFolderItems conversation={conversation} />
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        <DropdownMenuItem onSelect={() => followUp.open("tags")}>
          <Tags aria-hidden="true" />
          {t("tags")}
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            update.mutate({
              conversation,
              patch: { isArchived: true },
              failure: t("archiveFailed"),
            })
          }
        >
          <Archive aria-hidden="true" />
          {t("archive")}
        </DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>
            <Download aria-hidden="true" />
            {t("export")}
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
            {t("share")}
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <DeleteMenuItem onSelect={() => followUp.open("delete")}>{t("delete")}</DeleteMenuItem>
      </OptionsMenu>
      <TagsDialog conversation={conversation} {...followUp.dialog("tags")} />
      {sharing ? <ShareDialog conversation={conversation} {...followUp.dialog("share")} /> : null}
      <DeleteConversationDialog conversation={conversation} {...followUp.dialog("delete")} />
    </>
  );
}
