"use client";

import { useTranslations } from "next-intl";
import {
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import { type ConversationListItem, useFolders, useUpdateConversation } from "./data";
import { FolderBadge } from "./folder-badge";

const NO_FOLDER = "none";

/** The "Move to folder" submenu: every folder and "No folder", the current one marked. */
export function MoveToFolderItems({ conversation }: { conversation: ConversationListItem }) {
  const t = useTranslations("conversations.moveToFolder");
  const folders = useFolders();
  const update = useUpdateConversation();

  function move(value: string) {
    const folderId = value === NO_FOLDER ? null : value;
    if (folderId === conversation.folderId) return;
    const name = folders.data?.find((folder) => folder.id === folderId)?.name;
    update.mutate({
      conversation,
      patch: { folderId },
      failure: name ? t("failedTo", { name }) : t("failed"),
    });
  }

  return (
    <DropdownMenuRadioGroup value={conversation.folderId ?? NO_FOLDER} onValueChange={move}>
      <DropdownMenuRadioItem value={NO_FOLDER}>{t("noFolder")}</DropdownMenuRadioItem>
      {folders.data && folders.data.length > 0 ? <DropdownMenuSeparator /> : null}
      {folders.data?.map((folder) => (
        <DropdownMenuRadioItem key={folder.id} value={folder.id}>
          <FolderBadge color={folder.color} icon={folder.icon} />
          <span className="truncate">{folder.name}</span>
        </DropdownMenuRadioItem>
      ))}
      {folders.isPending ? (
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {t("loading")}
        </DropdownMenuLabel>
      ) : null}
      {folders.data?.length === 0 ? (
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {t("empty")}
        </DropdownMenuLabel>
      ) : null}
    </DropdownMenuRadioGroup>
  );
}
