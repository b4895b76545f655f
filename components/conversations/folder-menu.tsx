"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import { DeleteMenuItem, OptionsMenu } from "@/components/common/options-menu";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { FolderDto } from "@/lib/conversations/dto";
import { DeleteFolderDialog } from "./delete-folder-dialog";
import { FolderDialog } from "./folder-dialog";

type Dialog = "edit" | "delete" | null;

export function FolderMenu({
  folder,
  triggerClassName,
}: {
  folder: FolderDto;
  triggerClassName?: string;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <>
      <OptionsMenu
        label={`Options for folder "${folder.name}"`}
        triggerClassName={triggerClassName}
        align="start"
        contentClassName="w-48"
        followUp={dialog !== null}
      >
        <DropdownMenuItem onSelect={() => setDialog("edit")}>
          <Pencil aria-hidden="true" />
          Rename, colour, icon…
        </DropdownMenuItem>
        <DeleteMenuItem onSelect={() => setDialog("delete")}>Delete folder…</DeleteMenuItem>
      </OptionsMenu>
      <FolderDialog
        folder={folder}
        open={dialog === "edit"}
        onOpenChange={(open) => setDialog(open ? "edit" : null)}
      />
      <DeleteFolderDialog
        folder={folder}
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
      />
    </>
  );
}
