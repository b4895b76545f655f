"use client";

import { ConfirmDialog } from "@/components/common/confirm-dialog";
import type { FolderDto } from "@/lib/conversations/dto";
import { useDeleteFolder } from "./data";

interface DeleteFolderDialogProps {
  folder: FolderDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteFolderDialog({ folder, open, onOpenChange }: DeleteFolderDialogProps) {
  const remove = useDeleteFolder();
  const count = folder.conversationCount;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete the folder “${folder.name}”?`}
      description={
        count === 0
          ? "The folder is empty. Nothing else is deleted."
          : `Its ${count === 1 ? "conversation moves" : `${count} conversations move`} out of the folder to your main list. No conversation is deleted.`
      }
      confirmLabel="Delete folder"
      onConfirm={() => remove.mutate(folder)}
    />
  );
}
