"use client";

import { Pencil } from "lucide-react";
import { DeleteMenuItem, ItemMenu } from "@/components/common/item-menu";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { FolderDto } from "@/lib/conversations/dto";
import { DeleteFolderDialog } from "./delete-folder-dialog";
import { FolderDialog } from "./folder-dialog";

export function FolderMenu({
  folder,
  triggerClassName,
}: {
  folder: FolderDto;
  triggerClassName?: string;
}) {
  const dialogs = useOpenDialog<"edit" | "delete">();

  return (
    <>
      <ItemMenu
        label={`Options for folder "${folder.name}"`}
        triggerClassName={triggerClassName}
        className="w-48"
        keepFocusAway={dialogs.current !== null}
      >
        <DropdownMenuItem onSelect={() => dialogs.open("edit")}>
          <Pencil aria-hidden="true" />
          Rename, colour, icon…
        </DropdownMenuItem>
        <DeleteMenuItem onSelect={() => dialogs.open("delete")}>Delete folder…</DeleteMenuItem>
      </ItemMenu>
      <FolderDialog folder={folder} {...dialogs.dialog("edit")} />
      <DeleteFolderDialog folder={folder} {...dialogs.dialog("delete")} />
    </>
  );
}
