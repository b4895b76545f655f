"use client";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { FolderDto } from "@/lib/conversations/dto";
import { useDeleteFolder } from "./use-folders";

interface DeleteFolderDialogProps {
  folder: FolderDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteFolderDialog({ folder, open, onOpenChange }: DeleteFolderDialogProps) {
  const remove = useDeleteFolder();
  const count = folder.conversationCount;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Delete the folder &ldquo;{folder.name}&rdquo;?</DialogTitle>
          <DialogDescription>
            {count === 0
              ? "The folder is empty. Nothing else is deleted."
              : `Its ${count === 1 ? "conversation moves" : `${count} conversations move`} out of the folder to your main list. No conversation is deleted.`}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button
            type="button"
            variant="destructive"
            onClick={() => {
              onOpenChange(false);
              remove.mutate(folder);
            }}
          >
            Delete folder
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
