"use client";

import { Pencil } from "lucide-react";
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
  const followUp = useOpenDialog<"edit" | "delete">();
  const remove = useDeleteFolder();
  const count = folder.conversationCount;

  return (
    <>
      <OptionsMenu
        label={`Options for folder "${folder.name}"`}
        triggerClassName={triggerClassName}
        align="start"
        contentClassName="w-48"
        followUp={followUp.current !== null}
      >
        <DropdownMenuItem onSelect={() => followUp.open("edit")}>
          <Pencil aria-hidden="true" />
          Rename, colour, icon…
        </DropdownMenuItem>
        <DeleteMenuItem onSelect={() => followUp.open("delete")}>Delete folder…</DeleteMenuItem>
      </OptionsMenu>
      <FolderDialog folder={folder} {...followUp.dialog("edit")} />
      <ConfirmDialog
        {...followUp.dialog("delete")}
        title={`Delete the folder “${folder.name}”?`}
        description={
          count === 0
            ? "The folder is empty. Nothing else is deleted."
            : `Its ${count === 1 ? "conversation moves" : `${count} conversations move`} out of the folder to your main list. No conversation is deleted.`
        }
        confirmLabel="Delete folder"
        onConfirm={() => remove.mutate(folder)}
      />
    </>
  );
}
