"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { DeleteMenuItem, OptionsMenu } from "@/components/common/options-menu";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { FolderDto } from "@/lib/conversations/dto";
import { useDeleteFolder } from "./data";
import { FolderDialog } from "./folder-dialog";

export function FolderMenu({
  folder,
  triggerClassName,
}: {
  folder: FolderDto;
  triggerClassName?: string;
}) {
  const t = useTranslations("conversations.folderMenu");
  const followUp = useOpenDialog<"edit" | "delete">();
  const remove = useDeleteFolder();
  const count = folder.conversationCount;

  return (
    <>
      <OptionsMenu
        label={t("label", { name: folder.name })}
        triggerClassName={triggerClassName}
        align="start"
        contentClassName="w-48"
        followUp={followUp.current !== null}
      >
        <DropdownMenuItem onSelect={() => followUp.open("edit")}>
          <Pencil aria-hidden="true" />
          {t("edit")}
        </DropdownMenuItem>
        <DeleteMenuItem onSelect={() => followUp.open("delete")}>{t("delete")}</DeleteMenuItem>
      </OptionsMenu>
      <FolderDialog folder={folder} {...followUp.dialog("edit")} />
      <ConfirmDialog
        {...followUp.dialog("delete")}
        title={t("confirmTitle", { name: folder.name })}
        description={count === 0 ? t("confirmEmpty") : t("confirmMoves", { count })}
        confirmLabel={t("confirm")}
        onConfirm={() => remove.mutate(folder)}
      />
    </>
  );
}
