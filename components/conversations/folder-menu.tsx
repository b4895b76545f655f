"use client";

import { Ellipsis, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
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
      <DropdownMenu>
        <DropdownMenuTrigger
          className={triggerClassName}
          aria-label={`Options for folder "${folder.name}"`}
        >
          <Ellipsis className="h-4 w-4" aria-hidden="true" />
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="start"
          className="w-48"
          onCloseAutoFocus={(event) => {
            if (dialog) event.preventDefault();
          }}
        >
          <DropdownMenuItem onSelect={() => setDialog("edit")}>
            <Pencil aria-hidden="true" />
            Rename, colour, icon…
          </DropdownMenuItem>
          <DropdownMenuItem
            onSelect={() => setDialog("delete")}
            className="text-destructive focus:bg-destructive/10 focus:text-destructive"
          >
            <Trash2 aria-hidden="true" />
            Delete folder…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
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
